// Fault injection (label fault): runs between two sites (agent in process) meet a target file or
// folder that cannot be written, a full disk (a small tmpfs mounted in the files root; root
// only), a source file that vanishes or changes while it is read, a connection reset in the
// middle of a body or stalled (a TCP proxy between client and agent), a locked content database
// and a constraint violation. Each case checks that the failure ends in a clear entry of
// `ferryctl log --json`, that nothing is lost or half-written (no temporary file, the target's
// old content intact, a batch of rows all or nothing), and that a later run recovers.

#include "ProcessRunner.h"
#include "SyncPair.h"
#include "PostgresServer.h"
#include "TempHome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace ferry;
using namespace ferry::test;

namespace {

QString biLocalWins()
{
    return SyncPair::profileName(Direction::Bidirectional, ConflictPolicy::LocalWins);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray bigContent(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761U + 1;
    for (char& c : bytes) {
        x = x * 1664525U + 1013904223U;
        c = char(x >> 24);
    }
    return bytes;
}

bool run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A TCP relay between the client and the agent that can cut or stall the agent's answers.
class TcpProxy : public QObject
{
public:
    quint16 start(quint16 upstream)
    {
        m_upstream = upstream;
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                relay(client);
            }
        });
        return m_server.serverPort();
    }

    int cutsLeft = 0;             // connections still to cut, each after cutAfter bytes from the agent
    qint64 cutAfter = 0;
    int stallMs = 0;              // once, after stallAfter bytes from the agent, hold its bytes this long
    qint64 stallAfter = 0;
    qint64 relayed = 0;           // bytes from the agent, all connections

private:
    void relay(QTcpSocket* client)
    {
        auto* agent = new QTcpSocket(client);
        agent->connectToHost(QHostAddress::LocalHost, m_upstream);
        auto counted = std::make_shared<qint64>(0);
        QObject::connect(client, &QTcpSocket::readyRead, agent, [client, agent] {
            if (agent->state() == QAbstractSocket::ConnectedState) {
                agent->write(client->readAll());
            }
        });
        QObject::connect(agent, &QTcpSocket::connected, client, [client, agent] { agent->write(client->readAll()); });
        QObject::connect(agent, &QTcpSocket::readyRead, client, [this, client, agent, counted] {
            if (m_stalled) {
                return;  // the bytes wait in the socket until the stall ends
            }
            const QByteArray bytes = agent->readAll();
            *counted += bytes.size();
            relayed += bytes.size();
            if (cutsLeft > 0 && *counted > cutAfter) {
                --cutsLeft;
                client->write(bytes.left(qsizetype(bytes.size() - (*counted - cutAfter))));
                client->flush();
                client->abort();
                agent->abort();
                return;
            }
            client->write(bytes);
            if (stallMs > 0 && relayed > stallAfter) {
                m_stalled = true;
                QTimer::singleShot(stallMs, client, [this, agent] {
                    m_stalled = false;
                    stallMs = 0;
                    emit agent->readyRead();
                });
            }
        });
        QObject::connect(agent, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
    }

    QTcpServer m_server;
    quint16 m_upstream = 0;
    bool m_stalled = false;
};

} // namespace

class TestFaultSync : public QObject
{
    Q_OBJECT

private:
    SyncPair m_pair;
    QStringList m_undo;  // commands that undo what a case did to the machine (chattr, mount)

    QString stage(const QString& path) const { return m_pair.filesOf(Side::Stage) + QLatin1Char('/') + path; }
    QString prod(const QString& path) const { return m_pair.filesOf(Side::Prod) + QLatin1Char('/') + path; }

