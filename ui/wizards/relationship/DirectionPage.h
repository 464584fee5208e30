#pragma once
// Which side the first copy starts from, with a plain warning of what it overwrites. Without the
// push right only remote → local is offered.

#include "wizards/AsyncWizardPage.h"

class QLabel;
class QRadioButton;

namespace ferry::ui {

class DirectionPage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit DirectionPage(QWidget* parent = nullptr);

    void initializePage() override;

protected:
    bool startWork() override;
    QString inputProblem() const override;

private:
    void describe();

    QRadioButton* m_localToRemote;
    QRadioButton* m_remoteToLocal;
    QLabel* m_pushNote;
    QLabel* m_warning;
};

} // namespace ferry::ui
