#include "TestKillPoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <csignal>
#include <cstring>

namespace ferry {

namespace {

// NAME:N from the variable: whether this is the Nth time the point NAME is reached.
class PointWanted
{
public:
    explicit PointWanted(const char* variable)
        : m_wanted(qgetenv(variable))
        , m_point(m_wanted.left(m_wanted.indexOf(':')))
        , m_target(m_wanted.mid(m_wanted.indexOf(':') + 1).toLong())
    {
    }
    bool reached(const char* name)
    {
        return !m_wanted.isEmpty() && m_point == name && ++m_reached == m_target;
    }

private:
    QByteArray m_wanted;
    QByteArray m_point;
    long m_target = 0;
    std::atomic<long> m_reached = 0;  // points are reached on more than one thread
};

} // namespace

void testKillPoint(const char* name)
{
    static PointWanted kill("FERRY_TEST_KILL_AT");
    static PointWanted stop("FERRY_TEST_STOP_AT");
    if (kill.reached(name)) {
        std::raise(SIGKILL);
    }
    if (stop.reached(name)) {
        std::raise(SIGSTOP);
    }
}

} // namespace ferry
