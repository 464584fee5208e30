// The main window, driven as a user would: navigation, views over real homes, remembered state.

#include "Fixtures.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TrayIcon.h"
#include "store/RunRepository.h"
#include "TempHome.h"
#include "Translations.h"
#include "services/HomeService.h"
#include "store/ConflictRepository.h"
#include "store/SyncLogRepository.h"
#include "views/ViewPage.h"
#include "security/CertificateAuthority.h"
#include "security/TrustStore.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ferry;
using ferry::ui::MainWindow;

namespace {

// Opens a main window on home and waits for its first look at the home.
struct OpenWindow {
    explicit OpenWindow(const QString& homePath)
        : service(homePath)
        , window(&service)
    {
        QSignalSpy loaded(&service, &HomeService::snapshotReady);
        QSignalSpy failed(&service, &HomeService::loadFailed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 10000);
    }

    template<typename T = QWidget>
    T* find(const QString& name) const
    {
        T* widget = window.findChild<T*>(name);
        if (!widget) {
            qFatal("no widget named %s", qPrintable(name));
        }
        return widget;
    }

    void click(int navigationRow) const
    {
        auto* navigation = find<QListWidget>(QStringLiteral("navigation"));
        const QRect rect = navigation->visualItemRect(navigation->item(navigationRow));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    }

    HomeService service;
    MainWindow window;
};

QString emptyTitleOf(QWidget* view)
{
    for (auto* label : view->findChildren<QLabel*>(QStringLiteral("emptyStateTitle"))) {
        if (label->isVisible()) {
            return label->text();
        }
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void visitsEveryViewFromTheNavigation();
    void sitesViewListsTheRegisteredSites();
    void emptyViewsSayWhatBelongsThere();
    void relationshipsAndProfilesShowWithTheirNames();
    void dashboardSummarisesTheHome();
    void dashboardWarnsOfExpiringCertificates();
    void remembersGeometryAndTheLastView();
    void aboutNamesTheVersion();
    void aDamagedHomeIsExplainedInABanner();
    void seesChangesMadeByOtherProcesses();
    void trayShowsTheStateAndAnnouncesWhatIsNew();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));  // as the application does
    QCoreApplication::setOrganizationName(QStringLiteral("FerryTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::visitsEveryViewFromTheNavigation()
{
    test::TempHome home;
    OpenWindow open(home.homePath());
    const QStringList expected{QStringLiteral("dashboardView"), QStringLiteral("sitesView"),
                               QStringLiteral("relationshipsView"), QStringLiteral("profilesView"),
                               QStringLiteral("schedulesView"), QStringLiteral("certificatesView"),
                               QStringLiteral("activityView"), QStringLiteral("conflictsView")};
    const QStringList titles{QStringLiteral("Dashboard"), QStringLiteral("Sites"), QStringLiteral("Relationships"),
                             QStringLiteral("Profiles"), QStringLiteral("Schedules"), QStringLiteral("Certificates"),
                             QStringLiteral("Activity"), QStringLiteral("Conflicts")};
    auto* navigation = open.find<QListWidget>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), expected.size());
    auto* stack = open.find<QStackedWidget>(QStringLiteral("viewStack"));
    for (int row = expected.size() - 1; row >= 0; --row) {
        open.click(row);
        QCOMPARE(stack->currentWidget()->objectName(), expected[row]);
        QCOMPARE(open.window.currentViewName(), expected[row]);
        QCOMPARE(stack->currentWidget()->findChild<QLabel*>(QStringLiteral("viewTitle"))->text(), titles[row]);
        QVERIFY(stack->currentWidget()->isVisible());
    }
}

void TestMainWindow::sitesViewListsTheRegisteredSites()
{
    test::TempHome home;
    {
        auto store = home.openStore();
        test::storeSite(*store, QStringLiteral("www"), QStringLiteral("/srv/www"));
        test::storeSite(*store, QStringLiteral("shop"), QStringLiteral("/srv/shop"));
    }
    OpenWindow open(home.homePath());
    open.click(1);
    auto* table = open.find<QTableView>(QStringLiteral("sitesTable"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QVERIFY(table->isVisible());
    QStringList names;
    for (int row = 0; row < 2; ++row) {
        names << table->model()->index(row, 0).data().toString();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("shop"), QStringLiteral("www")}));
    QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("/srv/www"));
    QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Files folder"));
    QVERIFY(!open.find<ui::ViewPage>(QStringLiteral("sitesView"))->isShowingEmptyState());
}

