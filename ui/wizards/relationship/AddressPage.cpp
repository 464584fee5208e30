#include "AddressPage.h"

#include "RelationshipWizard.h"
#include "site/SiteRegistry.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::ui {

AddressPage::AddressPage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_site(new QLineEdit(this))
    , m_systemProxy(new QRadioButton(tr("Use the system's proxy settings"), this))
    , m_proxy(new QRadioButton(tr("Use this proxy:"), this))
    , m_bypass(new QRadioButton(tr("Connect directly, bypassing any proxy"), this))
    , m_proxyUrl(new QLineEdit(this))
{
    setTitle(tr("Remote agent"));
    setSubTitle(tr("The other server runs the Ferry agent (ferryd). Give its address and the name of the site "
                   "there to pair with."));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("e.g. prod1.example.org or 203.0.113.10"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setValue(defaultPort);
    m_site->setObjectName(QStringLiteral("remoteSiteEdit"));
    m_site->setPlaceholderText(tr("e.g. www"));
    m_systemProxy->setObjectName(QStringLiteral("systemProxyChoice"));
    m_proxy->setObjectName(QStringLiteral("proxyChoice"));
    m_bypass->setObjectName(QStringLiteral("bypassProxyChoice"));
    m_proxyUrl->setObjectName(QStringLiteral("proxyUrlEdit"));
    m_proxyUrl->setPlaceholderText(tr("http://proxy.example.org:3128 or socks5://HOST:PORT"));
    m_proxyUrl->setEnabled(false);
    m_systemProxy->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_systemProxy);
    group->addButton(m_proxy);
    group->addButton(m_bypass);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Remote &site:"), m_site);
    body()->addLayout(form);
    auto* proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxy);
    proxyRow->addWidget(m_proxyUrl, 1);
    body()->addSpacing(8);
    body()->addWidget(new QLabel(tr("Connection:"), this));
    body()->addWidget(m_systemProxy);
    body()->addLayout(proxyRow);
    body()->addWidget(m_bypass);
    connect(m_proxy, &QRadioButton::toggled, m_proxyUrl, &QLineEdit::setEnabled);
    connect(m_host, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_site, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool AddressPage::inputComplete() const
{
    return !m_host->text().trimmed().isEmpty() && !m_site->text().trimmed().isEmpty();
}

QString AddressPage::inputProblem() const
{
    const QString host = m_host->text().trimmed();
    static const QRegularExpression hostName(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    if (QHostAddress(host).isNull() && !hostName.match(host).hasMatch()) {
        return tr("'%1' is not a host name or an IP address. Give the server's name (prod1.example.org) or "
                  "address (203.0.113.10), without https:// or a path.")
            .arg(host);
    }
    if (m_port->value() < 1) {
        return tr("Enter the agent's port, from 1 to 65535 (ferryd --listen HOST:PORT on that server; %1 by default).")
            .arg(defaultPort);
    }
    const QString site = m_site->text().trimmed();
    if (QUuid::fromString(site).isNull()) {
        if (auto valid = SiteRegistry::validateName(site); !valid) {
            return valid.errorMessage();
        }
    }
    if (m_proxy->isChecked()) {
        const QUrl proxy(m_proxyUrl->text().trimmed(), QUrl::StrictMode);
        if (!proxy.isValid() || proxy.host().isEmpty()
            || (proxy.scheme() != QLatin1String("http") && proxy.scheme() != QLatin1String("socks5"))) {
            return tr("'%1' is not a proxy address. Use http://HOST:PORT or socks5://HOST:PORT, or choose another "
                      "connection.")
                .arg(m_proxyUrl->text().trimmed());
        }
        if (!proxy.password().isEmpty()) {
            return tr("Leave the password out of the proxy address: Ferry never stores passwords in its settings.");
        }
    }
    return {};
}

bool AddressPage::startWork()
{
    RelationshipWizardDraft& draft = wizardAs<RelationshipWizard>()->draft();
    draft.host = m_host->text().trimmed();
    draft.port = m_port->value();
    draft.remoteSite = m_site->text().trimmed();
    draft.proxyUrl = m_proxy->isChecked() ? m_proxyUrl->text().trimmed() : QString();
    draft.bypassProxy = m_bypass->isChecked();
    return true;
}

} // namespace ferry::ui
