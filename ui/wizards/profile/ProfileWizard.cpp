#include "ProfileWizard.h"

#include "ProfileContentEditor.h"
#include "ProfileContentPage.h"
#include "ProfileDonePage.h"
#include "ProfilePolicyEditor.h"
#include "ProfilePolicyPage.h"

#include <QAbstractButton>

namespace ferry::ui {

ProfileWizard::ProfileWizard(RelationshipService* service, const HomeSnapshot& snapshot, QWidget* parent)
    : QWizard(parent)
    , m_service(service)
    , m_content(new ProfileContentEditor(service, snapshot))
    , m_policy(new ProfilePolicyEditor)
{
    setObjectName(QStringLiteral("profileWizard"));
    setWindowTitle(tr("New Profile"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(720, 560);
    setPage(ContentPageId, new ProfileContentPage(m_content, this));
    setPage(PolicyPageId, new ProfilePolicyPage(m_policy, this));
    setPage(DonePageId, new ProfileDonePage(this));
    const std::pair<QWizard::WizardButton, const char*> buttons[] = {
        {QWizard::NextButton, "wizardNextButton"},   {QWizard::BackButton, "wizardBackButton"},
        {QWizard::CommitButton, "wizardCommitButton"}, {QWizard::FinishButton, "wizardFinishButton"},
        {QWizard::CancelButton, "wizardCancelButton"},
    };
    for (const auto& [which, name] : buttons) {
        button(which)->setObjectName(QString::fromLatin1(name));
    }
    connect(m_policy, &ProfilePolicyEditor::previewClicked, this, [this] { emit previewRequested(m_content->profileFor(draft())); });
}

void ProfileWizard::setRelationship(const QString& name)
{
    ProfileDraft initial = draft();
    initial.relationshipName = name;
    m_content->setDraft(initial);
}

ProfileDraft ProfileWizard::draft() const
{
    ProfileDraft draft;
    m_content->apply(draft);
    m_policy->apply(draft);
    return draft;
}

void ProfileWizard::setPreviewAvailable(bool available)
{
    m_policy->setPreviewAvailable(available);
}

void ProfileWizard::showPlanPreview(const Plan& plan)
{
    m_policy->showPlanPreview(plan);
}

} // namespace ferry::ui
