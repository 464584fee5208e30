#pragma once
// Profiles: what each relationship keeps in step, in which direction, under which policies. New
// Profile… opens the wizard, Edit… the dialog with the same editors, Delete removes one after
// saying what is lost, and Run Now asks the engine for a run (runNowRequested).

#include "ViewPage.h"
#include "models/RecordTableModel.h"
#include "sync/Plan.h"

#include <QPointer>

class QPushButton;
class QTableView;

namespace ferry {
class RelationshipService;
}

namespace ferry::ui {

class ProfileDialog;
class ProfileWizard;

class ProfilesView : public ViewPage
{
    Q_OBJECT

public:
    struct Row {
        Profile profile;
        QString relationshipName;
    };

    explicit ProfilesView(RelationshipService* service, QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

    ProfileWizard* openWizard();
    ProfileDialog* editSelected();
    void deleteSelected();
    void runSelected();
    // Whether something answers previewRequested (the engine's dry run); Preview stays disabled
    // with a tooltip until then.
    void setPreviewAvailable(bool available);

public slots:
    // The dry run's answer to previewRequested, shown in the open wizard or dialog.
    void showPlanPreview(const ferry::Plan& plan);

signals:
    void runNowRequested(qint64 profileId);
    void previewRequested(const ferry::Profile& profile);

private:
    const Row* selectedRow() const;
    void updateButtons();

    RelationshipService* m_service;
    HomeSnapshot m_snapshot;
    RecordTableModel<Row>* m_model;
    QTableView* m_table;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_run;
    QPointer<ProfileWizard> m_wizard;
    QPointer<ProfileDialog> m_dialog;
    bool m_previewAvailable = false;
};

} // namespace ferry::ui
