#include "ConflictsView.h"

#include "Formatting.h"
#include "widgets/EmptyState.h"

#include <QTableView>

#include <QBrush>
#include <QFont>

namespace ferry::ui {

ConflictsView::ConflictsView(QWidget* parent)
    : ViewPage(QStringLiteral("conflictsView"), tr("Conflicts"),
               tr("Items that changed on both sides between two runs, how each was settled, and those waiting for "
                  "your decision."),
               parent)
{
    using Column = RecordTableModel<Conflict>::Column;
    auto pendingInBold = [](const Conflict& c, int role) -> QVariant {
        if (role == Qt::FontRole && c.status == ConflictStatus::PendingReview) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    };
    m_model = new RecordTableModel<Conflict>(
        {
            Column{tr("Status"), [](const Conflict& c) { return Formatting::conflictStatus(c.status); }, pendingInBold},
            Column{tr("Detected"), [](const Conflict& c) { return Formatting::dateTime(c.detectedAt); }},
            Column{tr("Relationship"), [](const Conflict& c) { return c.relationship; }},
            Column{tr("Site"), [](const Conflict& c) { return c.site; }},
            Column{tr("Item"), [](const Conflict& c) { return c.item; }},
            Column{tr("Policy"), [](const Conflict& c) { return c.policy; }},
            Column{tr("Kept"), [](const Conflict& c) { return Formatting::conflictWinner(c.winner); }},
        },
        this);
    auto* empty = new EmptyState(QStringLiteral(":/icons/conflicts.svg"), tr("No conflicts"),
                                 tr("When the same file or row changes on both sides between two runs, Ferry records "
                                    "it here with both versions, whatever the policy settled. Nothing needs your "
                                    "decision."),
                                 this);
    setContent(makeTable(m_model, QStringLiteral("conflictsTable")), empty);
}

void ConflictsView::showSnapshot(const HomeSnapshot& snapshot)
{
    m_model->setRecords(snapshot.conflicts);
    showContent(!snapshot.conflicts.empty());
}

} // namespace ferry::ui