    // The sync log's entries, newest first, as `ferryctl log --json` prints them.
    QJsonArray log() const
    {
        const ProcessResult result = ProcessRunner::run(
            QStringLiteral("ferryctl"), {QStringLiteral("--home"), m_pair.homeOf(Side::Stage), QStringLiteral("log"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
    }

    // An error entry of the log whose message contains every one of words.
    bool logged(const QStringList& words) const
    {
        for (const QJsonValue& value : log()) {
            const QJsonObject entry = value.toObject();
            const QString message = entry.value(QStringLiteral("message")).toString();
            if (entry.value(QStringLiteral("result")).toString() == QStringLiteral("error")
                && std::all_of(words.begin(), words.end(), [&](const QString& w) { return message.contains(w, Qt::CaseInsensitive); })) {
                return true;
            }
        }
        qWarning().noquote() << "log:" << QJsonDocument(log()).toJson(QJsonDocument::Indented).left(3000);
        return false;
    }

    bool noTemporaries() const
    {
        for (Side side : {Side::Stage, Side::Prod}) {
            for (const QString& path : filesUnder(m_pair.filesOf(side)).keys()) {
                if (path.contains(QStringLiteral(".ferry-tmp-"))) {
                    qWarning() << "temporary file left:" << path;
                    return false;
                }
            }
        }
        return true;
    }

    bool converged() const
    {
        return filesUnder(m_pair.filesOf(Side::Stage)) == filesUnder(m_pair.filesOf(Side::Prod))
               && postsOf(m_pair.databaseOf(Side::Stage)) == postsOf(m_pair.databaseOf(Side::Prod));
    }

    // A run that must succeed, after which both sites agree.
    void recovers()
    {
        auto result = m_pair.run(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->failedItems(), 0);
        QVERIFY(noTemporaries());
        QVERIFY(converged());
    }

    void undo()
    {
        for (const QString& command : std::as_const(m_undo)) {
            QStringList parts = command.split(QLatin1Char(' '));
            const QString program = parts.takeFirst();
            run(program, parts);
        }
        m_undo.clear();
    }

private slots:
    void init()
    {
        const QString error = m_pair.reset();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { undo(); }

    void initTestCase()
    {
        const QString error = m_pair.build();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void targetFileNotWritable()
    {
        writeFile(stage(QStringLiteral("locked.txt")), "first\n");
        recovers();
        // Immutable: even root cannot replace it (chmod does not stop root).
        QVERIFY(run(QStringLiteral("chattr"), {QStringLiteral("+i"), prod(QStringLiteral("locked.txt"))}));
        m_undo.append(QStringLiteral("chattr -i ") + prod(QStringLiteral("locked.txt")));
        writeFile(stage(QStringLiteral("locked.txt")), "second\n");
        writeFile(stage(QStringLiteral("free.txt")), "free\n");
        auto result = m_pair.run(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->failedItems(), 1);
        QCOMPARE(readAll(prod(QStringLiteral("locked.txt"))), QByteArray("first\n"));
        QCOMPARE(readAll(prod(QStringLiteral("free.txt"))), QByteArray("free\n"));  // the rest went on
        QVERIFY(logged({QStringLiteral("locked.txt"), QStringLiteral("not permitted")}));
        QVERIFY(noTemporaries());
        undo();
        recovers();
        QCOMPARE(readAll(prod(QStringLiteral("locked.txt"))), QByteArray("second\n"));
    }

    void targetFolderNotWritable()
    {
        writeFile(stage(QStringLiteral("shut/old.txt")), "old\n");
        recovers();
        QVERIFY(run(QStringLiteral("chattr"), {QStringLiteral("+i"), stage(QStringLiteral("shut"))}));
        m_undo.append(QStringLiteral("chattr -i ") + stage(QStringLiteral("shut")));
        writeFile(prod(QStringLiteral("shut/new.txt")), "new\n");
        auto result = m_pair.run(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->failedItems(), 1);
        QVERIFY(!QFileInfo::exists(stage(QStringLiteral("shut/new.txt"))));
        QVERIFY(logged({QStringLiteral("shut/new.txt")}));
        QVERIFY(noTemporaries());
        undo();
        recovers();
    }

    void diskFull()
    {
        if (::geteuid() != 0) {
            QSKIP("mounting a small tmpfs needs root");
        }
        QVERIFY(QDir().mkpath(stage(QStringLiteral("full"))));
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                               QStringLiteral("size=256k"), QStringLiteral("tmpfs"), stage(QStringLiteral("full"))}));
        m_undo.append(QStringLiteral("umount ") + stage(QStringLiteral("full")));
        writeFile(stage(QStringLiteral("full/small.txt")), "small, already here\n");
        recovers();
        writeFile(prod(QStringLiteral("full/small.txt")), "small, changed on production\n");
        const QByteArray big = bigContent(1000000, 'f');
        writeFile(prod(QStringLiteral("full/big.bin")), big);
        auto result = m_pair.run(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->failedItems(), 1);
        QVERIFY(!QFileInfo::exists(stage(QStringLiteral("full/big.bin"))));
        QCOMPARE(readAll(stage(QStringLiteral("full/small.txt"))), QByteArray("small, changed on production\n"));
        QVERIFY(logged({QStringLiteral("full/big.bin"), QStringLiteral("space")}));
        QVERIFY(noTemporaries());
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,size=8m"), stage(QStringLiteral("full"))}));
        recovers();
        QCOMPARE(readAll(stage(QStringLiteral("full/big.bin"))), big);
    }

    void sourceChangesWhileRead_data()
    {
        QTest::addColumn<bool>("vanishes");
        QTest::newRow("vanished") << true;
        QTest::newRow("changed") << false;
    }

    void sourceChangesWhileRead()
    {
        QFETCH(bool, vanishes);
        writeFile(stage(QStringLiteral("moving.bin")), bigContent(400000, 'a'));
        recovers();
        writeFile(stage(QStringLiteral("moving.bin")), bigContent(400000, 'b'));
        bool touched = false;
        auto result = m_pair.run(biLocalWins(), false, [&](const Progress& progress) {
            if (!touched && progress.phase == QStringLiteral("upload")) {
                touched = true;
                if (vanishes) {
                    QFile::remove(stage(QStringLiteral("moving.bin")));
                } else {
                    writeFile(stage(QStringLiteral("moving.bin")), bigContent(400000, 'c'));
                }
            }
        });
        QVERIFY(touched);
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->failedItems(), 1);
        // Production keeps its whole old version; the log says what happened to the new one.
        QCOMPARE(readAll(prod(QStringLiteral("moving.bin"))), bigContent(400000, 'a'));
        QVERIFY(logged({QStringLiteral("moving.bin")}));
        QVERIFY(noTemporaries());
        recovers();
        QCOMPARE(QFileInfo::exists(prod(QStringLiteral("moving.bin"))), !vanishes);
    }

    void connectionCut_data()
    {
        QTest::addColumn<int>("cuts");
        QTest::addColumn<int>("stallMs");
        QTest::newRow("reset once mid-body") << 1 << 0;
        QTest::newRow("reset on every attempt") << 50 << 0;
        QTest::newRow("stalled for two seconds") << 0 << 2000;
    }

    void connectionCut()
    {
        QFETCH(int, cuts);
        QFETCH(int, stallMs);
        const QByteArray big = bigContent(600000, 'p');
        writeFile(prod(QStringLiteral("download.bin")), big);
        TcpProxy proxy;
        const quint16 agentPort = m_pair.port();
        QVERIFY(m_pair.moveRemote(proxy.start(agentPort)) != 0);
        // Cut or stall after the hello, the scan and the feed: in the middle of the chunks.
        proxy.cutsLeft = cuts;
        proxy.cutAfter = 3000;
        proxy.stallMs = stallMs;
        proxy.stallAfter = 20000;
        auto result = m_pair.run(biLocalWins());
        if (cuts > 1) {
            QVERIFY(!result || result->failedItems() > 0);
            QVERIFY(logged({}));
        } else {
            QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
            QCOMPARE(result->failedItems(), 0);  // retried: a dropped connection is transient
        }
        const QByteArray arrived = readAll(stage(QStringLiteral("download.bin")));
        QVERIFY(arrived.isEmpty() || arrived == big);  // never a part of it
        QVERIFY(noTemporaries());
        proxy.cutsLeft = 0;
        proxy.stallMs = 0;
        recovers();
        QCOMPARE(readAll(stage(QStringLiteral("download.bin"))), big);
        QVERIFY(m_pair.moveRemote(agentPort) != 0);
    }

    void databaseLocked()
    {
        QVERIFY(execSql(m_pair.databaseOf(Side::Prod), QStringLiteral("INSERT INTO posts VALUES (1, 'one'), (2, 'two')")));
        // Another writer holds the staging database for longer than Ferry waits (10 s).
        QVERIFY(execSql(m_pair.databaseOf(Side::Stage), QStringLiteral("BEGIN EXCLUSIVE")));
        auto result = m_pair.run(biLocalWins());
        QVERIFY(execSql(m_pair.databaseOf(Side::Stage), QStringLiteral("ROLLBACK")));
        QVERIFY(!result || result->failedItems() == 2);
        QVERIFY(postsOf(m_pair.databaseOf(Side::Stage)).isEmpty());
        QVERIFY(logged({QStringLiteral("locked")}));
        recovers();
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Stage)).value(2), QStringLiteral("two"));
    }

    void constraintViolation()
    {
        QVERIFY(execSql(m_pair.databaseOf(Side::Prod), QStringLiteral("CREATE UNIQUE INDEX posts_body ON posts (body)")));
        QVERIFY(execSql(m_pair.databaseOf(Side::Stage),
                        QStringLiteral("INSERT INTO posts VALUES (1, 'same'), (2, 'same'), (3, 'fine')")));
        auto result = m_pair.run(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->failedItems(), 3);  // one batch, refused whole
        QVERIFY(postsOf(m_pair.databaseOf(Side::Prod)).isEmpty());
        QVERIFY(logged({QStringLiteral("UNIQUE")}));
        QVERIFY(execSql(m_pair.databaseOf(Side::Stage), QStringLiteral("UPDATE posts SET body = 'other' WHERE id = 2")));
        recovers();
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Prod)).size(), 3);
    }

    void rowChangedWhileApplied()
    {
        QVERIFY(execSql(m_pair.databaseOf(Side::Stage), QStringLiteral("INSERT INTO posts VALUES (1, 'first'), (2, 'other')")));
        recovers();
        QVERIFY(execSql(m_pair.databaseOf(Side::Prod), QStringLiteral("UPDATE posts SET body = 'from production' WHERE id IN (1, 2)")));
        // Someone edits row 1 on staging after the run has scanned, before it applies
        // production's version: their edit must not vanish without a trace.
        bool edited = false;
        auto result = m_pair.run(SyncPair::profileName(Direction::Download, ConflictPolicy::RemoteWins), false,
                                 [&](const Progress& progress) {
                                     if (!edited && progress.phase == QStringLiteral("transfer")) {
                                         edited = execSql(m_pair.databaseOf(Side::Stage),
                                                          QStringLiteral("UPDATE posts SET body = 'edited during the run' WHERE id = 1"));
                                     }
                                 });
        QVERIFY(edited);
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->failedItems(), 1);
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Stage)).value(1), QStringLiteral("edited during the run"));
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Stage)).value(2), QStringLiteral("from production"));
        QVERIFY(logged({QStringLiteral("[1]")}));
        // Next time both changes are seen: a conflict, settled by the policy and recorded.
        auto next = m_pair.run(biLocalWins());
        QVERIFY2(next, qPrintable(next ? QString() : next.errorMessage()));
        QCOMPARE(next->plan.conflicts(), 1);
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Prod)).value(1), QStringLiteral("edited during the run"));
    }

    void postgresRestart()
    {
        QString error;
        auto server = PostgresServer::start(&error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY2(server->createDatabase(QStringLiteral("content"), &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-setup"));
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(server->port());
            db.setUserName(QStringLiteral("ferry"));
            db.setDatabaseName(QStringLiteral("content"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-setup"));
        // A second staging site, whose content database is on PostgreSQL, paired with production.
        const QString s = m_pair.homeOf(Side::Stage);
        const QString files = m_pair.root() + QStringLiteral("/pgstage");
        writeFile(files + QStringLiteral("/keep/README"), "kept\n");
        const QList<QStringList> steps{
            {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("pg"), QStringLiteral("--files"), files,
             QStringLiteral("--db"), server->url(QStringLiteral("content")), QStringLiteral("--tables"), QStringLiteral("posts")},
            {QStringLiteral("relationship"), QStringLiteral("add"), QStringLiteral("rpg"), QStringLiteral("--site"), QStringLiteral("pg"),
             QStringLiteral("--remote"), QStringLiteral("https://127.0.0.1:%1/prod").arg(m_pair.port()), QStringLiteral("--cert"),
             s + QStringLiteral("/certs/staging.crt"), QStringLiteral("--key"), s + QStringLiteral("/certs/staging.key"),
             QStringLiteral("--ca"), s + QStringLiteral("/certs/ca.crt")},
            {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("pg"), QStringLiteral("--relationship"),
             QStringLiteral("rpg"), QStringLiteral("--direction"), QStringLiteral("download")},
        };
        for (const QStringList& step : steps) {
            // ferryctl would wait on the in-process agent for nothing: these steps do not connect.
            const ProcessResult result = ProcessRunner::run(QStringLiteral("ferryctl"), QStringList{QStringLiteral("--home"), s} + step);
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        }
        std::atomic_bool cancelled = false;
        SyncRunParams params{.homePath = s, .profileName = QStringLiteral("pg"), .confirmed = true};
        auto initial = SyncRun::execute(params, cancelled);
        QVERIFY2(initial && initial->failedItems() == 0, qPrintable(initial ? QString() : initial.errorMessage()));

        QVERIFY(execSql(m_pair.databaseOf(Side::Prod), QStringLiteral("INSERT INTO posts VALUES (1, 'one'), (2, 'two'), (3, 'three')")));
        // The server goes down after the run has scanned and planned, before it applies the rows.
        bool stopped = false;
        auto result = SyncRun::execute(params, cancelled, [&](const Progress& progress) {
            if (!stopped && progress.phase == QStringLiteral("transfer")) {
                stopped = true;
                QString why;
                QVERIFY2(server->stop(&why), qPrintable(why));
            }
        });
        QVERIFY(stopped);
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->failedItems(), 3);
        QVERIFY(logged({QStringLiteral("127.0.0.1")}));
        // While it is down, a run stops at once and says why.
        auto down = SyncRun::execute(params, cancelled);
        QVERIFY(!down);
        QVERIFY2(down.errorMessage().contains(QStringLiteral("127.0.0.1")), qPrintable(down.errorMessage()));
        QVERIFY2(server->restart(&error), qPrintable(error));
        auto recovered = SyncRun::execute(params, cancelled);
        QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.errorMessage()));
        QCOMPARE(recovered->failedItems(), 0);
        QCOMPARE(recovered->run.totals.rowsReceived, 3);
    }
};

int main(int argc, char** argv)
{
    // On a disk file system, where chattr works (not on /dev/shm's tmpfs).
    if (qEnvironmentVariableIsEmpty("FERRY_TEST_TMP")) {
        qputenv("FERRY_TEST_TMP", "/tmp");
    }
    QCoreApplication app(argc, argv);
    TestFaultSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fault_sync.moc"
