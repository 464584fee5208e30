#include "ProfilesView.h"

#include "Formatting.h"
#include "widgets/EmptyState.h"

#include <QTableView>

namespace ferry::ui {

ProfilesView::ProfilesView(QWidget* parent)
    : ViewPage(QStringLiteral("profilesView"), tr("Profiles"),
               tr("What each relationship keeps in step — folders and tables — in which direction, and how conflicts "
                  "are settled."),
               parent)
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
    auto* empty = new EmptyState(QStringLiteral(":/icons/profiles.svg"), tr("No profiles yet"),
                                 tr("A profile belongs to a relationship and says what to sync: folders with "
                                    "include and exclude patterns, database tables, the direction, and what to do when "
                                    "both sides changed the same item."),
                                 this);
    setContent(makeTable(m_model, QStringLiteral("profilesTable")), empty);
}

void ProfilesView::showSnapshot(const HomeSnapshot& snapshot)
{
    std::vector<Row> rows;
    for (const Profile& profile : snapshot.profiles) {
        rows.push_back({profile, snapshot.relationshipName(profile.relationshipId)});
    }
    m_model->setRecords(std::move(rows));
    showContent(!snapshot.profiles.empty());
}

} // namespace ferry::ui
