#pragma once
// The schedule wizard's first page: which profile the schedule runs.

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace ferry::ui {

class ScheduleWizard;

class ProfilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProfilePage(ScheduleWizard* wizard);

    void initializePage() override;
    void cleanupPage() override {}  // going back keeps the choice
    bool isComplete() const override;
    bool validatePage() override;

private:
    ScheduleWizard* m_wizard;
    QComboBox* m_profile;
    QLabel* m_details;
};

} // namespace ferry::ui