void TestMainWindow::emptyViewsSayWhatBelongsThere()
{
    test::TempHome home;
    OpenWindow open(home.homePath());
    const QList<std::pair<int, QString>> expected{
        {0, QStringLiteral("Welcome to Ferry")},        {1, QStringLiteral("No sites yet")},
        {2, QStringLiteral("No relationships yet")},    {3, QStringLiteral("No profiles yet")},
        {4, QStringLiteral("No schedules yet")},        {5, QStringLiteral("No certificates yet")},
        {6, QStringLiteral("No activity yet")},         {7, QStringLiteral("No conflicts")},
    };
    auto* stack = open.find<QStackedWidget>(QStringLiteral("viewStack"));
    for (const auto& [row, title] : expected) {
        open.click(row);
        QCOMPARE(emptyTitleOf(stack->currentWidget()), title);
        // The whole sentence is shown, however many lines it wraps to.
        for (auto* text : stack->currentWidget()->findChildren<QLabel*>(QStringLiteral("emptyStateText"))) {
            if (text->isVisible()) {
                QVERIFY2(text->height() >= text->heightForWidth(text->width()), qPrintable(title));
            }
        }
    }
    open.click(1);
    auto* text = stack->currentWidget()->findChild<QLabel*>(QStringLiteral("emptyStateText"));
    QVERIFY(text->text().contains(QLatin1String("ferryctl site add NAME --files DIR")));
}

void TestMainWindow::relationshipsAndProfilesShowWithTheirNames()
{
    test::TempHome home;
    {
        auto store = home.openStore();
        test::storeProfileChain(*store, QStringLiteral("nightly"));
    }
    OpenWindow open(home.homePath());
    open.click(2);
    auto* relationships = open.find<QTableView>(QStringLiteral("relationshipsTable"));
    QTRY_COMPARE(relationships->model()->rowCount(), 1);
    QCOMPARE(relationships->model()->index(0, 0).data().toString(), QStringLiteral("r"));
    QCOMPARE(relationships->model()->index(0, 1).data().toString(), QStringLiteral("www"));
    QCOMPARE(relationships->model()->index(0, 2).data().toString(), QStringLiteral("https://prod.example.org:7443/www"));
    open.click(3);
    auto* profiles = open.find<QTableView>(QStringLiteral("profilesTable"));
    QCOMPARE(profiles->model()->rowCount(), 1);
    QCOMPARE(profiles->model()->index(0, 1).data().toString(), QStringLiteral("r"));
    QCOMPARE(profiles->model()->index(0, 2).data().toString(), QStringLiteral("Upload"));
    QCOMPARE(profiles->model()->index(0, 3).data().toString(), QStringLiteral("Ask me"));
}

