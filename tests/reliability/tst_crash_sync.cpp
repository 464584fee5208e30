// Crash test (label crash): a bidirectional run between `ferryctl sync` and a real ferryd is
// killed with SIGKILL at a chosen point (FERRY_TEST_KILL_AT=POINT:N, see
// core/common/TestKillPoint.h) in either process: while chunks move, with a file written but not
// yet renamed, renamed but not yet indexed, rows written but not committed, a batch applied but
// not answered, before a checkpoint is stored. After each kill:
//   - every file on both sides is whole: its old or its new content, never anything else;
//   - each side's batch of rows is all there or not there at all;
//   - the next run (ferryd restarted) succeeds, leaves no temporary file, the sites agree, and it
//     sends no more than a clean run would have (chunks that crossed before the kill stay).
// By default a small set of points runs (ctest); `--sweep` tries every N of every point until
// the run no longer reaches it (scripts/crash-sync.sh) and prints how many kills were tried.

#include "ProcessRunner.h"
#include "SyncPair.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <random>

using namespace ferry;
using namespace ferry::test;

namespace {

bool g_sweep = false;

const QStringList ctlPoints{QStringLiteral("chunk-sent"),     QStringLiteral("chunk-fetched"), QStringLiteral("file-written"),
                            QStringLiteral("file-placed"),    QStringLiteral("rows"),          QStringLiteral("batch-recorded"),
                            QStringLiteral("checkpoint")};
const QStringList agentPoints{QStringLiteral("chunk-stored"), QStringLiteral("file-written"), QStringLiteral("file-placed"),
                              QStringLiteral("rows"),         QStringLiteral("batch-recorded"), QStringLiteral("checkpoint")};
constexpr int batchRows = 20;

QByteArray randomBytes(int size, quint32 seed)
{
    std::mt19937 rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes) {
        c = char(rng() & 0xff);
    }
    return bytes;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

struct Outcome {
    bool killed = false;
    QString problem;
    qint64 bytesOut = -1;
};

class CrashCase
{
public:
    explicit CrashCase(SyncPair& pair)
        : m_pair(pair)
    {
    }

    ~CrashCase() { stopAgent(); }

    // Two sites in step with some files and rows, then changed on both sides.
    QString prepare();
    // One run, with the kill armed in "ferryctl" or "ferryd" (or nowhere).
    Outcome run(const QString& process = {}, const QString& point = {}, int n = 0);
    QString checkWhole() const;
    QString checkConverged() const;

private:
    QString startAgent(const QString& killAt);
    void stopAgent();
    QString sync(const QString& killAt, int* exitCode, qint64* bytesOut, bool* crashed);

    SyncPair& m_pair;
    std::unique_ptr<QProcess> m_agent;
    QMap<QString, QSet<QByteArray>> m_versions;  // "side/path" → every content it may hold
};

QString CrashCase::startAgent(const QString& killAt)
{
    stopAgent();
    m_agent = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ferry.*.info=false"));
    if (!killAt.isEmpty()) {
        environment.insert(QStringLiteral("FERRY_TEST_KILL_AT"), killAt);
    }
    m_agent->setProcessEnvironment(environment);
    // Its log (handshake refusals of the readiness probe below, among others) is not the test's.
    m_agent->setProcessChannelMode(QProcess::MergedChannels);
    m_agent->setStandardOutputFile(QProcess::nullDevice());
    m_agent->start(ProcessRunner::binary(QStringLiteral("ferryd")), m_pair.ferrydArguments());
    if (!m_agent->waitForStarted(10000)) {
        return QStringLiteral("ferryd did not start");
    }
    // Listening when a TCP connection is accepted.
    for (int i = 0; i < 200; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_pair.port());
        if (probe.waitForConnected(100)) {
            return {};
        }
        if (m_agent->state() != QProcess::Running) {
            return QStringLiteral("ferryd stopped at once");
        }
        QThread::msleep(25);
    }
    return QStringLiteral("ferryd does not listen on port %1").arg(m_pair.port());
}

void CrashCase::stopAgent()
{
    if (m_agent) {
        if (m_agent->state() == QProcess::Running) {
            m_agent->kill();
            m_agent->waitForFinished(10000);
        }
        m_agent.reset();
    }
}

QString CrashCase::sync(const QString& killAt, int* exitCode, qint64* bytesOut, bool* crashed)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ferry.*.info=false"));
    if (!killAt.isEmpty()) {
        environment.insert(QStringLiteral("FERRY_TEST_KILL_AT"), killAt);
    }
    const ProcessResult result = ProcessRunner::run(
        QStringLiteral("ferryctl"),
        {QStringLiteral("--home"), m_pair.homeOf(Side::Stage), QStringLiteral("sync"),
         SyncPair::profileName(Direction::Bidirectional, ConflictPolicy::LocalWins), QStringLiteral("--yes"), QStringLiteral("--json")},
        environment);
    *exitCode = result.exitCode;
    *crashed = result.crashed;
    const QJsonObject totals = QJsonDocument::fromJson(result.out.toUtf8()).object();
    *bytesOut = totals.value(QStringLiteral("bytesOut")).toInteger(-1);
    return result.err;
}

