#pragma once
// On the receiving server: which bundle to apply, and its passphrase. Next opens and checks it.

#include "wizards/AsyncWizardPage.h"

class QLineEdit;
class QPushButton;

namespace ferry::ui {

class ApplyPage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit ApplyPage(QWidget* parent = nullptr);

protected:
    bool startWork() override;
    bool inputComplete() const override;

private:
    void choosePath();

    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_passphrase;
};

} // namespace ferry::ui
