#include "ApplyPage.h"

#include "SecurityWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ferry::ui {

ApplyPage::ApplyPage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_passphrase(new QLineEdit(this))
{
    setTitle(tr("Apply a bundle"));
    setSubTitle(tr("Choose the bundle (.p12) exported on the staging server, and type the passphrase it was "
                   "exported with."));
    m_path->setObjectName(QStringLiteral("applyPathEdit"));
    m_browse->setObjectName(QStringLiteral("browseApplyButton"));
    m_passphrase->setObjectName(QStringLiteral("applyPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    // A row holding a layout gets no buddy from addRow(): set it, so Alt+B reaches the field.
    auto* pathLabel = new QLabel(tr("&Bundle file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    body()->addLayout(form);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_passphrase, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &ApplyPage::choosePath);
}

void ApplyPage::choosePath()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Apply Bundle"), m_path->text(),
                                                      tr("PKCS#12 bundles (*.p12 *.pfx)"));
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
    }
}

bool ApplyPage::inputComplete() const
{
    return !m_path->text().trimmed().isEmpty() && !m_passphrase->text().isEmpty();
}

bool ApplyPage::startWork()
{
    SecurityWizard* wizard = wizardAs<SecurityWizard>();
    ImportRequest request;
    request.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    request.passphrase = m_passphrase->text().toUtf8();
    wizard->service()->inspect(request, [this, wizard, request](const Result<ImportPreview>& result) {
        if (result && result->kind != ImportPreview::Kind::NodeBundle) {
            finish(tr("%1 is not a node bundle. Import a CA certificate from the Certificates view, or with: "
                      "ferryctl cert import FILE")
                       .arg(request.path));
            return;
        }
        if (result) {
            wizard->draft().import = request;
            wizard->draft().preview = result.value();
        }
        finish(result ? QString() : result.errorMessage());
    });
    return false;
}

} // namespace ferry::ui
