#include "AddSiteDialog.h"

#include "services/HomeService.h"
#include "site/SiteRegistry.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ferry::ui {

AddSiteDialog::AddSiteDialog(HomeService* home, QWidget* parent)
    : QDialog(parent)
    , m_home(home)
    , m_name(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_stage(new QSpinBox(this))
    , m_keepVersions(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addSiteDialog"));
    setWindowTitle(tr("Add Site"));

    m_name->setObjectName(QStringLiteral("siteNameEdit"));
    m_name->setPlaceholderText(tr("e.g. www-staging"));
    m_name->setMaxLength(SiteRegistry::maxNameLength);
    m_folder->setObjectName(QStringLiteral("filesFolderEdit"));
    m_folder->setPlaceholderText(tr("the folder that holds the site's files"));
    m_stage->setObjectName(QStringLiteral("stageSpin"));
    m_stage->setRange(0, SiteRegistry::maxStage);
    m_stage->setToolTip(tr("0 for the author (staging) site; production sites come later in the publishing order."));
    m_keepVersions->setObjectName(QStringLiteral("keepVersionsSpin"));
    m_keepVersions->setRange(1, SiteRegistry::maxKeepVersionsDays);
    m_keepVersions->setValue(Site().keepVersionsDays);
    m_keepVersions->setSuffix(tr(" days"));
    m_keepVersions->setToolTip(tr("A file a sync overwrites or deletes on this site is kept in the site's versions area "
                                  "for this many days, and can be restored with 'ferryctl versions restore'."));

    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &AddSiteDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* intro = new QLabel(tr("A site is a web site on this server. Ferry gives it a permanent identifier that its "
                                "peers will know it by."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    // A row of two widgets has no buddy of its own: without one the label showed its "&".
    auto* folderLabel = new QLabel(tr("&Files folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Keep replaced files:"), m_keepVersions);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Site"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddSiteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddSiteDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddSiteDialog::updateValidity);
    connect(m_folder, &QLineEdit::textChanged, this, &AddSiteDialog::updateValidity);
    connect(m_home, &HomeService::siteAdded, this, [this](const Site&) {
        if (m_busy) {
            setBusy(false);
            QDialog::accept();
        }
    });
    connect(m_home, &HomeService::siteAddFailed, this, [this](const QString& message) {
        if (m_busy) {
            setBusy(false);
            showError(message);
        }
    });
    updateValidity();
}

void AddSiteDialog::updateValidity()
{
    const QString name = m_name->text().trimmed();
    const auto valid = SiteRegistry::validateName(name);
    if (!name.isEmpty() && !valid) {
        showError(valid.errorMessage());
    } else {
        m_error->hide();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && valid && !m_folder->text().trimmed().isEmpty());
}

void AddSiteDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Site's Files Folder"),
                                                             m_folder->text().isEmpty() ? QDir::homePath()
                                                                                        : m_folder->text());
    if (!folder.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(folder));
    }
}

void AddSiteDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void AddSiteDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setEnabled(!busy);
    m_folder->setEnabled(!busy);
    m_stage->setEnabled(!busy);
    m_keepVersions->setEnabled(!busy);
    updateValidity();
}

void AddSiteDialog::accept()
{
    if (m_busy) {
        return;
    }
    setBusy(true);
    m_home->addSite(SiteDraft{.name = m_name->text().trimmed(),
                              .filesRoot = QDir::fromNativeSeparators(m_folder->text().trimmed()),
                              .stage = m_stage->value(),
                              .keepVersionsDays = m_keepVersions->value()});
}

} // namespace ferry::ui
