#pragma once
// Ferry's main window: navigation on the left, one view per concept on the right, the home it
// shows in the status bar. It reads the home through HomeService and never blocks on it.

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <vector>

class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace ferry {
class HomeService;
class LiveRunWatch;
class SyncJobQueue;
class RelationshipService;
class ScheduleService;
class Scheduler;
struct HomeSnapshot;
} // namespace ferry

namespace ferry::ui {

class ActivityView;
class CertificatesView;
class JobsPanel;
class TrayIcon;
class ProfilesView;
class RelationshipsView;
class SchedulesView;
class ViewPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int refreshIntervalMs = 4000;

    explicit MainWindow(HomeService* home, QWidget* parent = nullptr);
    ~MainWindow() override;

    QString currentViewName() const;
    TrayIcon* trayIcon() const { return m_tray; }
    void showView(const QString& viewObjectName);
    // Opens Activity on one run's entries (for the jobs panel's "Show in log").
    void showRunInActivity(qint64 runId);

    // Runs started from this window go through queue, and show in the Runs panel.
    void setJobQueue(SyncJobQueue* queue);
    JobsPanel* jobsPanel() const { return m_jobsPanel; }
    // Queues a run of the profile now (Run now); says so in the status bar when one is already queued.
    void runProfile(qint64 profileId, const QString& profileName, bool dryRun = false);

    // Changes schedules for the views; a Scheduler in this process reloads on its changed() signal.
    ScheduleService* scheduleService() const { return m_schedules; }

    void addSite();
    void openCertificatesWizard();
    void newRelationship();
    void newProfile();
    ProfilesView* profilesView() const { return m_profiles; }
    RelationshipsView* relationshipsView() const { return m_relationships; }
    void showAbout();

signals:
    // The relationship wizard's "start the initial sync now", and Run Now from the Profiles and
    // Schedules views: setJobQueue connects them to the run queue.
    void initialSyncRequested(qint64 profileId);
    void runNowRequested(qint64 profileId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addView(ViewPage* view, const QString& iconName, const QString& label);
    void buildMenus();
    void restoreWindowState();
    void saveWindowState() const;
    void showSnapshot(const ferry::HomeSnapshot& snapshot);
    void showLoadFailure(const QString& message);

    HomeService* m_home;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_banner;
    QLabel* m_status;
    QTimer* m_refreshTimer;
    std::vector<ViewPage*> m_views;
    CertificatesView* m_certificates = nullptr;
    SyncJobQueue* m_jobs = nullptr;
    LiveRunWatch* m_liveRuns = nullptr;
    Scheduler* m_scheduler = nullptr;  // schedules run while the window is open
    QHash<qint64, QString> m_profileNames;  // from the last snapshot, for runs started by id
    QSet<quint64> m_previews;               // jobs whose plan goes to the profile editor
    JobsPanel* m_jobsPanel = nullptr;
    QDockWidget* m_jobsDock = nullptr;
    ActivityView* m_activity = nullptr;
    TrayIcon* m_tray = nullptr;
    RelationshipService* m_relationshipService = nullptr;
    RelationshipsView* m_relationships = nullptr;
    ProfilesView* m_profiles = nullptr;
    ScheduleService* m_schedules;
};

} // namespace ferry::ui
