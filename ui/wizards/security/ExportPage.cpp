#include "ExportPage.h"

#include "SecurityWizard.h"
#include "security/Pkcs12Bundle.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::ui {

ExportPage::ExportPage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_summary(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new QLabel(this))
{
    setTitle(tr("Export the bundle"));
    setSubTitle(tr("Carry the bundle to the server and apply it there. The passphrase protects the key on the way: "
                   "tell it to the other side by another channel."));
    m_summary->setObjectName(QStringLiteral("issuedSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setObjectName(QStringLiteral("bundlePathEdit"));
    m_browse->setObjectName(QStringLiteral("browseBundleButton"));
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_strength->setObjectName(QStringLiteral("strengthLabel"));
    for (QLineEdit* edit : {m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &ExportPage::updateHints);
    }
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportPage::choosePath);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    // A row holding a layout gets no buddy from addRow(): set it, so Alt+B reaches the field.
    auto* pathLabel = new QLabel(tr("&Bundle file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(QString(), m_strength);
    body()->addWidget(m_summary);
    body()->addSpacing(8);
    body()->addLayout(form);
}

void ExportPage::initializePage()
{
    const IssuedNode& node = wizardAs<SecurityWizard>()->draft().node;
    const CertificateInfo& c = node.issued.certificate;
    m_summary->setText(tr("Issued <b>%1</b> for %2, valid until %3.<br>SHA-256 %4")
                           .arg(c.commonName.toHtmlEscaped(), (c.hosts + c.addresses).join(QStringLiteral(", ")).toHtmlEscaped(),
                                QLocale().toString(c.notAfter.toLocalTime().date(), QLocale::LongFormat), c.fingerprint));
    if (m_path->text().isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(QDir::homePath() + QLatin1Char('/') + c.commonName + QStringLiteral(".p12")));
    }
    updateHints();
}

int ExportPage::nextId() const
{
    return SecurityWizard::DonePageId;
}

QString ExportPage::strengthHint(const QString& passphrase)
{
    if (passphrase.size() < Pkcs12Bundle::minimumPassphraseLength) {
        return tr("Too short: at least %1 characters.").arg(Pkcs12Bundle::minimumPassphraseLength);
    }
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !c.isLetterOrNumber();
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    const int score = int(passphrase.size()) + 4 * kinds;
    if (score >= 28) {
        return tr("Strong.");
    }
    return score >= 18 ? tr("Fair: a longer passphrase is stronger.") : tr("Weak: use a longer passphrase, or several words.");
}

void ExportPage::updateHints()
{
    QString text = strengthHint(m_passphrase->text());
    if (!m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text()) {
        text += QLatin1Char(' ') + tr("The two passphrases differ.");
    }
    m_strength->setText(text);
    emit completeChanged();
}

void ExportPage::choosePath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Bundle"), m_path->text(),
                                                      tr("PKCS#12 bundles (*.p12)"));
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
    }
}

bool ExportPage::inputComplete() const
{
    return !m_path->text().trimmed().isEmpty() && m_passphrase->text().size() >= Pkcs12Bundle::minimumPassphraseLength
           && m_passphrase->text() == m_repeat->text();
}

bool ExportPage::startWork()
{
    SecurityWizard* wizard = wizardAs<SecurityWizard>();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    wizard->service()->exportBundle(wizard->draft().node, path, m_passphrase->text().toUtf8(),
                                    [this, wizard](const Result<QString>& result) {
                                        if (result) {
                                            const CertificateInfo& c = wizard->draft().node.issued.certificate;
                                            wizard->draft().bundlePath = result.value();
                                            wizard->draft().summary =
                                                tr("The bundle for %1 is in %2. On that server, open this wizard and "
                                                   "apply it, or run: ferryctl cert import %3")
                                                    .arg(c.commonName, QDir::toNativeSeparators(result.value()),
                                                         QFileInfo(result.value()).fileName());
                                        }
                                        finish(result ? QString() : result.errorMessage());
                                    });
    return false;
}

} // namespace ferry::ui
