#pragma once
// What the profile wizard stored.

#include <QWizardPage>

class QLabel;

namespace ferry::ui {

class ProfileDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProfileDonePage(QWidget* parent = nullptr);

    void initializePage() override;

private:
    QLabel* m_summary;
};

} // namespace ferry::ui
