#include "ConfirmPage.h"

#include "SecurityWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ferry::ui {

ConfirmPage::ConfirmPage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_details(new QLabel(this))
    , m_trustCa(new QCheckBox(this))
{
    setTitle(tr("Check the bundle"));
    m_details->setObjectName(QStringLiteral("bundleDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustCa->setObjectName(QStringLiteral("trustCaCheck"));
    body()->addWidget(m_details);
    body()->addSpacing(8);
    body()->addWidget(m_trustCa);
    connect(m_trustCa, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void ConfirmPage::initializePage()
{
    const ImportPreview& preview = wizardAs<SecurityWizard>()->draft().preview;
    const CertificateInfo& c = preview.certificate;
    const CertificateInfo& ca = preview.issuingCa;
    setSubTitle(preview.issuerTrusted ? tr("The bundle was issued by a certificate authority this installation trusts.")
                                      : tr("The bundle was issued by a certificate authority this installation does "
                                           "not trust yet."));
    m_details->setText(tr("<p>Server certificate: <b>%1</b> (%2), valid until %3<br>SHA-256 %4</p>"
                          "<p>Issued by: <b>%5</b><br>SHA-256 <b>%6</b></p>")
                           .arg(c.commonName.toHtmlEscaped(), (c.hosts + c.addresses).join(QStringLiteral(", ")).toHtmlEscaped(),
                                QLocale().toString(c.notAfter.toLocalTime().date(), QLocale::LongFormat), c.fingerprint,
                                ca.commonName.toHtmlEscaped(), ca.fingerprint));
    m_trustCa->setVisible(!preview.issuerTrusted);
    m_trustCa->setChecked(false);
    m_trustCa->setText(tr("I compared this fingerprint with the one the staging server shows: trust %1")
                           .arg(ca.commonName));
}

bool ConfirmPage::inputComplete() const
{
    return wizardAs<SecurityWizard>() && (wizardAs<SecurityWizard>()->draft().preview.issuerTrusted || m_trustCa->isChecked());
}

bool ConfirmPage::startWork()
{
    SecurityWizard* wizard = wizardAs<SecurityWizard>();
    ImportRequest request = wizard->draft().import;
    request.trustCaFingerprint = m_trustCa->isChecked() ? wizard->draft().preview.issuingCa.fingerprint : QString();
    wizard->service()->importFile(request, [this, wizard](const Result<ImportPreview>& result) {
        if (result) {
            wizard->draft().summary = tr("This server's certificate is now %1, issued by %2. Allow the staging "
                                         "server's certificate as a peer to let it push.")
                                          .arg(result->certificate.commonName, result->issuingCa.commonName);
        }
        finish(result ? QString() : result.errorMessage());
    });
    return false;
}

} // namespace ferry::ui
