#include "IssuePage.h"

#include "SecurityWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ferry::ui {
namespace {

QStringList splitList(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

IssuePage::IssuePage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_node(new QLineEdit(this))
    , m_hosts(new QLineEdit(this))
    , m_addresses(new QLineEdit(this))
{
    setTitle(tr("Certificate for a server"));
    setSubTitle(tr("The server's certificate serves as both TLS server and client, for two years."));
    m_node->setObjectName(QStringLiteral("nodeNameEdit"));
    m_node->setPlaceholderText(tr("e.g. prod1"));
    m_hosts->setObjectName(QStringLiteral("hostsEdit"));
    m_hosts->setPlaceholderText(tr("e.g. prod1.example.org, www.example.org"));
    m_addresses->setObjectName(QStringLiteral("addressesEdit"));
    m_addresses->setPlaceholderText(tr("e.g. 203.0.113.10"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Server name:"), m_node);
    form->addRow(tr("&Host names:"), m_hosts);
    form->addRow(tr("&IP addresses:"), m_addresses);
    body()->addLayout(form);
    auto* note = new QLabel(tr("Other servers reach this one by these names and addresses; separate several with "
                               "commas. The server name is included as a host name."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    body()->addWidget(note);
    connect(m_node, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void IssuePage::setRequest(const QString& node, const QStringList& hosts, const QStringList& addresses)
{
    m_node->setText(node);
    QStringList others = hosts;
    others.removeAll(node);
    m_hosts->setText(others.join(QStringLiteral(", ")));
    m_addresses->setText(addresses.join(QStringLiteral(", ")));
}

bool IssuePage::inputComplete() const
{
    return !m_node->text().trimmed().isEmpty();
}

bool IssuePage::startWork()
{
    NodeRequest request;
    request.name = m_node->text().trimmed();
    request.hosts = splitList(m_hosts->text());
    request.addresses = splitList(m_addresses->text());
    SecurityWizard* wizard = wizardAs<SecurityWizard>();
    wizard->service()->issue(request, [this, wizard](const Result<IssuedNode>& result) {
        if (result) {
            wizard->draft().node = result.value();
        }
        finish(result ? QString() : result.errorMessage());
    });
    return false;
}

} // namespace ferry::ui
