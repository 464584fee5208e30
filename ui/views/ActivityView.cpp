#include "ActivityView.h"

#include "Formatting.h"
#include "widgets/EmptyState.h"

#include <QBrush>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::ui {
namespace {

QVariant resultColour(const LogEntry& entry, int role)
{
    if (role != Qt::ForegroundRole) {
        return {};
    }
    switch (entry.result) {
    case LogResult::Error:
        return QBrush(QColor(0xc6, 0x28, 0x28));
    case LogResult::Warning:
        return QBrush(QColor(0xb2, 0x6a, 0x00));
    case LogResult::Ok:
        break;
    }
    return {};
}

} // namespace

ActivityView::ActivityView(QWidget* parent)
    : ViewPage(QStringLiteral("activityView"), tr("Activity"),
               tr("The sync log: what every run sent, received and deleted, and what went wrong."), parent)
    , m_count(new QLabel(this))
{
    using Column = RecordTableModel<LogEntry>::Column;
    m_model = new RecordTableModel<LogEntry>(
        {
            Column{tr("Time"), [](const LogEntry& e) { return Formatting::dateTime(e.time); }},
            Column{tr("Relationship"), [](const LogEntry& e) { return e.relationship; }},
            Column{tr("Site"), [](const LogEntry& e) { return e.site; }},
            Column{tr("Resource"), [](const LogEntry& e) { return e.resource; }},
            Column{tr("Mode"), [](const LogEntry& e) { return Formatting::logMode(e.mode); }},
            Column{tr("Action"), [](const LogEntry& e) { return e.action; }},
            Column{tr("Result"),
                   [](const LogEntry& e) {
                       return e.remoteError ? tr("%1 (remote)").arg(Formatting::logResult(e.result))
                                            : Formatting::logResult(e.result);
                   },
                   resultColour},
            Column{tr("Message"), [](const LogEntry& e) { return e.message; }},
        },
        this);

    m_count->setObjectName(QStringLiteral("activityCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeTable(m_model, QStringLiteral("activityTable")), 1);
    layout->addWidget(m_count);

    auto* empty = new EmptyState(QStringLiteral(":/icons/activity.svg"), tr("No activity yet"),
                                 tr("Every run writes here what it did to each folder and table — files and rows sent, "
                                    "received and deleted — and every error, with the side it happened on."),
                                 this);
    setContent(content, empty);
}

void ActivityView::showSnapshot(const HomeSnapshot& snapshot)
{
    m_model->setRecords(snapshot.recentLog);
    m_count->setText(tr("Showing the newest %1 of %2 entries.")
                         .arg(QLocale().toString(qint64(snapshot.recentLog.size())),
                              QLocale().toString(snapshot.logEntryCount)));
    showContent(!snapshot.recentLog.empty());
}

} // namespace ferry::ui
