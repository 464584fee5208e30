#include "ProfilePolicyPage.h"

#include "ProfilePolicyEditor.h"
#include "ProfileWizard.h"
#include "services/RelationshipService.h"

#include <QPointer>
#include <QVBoxLayout>

namespace ferry::ui {

ProfilePolicyPage::ProfilePolicyPage(ProfilePolicyEditor* editor, QWidget* parent)
    : AsyncWizardPage(parent)
{
    setTitle(tr("How to keep it in step"));
    setSubTitle(tr("Direction, deletions, conflicts and limits. All of them can be changed later."));
    setButtonText(QWizard::CommitButton, tr("&Create"));
    setCommitPage(true);
    editor->setParent(this);
    body()->addWidget(editor);
}

bool ProfilePolicyPage::startWork()
{
    ProfileWizard* wizard = wizardAs<ProfileWizard>();
    wizard->service()->saveProfile({}, wizard->draft(), [self = QPointer(this), wizard](const Result<Profile>& result) {
        if (!self) {
            return;
        }
        if (result) {
            wizard->setSaved(result.value());
        }
        self->finish(result ? QString() : result.errorMessage());
    });
    return false;
}

} // namespace ferry::ui
