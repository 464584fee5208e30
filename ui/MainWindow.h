#pragma once
// Ferry's main window: navigation on the left, one view per concept on the right, the home it
// shows in the status bar. It reads the home through HomeService and never blocks on it.

#include <QMainWindow>

#include <vector>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace ferry {
class HomeService;
class ScheduleService;
struct HomeSnapshot;
} // namespace ferry

namespace ferry::ui {

class CertificatesView;
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
    void showView(const QString& viewObjectName);

    // Changes schedules for the views; a Scheduler in this process reloads on its changed() signal.
    ScheduleService* scheduleService() const { return m_schedules; }

    void addSite();
    void openCertificatesWizard();
    void showAbout();

signals:
    // Run now, from the Schedules view: for the run queue, which refuses a profile already queued or running.
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
    ScheduleService* m_schedules;
};

} // namespace ferry::ui