void TestMainWindow::dashboardSummarisesTheHome()
{
    test::TempHome home;
    {
        auto store = home.openStore();
        const Site www = test::storeSite(*store, QStringLiteral("www"));
        test::storeSite(*store, QStringLiteral("www-public"));
        Conflict conflict;
        conflict.relationship = QStringLiteral("www-prod");
        conflict.site = www.name;
        conflict.resource = QStringLiteral("files");
        conflict.item = QStringLiteral("index.html");
        conflict.policy = QStringLiteral("manual");
        conflict.detectedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(ConflictRepository(store->database()).record(conflict).ok());
        LogEntry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.relationship = QStringLiteral("www-prod");
        entry.site = www.name;
        entry.resource = QStringLiteral("assets");
        entry.action = QStringLiteral("update");
        entry.result = LogResult::Error;
        entry.message = QStringLiteral("disk full on the remote");
        QVERIFY(SyncLogRepository(store->database()).append(entry).ok());
    }
    OpenWindow open(home.homePath());
    auto* sites = open.find<QWidget>(QStringLiteral("sitesCard"));
    QTRY_COMPARE(sites->findChild<QLabel*>(QStringLiteral("cardValue"))->text(), QStringLiteral("2"));
    auto* conflicts = open.find<QWidget>(QStringLiteral("conflictsCard"));
    QCOMPARE(conflicts->findChild<QLabel*>(QStringLiteral("cardValue"))->text(), QStringLiteral("1"));
    QCOMPARE(conflicts->findChild<QLabel*>(QStringLiteral("cardDetail"))->text(), QStringLiteral("1 waiting for your decision"));
    // The navigation says so from every view.
    QCOMPARE(open.find<QListWidget>(QStringLiteral("navigation"))->item(7)->text(), QStringLiteral("Conflicts (1)"));

    open.click(6);
    auto* activity = open.find<QTableView>(QStringLiteral("activityTable"));
    QTRY_COMPARE_WITH_TIMEOUT(activity->model()->rowCount(), 1, 10000);
    QCOMPARE(activity->model()->index(0, 6).data().toString(), QStringLiteral("Error"));
    QCOMPARE(activity->model()->index(0, 8).data().toString(), QStringLiteral("disk full on the remote"));

    // The jobs panel's way in: one run's entries (this entry belongs to no run).
    open.click(0);
    open.window.showRunInActivity(42);
    QCOMPARE(open.window.currentViewName(), QStringLiteral("activityView"));
    QCOMPARE(open.find<QPushButton>(QStringLiteral("activityRunChip"))->text(), QStringLiteral("Run 42 only"));
    QTRY_COMPARE_WITH_TIMEOUT(open.find<QLabel>(QStringLiteral("activityCount"))->text(),
                              QStringLiteral("No entry matches these filters."), 10000);
    QCOMPARE(activity->model()->rowCount(), 0);
}

void TestMainWindow::dashboardWarnsOfExpiringCertificates()
{
    test::TempHome home;
    home.openStore();
    {
        OpenWindow open(home.homePath());
        auto* card = open.find<QWidget>(QStringLiteral("certificatesCard"));
        QCOMPARE(card->findChild<QLabel*>(QStringLiteral("cardDetail"))->text(), QStringLiteral("No certificate authority yet"));
    }
    auto trust = TrustStore::open(home.homePath());
    QVERIFY(trust.ok());
    auto ca = CertificateAuthority::create(QStringLiteral("Staging CA"), KeyType::EcP256);
    QVERIFY(ca.ok());
    {
        // A home set up from another's bundle trusts that CA without holding one of its own.
        test::TempHome trusting;
        trusting.openStore();
        auto trustingStore = TrustStore::open(trusting.homePath());
        QVERIFY(trustingStore.ok());
        QVERIFY(trustingStore->trustCa(ca->certificate()).ok());
        OpenWindow open(trusting.homePath());
        auto* card = open.find<QWidget>(QStringLiteral("certificatesCard"));
        QCOMPARE(card->findChild<QLabel*>(QStringLiteral("cardValue"))->text(), QStringLiteral("OK"));
        QCOMPARE(card->findChild<QLabel*>(QStringLiteral("cardDetail"))->text(), QStringLiteral("None expires within 30 days"));
    }
    QVERIFY(trust->installCa(ca.value(), QByteArrayLiteral("a passphrase for the test"), true).ok());
    {
        OpenWindow open(home.homePath());
        auto* card = open.find<QWidget>(QStringLiteral("certificatesCard"));
        QCOMPARE(card->findChild<QLabel*>(QStringLiteral("cardValue"))->text(), QStringLiteral("OK"));
        QCOMPARE(card->findChild<QLabel*>(QStringLiteral("cardDetail"))->text(), QStringLiteral("None expires within 30 days"));
    }
    auto issued = ca->issue(NodeRequest{.name = QStringLiteral("prod1"), .validDays = 10});
    QVERIFY(issued.ok());
    QVERIFY(trust->recordIssued(issued->certificate).ok());
    OpenWindow open(home.homePath());
    auto* card = open.find<QWidget>(QStringLiteral("certificatesCard"));
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("cardValue"))->text(), QStringLiteral("1"));
    const QString detail = card->findChild<QLabel*>(QStringLiteral("cardDetail"))->text();
    QVERIFY2(detail == QLatin1String("prod1 expires in 9 days") || detail == QLatin1String("prod1 expires in 10 days"),
             qPrintable(detail));
}