QString CrashCase::prepare()
{
    m_versions.clear();
    const auto remember = [&](Side side, const QString& path, const QByteArray& bytes) {
        m_versions[(side == Side::Stage ? QStringLiteral("stage/") : QStringLiteral("prod/")) + path].insert(bytes);
        writeFile(m_pair.filesOf(side) + QLatin1Char('/') + path, bytes);
    };
    // In step first: both sides hold these.
    for (Side side : {Side::Stage, Side::Prod}) {
        remember(side, QStringLiteral("big.bin"), randomBytes(300000, 1));
        remember(side, QStringLiteral("pages/a.html"), QByteArray("<p>a, first</p>\n"));
        remember(side, QStringLiteral("pages/b.html"), QByteArray("<p>b, first</p>\n"));
        remember(side, QStringLiteral("css/site.css"), QByteArray("body { color: black }\n"));
    }
    QString error = startAgent({});
    if (!error.isEmpty()) {
        return error;
    }
    Outcome first = run();
    if (!first.problem.isEmpty()) {
        return QStringLiteral("the first run: ") + first.problem;
    }
    // Then changed on both sides: files new and edited (some of several chunks), rows in a batch.
    remember(Side::Stage, QStringLiteral("big.bin"), randomBytes(300000, 2));
    remember(Side::Stage, QStringLiteral("pages/a.html"), QByteArray("<p>a, edited on staging</p>\n"));
    remember(Side::Stage, QStringLiteral("new/stage.bin"), randomBytes(200000, 3));
    // Above what travels inside an apply batch (wire::maxInlineFileBytes): its chunks go ahead
    // of the apply, through the agent's chunk store, while the small files travel inline.
    remember(Side::Stage, QStringLiteral("new/large.bin"), randomBytes(2200000, 5));
    remember(Side::Prod, QStringLiteral("pages/b.html"), QByteArray("<p>b, edited on production</p>\n"));
    remember(Side::Prod, QStringLiteral("new/prod.bin"), randomBytes(200000, 4));
    QFile::remove(m_pair.filesOf(Side::Stage) + QStringLiteral("/css/site.css"));
    // What the sync may bring to each side.
    for (const QString& path : m_versions.keys()) {
        const QString other = path.startsWith(QStringLiteral("stage/")) ? QStringLiteral("prod/") + path.mid(6)
                                                                        : QStringLiteral("stage/") + path.mid(5);
        m_versions[other].unite(m_versions.value(path));
    }
    for (Side side : {Side::Stage, Side::Prod}) {
        const qint64 base = side == Side::Stage ? 100 : 200;
        if (!execSql(m_pair.databaseOf(side), QStringLiteral("BEGIN"))) {
            return QStringLiteral("cannot begin a transaction");
        }
        for (int i = 0; i < batchRows; ++i) {
            execSql(m_pair.databaseOf(side), QStringLiteral("INSERT INTO posts (id, body) VALUES (?, ?)"),
                    {base + i, QStringLiteral("row %1").arg(base + i)});
        }
        if (!execSql(m_pair.databaseOf(side), QStringLiteral("COMMIT"))) {
            return QStringLiteral("cannot commit the rows");
        }
    }
    return {};
}

Outcome CrashCase::run(const QString& process, const QString& point, int n)
{
    Outcome outcome;
    const QString killAt = point.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(point).arg(n);
    if (process == QStringLiteral("ferryd")) {
        if (QString error = startAgent(killAt); !error.isEmpty()) {
            outcome.problem = error;
            return outcome;
        }
    } else if (!m_agent || m_agent->state() != QProcess::Running) {
        if (QString error = startAgent({}); !error.isEmpty()) {
            outcome.problem = error;
            return outcome;
        }
    }
    int exitCode = -1;
    bool crashed = false;
    const QString err = sync(process == QStringLiteral("ferryctl") ? killAt : QString(), &exitCode, &outcome.bytesOut, &crashed);
    const bool agentDied = m_agent->waitForFinished(100) || m_agent->state() != QProcess::Running;
    outcome.killed = crashed || agentDied;
    if (!outcome.killed && exitCode != 0) {
        outcome.problem = QStringLiteral("ferryctl sync exited with %1: %2").arg(exitCode).arg(err);
    }
    if (agentDied || process == QStringLiteral("ferryd")) {
        // The next run meets a ferryd without the kill armed.
        stopAgent();
    }
    return outcome;
}

QString CrashCase::checkWhole() const
{
    for (Side side : {Side::Stage, Side::Prod}) {
        const QString prefix = side == Side::Stage ? QStringLiteral("stage/") : QStringLiteral("prod/");
        const auto files = filesUnder(m_pair.filesOf(side));
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (it.key().contains(QStringLiteral(".ferry-tmp-")) || it.key().startsWith(QStringLiteral("keep/"))) {
                continue;
            }
            if (!m_versions.value(prefix + it.key()).contains(it.value())) {
                return QStringLiteral("%1%2 holds %3 bytes that are neither its old nor its new content")
                    .arg(prefix, it.key())
                    .arg(it.value().size());
            }
        }
        // The other side's batch of rows: all of it or none.
        const qint64 base = side == Side::Stage ? 200 : 100;
        const auto rows = postsOf(m_pair.databaseOf(side));
        int present = 0;
        for (int i = 0; i < batchRows; ++i) {
            present += rows.contains(base + i) ? 1 : 0;
        }
        if (present != 0 && present != batchRows) {
            return QStringLiteral("%1 holds %2 of the %3 rows of one batch").arg(prefix).arg(present).arg(batchRows);
        }
    }
    return {};
}

