#pragma once
// Relationships: each local site paired with a site on another server.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

namespace ferry::ui {

class RelationshipsView : public ViewPage
{
    Q_OBJECT

public:
    struct Row {
        Relationship relationship;
        QString siteName;
    };

    explicit RelationshipsView(QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

private:
    RecordTableModel<Row>* m_model;
};

} // namespace ferry::ui
