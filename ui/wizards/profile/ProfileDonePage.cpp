#include "ProfileDonePage.h"

#include "ProfileWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

ProfileDonePage::ProfileDonePage(QWidget* parent)
    : QWizardPage(parent)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Done"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("profileDoneSummary"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void ProfileDonePage::initializePage()
{
    const Profile& profile = qobject_cast<ProfileWizard*>(wizard())->saved();
    m_summary->setText(tr("The profile %1 is stored. Run it from the Profiles view (Run Now), or give it a schedule.")
                           .arg(profile.name));
}

} // namespace ferry::ui
