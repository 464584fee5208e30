#pragma once
// The wizard's first question: which side of the pairing is this installation on?

#include <QWizardPage>

class QRadioButton;

namespace ferry::ui {

class IntroPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IntroPage(QWidget* parent = nullptr);

    int nextId() const override;

private:
    QRadioButton* m_issue;
    QRadioButton* m_apply;
};

} // namespace ferry::ui
