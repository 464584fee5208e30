#pragma once
// Which of this home's sites the relationship is for.

#include "wizards/AsyncWizardPage.h"

class QComboBox;
class QLabel;

namespace ferry::ui {

class LocalSitePage : public AsyncWizardPage
{
    Q_OBJECT

public:
    explicit LocalSitePage(QWidget* parent = nullptr);

    void initializePage() override;

protected:
    bool startWork() override;
    QString inputProblem() const override;

private:
    void describe();

    QComboBox* m_sites;
    QLabel* m_details;
};

} // namespace ferry::ui
