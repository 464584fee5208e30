#pragma once
// The profile wizard's first page: the content editor (name, relationship, patterns, tables).

#include "wizards/AsyncWizardPage.h"

namespace ferry::ui {

class ProfileContentEditor;

class ProfileContentPage : public AsyncWizardPage
{
    Q_OBJECT

public:
    ProfileContentPage(ProfileContentEditor* editor, QWidget* parent = nullptr);

protected:
    bool startWork() override { return true; }
    QString inputProblem() const override;

private:
    ProfileContentEditor* m_editor;
};

} // namespace ferry::ui
