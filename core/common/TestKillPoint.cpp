#include "TestKillPoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <csignal>
#include <cstring>

namespace ferry {

void testKillPoint(const char* name)
{
    static const QByteArray wanted = qgetenv("FERRY_TEST_KILL_AT");
    if (wanted.isEmpty()) {
        return;
    }
    static const QByteArray point = wanted.left(wanted.indexOf(':'));
    static const long target = wanted.mid(wanted.indexOf(':') + 1).toLong();
    static long reached = 0;
    if (point == name && ++reached == target) {
        std::raise(SIGKILL);
    }
}

} // namespace ferry
