// The demo as an administrator meets it: `ferry --demo`'s home and its real ferryd, in the real
// main window with its run queue. A run of the demo shows live in the Runs panel and its detail
// view; the waiting conflict is decided on the review screen with "Apply at once", and the
// remote's version reaches staging without another click; Activity lists what happened. With
// FERRY_SCREENSHOT_DIR set (scripts/demo-screenshots.sh runs it on Xvfb) the states asserted on
// are saved as the README's and docs' pictures.

#include "ProcessRunner.h"
#include "Screenshot.h"
#include "TempHome.h"
#include "Translations.h"
#include "MainWindow.h"
#include "demo/DemoAgent.h"
#include "demo/DemoHome.h"
#include "dialogs/RunDetailDialog.h"
#include "services/HomeService.h"
#include "services/SyncJobQueue.h"
#include "store/ConflictRepository.h"
#include "store/ProfileRepository.h"
#include "store/StateStore.h"
#include "widgets/JobRow.h"
#include "widgets/JobsPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

class TestDemoWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRunShowsLive();
    void aConflictDecidedAtOnceReachesBothSites();

private:
    QString site(const QString& name, const QString& path) const
    {
        return m_root.root() + QStringLiteral("/sites/") + name + QLatin1Char('/') + path;
    }
    qint64 profileId(const QString& name) const;

    TempHome m_root;
    QString m_home;
    std::unique_ptr<DemoAgent> m_agent;
    std::unique_ptr<HomeService> m_service;
    std::unique_ptr<SyncJobQueue> m_queue;
    std::unique_ptr<MainWindow> m_window;
};

void TestDemoWindow::initTestCase()
{
    Translations::install(*qApp, QStringLiteral("en"));
    auto home = DemoHome::create(m_root.root());
    QVERIFY2(home.ok(), qPrintable(home.ok() ? QString() : home.errorMessage()));
    m_home = home.value();
    auto agent = DemoAgent::start(ProcessRunner::binary(QStringLiteral("ferryd")), DemoHome::agentHomePath(m_root.root()));
    QVERIFY2(agent.ok(), qPrintable(agent.ok() ? QString() : agent.errorMessage()));
    m_agent = std::move(agent).value();
    auto connected = DemoHome::connect(m_root.root(), m_agent->port());
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.errorMessage()));

    m_service = std::make_unique<HomeService>(m_home);
    m_queue = std::make_unique<SyncJobQueue>(m_home);
    m_window = std::make_unique<MainWindow>(m_service.get());
    m_window->setJobQueue(m_queue.get());
    m_window->setWindowTitle(QStringLiteral("Ferry — demo"));
    m_window->resize(1180, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto* relationships = m_window->findChild<QWidget*>(QStringLiteral("dashboardView"));
    QVERIFY(relationships);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChildren<QLabel*>(QStringLiteral("pendingConflicts")).isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->findChildren<QLabel*>(QStringLiteral("pendingConflicts")).first()->text(),
                              QStringLiteral("1 waiting for your decision"), 10000);
    screenshot(*m_window, QStringLiteral("demo-dashboard"));
}

qint64 TestDemoWindow::profileId(const QString& name) const
{
    auto store = StateStore::open(m_home + QStringLiteral("/state.db"));
    auto profile = ProfileRepository(store.value()->database()).findByName(name);
    return profile && *profile ? (*profile)->id : 0;
}

