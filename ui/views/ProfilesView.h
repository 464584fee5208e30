#pragma once
// Profiles: what each relationship keeps in step, in which direction, under which policies.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

namespace ferry::ui {

class ProfilesView : public ViewPage
{
    Q_OBJECT

public:
    struct Row {
        Profile profile;
        QString relationshipName;
    };

    explicit ProfilesView(QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

private:
    RecordTableModel<Row>* m_model;
};

} // namespace ferry::ui
