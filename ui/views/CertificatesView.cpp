#include "CertificatesView.h"

#include "MessageBox.h"
#include "widgets/EmptyState.h"
#include "wizards/security/SecurityWizard.h"

#include <QColor>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::ui {
namespace {

// How soon an entry expires: none, within the warning threshold, or expired.
enum class Urgency { Fine, Soon, Expired, Unknown };

Urgency urgencyOf(const TrustEntry& entry, int warningDays)
{
    const CertificateInfo& c = entry.certificate;
    if (!c.notAfter.isValid() || entry.role == TrustEntry::Role::Revoked) {
        return Urgency::Unknown;
    }
    const qint64 days = c.daysLeft(QDateTime::currentDateTimeUtc());
    if (days < 0) {
        return Urgency::Expired;
    }
    return days < warningDays ? Urgency::Soon : Urgency::Fine;
}

} // namespace

CertificatesView::CertificatesView(const QString& homePath, QWidget* parent)
    : ViewPage(QStringLiteral("certificatesView"), tr("Certificates"),
               tr("Servers trust each other through certificates issued by this installation's certificate "
                  "authority."),
               parent)
    , m_service(new CertificateService(homePath, this))
    , m_table(nullptr)
    , m_banner(new QLabel(this))
    , m_rotate(new QPushButton(tr("Rotate…"), this))
    , m_untrust(new QPushButton(tr("Untrust"), this))
{
    using Column = RecordTableModel<TrustEntry>::Column;
    auto warningDays = [this]() { return m_overview.expiryWarningDays; };
    m_model = new RecordTableModel<TrustEntry>(
        {
            Column{tr("Subject"), [](const TrustEntry& e) {
                       return e.certificate.commonName.isEmpty() ? tr("(by fingerprint)") : e.certificate.commonName;
                   }},
            Column{tr("Role"), [](const TrustEntry& e) { return roleText(e.role); }},
            Column{tr("Expires"),
                   [](const TrustEntry& e) {
                       return e.certificate.notAfter.isValid()
                                  ? QLocale().toString(e.certificate.notAfter.toLocalTime().date(), QLocale::ShortFormat)
                                  : QString();
                   }},
            Column{tr("Days left"),
                   [warningDays](const TrustEntry& e) -> QVariant {
                       if (e.role == TrustEntry::Role::Revoked) {
                           return tr("revoked");
                       }
                       if (!e.certificate.notAfter.isValid()) {
                           return QString();
                       }
                       const qint64 days = e.certificate.daysLeft(QDateTime::currentDateTimeUtc());
                       return days < 0 ? tr("expired") : QLocale().toString(days);
                   },
                   [warningDays](const TrustEntry& e, int role) -> QVariant {
                       const Urgency urgency = urgencyOf(e, warningDays());
                       if (role == Qt::ForegroundRole) {
                           switch (urgency) {
                           case Urgency::Fine: return QColor(0x1b, 0x7f, 0x3b);
                           case Urgency::Soon: return QColor(0xb2, 0x5e, 0x00);
                           case Urgency::Expired: return QColor(0xb3, 0x26, 0x1e);
                           case Urgency::Unknown: return QVariant();
                           }
                       }
                       if (role == Qt::FontRole && (urgency == Urgency::Soon || urgency == Urgency::Expired)) {
                           QFont bold;
                           bold.setBold(true);
                           return bold;
                       }
                       if (role == Qt::UserRole) {
                           return int(urgency);
                       }
                       return QVariant();
                   }},
            Column{tr("SHA-256 fingerprint"), [](const TrustEntry& e) { return e.certificate.fingerprint; }},
        },
        this);

    auto* wizardButton = new QPushButton(QIcon(QStringLiteral(":/icons/certificates.svg")), tr("Certificates Wizard…"), this);
    wizardButton->setObjectName(QStringLiteral("securityWizardButton"));
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_rotate->setToolTip(tr("Issue a new key and certificate for the selected server"));
    m_untrust->setObjectName(QStringLiteral("untrustButton"));
    m_untrust->setToolTip(tr("Stop trusting the selected certificate, CA or peer"));
    connect(wizardButton, &QPushButton::clicked, this, &CertificatesView::openWizard);
    connect(m_rotate, &QPushButton::clicked, this, &CertificatesView::rotateSelected);
    connect(m_untrust, &QPushButton::clicked, this, &CertificatesView::untrustSelected);
    addAction(m_rotate);
    addAction(m_untrust);
    addAction(wizardButton);

    m_banner->setObjectName(QStringLiteral("expiryBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4e5; color: #6b3b00; border: 1px solid #f3d19e; border-radius: 4px;"));
    m_banner->hide();
    m_table = makeTable(m_model, QStringLiteral("certificatesTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CertificatesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesView::updateButtons);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_banner);
    column->addWidget(m_table, 1);

    auto* empty = new EmptyState(QStringLiteral(":/icons/certificates.svg"), tr("No certificates yet"),
                                 tr("This home has no certificate authority and trusts no other server yet. A "
                                    "certificate authority issues the certificates that let this installation and "
                                    "its production servers recognise each other. From a shell: "
                                    "ferryctl cert ca --name NAME"),
                                 this);
    QPushButton* start = empty->setAction(tr("Set Up Certificates…"));
    start->setObjectName(QStringLiteral("setUpCertificatesButton"));
    connect(start, &QPushButton::clicked, this, &CertificatesView::openWizard);
    setContent(content, empty);
    updateButtons();

    connect(m_service, &CertificateService::overviewReady, this, &CertificatesView::showOverview);
    m_service->refresh();
}

QString CertificatesView::roleText(TrustEntry::Role role)
{
    switch (role) {
    case TrustEntry::Role::OwnCa: return tr("This installation's CA");
    case TrustEntry::Role::Node: return tr("This server");
    case TrustEntry::Role::Issued: return tr("Issued");
    case TrustEntry::Role::TrustedCa: return tr("Trusted CA");
    case TrustEntry::Role::Peer: return tr("Allowed peer");
    case TrustEntry::Role::Revoked: return tr("Revoked");
    }
    return {};
}

void CertificatesView::showSnapshot(const HomeSnapshot&)
{
    // The main window refreshes every few seconds: the trust store may have changed under ferryctl.
    m_service->refresh();
}

void CertificatesView::showOverview(const TrustOverview& overview)
{
    m_overview = overview;
    m_model->setRecords(overview.entries);
    showContent(!overview.entries.empty());
    int soon = 0;
    int expired = 0;
    for (const TrustEntry& entry : overview.entries) {
        const Urgency urgency = urgencyOf(entry, overview.expiryWarningDays);
        soon += urgency == Urgency::Soon ? 1 : 0;
        expired += urgency == Urgency::Expired ? 1 : 0;
    }
    QStringList parts;
    if (expired > 0) {
        parts << tr("Expired: %n certificate(s).", nullptr, expired);
    }
    if (soon > 0) {
        parts << tr("Expiring within %1 days: %n certificate(s).", nullptr, soon).arg(overview.expiryWarningDays);
    }
    m_banner->setText(parts.join(QLatin1Char(' ')) + (parts.isEmpty() ? QString() : QLatin1Char(' ') + tr("Rotate them before servers stop trusting each other.")));
    m_banner->setVisible(!parts.isEmpty());
}

const TrustEntry* CertificatesView::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->record(rows.first().row());
}

void CertificatesView::updateButtons()
{
    const TrustEntry* entry = selectedEntry();
    m_rotate->setEnabled(entry && entry->role == TrustEntry::Role::Issued);
    m_untrust->setEnabled(entry
                          && (entry->role == TrustEntry::Role::Issued || entry->role == TrustEntry::Role::TrustedCa
                              || entry->role == TrustEntry::Role::Peer));
}

void CertificatesView::openWizard()
{
    auto* wizard = new SecurityWizard(m_service, m_overview, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, &CertificatesView::wizardClosed);
    wizard->open();
}

void CertificatesView::rotateSelected()
{
    const TrustEntry* entry = selectedEntry();
    if (!entry || entry->role != TrustEntry::Role::Issued) {
        return;
    }
    auto* wizard = new SecurityWizard(m_service, m_overview, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->startRotation(entry->certificate.commonName, entry->certificate.hosts, entry->certificate.addresses);
    connect(wizard, &QWizard::finished, this, &CertificatesView::wizardClosed);
    wizard->open();
}

void CertificatesView::untrustSelected()
{
    const TrustEntry* entry = selectedEntry();
    if (!entry) {
        return;
    }
    const TrustEntry chosen = *entry;
    const QString name = chosen.certificate.commonName.isEmpty() ? chosen.certificate.fingerprint : chosen.certificate.commonName;
    const QString question = chosen.role == TrustEntry::Role::Issued
                                 ? tr("Revoke the certificate issued to %1? Servers using it will no longer be trusted.").arg(name)
                                 : tr("Stop trusting %1? Servers relying on it will no longer be trusted.").arg(name);
    if (MessageBox::question(this, tr("Untrust"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    m_service->untrust(chosen.certificate.fingerprint, [this](const Result<TrustEntry>& result) {
        if (!result) {
            MessageBox::critical(this, tr("Untrust"), result.errorMessage());
        }
    });
}

} // namespace ferry::ui
