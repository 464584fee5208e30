#pragma once
// Shows what a bundle holds and who issued it; when that CA is not trusted yet, the administrator
// confirms its fingerprint before Ferry trusts it. Next applies the bundle.

#include "wizards/AsyncWizardPage.h"

class QCheckBox;
class QLabel;

namespace ferry::ui {

class ConfirmPage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit ConfirmPage(QWidget* parent = nullptr);

    void initializePage() override;

protected:
    bool startWork() override;
    bool inputComplete() const override;

private:
    QLabel* m_details;
    QCheckBox* m_trustCa;
};

} // namespace ferry::ui
