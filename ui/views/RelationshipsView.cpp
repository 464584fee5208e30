#include "RelationshipsView.h"

#include "Formatting.h"
#include "MessageBox.h"
#include "dialogs/RelationshipDialog.h"
#include "services/RelationshipService.h"
#include "widgets/EmptyState.h"
#include "wizards/relationship/RelationshipWizard.h"

#include <QItemSelectionModel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

namespace ferry::ui {

RelationshipsView::RelationshipsView(RelationshipService* service, QWidget* parent)
    : ViewPage(QStringLiteral("relationshipsView"), tr("Relationships"),
               tr("Pairs of sites kept in step: a site on this server and its counterpart on another server running "
                  "the Ferry agent."),
               parent)
    , m_service(service)
{
    using Column = RecordTableModel<Row>::Column;
    m_model = new RecordTableModel<Row>(
        {
            Column{tr("Name"), [](const Row& r) { return r.relationship.name; }},
            Column{tr("Local site"), [](const Row& r) { return r.siteName; }},
            Column{tr("Remote site"), [](const Row& r) { return r.relationship.remoteUrl.toDisplayString(); }},
            Column{tr("Accepts pushes"), [](const Row& r) { return Formatting::yesNo(r.relationship.acceptPushes); }},
            Column{tr("Initial copy"),
                   [](const Row& r) { return r.relationship.initialCopyDone ? tr("Done") : tr("Not yet"); }},
            Column{tr("Pinned certificate"),
                   [](const Row& r) {
                       return r.relationship.pinnedFingerprint.isEmpty() ? tr("None")
                                                                         : r.relationship.pinnedFingerprint.left(23);
                   }},
        },
        this);
    auto* add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New Relationship…"), this);
    add->setObjectName(QStringLiteral("newRelationshipButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editRelationshipButton"));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteRelationshipButton"));
    connect(add, &QPushButton::clicked, this, &RelationshipsView::openWizard);
    connect(m_edit, &QPushButton::clicked, this, &RelationshipsView::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &RelationshipsView::deleteSelected);
    addAction(m_edit);
    addAction(m_delete);
    addAction(add);

    auto* empty = new EmptyState(QStringLiteral(":/icons/relationships.svg"), tr("No relationships yet"),
                                 tr("A relationship pairs a site on this server with a site on another server, such as "
                                    "staging with production. The other server runs the Ferry agent, and the two "
                                    "trust each other through certificates."),
                                 this);
    connect(empty->setAction(tr("New Relationship…")), &QPushButton::clicked, this, &RelationshipsView::openWizard);
    m_table = makeTable(m_model, QStringLiteral("relationshipsTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RelationshipsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RelationshipsView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &RelationshipsView::editSelected);
    setContent(m_table, empty);
    updateButtons();
}

void RelationshipsView::showSnapshot(const HomeSnapshot& snapshot)
{
    m_snapshot = snapshot;
    std::vector<Row> rows;
    for (const Relationship& relationship : snapshot.relationships) {
        rows.push_back({relationship, snapshot.siteName(relationship.siteId)});
    }
    m_model->setRecords(std::move(rows));
    showContent(!snapshot.relationships.empty());
}

const RelationshipsView::Row* RelationshipsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->record(rows.first().row());
}

void RelationshipsView::updateButtons()
{
    m_edit->setEnabled(selectedRow() != nullptr);
    m_delete->setEnabled(selectedRow() != nullptr);
}

RelationshipWizard* RelationshipsView::openWizard()
{
    auto* wizard = new RelationshipWizard(m_service, m_snapshot, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RelationshipWizard::initialSyncRequested, this, &RelationshipsView::initialSyncRequested);
    wizard->open();
    return wizard;
}

RelationshipDialog* RelationshipsView::editSelected()
{
    const Row* row = selectedRow();
    if (row == nullptr) {
        return nullptr;
    }
    auto* dialog = new RelationshipDialog(m_service, row->relationship, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RelationshipsView::deleteSelected()
{
    const Row* row = selectedRow();
    if (row == nullptr) {
        return;
    }
    const QString name = row->relationship.name;
    QStringList profiles;
    for (const Profile& profile : m_snapshot.profiles) {
        if (profile.relationshipId == row->relationship.id) {
            profiles << profile.name;
        }
    }
    const QString lost = profiles.isEmpty()
                             ? tr("It has no profiles.")
                             : tr("Its profiles are deleted with it, with their schedules: %1.").arg(profiles.join(QStringLiteral(", ")));
    const QString question = tr("Delete the relationship %1 with %2?").arg(name, row->relationship.remoteUrl.toDisplayString())
                             + QLatin1Char(' ') + lost + QLatin1Char(' ')
                             + tr("The sites' files and tables are not touched; pairing them again starts with a new "
                                  "initial copy.");
    if (MessageBox::question(this, tr("Delete Relationship"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    m_service->removeRelationship(name, [self = QPointer(this)](const Result<QStringList>& result) {
        if (self && !result) {
            MessageBox::critical(self, tr("Delete Relationship"), result.errorMessage());
        }
    });
}

} // namespace ferry::ui
