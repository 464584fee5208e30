#include "MainWindow.h"

#include "MessageBox.h"
#include "TrayIcon.h"
#include "dialogs/AddSiteDialog.h"
#include "services/HomeService.h"
#include "services/LiveRunWatch.h"
#include "services/RelationshipService.h"
#include "services/SyncJobQueue.h"
#include "sync/Scheduler.h"
#include "views/ProfilesView.h"
#include "widgets/JobsPanel.h"

#include <QDockWidget>
#include "services/ScheduleService.h"
#include "views/ActivityView.h"
#include "views/CertificatesView.h"
#include "views/ConflictsView.h"
#include "views/DashboardView.h"
#include "views/ProfilesView.h"
#include "views/RelationshipsView.h"
#include "views/SchedulesView.h"
#include "views/SitesView.h"

#include "ferry/BuildInfo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMainWindow, "ferry.ui.mainwindow", QtInfoMsg)

namespace ferry::ui {
namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString lastViewKey = QStringLiteral("mainWindow/lastView");

} // namespace

MainWindow::MainWindow(HomeService* home, QWidget* parent)
    : QMainWindow(parent)
    , m_home(home)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
    , m_schedules(new ScheduleService(home->homePath(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ferry"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ferry.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(210);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border: none; border-right: 1px solid palette(midlight);"
        "  padding-top: 10px; }"
        "QListWidget#navigation::item { padding: 4px 10px; margin: 0px 8px; border-radius: 6px; color: palette(text); }"
        "QListWidget#navigation::item:hover { background: palette(midlight); }"
        "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_stack->setObjectName(QStringLiteral("viewStack"));
    m_stack->setAutoFillBackground(true);
    m_stack->setBackgroundRole(QPalette::Base);

    auto* dashboard = new DashboardView(this);
    auto* sites = new SitesView(this);
    connect(dashboard, &DashboardView::addSiteRequested, this, &MainWindow::addSite);
    connect(sites, &SitesView::addSiteRequested, this, &MainWindow::addSite);
    addView(dashboard, QStringLiteral("dashboard"), tr("Dashboard"));
    addView(sites, QStringLiteral("sites"), tr("Sites"));
    // Wizards and views change the home through one service; every change is read back at once.
    m_relationshipService = new RelationshipService(m_home->homePath(), this);
    connect(m_relationshipService, &RelationshipService::changed, m_home, &HomeService::refresh);
    m_relationships = new RelationshipsView(m_relationshipService, this);
    m_profiles = new ProfilesView(m_relationshipService, this);
    connect(m_relationships, &RelationshipsView::initialSyncRequested, this, &MainWindow::initialSyncRequested);
    connect(m_profiles, &ProfilesView::runNowRequested, this, &MainWindow::runNowRequested);
    addView(m_relationships, QStringLiteral("relationships"), tr("Relationships"));
    addView(m_profiles, QStringLiteral("profiles"), tr("Profiles"));
    auto* schedules = new SchedulesView(m_schedules, this);
    connect(schedules, &SchedulesView::runNowRequested, this, &MainWindow::runNowRequested);
    connect(m_schedules, &ScheduleService::changed, m_home, &HomeService::refresh);
    addView(schedules, QStringLiteral("schedules"), tr("Schedules"));
    m_certificates = new CertificatesView(m_home->homePath(), this);
    addView(m_certificates, QStringLiteral("certificates"), tr("Certificates"));
    m_activity = new ActivityView(m_home->homePath(), this);
    addView(m_activity, QStringLiteral("activity"), tr("Activity"));
    auto* conflicts = new ConflictsView(m_home->homePath(), this);
    connect(conflicts, &ConflictsView::conflictsChanged, m_home, &HomeService::refresh);
    connect(conflicts, &ConflictsView::runRequested, this, &MainWindow::runNowRequested);
    addView(conflicts, QStringLiteral("conflicts"), tr("Conflicts"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(10);
    m_banner->setStyleSheet(QStringLiteral("background: #fdecea; color: #8e1c1c; border-bottom: 1px solid #f5c2c0;"));
    m_banner->hide();

    auto* body = new QWidget(this);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);
    auto* column = new QVBoxLayout(body);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    column->addLayout(row, 1);
    setCentralWidget(body);

    m_status->setObjectName(QStringLiteral("homeLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Home: %1").arg(QDir::toNativeSeparators(m_home->homePath())));

    buildMenus();
    restoreWindowState();

    m_tray = new TrayIcon(this, this);
    connect(m_tray, &TrayIcon::conflictsRequested, this, [this]() { showView(QStringLiteral("conflictsView")); });

    connect(m_home, &HomeService::snapshotReady, this, &MainWindow::showSnapshot);
    connect(m_home, &HomeService::loadFailed, this, &MainWindow::showLoadFailure);
    // The agent and ferryctl change the home too; look again every few seconds.
    connect(m_refreshTimer, &QTimer::timeout, m_home, &HomeService::refresh);
    m_refreshTimer->start(refreshIntervalMs);
    m_home->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::addView(ViewPage* view, const QString& iconName, const QString& label)
{
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), label, m_navigation);
    item->setData(Qt::UserRole, view->objectName());
    item->setSizeHint(QSize(0, 38));
    m_stack->addWidget(view);
    m_views.push_back(view);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* addSiteAction = file->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Site…"), this,
                                             &MainWindow::addSite);
    addSiteAction->setObjectName(QStringLiteral("addSiteAction"));
    addSiteAction->setShortcut(QKeySequence::New);
    QAction* certificatesAction = file->addAction(QIcon(QStringLiteral(":/icons/certificates.svg")),
                                                  tr("&Certificates Wizard…"), this, &MainWindow::openCertificatesWizard);
    certificatesAction->setObjectName(QStringLiteral("securityWizardAction"));
    QAction* relationshipAction = file->addAction(QIcon(QStringLiteral(":/icons/relationships.svg")),
                                                  tr("New &Relationship…"), this, &MainWindow::newRelationship);
    relationshipAction->setObjectName(QStringLiteral("newRelationshipAction"));
    QAction* profileAction = file->addAction(QIcon(QStringLiteral(":/icons/profiles.svg")), tr("New &Profile…"), this,
                                             &MainWindow::newProfile);
    profileAction->setObjectName(QStringLiteral("newProfileAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* go = view->addAction(item->icon(), item->text(), this, [this, row]() { m_navigation->setCurrentRow(row); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }
    view->addSeparator();
    QAction* refresh = view->addAction(tr("&Refresh"), m_home, &HomeService::refresh);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Ferry"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(1180, 720);
    }
    restoreState(settings.value(stateKey).toByteArray());
    showView(settings.value(lastViewKey, QStringLiteral("dashboardView")).toString());
    if (m_navigation->currentRow() < 0) {
        m_navigation->setCurrentRow(0);
    }
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(lastViewKey, currentViewName());
}

QString MainWindow::currentViewName() const
{
    const QWidget* current = m_stack->currentWidget();
    return current ? current->objectName() : QString();
}

void MainWindow::showView(const QString& viewObjectName)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == viewObjectName) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::showRunInActivity(qint64 runId)
{
    m_activity->showRun(runId);
    showView(m_activity->objectName());
}

void MainWindow::showSnapshot(const HomeSnapshot& snapshot)
{
    m_banner->hide();
    m_profileNames.clear();
    for (const Profile& profile : snapshot.profiles) {
        m_profileNames.insert(profile.id, profile.name);
    }
    for (ViewPage* view : m_views) {
        view->showSnapshot(snapshot);
    }
    m_tray->showSnapshot(snapshot);
    // The Conflicts entry says how many wait for a decision, so it is seen from any view.
    QListWidgetItem* conflicts = m_navigation->item(m_navigation->count() - 1);
    conflicts->setText(snapshot.pendingConflictCount > 0
                           ? tr("Conflicts (%1)").arg(QLocale().toString(snapshot.pendingConflictCount))
                           : tr("Conflicts"));
}

void MainWindow::showLoadFailure(const QString& message)
{
    m_banner->setText(tr("Ferry cannot read this home: %1").arg(message));
    m_banner->show();
}

void MainWindow::setJobQueue(SyncJobQueue* queue)
{
    m_jobs = queue;
    // Runs of ferryd and ferryctl on this home show in the same panel.
    m_liveRuns = new LiveRunWatch(m_home->homePath(), this);
    m_jobsPanel = new JobsPanel(queue, m_liveRuns, this);
    connect(m_jobsPanel, &JobsPanel::showRunInActivityRequested, this, &MainWindow::showRunInActivity);
    m_jobsDock = new QDockWidget(tr("Runs"), this);
    m_jobsDock->setObjectName(QStringLiteral("runsDock"));
    m_jobsDock->setWidget(m_jobsPanel);
    m_jobsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide();
    connect(queue, &SyncJobQueue::jobQueued, this, [this](const SyncJob& job) {
        if (!m_previews.contains(job.id)) {
            m_jobsDock->show();
        }
    });
    connect(m_liveRuns, &LiveRunWatch::runAppeared, m_jobsDock, &QWidget::show);
    connect(m_liveRuns, &LiveRunWatch::runEnded, m_home, &HomeService::refresh);
    m_liveRuns->start();
    connect(this, &MainWindow::runNowRequested, this,
            [this](qint64 profileId) { runProfile(profileId, m_profileNames.value(profileId)); });
    // The relationship wizard's last page: the administrator read what the first copy overwrites.
    connect(this, &MainWindow::initialSyncRequested, this, [this](qint64 profileId) {
        m_jobs->enqueue(profileId, m_profileNames.value(profileId), RunTrigger::Manual, false, true);
    });
    connect(m_profiles, &ProfilesView::previewRequested, this, [this](const Profile& profile) {
        if (const quint64 id = m_jobs->enqueue(profile.id, profile.name, RunTrigger::Manual, true, false, profile); id != 0) {
            m_previews.insert(id);
        }
    });
    connect(queue, &SyncJobQueue::jobFinished, this, [this](const SyncJob& job) {
        if (m_previews.remove(job.id)) {
            m_profiles->showPlanPreview(job.plan);
            if (job.result != RunState::Succeeded) {
                statusBar()->showMessage(tr("Preview failed: %1").arg(job.message), 10000);
            }
        }
    });
    m_profiles->setPreviewAvailable(true);
    // Due schedules start here too while the window is open; the scheduler claims each due run
    // in state.db, so a ferryd on the same home does not start it a second time.
    m_scheduler = new Scheduler(
        m_home->homePath(),
        [this](qint64 profileId, qint64) {
            return m_jobs->enqueue(profileId, m_profileNames.value(profileId), RunTrigger::Schedule) != 0;
        },
        this);
    connect(m_schedules, &ScheduleService::changed, m_scheduler, &Scheduler::reload);
    m_scheduler->start();
    // A finished run changed the home: show it now, not at the next refresh.
    connect(queue, &SyncJobQueue::jobFinished, m_home, &HomeService::refresh);
}

void MainWindow::runProfile(qint64 profileId, const QString& profileName, bool dryRun)
{
    if (m_jobs == nullptr) {
        return;
    }
    if (m_jobs->enqueue(profileId, profileName, RunTrigger::Manual, dryRun) == 0) {
        statusBar()->showMessage(tr("Profile %1 already has a run queued or running.").arg(profileName), 5000);
    }
}

void MainWindow::addSite()
{
    auto* dialog = new AddSiteDialog(m_home, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() { showView(QStringLiteral("sitesView")); });
    dialog->open();
}

void MainWindow::newRelationship()
{
    showView(QStringLiteral("relationshipsView"));
    m_relationships->openWizard();
}

void MainWindow::newProfile()
{
    showView(QStringLiteral("profilesView"));
    m_profiles->openWizard();
}

void MainWindow::openCertificatesWizard()
{
    showView(QStringLiteral("certificatesView"));
    m_certificates->openWizard();
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About Ferry"),
                      tr("<h3>Ferry %1</h3>"
                         "<p>Keeps web sites in step across servers: a staging site and its production sites, their "
                         "files and their content, as one consistent unit.</p>"
                         "<p>Built with Qt %2, running on Qt %3.</p>"
                         "<p>Home: %4</p>")
                          .arg(QString::fromLatin1(build::version), QStringLiteral(QT_VERSION_STR),
                               QString::fromLatin1(qVersion()), QDir::toNativeSeparators(m_home->homePath()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        m_home->refresh();
    }
    QMainWindow::changeEvent(event);
}

} // namespace ferry::ui
