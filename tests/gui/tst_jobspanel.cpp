// The Runs panel during a real run: a real ferryd on 127.0.0.1, a real SyncJobQueue running the
// profile on a worker thread, and the panel's widgets as the administrator sees them: the phase
// and the progress bar move while bytes flow, the run's details chart its throughput and list
// the items as they finish, Cancel stops the run, and the outcome is shown. A run another
// process started (a real `ferryctl sync`) appears too, and the panel's Cancel stops it.

#include "Screenshot.h"
#include "SyncPair.h"
#include "Translations.h"
#include "dialogs/RunDetailDialog.h"
#include "services/LiveRunWatch.h"
#include "services/SyncJobQueue.h"
#include "widgets/JobRow.h"
#include "widgets/JobsPanel.h"

#include <QApplication>
#include <QLineSeries>
#include <QProcess>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

class TestJobsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void progressMovesAndTheRunCompletes();
    void cancelStopsARunningRun();
    void aProfileIsNeverQueuedTwice();
    void aRunOfAnotherProcessAppearsAndCanBeCancelled();

private:
    qint64 profileId(const QString& name);
    SyncPair m_pair;
};

void TestJobsPanel::initTestCase()
{
    Translations::install(*qApp, QStringLiteral("en"));
    QCOMPARE(m_pair.setUp(), QString());
    for (int i = 0; i < 6; ++i) {
        m_pair.writeStage(QStringLiteral("media/clip%1.bin").arg(i), noise(1024 * 1024, quint32(i)));
    }
    QCOMPARE(m_pair.addProfile(QStringLiteral("fast"), {QStringLiteral("--direction"), QStringLiteral("upload")}), QString());
    // 2 MiB/s: the 6 MiB take about three seconds, time enough to watch and to cancel.
    QCOMPARE(m_pair.addProfile(QStringLiteral("slow"), {QStringLiteral("--direction"), QStringLiteral("upload"),
                                                        QStringLiteral("--bandwidth"), QStringLiteral("2048")}),
             QString());
}

