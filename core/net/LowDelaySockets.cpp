#include "LowDelaySockets.h"

#ifdef Q_OS_LINUX
#include <QDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#endif

namespace ferry::LowDelaySockets {

int setForPeerPort(quint16 port)
{
    int switched = 0;
#ifdef Q_OS_LINUX
    const QStringList descriptors = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString& name : descriptors) {
        bool ok = false;
        const int fd = name.toInt(&ok);
        struct stat status {};
        if (!ok || ::fstat(fd, &status) != 0 || !S_ISSOCK(status.st_mode)) {
            continue;
        }
        sockaddr_storage peer {};
        socklen_t length = sizeof peer;
        if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) != 0) {
            continue;  // not connected (a listening socket, or one still connecting)
        }
        quint16 peerPort = 0;
        if (peer.ss_family == AF_INET) {
            peerPort = ntohs(reinterpret_cast<const sockaddr_in*>(&peer)->sin_port);
        } else if (peer.ss_family == AF_INET6) {
            peerPort = ntohs(reinterpret_cast<const sockaddr_in6*>(&peer)->sin6_port);
        }
        int type = 0;
        socklen_t typeLength = sizeof type;
        if (peerPort != port || ::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeLength) != 0 || type != SOCK_STREAM) {
            continue;
        }
        const int on = 1;
        if (::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0) {
            ++switched;
        }
    }
#else
    Q_UNUSED(port)
#endif
    return switched;
}

} // namespace ferry::LowDelaySockets
