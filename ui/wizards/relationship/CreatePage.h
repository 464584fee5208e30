#pragma once
// The names of the relationship and its first profile, a summary of everything chosen, and
// Create: both are stored through RelationshipService, together or not at all.

#include "wizards/AsyncWizardPage.h"

class QLabel;
class QLineEdit;

namespace ferry::ui {

class CreatePage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit CreatePage(QWidget* parent = nullptr);

    void initializePage() override;

protected:
    bool startWork() override;
    bool inputComplete() const override;

private:
    QLineEdit* m_name;
    QLineEdit* m_profile;
    QLabel* m_summary;
};

} // namespace ferry::ui
