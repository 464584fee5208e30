#pragma once
// Activity: the sync log, newest first.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

class QLabel;

namespace ferry::ui {

class ActivityView : public ViewPage
{
    Q_OBJECT

public:
    explicit ActivityView(QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

private:
    RecordTableModel<LogEntry>* m_model;
    QLabel* m_count;
};

} // namespace ferry::ui