void TestMainWindow::remembersGeometryAndTheLastView()
{
    test::TempHome home;
    {
        OpenWindow first(home.homePath());
        first.window.resize(1300, 760);
        first.click(4);
        QCOMPARE(first.window.currentViewName(), QStringLiteral("schedulesView"));
        first.window.close();
    }
    OpenWindow second(home.homePath());
    QCOMPARE(second.window.currentViewName(), QStringLiteral("schedulesView"));
    QCOMPARE(second.window.size(), QSize(1300, 760));
}

void TestMainWindow::aboutNamesTheVersion()
{
    test::TempHome home;
    OpenWindow open(home.homePath());
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    open.find<QAction>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY2(ui::MessageBox::lastText().contains(QLatin1String("<h3>Ferry 0.1.0</h3>")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY(ui::MessageBox::lastText().contains(home.homePath()));
}

void TestMainWindow::aDamagedHomeIsExplainedInABanner()
{
    test::TempHome home;
    const QString path = home.writeFile(QStringLiteral("home/state.db"), QByteArray(4096, 'z'));
    OpenWindow open(home.homePath());
    auto* banner = open.find<QLabel>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Ferry cannot read this home: %1 is damaged").arg(path)),
             qPrintable(banner->text()));
    QCOMPARE(test::readAll(path), QByteArray(4096, 'z'));
}

void TestMainWindow::seesChangesMadeByOtherProcesses()
{
    test::TempHome home;
    OpenWindow open(home.homePath());
    open.click(1);
    auto* table = open.find<QTableView>(QStringLiteral("sitesTable"));
    QCOMPARE(table->model()->rowCount(), 0);
    {
        auto store = home.openStore();  // as ferryctl or the agent would
        test::storeSite(*store, QStringLiteral("late"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, MainWindow::refreshIntervalMs * 3);
    QVERIFY(table->isVisible());
}

void TestMainWindow::trayShowsTheStateAndAnnouncesWhatIsNew()
{
    test::TempHome home;
    {
        auto store = home.openStore();
        RunRepository runs(store->database());
        const Run run = runs.start({.profileName = QStringLiteral("nightly"), .relationshipName = QStringLiteral("www-prod"),
                                    .startedAt = QDateTime::currentDateTimeUtc()})
                            .value();
        QVERIFY(runs.finish(run.id, RunState::Succeeded, {}, {}, QDateTime::currentDateTimeUtc()).ok());
    }
    OpenWindow open(home.homePath());
    ui::TrayIcon* tray = open.window.trayIcon();
    QTRY_COMPARE(tray->state(), Attention::State::AllGood);
    QVERIFY(tray->lastNotification().isEmpty());

    {
        auto store = home.openStore();
        RunRepository runs(store->database());
        const Run run = runs.start({.profileName = QStringLiteral("nightly"), .relationshipName = QStringLiteral("www-prod"),
                                    .startedAt = QDateTime::currentDateTimeUtc()})
                            .value();
        QVERIFY(runs.finish(run.id, RunState::Failed, {}, QStringLiteral("The remote disk is full."),
                            QDateTime::currentDateTimeUtc())
                    .ok());
    }
    open.service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(tray->state(), Attention::State::RunFailed, 10000);
    QCOMPARE(tray->toolTip(), QStringLiteral("Ferry — The last run failed for www-prod."));
    QCOMPARE(tray->lastNotification(),
             (QStringList{QStringLiteral("www-prod: a run failed"), QStringLiteral("Profile nightly: The remote disk is full.")}));

    {
        auto store = home.openStore();
        Conflict conflict{.relationship = QStringLiteral("www-prod"), .site = QStringLiteral("www"),
                          .resource = QStringLiteral("files"), .item = QStringLiteral("index.html"),
                          .policy = QStringLiteral("manual"), .detectedAt = QDateTime::currentDateTimeUtc()};
        QVERIFY(ConflictRepository(store->database()).record(conflict).ok());
    }
    open.service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(tray->lastNotification().value(1), QStringLiteral("index.html (www-prod)"), 10000);
    QVERIFY(tray->toolTip().contains(QLatin1String("waiting for your decision")));
    QCOMPARE(tray->state(), Attention::State::RunFailed);  // the worse of the two
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
