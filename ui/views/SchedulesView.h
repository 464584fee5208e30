#pragma once
// Schedules: when profiles run unattended.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

namespace ferry::ui {

class SchedulesView : public ViewPage
{
    Q_OBJECT

public:
    struct Row {
        Schedule schedule;
        QString profileName;
    };

    explicit SchedulesView(QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

private:
    RecordTableModel<Row>* m_model;
};

} // namespace ferry::ui
