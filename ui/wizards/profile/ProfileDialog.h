#pragma once
// Edit Profile: the wizard's two editors side by side in tabs, saved through RelationshipService.

#include "services/HomeSnapshot.h"
#include "sync/Plan.h"
#include "sync/ProfileRegistry.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace ferry {
class RelationshipService;
}

namespace ferry::ui {

class ProfileContentEditor;
class ProfilePolicyEditor;

class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(RelationshipService* service, const HomeSnapshot& snapshot, const Profile& profile,
                  QWidget* parent = nullptr);

    ProfileContentEditor* contentEditor() const { return m_content; }
    ProfilePolicyEditor* policyEditor() const { return m_policy; }
    QString errorText() const;
    void setPreviewAvailable(bool available);

public slots:
    void save();
    void showPlanPreview(const ferry::Plan& plan);

signals:
    void previewRequested(const ferry::Profile& profile);

private:
    ProfileDraft draft() const;

    RelationshipService* m_service;
    QString m_originalName;
    ProfileContentEditor* m_content;
    ProfilePolicyEditor* m_policy;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace ferry::ui
