#include "IntroPage.h"

#include "SecurityWizard.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ferry::ui {

IntroPage::IntroPage(QWidget* parent)
    : QWizardPage(parent)
    , m_issue(new QRadioButton(tr("Issue a certificate for a server (on the staging server)"), this))
    , m_apply(new QRadioButton(tr("Apply a bundle received from another installation (on a production server)"), this))
{
    setTitle(tr("Certificates"));
    setSubTitle(tr("Servers trust each other through certificates from this installation's certificate authority."));
    m_issue->setObjectName(QStringLiteral("issueChoice"));
    m_apply->setObjectName(QStringLiteral("applyChoice"));
    m_issue->setChecked(true);

    auto* issueText = new QLabel(tr("Creates this installation's certificate authority if it has none, issues a "
                                    "certificate for a named server and exports it as a bundle protected by a "
                                    "passphrase, to carry to that server."),
                                 this);
    auto* applyText = new QLabel(tr("Reads a bundle (.p12) exported on the staging server, checks it and makes it "
                                    "this server's certificate."),
                                 this);
    for (QLabel* label : {issueText, applyText}) {
        label->setWordWrap(true);
        label->setIndent(24);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_issue);
    layout->addWidget(issueText);
    layout->addSpacing(12);
    layout->addWidget(m_apply);
    layout->addWidget(applyText);
    layout->addStretch(1);
}

int IntroPage::nextId() const
{
    return m_apply->isChecked() ? SecurityWizard::ApplyPageId : SecurityWizard::CaPageId;
}

} // namespace ferry::ui
