#pragma once
// The new-profile wizard: what to keep in step (folders by pattern with a live count, tables),
// then how (direction, deletions, conflicts, bandwidth, mass-deletion guard), then stored through
// RelationshipService. Its pages host the same editors as the Edit Profile dialog.

#include "services/HomeSnapshot.h"
#include "sync/Plan.h"
#include "sync/ProfileRegistry.h"

#include <QWizard>

namespace ferry {
class RelationshipService;
}

namespace ferry::ui {

class ProfileContentEditor;
class ProfilePolicyEditor;

class ProfileWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ContentPageId, PolicyPageId, DonePageId };

    ProfileWizard(RelationshipService* service, const HomeSnapshot& snapshot, QWidget* parent = nullptr);

    RelationshipService* service() const { return m_service; }
    ProfileContentEditor* contentEditor() const { return m_content; }
    ProfilePolicyEditor* policyEditor() const { return m_policy; }
    // Starts with this relationship chosen.
    void setRelationship(const QString& name);
    ProfileDraft draft() const;
    // The stored profile, once the policy page's Create succeeded.
    const Profile& saved() const { return m_saved; }
    void setSaved(const Profile& profile) { m_saved = profile; }
    void setPreviewAvailable(bool available);

public slots:
    void showPlanPreview(const ferry::Plan& plan);

signals:
    void previewRequested(const ferry::Profile& profile);

private:
    RelationshipService* m_service;
    ProfileContentEditor* m_content;
    ProfilePolicyEditor* m_policy;
    Profile m_saved;
};

} // namespace ferry::ui
