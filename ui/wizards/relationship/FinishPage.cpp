#include "FinishPage.h"

#include "RelationshipWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

FinishPage::FinishPage(QWidget* parent)
    : QWizardPage(parent)
    , m_summary(new QLabel(this))
    , m_startNow(new QCheckBox(tr("&Start the initial sync now"), this))
{
    setTitle(tr("Done"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("finishSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startNow->setObjectName(QStringLiteral("startSyncCheck"));
    auto* later = new QLabel(tr("Or later: Profiles → Run Now, or on the command line: ferryctl sync PROFILE --yes"), this);
    later->setWordWrap(true);
    later->setForegroundRole(QPalette::PlaceholderText);
    later->setIndent(24);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_startNow);
    layout->addWidget(later);
    layout->addStretch(1);
}

void FinishPage::initializePage()
{
    const CreatedRelationship& created = qobject_cast<RelationshipWizard*>(wizard())->draft().created;
    m_summary->setText(tr("The relationship %1 and its profile %2 are stored. Nothing has been copied yet: the first "
                          "sync copies everything in the direction you chose.")
                           .arg(created.relationship.name, created.profile.name));
}

bool FinishPage::startNow() const
{
    return m_startNow->isChecked();
}

} // namespace ferry::ui
