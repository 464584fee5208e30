#pragma once
// Creates this installation's certificate authority, or shows the one it has.

#include "wizards/AsyncWizardPage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace ferry::ui {

class CaPage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit CaPage(QWidget* parent = nullptr);

    void initializePage() override;

protected:
    bool startWork() override;
    bool inputComplete() const override;

private:
    QLineEdit* m_name;
    QComboBox* m_keyType;
    QLabel* m_existing;
    QWidget* m_form;
};

} // namespace ferry::ui
