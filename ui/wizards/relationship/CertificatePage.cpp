#include "CertificatePage.h"

#include "RelationshipWizard.h"
#include "services/CertificateService.h"
#include "wizards/security/SecurityWizard.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ferry::ui {

CertificatePage::CertificatePage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_own(new QRadioButton(tr("This server's certificate"), this))
    , m_files(new QRadioButton(tr("A certificate and key from files"), this))
    , m_ownDetails(new QLabel(this))
    , m_certificate(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_wizardButton(new QPushButton(tr("Open the Certificates Wizard…"), this))
{
    setTitle(tr("Certificate"));
    setSubTitle(tr("The agent lets in only servers whose certificate was issued by a certificate authority it trusts."));
    m_own->setObjectName(QStringLiteral("ownCertificateChoice"));
    m_files->setObjectName(QStringLiteral("certificateFilesChoice"));
    m_ownDetails->setObjectName(QStringLiteral("ownCertificateDetails"));
    m_ownDetails->setWordWrap(true);
    m_ownDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ownDetails->setIndent(24);
    m_certificate->setObjectName(QStringLiteral("certificatePathEdit"));
    m_certificate->setPlaceholderText(tr("/path/to/NODE.crt"));
    m_key->setObjectName(QStringLiteral("keyPathEdit"));
    m_key->setPlaceholderText(tr("/path/to/NODE.key (readable by its owner only)"));
    m_ca->setObjectName(QStringLiteral("caPathEdit"));
    m_ca->setPlaceholderText(tr("optional: the CA the agent's certificate must chain to"));
    m_wizardButton->setObjectName(QStringLiteral("openCertificatesWizardButton"));
    m_own->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_own);
    group->addButton(m_files);

    body()->addWidget(m_own);
    body()->addWidget(m_ownDetails);
    body()->addWidget(m_files);
    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("Ce&rtificate:"), m_certificate);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&CA:"), m_ca);
    body()->addLayout(form);
    auto* note = new QLabel(tr("No certificate yet? On the staging server, the Certificates Wizard creates the "
                               "authority and issues one per server; on this server it applies the bundle you "
                               "received."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    body()->addSpacing(8);
    body()->addWidget(note);
    auto* row = new QHBoxLayout;
    row->addWidget(m_wizardButton);
    row->addStretch(1);
    body()->addLayout(row);
    connect(m_files, &QRadioButton::toggled, this, &CertificatePage::updateEnabled);
    connect(m_wizardButton, &QPushButton::clicked, this, &CertificatePage::openCertificatesWizard);
    updateEnabled();
}

void CertificatePage::updateEnabled()
{
    for (QLineEdit* edit : {m_certificate, m_key, m_ca}) {
        edit->setEnabled(m_files->isChecked());
    }
}

void CertificatePage::initializePage()
{
    readOwnCertificate();
}

void CertificatePage::readOwnCertificate()
{
    m_ownDetails->setText(tr("Reading…"));
    wizardAs<RelationshipWizard>()->service()->checkCredentials(
        {}, {}, {}, [label = QPointer<QLabel>(m_ownDetails)](const Result<CredentialSummary>& result) {
            if (!label) {
                return;
            }
            if (!result) {
                label->setText(result.errorMessage());
                return;
            }
            label->setText(tr("%1, valid until %2\nSHA-256 %3\nTrusts: %4")
                               .arg(result->subject, result->notAfter.toString(QStringLiteral("yyyy-MM-dd")),
                                    result->fingerprint, result->trustedCas.join(QStringLiteral(", "))));
        });
}

void CertificatePage::openCertificatesWizard()
{
    auto* service = new CertificateService(wizardAs<RelationshipWizard>()->service()->homePath(), this);
    connect(service, &CertificateService::overviewReady, this, [this, service](const TrustOverview& overview) {
        SecurityWizard wizard(service, overview, this);
        wizard.exec();
        service->deleteLater();
        readOwnCertificate();
    });
    connect(service, &CertificateService::loadFailed, this, [this, service](const QString& message) {
        showError(message);
        service->deleteLater();
    });
    service->refresh();
}

QString CertificatePage::inputProblem() const
{
    if (m_files->isChecked() && (m_certificate->text().trimmed().isEmpty() || m_key->text().trimmed().isEmpty())) {
        return tr("Give both the certificate file and its private key, or choose this server's certificate.");
    }
    return {};
}

bool CertificatePage::startWork()
{
    const bool files = m_files->isChecked();
    const QString certificate = files ? m_certificate->text().trimmed() : QString();
    const QString key = files ? m_key->text().trimmed() : QString();
    const QString ca = files ? m_ca->text().trimmed() : QString();
    RelationshipWizard* wizard = wizardAs<RelationshipWizard>();
    wizard->service()->checkCredentials(certificate, key, ca, [self = QPointer(this), wizard, certificate, key, ca](const Result<CredentialSummary>& result) {
        if (!self) {
            return;  // the wizard was closed meanwhile
        }
        if (result) {
            RelationshipWizardDraft& draft = wizard->draft();
            draft.certificatePath = certificate;
            draft.keyPath = key;
            draft.caPath = ca;
            draft.credentials = result.value();
        }
        self->finish(result ? QString() : result.errorMessage());
    });
    return false;
}

} // namespace ferry::ui
