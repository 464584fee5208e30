#include "StartPage.h"

#include "Formatting.h"
#include "ScheduleWizard.h"
#include "services/ScheduleService.h"
#include "widgets/NextRunsPreview.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

StartPage::StartPage(ScheduleWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_start(new QDateTimeEdit(this))
    , m_enabled(new QCheckBox(tr("&Enabled: run the profile on this schedule"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_preview(new NextRunsPreview(this))
{
    setTitle(tr("Start"));
    setSubTitle(tr("Nothing runs before the start. An interval runs first at the start itself. Runs missed while "
                   "nothing was running are made up once, not once for each."));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_summary->setObjectName(QStringLiteral("scheduleSummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    const Schedule& draft = wizard->draft();
    m_start->setDateTime(draft.startAt.toLocalTime());
    m_enabled->setChecked(draft.enabled);

    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    auto* form = new QFormLayout;
    auto* startLabel = new QLabel(tr("&Starts:"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, startRow);
    form->addRow(QString(), m_enabled);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(10);
    layout->addWidget(m_preview);
    layout->addStretch(1);
    layout->addWidget(m_error);

    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &StartPage::store);
    connect(m_enabled, &QCheckBox::toggled, this, &StartPage::store);
}

void StartPage::initializePage()
{
    store();
}

void StartPage::store()
{
    Schedule& draft = m_wizard->draft();
    const QDateTime local = m_start->dateTime();
    draft.startAt = QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())).toUTC();
    draft.enabled = m_enabled->isChecked();
    QString profileName;
    for (const ProfileChoice& choice : m_wizard->profiles()) {
        if (choice.id == draft.profileId) {
            profileName = choice.name;
        }
    }
    m_summary->setText(tr("Profile %1: %2.").arg(profileName, Formatting::schedule(draft)));
    m_preview->showRuns(draft, m_wizard->now());
    emit completeChanged();
}

bool StartPage::isComplete() const
{
    return !m_busy && m_wizard->draft().startAt.isValid();
}

void StartPage::setBusy(bool busy)
{
    m_busy = busy;
    m_start->setEnabled(!busy);
    m_enabled->setEnabled(!busy);
    emit completeChanged();
}

bool StartPage::validatePage()
{
    if (m_saved) {
        return true;
    }
    if (m_busy) {
        return false;
    }
    store();
    m_error->hide();
    setBusy(true);
    auto done = [this](const Result<Schedule>& result) {
        setBusy(false);
        if (!result) {
            m_error->setText(result.errorMessage());
            m_error->show();
            return;
        }
        m_saved = true;
        m_wizard->draft() = result.value();
        emit m_wizard->saved(result.value());
        m_wizard->accept();
    };
    if (m_wizard->isEditing()) {
        m_wizard->service()->update(m_wizard->draft(), this, done);
    } else {
        m_wizard->service()->add(m_wizard->draft(), this, done);
    }
    return false;  // the wizard closes once the schedule is stored
}

} // namespace ferry::ui
