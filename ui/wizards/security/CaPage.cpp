#include "CaPage.h"

#include "SecurityWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QVBoxLayout>

namespace ferry::ui {

CaPage::CaPage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_keyType(new QComboBox(this))
    , m_existing(new QLabel(this))
    , m_form(new QWidget(this))
{
    setTitle(tr("Certificate authority"));
    m_name->setObjectName(QStringLiteral("caNameEdit"));
    m_name->setMaxLength(64);
    m_name->setText(tr("%1 CA").arg(QSysInfo::machineHostName()));
    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    m_keyType->addItem(tr("EC P-256 (recommended)"), int(KeyType::EcP256));
    m_keyType->addItem(tr("RSA 3072"), int(KeyType::Rsa3072));
    m_existing->setObjectName(QStringLiteral("existingCaLabel"));
    m_existing->setWordWrap(true);
    m_existing->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Key:"), m_keyType);
    auto* note = new QLabel(tr("The authority is valid for ten years. Its private key is encrypted; the passphrase "
                               "goes to the system keychain."),
                            m_form);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    body()->addWidget(m_existing);
    body()->addWidget(m_form);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void CaPage::initializePage()
{
    const SecurityDraft& draft = wizardAs<SecurityWizard>()->draft();
    m_form->setVisible(!draft.hadCa);
    m_existing->setVisible(draft.hadCa);
    if (draft.hadCa) {
        setSubTitle(tr("This installation has its certificate authority already; it will issue the certificate."));
        m_existing->setText(tr("<b>%1</b><br>SHA-256 %2<br>Valid until %3")
                                .arg(draft.ca.commonName.toHtmlEscaped(), draft.ca.fingerprint,
                                     QLocale().toString(draft.ca.notAfter.toLocalTime().date(), QLocale::LongFormat)));
    } else {
        setSubTitle(tr("This installation has no certificate authority yet. Name it after the installation, e.g. "
                       "\"Example Ltd staging\"."));
    }
}

bool CaPage::inputComplete() const
{
    return wizardAs<SecurityWizard>() && (wizardAs<SecurityWizard>()->draft().hadCa || !m_name->text().trimmed().isEmpty());
}

bool CaPage::startWork()
{
    SecurityWizard* wizard = wizardAs<SecurityWizard>();
    if (wizard->draft().hadCa) {
        return true;
    }
    wizard->service()->createCa(m_name->text().trimmed(), KeyType(m_keyType->currentData().toInt()),
                                [this, wizard](const Result<CaCreated>& result) {
                                    if (result) {
                                        wizard->draft().hadCa = true;
                                        wizard->draft().ca = result->certificate;
                                    }
                                    finish(result ? QString() : result.errorMessage());
                                });
    return false;
}

} // namespace ferry::ui
