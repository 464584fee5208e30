#pragma once
// Relationships: each local site paired with a site on another server. New Relationship… opens
// the wizard; Edit… what can change without pairing again; Delete removes one with its profiles, after saying what is lost.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

class QPushButton;
class QTableView;

namespace ferry {
class RelationshipService;
}

namespace ferry::ui {

class RelationshipDialog;
class RelationshipWizard;

class RelationshipsView : public ViewPage
{
    Q_OBJECT

public:
    struct Row {
        Relationship relationship;
        QString siteName;
    };

    explicit RelationshipsView(RelationshipService* service, QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

    RelationshipWizard* openWizard();
    RelationshipDialog* editSelected();
    void deleteSelected();

signals:
    // From the wizard's finish page: the engine starts the first run of this profile.
    void initialSyncRequested(qint64 profileId);

private:
    const Row* selectedRow() const;
    void updateButtons();

    RelationshipService* m_service;
    HomeSnapshot m_snapshot;
    RecordTableModel<Row>* m_model;
    QTableView* m_table;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace ferry::ui
