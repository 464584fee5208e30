#include "SchedulesView.h"

#include "Formatting.h"
#include "MessageBox.h"
#include "services/ScheduleService.h"
#include "widgets/EmptyState.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace ferry::ui {

SchedulesView::SchedulesView(ScheduleService* service, QWidget* parent)
    : ViewPage(QStringLiteral("schedulesView"), tr("Schedules"),
               tr("When profiles run on their own. The agent runs them even while this window is closed."), parent)
    , m_service(service)
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_toggle(new QPushButton(tr("Disable"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_runNow(new QPushButton(tr("Run Now"), this))
{
    using Column = RecordTableModel<Row>::Column;
    // Captured per refresh, so "Next run" moves on as time passes.
    m_model = new RecordTableModel<Row>(
        {
            Column{tr("Profile"), [](const Row& r) { return r.profileName; }},
            Column{tr("When"), [](const Row& r) { return Formatting::schedule(r.schedule); }},
            Column{tr("Next run"),
                   [](const Row& r) { return Formatting::nextRun(r.schedule, QDateTime::currentDateTimeUtc()); }},
            Column{tr("Enabled"), [](const Row& r) { return Formatting::yesNo(r.schedule.enabled); }},
            Column{tr("Last run"), [](const Row& r) { return Formatting::dateTime(r.schedule.lastRunAt); }},
        },
        this);
    m_add->setObjectName(QStringLiteral("addScheduleButton"));
    m_edit->setObjectName(QStringLiteral("editScheduleButton"));
    m_toggle->setObjectName(QStringLiteral("toggleScheduleButton"));
    m_delete->setObjectName(QStringLiteral("deleteScheduleButton"));
    m_runNow->setObjectName(QStringLiteral("runScheduleNowButton"));
    m_runNow->setToolTip(tr("Start the selected schedule's profile now, unless it already has a run queued or running"));
    for (QPushButton* button : {m_add, m_edit, m_toggle, m_delete, m_runNow}) {
        addAction(button);
    }
    connect(m_add, &QPushButton::clicked, this, &SchedulesView::openAddWizard);
    connect(m_edit, &QPushButton::clicked, this, &SchedulesView::openEditWizard);
    connect(m_toggle, &QPushButton::clicked, this, &SchedulesView::toggleSelected);
    connect(m_delete, &QPushButton::clicked, this, &SchedulesView::deleteSelected);
    connect(m_runNow, &QPushButton::clicked, this, &SchedulesView::runSelectedNow);

    auto* empty = new EmptyState(QStringLiteral(":/icons/schedules.svg"), tr("No schedules yet"),
                                 tr("A schedule runs a profile every few minutes or hours, daily at a set time, or on "
                                    "chosen weekdays. A run is never queued twice for the same profile."),
                                 this);
    m_addFirst = empty->setAction(tr("Add Schedule…"));
    m_addFirst->setObjectName(QStringLiteral("addFirstScheduleButton"));
    connect(m_addFirst, &QPushButton::clicked, this, &SchedulesView::openAddWizard);
    m_table = makeTable(m_model, QStringLiteral("schedulesTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableView::doubleClicked, this, &SchedulesView::openEditWizard);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SchedulesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchedulesView::updateButtons);
    setContent(m_table, empty);
    updateButtons();
}

void SchedulesView::showSnapshot(const HomeSnapshot& snapshot)
{
    m_profiles.clear();
    for (const Profile& profile : snapshot.profiles) {
        m_profiles.push_back({.id = profile.id,
                              .name = profile.name,
                              .relationshipName = snapshot.relationshipName(profile.relationshipId)});
    }
    std::vector<Row> rows;
    for (const Schedule& schedule : snapshot.schedules) {
        rows.push_back({schedule, snapshot.profileName(schedule.profileId)});
    }
    m_model->setRecords(std::move(rows));
    showContent(!snapshot.schedules.empty());
    // A schedule runs a profile: with none there is nothing to schedule yet.
    for (QPushButton* add : {m_add, m_addFirst}) {
        add->setEnabled(!m_profiles.empty());
        add->setToolTip(m_profiles.empty() ? tr("Add a profile first; a schedule says when a profile runs.") : QString());
    }
    // The buttons for a selected schedule mean nothing while the list is empty.
    for (QPushButton* button : {m_edit, m_toggle, m_delete, m_runNow}) {
        button->setVisible(!snapshot.schedules.empty());
    }
    updateButtons();
}

const SchedulesView::Row* SchedulesView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->record(rows.first().row());
}

void SchedulesView::updateButtons()
{
    const Row* row = selectedRow();
    for (QPushButton* button : {m_edit, m_toggle, m_delete, m_runNow}) {
        button->setEnabled(row != nullptr);
    }
    m_toggle->setText(row && !row->schedule.enabled ? tr("Enable") : tr("Disable"));
}

ScheduleWizard* SchedulesView::openWizard(const Schedule& schedule)
{
    auto* wizard = new ScheduleWizard(m_service, m_profiles, schedule, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

ScheduleWizard* SchedulesView::openAddWizard()
{
    Schedule fresh;
    fresh.kind = ScheduleKind::Daily;
    if (const Row* row = selectedRow()) {
        fresh.profileId = row->schedule.profileId;
    }
    return openWizard(fresh);
}

ScheduleWizard* SchedulesView::openEditWizard()
{
    const Row* row = selectedRow();
    return row ? openWizard(row->schedule) : nullptr;
}

void SchedulesView::toggleSelected()
{
    const Row* row = selectedRow();
    if (!row) {
        return;
    }
    m_service->setEnabled(row->schedule.id, !row->schedule.enabled, this, [this](const Result<Schedule>& result) {
        if (!result) {
            showFailure(tr("Schedule Not Changed"), result.errorMessage());
        }
    });
}

void SchedulesView::deleteSelected()
{
    const Row* row = selectedRow();
    if (!row) {
        return;
    }
    const qint64 id = row->schedule.id;
    const auto answer = MessageBox::question(
        this, tr("Delete Schedule"),
        tr("Delete the schedule “%1” of profile %2? The profile stays; it no longer runs on this schedule.")
            .arg(Formatting::schedule(row->schedule), row->profileName),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_service->remove(id, this, [this](const Result<Schedule>& result) {
        if (!result) {
            showFailure(tr("Schedule Not Deleted"), result.errorMessage());
        }
    });
}

void SchedulesView::runSelectedNow()
{
    if (const Row* row = selectedRow()) {
        emit runNowRequested(row->schedule.profileId);
    }
}

void SchedulesView::showFailure(const QString& title, const QString& message)
{
    MessageBox::critical(this, title, message);
}

} // namespace ferry::ui
