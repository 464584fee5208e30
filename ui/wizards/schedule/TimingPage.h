#pragma once
// The schedule wizard's "when": every N minutes or hours, daily at a time, or on chosen weekdays at
// a time, each with only the inputs it needs, and the next five runs as they follow from them.

#include <QWizardPage>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace ferry::ui {

class NextRunsPreview;
class ScheduleWizard;

class TimingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TimingPage(ScheduleWizard* wizard);

    void initializePage() override;
    void cleanupPage() override {}  // going back keeps what was typed
    bool isComplete() const override;

private:
    void load();
    void store();
    void convertUnit();
    void updateInputs();

    ScheduleWizard* m_wizard;
    QRadioButton* m_every;
    QRadioButton* m_daily;
    QRadioButton* m_weekdays;
    QSpinBox* m_count;
    QComboBox* m_unit;
    QTimeEdit* m_dailyTime;
    QTimeEdit* m_weekdaysTime;
    std::array<QCheckBox*, 7> m_days{};
    QLabel* m_error;
    NextRunsPreview* m_preview;
    bool m_loading = false;
};

} // namespace ferry::ui
