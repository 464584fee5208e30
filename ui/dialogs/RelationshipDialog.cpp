#include "RelationshipDialog.h"

#include "services/RelationshipService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ferry::ui {

RelationshipDialog::RelationshipDialog(RelationshipService* service, const Relationship& relationship, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_name(relationship.name)
    , m_pin(new QLineEdit(relationship.pinnedFingerprint, this))
    , m_systemProxy(new QRadioButton(tr("Use the system's proxy settings"), this))
    , m_proxy(new QRadioButton(tr("Use this proxy:"), this))
    , m_bypass(new QRadioButton(tr("Connect directly, bypassing any proxy"), this))
    , m_proxyUrl(new QLineEdit(relationship.proxyUrl.toString(), this))
    , m_acceptPushes(new QCheckBox(tr("Accept pushes from the remote site"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("relationshipDialog"));
    setWindowTitle(tr("Edit Relationship %1").arg(relationship.name));
    setMinimumWidth(620);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setPlaceholderText(tr("empty: any certificate from a trusted CA"));
    m_systemProxy->setObjectName(QStringLiteral("systemProxyChoice"));
    m_proxy->setObjectName(QStringLiteral("proxyChoice"));
    m_bypass->setObjectName(QStringLiteral("bypassProxyChoice"));
    m_proxyUrl->setObjectName(QStringLiteral("proxyUrlEdit"));
    m_acceptPushes->setObjectName(QStringLiteral("acceptPushesCheck"));
    m_acceptPushes->setChecked(relationship.acceptPushes);
    auto* group = new QButtonGroup(this);
    group->addButton(m_systemProxy);
    group->addButton(m_proxy);
    group->addButton(m_bypass);
    (relationship.bypassProxy ? m_bypass : relationship.proxyUrl.isEmpty() ? m_systemProxy : m_proxy)->setChecked(true);
    m_proxyUrl->setEnabled(m_proxy->isChecked());
    connect(m_proxy, &QRadioButton::toggled, m_proxyUrl, &QLineEdit::setEnabled);

    auto* identity = new QLabel(tr("%1 → %2. To change the address, the sites or the certificates, create a new "
                                   "relationship.")
                                    .arg(relationship.name, relationship.remoteUrl.toDisplayString()),
                                this);
    identity->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Pinned certificate:"), m_pin);
    auto* proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxy);
    proxyRow->addWidget(m_proxyUrl, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(identity);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Connection:"), this));
    layout->addWidget(m_systemProxy);
    layout->addLayout(proxyRow);
    layout->addWidget(m_bypass);
    layout->addWidget(m_acceptPushes);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RelationshipDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RelationshipDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RelationshipDialog::save()
{
    RelationshipChange change;
    change.pinnedFingerprint = m_pin->text().trimmed();
    change.proxyUrl = m_proxy->isChecked() ? m_proxyUrl->text().trimmed() : QString();
    change.bypassProxy = m_bypass->isChecked();
    change.acceptPushes = m_acceptPushes->isChecked();
    m_error->hide();
    m_save->setEnabled(false);
    m_service->updateRelationship(m_name, change, [self = QPointer(this)](const Result<Relationship>& result) {
        if (!self) {
            return;
        }
        self->m_save->setEnabled(true);
        if (!result) {
            self->m_error->setText(result.errorMessage());
            self->m_error->show();
            return;
        }
        self->accept();
    });
}

} // namespace ferry::ui