void TestDemoWindow::aRunShowsLive()
{
    // Something worth watching: 24 MiB of new downloads, published at 6 MiB/s.
    for (int i = 0; i < 6; ++i) {
        QByteArray bytes(4 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(quint32(i + 1));
        generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        QFile file(site(QStringLiteral("staging"), QStringLiteral("downloads/catalogue-%1.pdf").arg(2020 + i)));
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    {
        auto store = StateStore::open(m_home + QStringLiteral("/state.db"));
        ProfileRepository profiles(store.value()->database());
        Profile publish = *profiles.findByName(QStringLiteral("publish")).value();
        publish.bandwidthLimitKiBps = 6 * 1024;
        QVERIFY(profiles.update(publish));
    }
    QSignalSpy finished(m_queue.get(), &SyncJobQueue::jobFinished);
    emit m_window->runNowRequested(profileId(QStringLiteral("publish")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QDockWidget*>(QStringLiteral("runsDock"))->isVisible(), 5000);
    JobRow* row = m_window->jobsPanel()->findChild<JobRow*>();
    QVERIFY(row);
    auto* bar = row->findChild<QProgressBar*>(QStringLiteral("progress"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() == 1000 && bar->value() > 100, 30000);
    QTest::mouseClick(row->findChild<QPushButton*>(QStringLiteral("details")), Qt::LeftButton);
    auto* details = m_window->jobsPanel()->findChild<RunDetailDialog*>();
    QVERIFY(details && details->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(details->throughput()->count() >= 4, 10000);
    screenshot(*m_window, QStringLiteral("demo-live-run"));
    screenshot(*details, QStringLiteral("demo-run-detail"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncJob job = finished.first().first().value<SyncJob>();
    QVERIFY2(job.result == RunState::Succeeded, qPrintable(job.message));
    QVERIFY(details->logText().contains(QStringLiteral("Sent downloads/catalogue-2023.pdf")));
    QVERIFY(details->logText().contains(QStringLiteral("Sent index.html")));  // the change the demo left waiting
    details->close();
    QCOMPARE(readAll(site(QStringLiteral("production"), QStringLiteral("downloads/catalogue-2025.pdf"))),
             readAll(site(QStringLiteral("staging"), QStringLiteral("downloads/catalogue-2025.pdf"))));
}

void TestDemoWindow::aConflictDecidedAtOnceReachesBothSites()
{
    m_window->showView(QStringLiteral("conflictsView"));
    auto* pending = m_window->findChild<QTableView*>(QStringLiteral("pendingConflictsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(pending->model()->rowCount(), 1, 10000);
    pending->selectRow(0);
    auto* diff = m_window->findChild<QTableWidget*>(QStringLiteral("conflictDiff"));
    QVERIFY(diff);
    QTRY_VERIFY_WITH_TIMEOUT(diff->rowCount() > 0 && diff->isVisible(), 10000);  // both versions read: the diff shows
    // No copy of production's version was kept here: it was read from the agent for the review.
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("conflictRemoteMeta"))->text().contains(
        QStringLiteral("content read from the remote site just now")));
    bool remoteLineShown = false;
    for (int row = 0; row < diff->rowCount(); ++row) {
        remoteLineShown = remoteLineShown || (diff->item(row, 1) && diff->item(row, 1)->text().contains(QStringLiteral("Open every day but Monday")));
    }
    QVERIFY(remoteLineShown);
    screenshot(*m_window, QStringLiteral("demo-conflict-review"));

    QSignalSpy finished(m_queue.get(), &SyncJobQueue::jobFinished);
    m_window->findChild<QCheckBox*>(QStringLiteral("applyNowCheck"))->setChecked(true);
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("keepRemoteButton")), Qt::LeftButton);
    // The run of "two-way", the profile that found the conflict, starts by itself and applies it.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const SyncJob job = finished.first().first().value<SyncJob>();
    QCOMPARE(job.profileName, QStringLiteral("two-way"));
    QVERIFY2(job.result == RunState::Succeeded, qPrintable(job.message));
    const QByteArray production = readAll(site(QStringLiteral("production"), QStringLiteral("about.html")));
    QVERIFY(production.contains("Open every day but Monday"));
    QCOMPARE(readAll(site(QStringLiteral("staging"), QStringLiteral("about.html"))), production);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("conflictStatus"))->text().contains(QStringLiteral("A run applies it now")));

    auto store = StateStore::open(m_home + QStringLiteral("/state.db"));
    auto conflicts = ConflictRepository(store.value()->database()).latest(10);
    QCOMPARE(conflicts->front().status, ConflictStatus::Resolved);
    QCOMPARE(conflicts->front().winner, ConflictWinner::Remote);

    m_window->showView(QStringLiteral("activityView"));
    auto* log = m_window->findChild<QTableView*>(QStringLiteral("activityTable"));
    QVERIFY(log);
    QTRY_VERIFY_WITH_TIMEOUT(log->model()->rowCount() > 5, 10000);
    screenshot(*m_window, QStringLiteral("demo-activity"));
    m_window->showView(QStringLiteral("dashboardView"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->findChildren<QLabel*>(QStringLiteral("pendingConflicts")).first()->text(),
                              QStringLiteral("None waiting"), 10000);
}

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
