#include "ProfilesView.h"

#include "Formatting.h"
#include "MessageBox.h"
#include "services/RelationshipService.h"
#include "widgets/EmptyState.h"
#include "wizards/profile/ProfileDialog.h"
#include "wizards/profile/ProfileWizard.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace ferry::ui {

ProfilesView::ProfilesView(RelationshipService* service, QWidget* parent)
    : ViewPage(QStringLiteral("profilesView"), tr("Profiles"),
               tr("What each relationship keeps in step — folders and tables — in which direction, and how conflicts "
                  "are settled."),
               parent)
    , m_service(service)
{
    using Column = RecordTableModel<Row>::Column;
    m_model = new RecordTableModel<Row>(
        {
            Column{tr("Name"), [](const Row& r) { return r.profile.name; }},
            Column{tr("Relationship"), [](const Row& r) { return r.relationshipName; }},
            Column{tr("Direction"), [](const Row& r) { return Formatting::direction(r.profile.direction); }},
            Column{tr("Conflicts"), [](const Row& r) { return Formatting::conflictPolicy(r.profile.conflictPolicy); }},
            Column{tr("Deletions"),
                   [](const Row& r) { return r.profile.propagateDeletes ? tr("Propagated") : tr("Kept"); }},
            Column{tr("Bandwidth"), [](const Row& r) { return Formatting::bandwidth(r.profile.bandwidthLimitKiBps); }},
            Column{tr("Folders"),
                   [](const Row& r) {
                       return r.profile.includes.isEmpty() ? tr("All") : r.profile.includes.join(QStringLiteral(", "));
                   }},
        },
        this);
    auto* add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New Profile…"), this);
    add->setObjectName(QStringLiteral("newProfileButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editProfileButton"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    m_run = new QPushButton(tr("Run Now"), this);
    m_run->setObjectName(QStringLiteral("runNowButton"));
    connect(add, &QPushButton::clicked, this, &ProfilesView::openWizard);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesView::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesView::deleteSelected);
    connect(m_run, &QPushButton::clicked, this, &ProfilesView::runSelected);
    addAction(m_run);
    addAction(m_edit);
    addAction(m_delete);
    addAction(add);

    auto* empty = new EmptyState(QStringLiteral(":/icons/profiles.svg"), tr("No profiles yet"),
                                 tr("A profile belongs to a relationship and says what to sync: folders with "
                                    "include and exclude patterns, database tables, the direction, and what to do when "
                                    "both sides changed the same item."),
                                 this);
    connect(empty->setAction(tr("New Profile…")), &QPushButton::clicked, this, &ProfilesView::openWizard);
    m_table = makeTable(m_model, QStringLiteral("profilesTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProfilesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfilesView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &ProfilesView::editSelected);
    setContent(m_table, empty);
    updateButtons();
}

void ProfilesView::showSnapshot(const HomeSnapshot& snapshot)
{
    m_snapshot = snapshot;
    std::vector<Row> rows;
    for (const Profile& profile : snapshot.profiles) {
        rows.push_back({profile, snapshot.relationshipName(profile.relationshipId)});
    }
    m_model->setRecords(std::move(rows));
    showContent(!snapshot.profiles.empty());
}

const ProfilesView::Row* ProfilesView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->record(rows.first().row());
}

void ProfilesView::updateButtons()
{
    const bool selected = selectedRow() != nullptr;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_run->setEnabled(selected);
}

void ProfilesView::setPreviewAvailable(bool available)
{
    m_previewAvailable = available;
}

ProfileWizard* ProfilesView::openWizard()
{
    auto* wizard = new ProfileWizard(m_service, m_snapshot, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setPreviewAvailable(m_previewAvailable);
    connect(wizard, &ProfileWizard::previewRequested, this, &ProfilesView::previewRequested);
    m_wizard = wizard;
    wizard->open();
    return wizard;
}

ProfileDialog* ProfilesView::editSelected()
{
    const Row* row = selectedRow();
    if (row == nullptr) {
        return nullptr;
    }
    auto* dialog = new ProfileDialog(m_service, m_snapshot, row->profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPreviewAvailable(m_previewAvailable);
    connect(dialog, &ProfileDialog::previewRequested, this, &ProfilesView::previewRequested);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void ProfilesView::showPlanPreview(const Plan& plan)
{
    if (m_dialog) {
        m_dialog->showPlanPreview(plan);
    } else if (m_wizard) {
        m_wizard->showPlanPreview(plan);
    }
}

void ProfilesView::deleteSelected()
{
    const Row* row = selectedRow();
    if (row == nullptr) {
        return;
    }
    const QString name = row->profile.name;
    const QString question = tr("Delete the profile %1 of %2? Its schedules are deleted with it, and it no longer "
                                "runs. The sites' files and tables are not touched.")
                                 .arg(name, row->relationshipName);
    if (MessageBox::question(this, tr("Delete Profile"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    m_service->removeProfile(name, [self = QPointer(this)](const Result<Profile>& result) {
        if (self && !result) {
            MessageBox::critical(self, tr("Delete Profile"), result.errorMessage());
        }
    });
}

void ProfilesView::runSelected()
{
    if (const Row* row = selectedRow()) {
        emit runNowRequested(row->profile.id);
    }
}

} // namespace ferry::ui
