#include "ScheduleWizard.h"

#include "ProfilePage.h"
#include "StartPage.h"
#include "TimingPage.h"
#include "sync/ScheduleRegistry.h"

#include <QAbstractButton>

namespace ferry::ui {

ScheduleWizard::ScheduleWizard(ScheduleService* service, std::vector<ProfileChoice> profiles, const Schedule& existing,
                               QWidget* parent)
    : QWizard(parent)
    , m_service(service)
    , m_profiles(std::move(profiles))
    , m_draft(existing)
{
    setObjectName(QStringLiteral("scheduleWizard"));
    setWindowTitle(isEditing() ? tr("Edit Schedule") : tr("Add Schedule"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 520);
    if (!m_draft.startAt.isValid()) {
        m_draft.startAt = ScheduleRegistry::defaultStart(QDateTime::currentDateTimeUtc());
    }
    if (!m_draft.timeOfDay.isValid()) {
        m_draft.timeOfDay = QTime(2, 30);  // a quiet hour for a site, as a starting point
    }

    setPage(ProfilePageId, new ProfilePage(this));
    setPage(TimingPageId, new TimingPage(this));
    setPage(StartPageId, new StartPage(this));
    const std::pair<QWizard::WizardButton, const char*> buttons[] = {
        {QWizard::NextButton, "wizardNextButton"},
        {QWizard::BackButton, "wizardBackButton"},
        {QWizard::FinishButton, "wizardFinishButton"},
        {QWizard::CancelButton, "wizardCancelButton"},
    };
    for (const auto& [which, name] : buttons) {
        button(which)->setObjectName(QString::fromLatin1(name));
    }
    setButtonText(QWizard::FinishButton, isEditing() ? tr("Save") : tr("Add Schedule"));
    setStartId(ProfilePageId);
}

QDateTime ScheduleWizard::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

} // namespace ferry::ui
