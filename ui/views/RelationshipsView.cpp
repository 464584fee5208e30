#include "RelationshipsView.h"

#include "Formatting.h"
#include "widgets/EmptyState.h"

#include <QTableView>

namespace ferry::ui {

RelationshipsView::RelationshipsView(QWidget* parent)
    : ViewPage(QStringLiteral("relationshipsView"), tr("Relationships"),
               tr("Pairs of sites kept in step: a site on this server and its counterpart on another server running "
                  "the Ferry agent."),
               parent)
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
    auto* empty = new EmptyState(QStringLiteral(":/icons/relationships.svg"), tr("No relationships yet"),
                                 tr("A relationship pairs a site on this server with a site on another server, such as "
                                    "staging with production. The other server runs the Ferry agent, and the two "
                                    "trust each other through certificates."),
                                 this);
    setContent(makeTable(m_model, QStringLiteral("relationshipsTable")), empty);
}

void RelationshipsView::showSnapshot(const HomeSnapshot& snapshot)
{
    std::vector<Row> rows;
    for (const Relationship& relationship : snapshot.relationships) {
        rows.push_back({relationship, snapshot.siteName(relationship.siteId)});
    }
    m_model->setRecords(std::move(rows));
    showContent(!snapshot.relationships.empty());
}

} // namespace ferry::ui
