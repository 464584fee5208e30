#include "TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ferry::ui {

TrayIcon::TrayIcon(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(this))
{
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    auto* menu = new QMenu(window);
    menu->addAction(tr("Show Ferry"), this, &TrayIcon::raiseWindow);
    menu->addAction(tr("Review Conflicts"), this, [this]() {
        raiseWindow();
        emit conflictsRequested();
    });
    menu->addSeparator();
    menu->addAction(tr("Quit Ferry"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    m_tray->setIcon(iconFor(Attention::State::AllGood));
    m_tray->setToolTip(tr("Ferry"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            raiseWindow();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this]() {
        raiseWindow();
        if (m_lastWasConflict) {
            emit conflictsRequested();
        }
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->show();
    }
}

QIcon TrayIcon::iconFor(Attention::State state)
{
    // The application icon with a coloured dot in the corner: colour for the glance, the tooltip
    // for the words.
    QColor dot(0x2e, 0x7d, 0x32);
    if (state == Attention::State::ConflictsWaiting) {
        dot = QColor(0xe0, 0x8e, 0x00);
    } else if (state == Attention::State::RunFailed) {
        dot = QColor(0xc6, 0x28, 0x28);
    }
    QIcon icon;
    for (int size : { 16, 22, 32, 48, 64 }) {
        QPixmap pixmap = QIcon(QStringLiteral(":/icons/ferry.svg")).pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.45;
        painter.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
        painter.setBrush(dot);
        painter.drawEllipse(QRectF(size - d - 0.5, size - d - 0.5, d, d));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

void TrayIcon::showSnapshot(const HomeSnapshot& snapshot)
{
    const Attention::State before = m_watch.attention().state;
    const std::vector<AttentionNotice> notices = m_watch.update(snapshot);
    const Attention& now = m_watch.attention();
    if (now.state != before || m_tray->icon().isNull()) {
        m_tray->setIcon(iconFor(now.state));
    }
    m_tray->setToolTip(tr("Ferry — %1").arg(now.summary));
    for (const AttentionNotice& notice : notices) {
        m_lastNotification = { notice.title, notice.text };
        m_lastWasConflict = notice.kind == AttentionNotice::Kind::ConflictsWaiting;
        if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
            m_tray->showMessage(notice.title, notice.text,
                notice.kind == AttentionNotice::Kind::RunFailed ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
        }
    }
}

void TrayIcon::raiseWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace ferry::ui
