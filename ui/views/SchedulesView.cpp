#include "SchedulesView.h"

#include "Formatting.h"
#include "widgets/EmptyState.h"

#include <QTableView>

namespace ferry::ui {

SchedulesView::SchedulesView(QWidget* parent)
    : ViewPage(QStringLiteral("schedulesView"), tr("Schedules"),
               tr("When profiles run on their own. The agent runs them even while this window is closed."), parent)
{
    using Column = RecordTableModel<Row>::Column;
    m_model = new RecordTableModel<Row>(
        {
            Column{tr("Profile"), [](const Row& r) { return r.profileName; }},
            Column{tr("When"), [](const Row& r) { return Formatting::schedule(r.schedule); }},
            Column{tr("Enabled"), [](const Row& r) { return Formatting::yesNo(r.schedule.enabled); }},
            Column{tr("Last run"), [](const Row& r) { return Formatting::dateTime(r.schedule.lastRunAt); }},
        },
        this);
    auto* empty = new EmptyState(QStringLiteral(":/icons/schedules.svg"), tr("No schedules yet"),
                                 tr("A schedule runs a profile every few minutes or hours, daily at a set time, or on "
                                    "chosen weekdays. A run is never queued twice for the same profile."),
                                 this);
    setContent(makeTable(m_model, QStringLiteral("schedulesTable")), empty);
}

void SchedulesView::showSnapshot(const HomeSnapshot& snapshot)
{
    std::vector<Row> rows;
    for (const Schedule& schedule : snapshot.schedules) {
        rows.push_back({schedule, snapshot.profileName(schedule.profileId)});
    }
    m_model->setRecords(std::move(rows));
    showContent(!snapshot.schedules.empty());
}

} // namespace ferry::ui
