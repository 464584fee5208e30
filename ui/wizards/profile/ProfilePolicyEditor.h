#pragma once
// How a profile runs: direction, whether deletions travel, how conflicts are settled (each
// explained in one line), the bandwidth limit and the mass-deletion threshold, and a Preview
// button for the engine's dry run. The profile wizard's second page and the Edit Profile dialog
// both host it.

#include "sync/Plan.h"
#include "sync/ProfileRegistry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ferry::ui {

class ProfilePolicyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePolicyEditor(QWidget* parent = nullptr);

    void setDraft(const ProfileDraft& draft);
    void apply(ProfileDraft& draft) const;
    // Enables Preview once something answers previewRequested with showPlanPreview.
    void setPreviewAvailable(bool available);

public slots:
    // The dry run's plan for the profile last sent with previewRequested; shown beside the button.
    void showPlanPreview(const ferry::Plan& plan);

signals:
    // Preview was clicked: the host asks the engine (previewRequested(Profile)).
    void previewClicked();

private:
    void explain();

    QComboBox* m_direction;
    QLabel* m_directionText;
    QCheckBox* m_deletes;
    QLabel* m_deletesText;
    QComboBox* m_policy;
    QLabel* m_policyText;
    QSpinBox* m_bandwidth;
    QSpinBox* m_guard;
    QPushButton* m_preview;
    QLabel* m_previewText;
};

} // namespace ferry::ui