QString CrashCase::checkConverged() const
{
    for (Side side : {Side::Stage, Side::Prod}) {
        const auto files = filesUnder(m_pair.filesOf(side));
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (it.key().contains(QStringLiteral(".ferry-tmp-"))) {
                return QStringLiteral("a temporary file is left in the files root: ") + it.key();
            }
        }
    }
    if (filesUnder(m_pair.filesOf(Side::Stage)) != filesUnder(m_pair.filesOf(Side::Prod))) {
        return QStringLiteral("the files differ after the recovery run");
    }
    if (postsOf(m_pair.databaseOf(Side::Stage)) != postsOf(m_pair.databaseOf(Side::Prod))) {
        return QStringLiteral("the rows differ after the recovery run");
    }
    return {};
}

} // namespace

class TestCrashSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString error = m_pair.build();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // What a run without a crash sends.
        QVERIFY(m_pair.reset(false).isEmpty());
        QVERIFY(m_pair.moveRemote() != 0);
        CrashCase clean(m_pair);
        const QString prepared = clean.prepare();
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const Outcome outcome = clean.run();
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        QVERIFY(outcome.bytesOut > 2600000);  // files of several chunks went up, inline and as chunks
        m_cleanBytesOut = outcome.bytesOut;
        const QString converged = clean.checkConverged();
        QVERIFY2(converged.isEmpty(), qPrintable(converged));
    }

    void killed_data()
    {
        QTest::addColumn<QString>("process");
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("n");
        for (const QString& point : ctlPoints) {
            for (int n : {1, 2}) {
                QTest::addRow("ferryctl %s:%d", qPrintable(point), n) << QStringLiteral("ferryctl") << point << n;
            }
        }
        for (const QString& point : agentPoints) {
            for (int n : {1, 2}) {
                QTest::addRow("ferryd %s:%d", qPrintable(point), n) << QStringLiteral("ferryd") << point << n;
            }
        }
    }

    void killed()
    {
        QFETCH(QString, process);
        QFETCH(QString, point);
        QFETCH(int, n);
        if (g_sweep && n != 1) {
            QSKIP("the sweep goes through every N from the first row of this point");
        }
        int tried = 0;
        for (int kill = n; g_sweep ? kill < 1000 : kill == n; ++kill) {
            const auto [reached, problem] = killAt(process, point, kill);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 %2:%3: %4").arg(process, point).arg(kill).arg(problem)));
            if (!reached) {
                if (!g_sweep) {
                    QVERIFY2(kill > 1, "the run never reached this point: the test no longer tests it");
                }
                break;
            }
            ++tried;
            if (!g_sweep) {
                break;
            }
        }
        m_killsTried += tried;
    }

    void cleanupTestCase() { qInfo("kill points tried: %d", m_killsTried); }

private:
    std::pair<bool, QString> killAt(const QString& process, const QString& point, int n)
    {
        if (QString reset = m_pair.reset(false); !reset.isEmpty()) {
            return {false, reset};
        }
        if (m_pair.moveRemote() == 0) {
            return {false, QStringLiteral("no free port")};
        }
        CrashCase crash(m_pair);
        if (QString prepared = crash.prepare(); !prepared.isEmpty()) {
            return {false, prepared};
        }
        const Outcome killed = crash.run(process, point, n);
        if (!killed.problem.isEmpty()) {
            return {killed.killed, killed.problem};
        }
        if (QString torn = crash.checkWhole(); !torn.isEmpty()) {
            return {killed.killed, QStringLiteral("after the kill: ") + torn};
        }
        const Outcome recovery = crash.run();
        if (!recovery.problem.isEmpty() || recovery.killed) {
            return {killed.killed, QStringLiteral("the run after the kill: ") + recovery.problem};
        }
        if (QString different = crash.checkConverged(); !different.isEmpty()) {
            return {killed.killed, different};
        }
        if (killed.killed && recovery.bytesOut > m_cleanBytesOut + 16384) {
            return {true, QStringLiteral("the run after the kill sent %1 bytes, a clean run %2")
                              .arg(recovery.bytesOut)
                              .arg(m_cleanBytesOut)};
        }
        return {killed.killed, {}};
    }

    SyncPair m_pair;
    qint64 m_cleanBytesOut = 0;
    int m_killsTried = 0;
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    g_sweep = arguments.removeAll(QStringLiteral("--sweep")) > 0;
    TestCrashSync test;
    return QTest::qExec(&test, arguments);
}

#include "tst_crash_sync.moc"
