#pragma once
// The GUI's way into a home. Every call returns at once; the work (opening state.db, reading,
// writing) runs on the global thread pool and its outcome arrives as a queued signal, so the GUI
// thread never waits on the disk or on another process's lock.

#include "HomeSnapshot.h"
#include "site/SiteRegistry.h"

#include <QObject>

namespace ferry {

class HomeService : public QObject
{
    Q_OBJECT

public:
    explicit HomeService(QString homePath, QObject* parent = nullptr);
    ~HomeService() override;

    const QString& homePath() const { return m_homePath; }

    // Reads the home again; snapshotReady or loadFailed follows. Calls made while a read is under
    // way are folded into one more read after it.
    void refresh();
    void addSite(const ferry::SiteDraft& draft);

signals:
    void snapshotReady(const ferry::HomeSnapshot& snapshot);
    void loadFailed(const QString& message);
    void siteAdded(const ferry::Site& site);
    void siteAddFailed(const QString& message);

private:
    void startRefresh();

    QString m_homePath;
    bool m_refreshRunning = false;
    bool m_refreshPending = false;
};

} // namespace ferry
