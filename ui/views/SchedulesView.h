#pragma once
// Schedules: when profiles run unattended. Add, edit, switch on or off and delete them, see when
// each runs next, and ask for a run now.

#include "ViewPage.h"
#include "models/RecordTableModel.h"
#include "wizards/schedule/ScheduleWizard.h"

class QPushButton;

namespace ferry {
class ScheduleService;
}

namespace ferry::ui {

class SchedulesView : public ViewPage
{
    Q_OBJECT

public:
    struct Row {
        Schedule schedule;
        QString profileName;
    };

    SchedulesView(ScheduleService* service, QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

    ScheduleWizard* openAddWizard();
    ScheduleWizard* openEditWizard();
    void toggleSelected();
    void deleteSelected();
    void runSelectedNow();

signals:
    // A run of the profile, now; whoever owns the run queue decides whether one is already queued.
    void runNowRequested(qint64 profileId);

private:
    const Row* selectedRow() const;
    void updateButtons();
    ScheduleWizard* openWizard(const Schedule& schedule);
    void showFailure(const QString& title, const QString& message);

    ScheduleService* m_service;
    RecordTableModel<Row>* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_addFirst = nullptr;
    QPushButton* m_edit;
    QPushButton* m_toggle;
    QPushButton* m_delete;
    QPushButton* m_runNow;
    std::vector<ProfileChoice> m_profiles;
};

} // namespace ferry::ui