qint64 TestJobsPanel::profileId(const QString& name)
{
    auto store = m_pair.stage().openStore();
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral("SELECT id FROM profiles WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void TestJobsPanel::cancelStopsARunningRun()
{
    // Runs after progressMovesAndTheRunCompletes (slots run in declaration order), which copied
    // everything: new content gives this run something to move.
    for (int i = 0; i < 6; ++i) {
        m_pair.writeStage(QStringLiteral("media/clip%1.bin").arg(i), noise(1024 * 1024, quint32(100 + i)));
    }
    SyncJobQueue queue(m_pair.stage().homePath());
    JobsPanel panel(&queue, nullptr);
    panel.resize(700, 300);
    panel.show();
    QSignalSpy finished(&queue, &SyncJobQueue::jobFinished);
    const quint64 id = queue.enqueue(profileId(QStringLiteral("slow")), QStringLiteral("slow"), RunTrigger::Manual);
    QVERIFY(id != 0);
    JobRow* row = panel.rowFor(id);
    QVERIFY(row);
    auto* bar = row->findChild<QProgressBar*>(QStringLiteral("progress"));
    auto* phase = row->findChild<QLabel*>(QStringLiteral("phase"));
    // Wait until bytes move, then cancel from the button.
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() == 1000 && bar->value() > 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(phase->text(), QStringLiteral("Uploading"), 5000);
    QVERIFY(bar->value() < 1000);
    screenshot(panel, QStringLiteral("runs-panel"));
    // Details: the throughput chart grows while the run uploads.
    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("details")), Qt::LeftButton);
    RunDetailDialog* details = panel.detailsFor(id);
    QVERIFY(details->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(details->throughput()->count() >= 3, 10000);
    const QList<QPointF> points = details->throughput()->points();
    QVERIFY(points.last().x() > points.first().x());
    // In MiB/s: the profile's limit is 2 MiB/s (kept on average; a batch can burst above it).
    QVERIFY(std::any_of(points.begin(), points.end(), [](const QPointF& p) { return p.y() > 0.2 && p.y() < 20.0; }));
    screenshot(*details, QStringLiteral("run-detail"));
    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("cancel")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const SyncJob job = finished.first().first().value<SyncJob>();
    QCOMPARE(job.result, RunState::Cancelled);
    QCOMPARE(phase->text(), QStringLiteral("Cancelled"));
    QVERIFY(row->findChild<QLabel*>(QStringLiteral("currentItem"))->text().startsWith(QStringLiteral("Cancelled")));
    QCOMPARE(details->findChild<QLabel*>(QStringLiteral("phase"))->text(), QStringLiteral("<b>Cancelled</b>"));
    QVERIFY(details->logText().contains(QStringLiteral("Cancelled: ")));
    QVERIFY(details->findChild<QPushButton*>(QStringLiteral("showInActivity"))->isEnabled());
    // Nothing half-written on production; a later run completes what was left.
    QVERIFY(SyncPair::contents(m_pair.prodRoot()) != SyncPair::contents(m_pair.stageRoot()));
    const SyncOutcome rest = m_pair.sync(QStringLiteral("fast"));
    QCOMPARE(rest.process.exitCode, 0);
    QCOMPARE(SyncPair::contents(m_pair.prodRoot()), SyncPair::contents(m_pair.stageRoot()));
}

void TestJobsPanel::progressMovesAndTheRunCompletes()
{
    SyncJobQueue queue(m_pair.stage().homePath());
    JobsPanel panel(&queue, nullptr);
    panel.resize(700, 300);
    panel.show();
    QSignalSpy progress(&queue, &SyncJobQueue::jobProgress);
    QSignalSpy finished(&queue, &SyncJobQueue::jobFinished);
    QCOMPARE(panel.activeJobs(), 0);
    // The first run of the relationship is its initial copy; the queue runs it unconfirmed only
    // into an empty site, which production is.
    const quint64 id = queue.enqueue(profileId(QStringLiteral("fast")), QStringLiteral("fast"), RunTrigger::Manual);
    QCOMPARE(panel.activeJobs(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncJob job = finished.first().first().value<SyncJob>();
    QVERIFY2(job.result == RunState::Succeeded, qPrintable(job.message));
    QVERIFY(progress.count() >= 3);
    JobRow* row = panel.rowFor(id);
    QCOMPARE(row->findChild<QLabel*>(QStringLiteral("phase"))->text(), QStringLiteral("Succeeded"));
    QCOMPARE(row->findChild<QLabel*>(QStringLiteral("currentItem"))->text(),
             QStringLiteral("6 files sent, 0 received, 0 deleted; 0 rows sent, 0 received, 0 deleted."));
    QVERIFY(!row->findChild<QPushButton*>(QStringLiteral("cancel"))->isVisible());
    QCOMPARE(panel.activeJobs(), 0);
    QCOMPARE(m_pair.readProd(QStringLiteral("media/clip3.bin")), noise(1024 * 1024, 3));
    // The details list every item the run finished, as it finished them, though nobody had
    // them open during the run.
    const QString log = panel.detailsFor(id)->logText();
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(log.contains(QStringLiteral("Sent media/clip%1.bin").arg(i)), qPrintable(log));
    }
    QVERIFY(log.contains(QStringLiteral("6 files sent")));
}

void TestJobsPanel::aProfileIsNeverQueuedTwice()
{
    SyncJobQueue queue(m_pair.stage().homePath());
    QSignalSpy finished(&queue, &SyncJobQueue::jobFinished);
    const qint64 fast = profileId(QStringLiteral("fast"));
    QVERIFY(queue.enqueue(fast, QStringLiteral("fast"), RunTrigger::Manual) != 0);
    QCOMPARE(queue.enqueue(fast, QStringLiteral("fast"), RunTrigger::Schedule), quint64(0));
    QVERIFY(queue.isActive(fast));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!queue.isActive(fast));
    QVERIFY(queue.enqueue(fast, QStringLiteral("fast"), RunTrigger::Manual) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
}

void TestJobsPanel::aRunOfAnotherProcessAppearsAndCanBeCancelled()
{
    for (int i = 0; i < 6; ++i) {
        m_pair.writeStage(QStringLiteral("media/clip%1.bin").arg(i), noise(1024 * 1024, quint32(200 + i)));
    }
    SyncJobQueue queue(m_pair.stage().homePath());
    LiveRunWatch watch(m_pair.stage().homePath());
    JobsPanel panel(&queue, &watch);
    panel.resize(700, 300);
    panel.show();
    QSignalSpy appeared(&watch, &LiveRunWatch::runAppeared);
    QSignalSpy ended(&watch, &LiveRunWatch::runEnded);
    watch.start();
    std::unique_ptr<QProcess> ctl = m_pair.startSync(QStringLiteral("slow"));
    QTRY_COMPARE_WITH_TIMEOUT(appeared.count(), 1, 20000);
    const LiveRun live = appeared.first().first().value<LiveRun>();
    QCOMPARE(live.owner, QStringLiteral("ferryctl"));
    QCOMPARE(live.ownerPid, ctl->processId());
    JobRow* row = panel.rowForRun(live.run.id);
    QVERIFY(row);
    QVERIFY(row->findChild<QLabel*>()->text().contains(QStringLiteral("started from the command line")));
    auto* bar = row->findChild<QProgressBar*>(QStringLiteral("progress"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() == 1000 && bar->value() > 0, 20000);
    QCOMPARE(panel.activeJobs(), 1);
    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("cancel")), Qt::LeftButton);
    // The run reads the request within about a second and stops as if it had been sent SIGTERM.
    QVERIFY(ctl->waitForFinished(20000));
    QCOMPARE(ctl->exitCode(), 1);
    QVERIFY(QString::fromUtf8(ctl->readAllStandardError()).contains(QStringLiteral("The run was cancelled")));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
    QCOMPARE(ended.first().first().value<Run>().state, RunState::Cancelled);
    QCOMPARE(row->findChild<QLabel*>(QStringLiteral("phase"))->text(), QStringLiteral("Cancelled"));
    QCOMPARE(panel.activeJobs(), 0);
    const SyncOutcome rest = m_pair.sync(QStringLiteral("fast"));
    QCOMPARE(rest.process.exitCode, 0);
    QCOMPARE(SyncPair::contents(m_pair.prodRoot()), SyncPair::contents(m_pair.stageRoot()));
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
