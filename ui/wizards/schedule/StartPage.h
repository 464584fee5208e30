#pragma once
// The schedule wizard's last page: from when the schedule runs, whether it is on, and the next
// five runs of the whole schedule. Finish stores it; the page says why when that fails and keeps
// the wizard open.

#include <QWizardPage>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

namespace ferry::ui {

class NextRunsPreview;
class ScheduleWizard;

class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartPage(ScheduleWizard* wizard);

    void initializePage() override;
    void cleanupPage() override {}  // going back keeps what was typed
    bool isComplete() const override;
    bool validatePage() override;

private:
    void store();
    void setBusy(bool busy);

    ScheduleWizard* m_wizard;
    QDateTimeEdit* m_start;
    QCheckBox* m_enabled;
    QLabel* m_summary;
    QLabel* m_error;
    NextRunsPreview* m_preview;
    bool m_busy = false;
    bool m_saved = false;
};

} // namespace ferry::ui
