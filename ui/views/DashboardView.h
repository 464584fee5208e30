#pragma once
// Dashboard: is everything in step, and what needs attention, at a glance.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

class QLabel;
class QStackedWidget;

namespace ferry::ui {

class SummaryCard;

class DashboardView : public ViewPage
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

signals:
    void addSiteRequested();

private:
    void showCards(const ferry::HomeSnapshot& snapshot);
    void showCertificates(const ferry::HomeSnapshot& snapshot);

    SummaryCard* m_sites;
    SummaryCard* m_relationships;
    SummaryCard* m_schedules;
    SummaryCard* m_conflicts;
    SummaryCard* m_lastRun;
    SummaryCard* m_certificates;
    RecordTableModel<Run>* m_runs;
    QStackedWidget* m_runsArea;
};

} // namespace ferry::ui
