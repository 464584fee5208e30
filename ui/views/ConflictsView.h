#pragma once
// Conflicts: items changed on both sides, those waiting for a decision first.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

namespace ferry::ui {

class ConflictsView : public ViewPage
{
    Q_OBJECT

public:
    explicit ConflictsView(QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

private:
    RecordTableModel<Conflict>* m_model;
};

} // namespace ferry::ui
