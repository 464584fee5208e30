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
class RelationshipService;
struct HomeSnapshot;
} // namespace ferry

namespace ferry::ui {

class CertificatesView;
class ProfilesView;
class RelationshipsView;
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

    void addSite();
    void openCertificatesWizard();
    void newRelationship();
    void newProfile();
    ProfilesView* profilesView() const { return m_profiles; }
    RelationshipsView* relationshipsView() const { return m_relationships; }
    void showAbout();

signals:
    // For the sync engine to wire: the relationship wizard's "start the initial sync now", and
    // the Profiles view's Run Now.
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
    RelationshipService* m_relationshipService = nullptr;
    RelationshipsView* m_relationships = nullptr;
    ProfilesView* m_profiles = nullptr;
};

} // namespace ferry::ui
