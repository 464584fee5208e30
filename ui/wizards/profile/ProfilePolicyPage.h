#pragma once
// The profile wizard's second page: the policy editor, and Create, which stores the profile
// through RelationshipService.

#include "wizards/AsyncWizardPage.h"

namespace ferry::ui {

class ProfilePolicyEditor;

class ProfilePolicyPage : public AsyncWizardPage
{
    Q_OBJECT

public:
    ProfilePolicyPage(ProfilePolicyEditor* editor, QWidget* parent = nullptr);

protected:
    bool startWork() override;
};

} // namespace ferry::ui
