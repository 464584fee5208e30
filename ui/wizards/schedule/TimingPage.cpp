#include "TimingPage.h"

#include "ScheduleWizard.h"
#include "sync/ScheduleRegistry.h"
#include "widgets/NextRunsPreview.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::ui {
namespace {

enum Unit { Minutes, Hours };

QTimeEdit* timeEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

TimingPage::TimingPage(ScheduleWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_every(new QRadioButton(tr("&Every"), this))
    , m_daily(new QRadioButton(tr("&Daily at"), this))
    , m_weekdays(new QRadioButton(tr("On &these days at"), this))
    , m_count(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_dailyTime(timeEdit(this, QStringLiteral("dailyTimeEdit")))
    , m_weekdaysTime(timeEdit(this, QStringLiteral("weekdaysTimeEdit")))
    , m_error(new QLabel(this))
    , m_preview(new NextRunsPreview(this))
{
    setTitle(tr("When"));
    setSubTitle(tr("How often the profile runs. Intervals count elapsed time; daily and weekday times follow this "
                   "computer's clock, summer time included."));
    m_every->setObjectName(QStringLiteral("intervalChoice"));
    m_daily->setObjectName(QStringLiteral("dailyChoice"));
    m_weekdays->setObjectName(QStringLiteral("weekdaysChoice"));
    m_count->setObjectName(QStringLiteral("intervalSpin"));
    m_unit->setObjectName(QStringLiteral("intervalUnitCombo"));
    m_unit->addItem(tr("minutes"), Minutes);
    m_unit->addItem(tr("hours"), Hours);
    auto* kinds = new QButtonGroup(this);
    for (QRadioButton* choice : {m_every, m_daily, m_weekdays}) {
        kinds->addButton(choice);
    }

    auto* everyRow = new QHBoxLayout;
    everyRow->addWidget(m_count);
    everyRow->addWidget(m_unit);
    everyRow->addStretch(1);
    auto* dailyRow = new QHBoxLayout;
    dailyRow->addWidget(m_dailyTime);
    dailyRow->addStretch(1);
    auto* daysRow = new QHBoxLayout;
    for (int day = 0; day < 7; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day + 1, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("weekday%1").arg(day + 1));
        m_days[std::size_t(day)] = box;
        daysRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &TimingPage::store);
    }
    daysRow->addStretch(1);
    auto* weekdaysRow = new QHBoxLayout;
    weekdaysRow->addWidget(m_weekdaysTime);
    weekdaysRow->addStretch(1);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->addWidget(m_every, 0, 0);
    grid->addLayout(everyRow, 0, 1);
    grid->addWidget(m_daily, 1, 0);
    grid->addLayout(dailyRow, 1, 1);
    grid->addWidget(m_weekdays, 2, 0);
    grid->addLayout(weekdaysRow, 2, 1);
    grid->addLayout(daysRow, 3, 1);
    grid->setColumnStretch(1, 1);

    m_error->setObjectName(QStringLiteral("timingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addSpacing(10);
    layout->addWidget(m_preview);
    layout->addStretch(1);

    for (QRadioButton* choice : {m_every, m_daily, m_weekdays}) {
        connect(choice, &QRadioButton::toggled, this, &TimingPage::store);
    }
    connect(m_count, &QSpinBox::valueChanged, this, &TimingPage::store);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &TimingPage::convertUnit);
    connect(m_dailyTime, &QTimeEdit::timeChanged, this, &TimingPage::store);
    connect(m_weekdaysTime, &QTimeEdit::timeChanged, this, &TimingPage::store);
    load();
}

void TimingPage::initializePage()
{
    store();  // the preview follows the current start and switch
}

void TimingPage::load()
{
    m_loading = true;
    const Schedule& draft = m_wizard->draft();
    m_every->setChecked(draft.kind == ScheduleKind::Interval);
    m_daily->setChecked(draft.kind == ScheduleKind::Daily);
    m_weekdays->setChecked(draft.kind == ScheduleKind::Weekdays);
    const bool hours = draft.intervalMinutes % 60 == 0;
    m_unit->setCurrentIndex(hours ? Hours : Minutes);
    m_count->setRange(1, hours ? ScheduleRegistry::maxIntervalMinutes / 60 : ScheduleRegistry::maxIntervalMinutes);
    m_count->setValue(hours ? draft.intervalMinutes / 60 : draft.intervalMinutes);
    m_dailyTime->setTime(draft.timeOfDay);
    m_weekdaysTime->setTime(draft.timeOfDay);
    for (int day = 0; day < 7; ++day) {
        m_days[std::size_t(day)]->setChecked(draft.weekdays & (1 << day));
    }
    m_loading = false;
    store();
}

void TimingPage::convertUnit()
{
    // The same length of time in the other unit (30 minutes stay half an hour, rounded to one hour),
    // not the same number.
    if (m_loading) {
        return;
    }
    const bool hours = m_unit->currentData().toInt() == Hours;
    const int minutes = m_wizard->draft().intervalMinutes;
    m_loading = true;
    m_count->setMaximum(hours ? ScheduleRegistry::maxIntervalMinutes / 60 : ScheduleRegistry::maxIntervalMinutes);
    m_count->setValue(hours ? std::max(1, (minutes + 30) / 60) : minutes);
    m_loading = false;
    store();
}

void TimingPage::store()
{
    if (m_loading) {
        return;
    }
    Schedule& draft = m_wizard->draft();
    const bool hours = m_unit->currentData().toInt() == Hours;
    m_count->setMaximum(hours ? ScheduleRegistry::maxIntervalMinutes / 60 : ScheduleRegistry::maxIntervalMinutes);
    draft.kind = m_every->isChecked() ? ScheduleKind::Interval
        : m_daily->isChecked()        ? ScheduleKind::Daily
                                      : ScheduleKind::Weekdays;
    draft.intervalMinutes = m_count->value() * (hours ? 60 : 1);
    draft.timeOfDay = draft.kind == ScheduleKind::Weekdays ? m_weekdaysTime->time() : m_dailyTime->time();
    // Keep the other time edit in step, so switching kinds keeps the time that was typed.
    m_loading = true;
    (draft.kind == ScheduleKind::Weekdays ? m_dailyTime : m_weekdaysTime)->setTime(draft.timeOfDay);
    m_loading = false;
    draft.weekdays = 0;
    for (int day = 0; day < 7; ++day) {
        draft.weekdays |= m_days[std::size_t(day)]->isChecked() ? (1 << day) : 0;
    }
    // The draft holds only what its kind uses; the inputs keep the rest in case the kind changes back.
    if (draft.kind == ScheduleKind::Interval) {
        draft.timeOfDay = QTime();
    }
    if (draft.kind != ScheduleKind::Weekdays) {
        draft.weekdays = 0;
    }
    updateInputs();
    const auto valid = ScheduleRegistry::validate(draft);
    m_error->setText(valid ? QString() : valid.errorMessage());
    m_error->setVisible(!valid);
    m_preview->showRuns(draft, m_wizard->now());
    emit completeChanged();
}

void TimingPage::updateInputs()
{
    m_count->setEnabled(m_every->isChecked());
    m_unit->setEnabled(m_every->isChecked());
    m_dailyTime->setEnabled(m_daily->isChecked());
    m_weekdaysTime->setEnabled(m_weekdays->isChecked());
    for (QCheckBox* box : m_days) {
        box->setEnabled(m_weekdays->isChecked());
    }
}

bool TimingPage::isComplete() const
{
    return ScheduleRegistry::validate(m_wizard->draft()).ok();
}

} // namespace ferry::ui
