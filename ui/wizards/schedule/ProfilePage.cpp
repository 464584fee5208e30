#include "ProfilePage.h"

#include "ScheduleWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace ferry::ui {

ProfilePage::ProfilePage(ScheduleWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_profile(new QComboBox(this))
    , m_details(new QLabel(this))
{
    setTitle(tr("Profile"));
    setSubTitle(tr("Which profile runs on this schedule. A profile says what is kept in step with which server, and "
                   "how."));
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_details->setObjectName(QStringLiteral("profileDetails"));
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    for (const ProfileChoice& choice : wizard->profiles()) {
        m_profile->addItem(choice.name, choice.id);
    }
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(QString(), m_details);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this]() {
        const qint64 id = m_profile->currentData().toLongLong();
        for (const ProfileChoice& choice : m_wizard->profiles()) {
            if (choice.id == id) {
                m_details->setText(tr("Relationship: %1").arg(choice.relationshipName));
            }
        }
        emit completeChanged();
    });
    if (wizard->profiles().empty()) {
        m_profile->setEnabled(false);
        m_details->setText(tr("There are no profiles yet. Add one first, e.g. ferryctl profile add NAME "
                              "--relationship REL."));
    }
}

void ProfilePage::initializePage()
{
    const int index = m_profile->findData(m_wizard->draft().profileId);
    m_profile->setCurrentIndex(index >= 0 ? index : 0);
    emit m_profile->currentIndexChanged(m_profile->currentIndex());
}

bool ProfilePage::isComplete() const
{
    return m_profile->currentIndex() >= 0;
}

bool ProfilePage::validatePage()
{
    if (m_profile->currentIndex() < 0) {
        return false;
    }
    m_wizard->draft().profileId = m_profile->currentData().toLongLong();
    return true;
}

} // namespace ferry::ui
