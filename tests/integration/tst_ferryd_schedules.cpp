// ferryd runs schedules with no GUI: a real agent on 127.0.0.1 whose home has a schedule that
// missed five runs while the agent was down starts one run of its profile, recorded with the
// "schedule" trigger (it fails here: the remote agent is not there, and says so), and no more.

#include "Fixtures.h"
#include "ProcessRunner.h"
#include "TempHome.h"
#include "security/CertificateAuthority.h"
#include "security/TrustStore.h"
#include "store/RelationshipRepository.h"
#include "store/RunRepository.h"
#include "store/ScheduleRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

std::vector<Run> runsOf(const TempHome& home)
{
    auto store = home.openStore();
    return RunRepository(store->database()).recent(20).value();
}

// A port nothing listens on: taken, then released.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestFerrydSchedules : public QObject
{
    Q_OBJECT

private slots:
    void missedRunsStartOnceWithNoGui();
};

void TestFerrydSchedules::missedRunsStartOnceWithNoGui()
{
    TempHome home;
    const QString files = home.makeFolder(QStringLiteral("www"));
    home.writeFile(QStringLiteral("www/index.html"), "<h1>www</h1>");
    qint64 scheduleId = 0;
    {
        auto store = home.openStore();
        const Site site = storeSite(*store, QStringLiteral("www"), files);
        Relationship relationship;
        relationship.name = QStringLiteral("www-prod");
        relationship.siteId = site.id;
        relationship.remoteUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/www").arg(closedPort()));
        relationship.createdAt = QDateTime::currentDateTimeUtc();
        relationship = RelationshipRepository(store->database()).insert(relationship).value();
        const Profile profile = storeProfile(*store, relationship, QStringLiteral("nightly"));
        Schedule schedule;
        schedule.profileId = profile.id;
        schedule.kind = ScheduleKind::Interval;
        schedule.intervalMinutes = 60;
        schedule.startAt = QDateTime::currentDateTimeUtc().addSecs(-5 * 3600 - 60);  // five runs ago, and a minute
        schedule.createdAt = schedule.startAt;
        scheduleId = ScheduleRepository(store->database()).insert(schedule).value().id;
    }
    auto ca = CertificateAuthority::create(QStringLiteral("Schedules Test CA"), KeyType::EcP256);
    QVERIFY(ca.ok());
    auto agent = ca->issue({QStringLiteral("agent"), {}, {QStringLiteral("127.0.0.1")}});
    QVERIFY(agent.ok());
    auto trust = TrustStore::open(home.homePath());
    QVERIFY(trust.ok());
    QVERIFY(trust->trustCa(ca->certificate()).ok());
    QVERIFY(trust->applyNode(agent->certificate, agent->key).ok());

    QProcess ferryd;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), qEnvironmentVariable("FERRYD_LOG", QStringLiteral("ferry.*.info=false\nferry.core.sync.runs.info=true")));
    environment.insert(QStringLiteral("FERRY_KEYCHAIN"), QStringLiteral("off"));
    ferryd.setProcessEnvironment(environment);
    ferryd.setProgram(ProcessRunner::binary(QStringLiteral("ferryd")));
    ferryd.setArguments({QStringLiteral("--home"), home.homePath(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    ferryd.start();
    QVERIFY(ferryd.waitForStarted());

    // The agent looks at its schedules as it starts: one run, however many were missed.
    QElapsedTimer waited;
    waited.start();
    while (!(!runsOf(home).empty() && runsOf(home).front().state != RunState::Running) && waited.elapsed() < 30000) {
        QTest::qWait(100);
    }
    if (runsOf(home).empty() || runsOf(home).front().state == RunState::Running) {
        ferryd.terminate();
        ferryd.waitForFinished(15000);
        const auto seen = runsOf(home);
        QFAIL(qPrintable(QStringLiteral("%1 runs, first state %2; the agent said: ").arg(seen.size()).arg(seen.empty() ? -1 : int(seen.front().state)) + QString::fromUtf8(ferryd.readAllStandardOutput() + ferryd.readAllStandardError())));
    }
    QTest::qWait(1500);  // time enough for a second run, were one to start
    const std::vector<Run> runs = runsOf(home);
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs[0].profileName, QStringLiteral("nightly"));
    QCOMPARE(runs[0].trigger, RunTrigger::Schedule);
    QCOMPARE(runs[0].state, RunState::Failed);
    QVERIFY2(!runs[0].message.isEmpty(), "a failed run says why");
    {
        auto store = home.openStore();
        const auto schedule = ScheduleRepository(store->database()).find(scheduleId).value();
        QVERIFY(schedule->lastRunAt.isValid());
        QVERIFY(schedule->lastRunAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    }

    ferryd.terminate();
    QVERIFY(ferryd.waitForFinished(15000));
    QCOMPARE(ferryd.exitStatus(), QProcess::NormalExit);
    QCOMPARE(ferryd.exitCode(), 0);
    const QString log = QString::fromUtf8(ferryd.readAllStandardError());
    QVERIFY2(log.contains(QStringLiteral("scheduled run of nightly failed: ")), qPrintable(log));
    QCOMPARE(log.count(QStringLiteral("starts profile")), 1);
}

QTEST_GUILESS_MAIN(TestFerrydSchedules)
#include "tst_ferryd_schedules.moc"
