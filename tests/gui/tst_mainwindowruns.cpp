// The main window's runs: the relationship wizard's "start the initial sync now" and a due
// schedule both reach the run queue, run against a real ferryd on 127.0.0.1, show in the Runs
// panel, and move the files.

#include "SyncPair.h"
#include "Translations.h"
#include "MainWindow.h"
#include "model/Schedule.h"
#include "services/HomeService.h"
#include "services/SyncJobQueue.h"
#include "store/RunRepository.h"
#include "store/ScheduleRepository.h"
#include "widgets/JobsPanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

class TestMainWindowRuns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initialSyncFromTheWizardRuns();
    void aDueScheduleRunsWhileTheWindowIsOpen();

private:
    qint64 profileId(const QString& name);
    SyncPair m_pair;
};

void TestMainWindowRuns::initTestCase()
{
    Translations::install(*qApp, QStringLiteral("en"));
    QCOMPARE(m_pair.setUp(), QString());
    m_pair.writeStage(QStringLiteral("index.html"), "<h1>staging</h1>");
    QCOMPARE(m_pair.addProfile(QStringLiteral("publish"), {QStringLiteral("--direction"), QStringLiteral("upload")}),
             QString());
}

qint64 TestMainWindowRuns::profileId(const QString& name)
{
    auto store = m_pair.stage().openStore();
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral("SELECT id FROM profiles WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void TestMainWindowRuns::initialSyncFromTheWizardRuns()
{
    HomeService home(m_pair.stage().homePath());
    SyncJobQueue queue(m_pair.stage().homePath());
    MainWindow window(&home);
    window.setJobQueue(&queue);
    window.show();
    QSignalSpy finished(&queue, &SyncJobQueue::jobFinished);
    // What the relationship wizard's last page emits when "start the initial sync now" is ticked.
    emit window.initialSyncRequested(profileId(QStringLiteral("publish")));
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QDockWidget*>(QStringLiteral("runsDock"))->isVisible(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncJob job = finished.first().first().value<SyncJob>();
    QVERIFY2(job.result == RunState::Succeeded, qPrintable(job.message));
    QCOMPARE(m_pair.readProd(QStringLiteral("index.html")), QByteArray("<h1>staging</h1>"));
    QCOMPARE(window.jobsPanel()->activeJobs(), 0);
}

void TestMainWindowRuns::aDueScheduleRunsWhileTheWindowIsOpen()
{
    m_pair.writeStage(QStringLiteral("index.html"), "<h1>staging, later</h1>");
    {
        auto store = m_pair.stage().openStore();
        Schedule schedule;
        schedule.profileId = profileId(QStringLiteral("publish"));
        schedule.kind = ScheduleKind::Interval;
        schedule.intervalMinutes = 60;
        schedule.startAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600 - 60);  // three runs missed
        schedule.createdAt = schedule.startAt;
        QVERIFY(ScheduleRepository(store->database()).insert(schedule).ok());
    }
    HomeService home(m_pair.stage().homePath());
    SyncJobQueue queue(m_pair.stage().homePath());
    MainWindow window(&home);
    QSignalSpy finished(&queue, &SyncJobQueue::jobFinished);
    window.setJobQueue(&queue);  // starts the window's scheduler
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncJob job = finished.first().first().value<SyncJob>();
    QCOMPARE(job.trigger, RunTrigger::Schedule);
    QVERIFY2(job.result == RunState::Succeeded, qPrintable(job.message));
    QCOMPARE(m_pair.readProd(QStringLiteral("index.html")), QByteArray("<h1>staging, later</h1>"));
    // Missed runs start once, not three times.
    QTest::qWait(1500);
    QCOMPARE(finished.count(), 1);
    auto store = m_pair.stage().openStore();
    const auto runs = RunRepository(store->database()).recent(10).value();
    QCOMPARE(std::count_if(runs.begin(), runs.end(), [](const Run& run) { return run.trigger == RunTrigger::Schedule; }), 1);
}

QTEST_MAIN(TestMainWindowRuns)
#include "tst_mainwindowruns.moc"
