#pragma once
// The wizard's last page: what was done and what to do next.

#include <QWizardPage>

class QLabel;

namespace ferry::ui {

class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(QWidget* parent = nullptr);

    void initializePage() override;

private:
    QLabel* m_summary;
};

} // namespace ferry::ui
