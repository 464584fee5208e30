// LowDelaySockets: the process's connections to one port, and only those, lose Nagle's delay.

#include "net/LowDelaySockets.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace ferry;

class TestLowDelaySockets : public QObject
{
    Q_OBJECT

private slots:
    void switchesTheConnectionsToOnePort();
};

namespace {

std::unique_ptr<QTcpSocket> connectTo(const QTcpServer& server)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
    return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
}

} // namespace

void TestLowDelaySockets::switchesTheConnectionsToOnePort()
{
#ifndef Q_OS_LINUX
    QSKIP("LowDelaySockets finds connections through /proc/self/fd");
#endif
    QTcpServer agent;
    QTcpServer other;
    QVERIFY(agent.listen(QHostAddress::LocalHost));
    QVERIFY(other.listen(QHostAddress::LocalHost));
    auto first = connectTo(agent);
    auto second = connectTo(agent);
    auto unrelated = connectTo(other);
    QVERIFY(first && second && unrelated);
    QCOMPARE(first->socketOption(QAbstractSocket::LowDelayOption).toInt(), 0);  // Linux's default

    QCOMPARE(LowDelaySockets::setForPeerPort(agent.serverPort()), 2);
    QCOMPARE(first->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    QCOMPARE(second->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    QCOMPARE(unrelated->socketOption(QAbstractSocket::LowDelayOption).toInt(), 0);
    // The server's own end of a connection has the agent's port as its local port, not its peer's.
    QVERIFY(agent.waitForNewConnection(5000));
    QTcpSocket* accepted = agent.nextPendingConnection();
    QVERIFY(accepted != nullptr);
    QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestLowDelaySockets)
#include "tst_lowdelaysockets.moc"
