#pragma once
// Dashboard: is everything in step, and what needs attention, at a glance.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

#include <QDateTime>

#include <map>
#include <optional>

class QGridLayout;
class QLabel;
class QStackedWidget;

namespace ferry::ui {

class RelationshipCard;
class SummaryCard;

class DashboardView : public ViewPage
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

    // For the scheduler: when a relationship's next run is due (invalid: none scheduled).
    void setNextRun(const QString& relationship, const QDateTime& when);

    RelationshipCard* relationshipCard(const QString& relationship) const;

signals:
    void addSiteRequested();

private:
    void showCards(const ferry::HomeSnapshot& snapshot);
    void showCertificates(const ferry::HomeSnapshot& snapshot);
    void showRelationships(const ferry::HomeSnapshot& snapshot);

    SummaryCard* m_sites;
    SummaryCard* m_relationships;
    SummaryCard* m_schedules;
    SummaryCard* m_conflicts;
    SummaryCard* m_lastRun;
    SummaryCard* m_certificates;
    RecordTableModel<Run>* m_runs;
    QStackedWidget* m_runsArea;
    QWidget* m_relationshipArea;
    QGridLayout* m_relationshipGrid;
    std::map<QString, RelationshipCard*> m_relationshipCards;
    std::map<QString, QDateTime> m_nextRuns;
};

} // namespace ferry::ui
