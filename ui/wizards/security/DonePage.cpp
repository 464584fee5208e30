#include "DonePage.h"

#include "SecurityWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

DonePage::DonePage(QWidget* parent)
    : QWizardPage(parent)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Done"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void DonePage::initializePage()
{
    m_summary->setText(qobject_cast<SecurityWizard*>(wizard())->draft().summary);
}

} // namespace ferry::ui
