#pragma once
// Ferry in the system tray: an icon whose dot says all good (green), conflicts waiting (amber) or
// a failed run (red), a tooltip that says it in words, and a notification when a run fails or a
// conflict needs a decision. Fed with the snapshots the main window reads anyway, so it never
// waits on anything itself.

#include "services/AttentionWatch.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace ferry::ui {

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QWidget* window, QObject* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot);

    ferry::Attention::State state() const { return m_watch.attention().state; }
    QString toolTip() const;
    // What the last notification said (title, then text), for tests and for systems without a tray.
    QStringList lastNotification() const { return m_lastNotification; }

    static QIcon iconFor(ferry::Attention::State state);

signals:
    void conflictsRequested();

private:
    void raiseWindow();

    QWidget* m_window;
    QSystemTrayIcon* m_tray;
    AttentionWatch m_watch;
    QStringList m_lastNotification;
    bool m_lastWasConflict = false;
};

} // namespace ferry::ui
