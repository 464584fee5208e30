#include "NextRunsPreview.h"

#include "Formatting.h"
#include "sync/ScheduleRegistry.h"
#include "sync/ScheduleTimes.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

NextRunsPreview::NextRunsPreview(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("nextRunsPreview"));
    auto* heading = new QLabel(tr("Next five runs"), this);
    QFont bold = heading->font();
    bold.setWeight(QFont::DemiBold);
    heading->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(heading);
    for (int i = 0; i < runCount; ++i) {
        m_runs[std::size_t(i)] = new QLabel(this);
        m_runs[std::size_t(i)]->setObjectName(QStringLiteral("nextRun%1").arg(i + 1));
        m_runs[std::size_t(i)]->setIndent(12);
        layout->addWidget(m_runs[std::size_t(i)]);
    }
    m_note->setObjectName(QStringLiteral("nextRunsNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
}

void NextRunsPreview::showRuns(const Schedule& schedule, const QDateTime& now)
{
    const bool valid = ScheduleRegistry::validate(schedule).ok();
    const std::vector<QDateTime> runs = valid ? ScheduleTimes::nextRuns(schedule, now, runCount, QTimeZone::systemTimeZone())
                                              : std::vector<QDateTime>();
    for (int i = 0; i < runCount; ++i) {
        m_runs[std::size_t(i)]->setText(std::size_t(i) < runs.size() ? Formatting::runTime(runs[std::size_t(i)]) : QString());
        m_runs[std::size_t(i)]->setVisible(std::size_t(i) < runs.size());
    }
    if (!valid) {
        m_note->setText(tr("It never runs as it stands."));
    } else if (!schedule.enabled) {
        m_note->setText(tr("The schedule is switched off: these are the runs it will make once it is switched on."));
    } else {
        m_note->setText(tr("Times on this computer's clock (%1).").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    }
}

QStringList NextRunsPreview::texts() const
{
    QStringList list;
    for (QLabel* label : m_runs) {
        if (label->isVisibleTo(this)) {
            list << label->text();
        }
    }
    return list;
}

} // namespace ferry::ui
