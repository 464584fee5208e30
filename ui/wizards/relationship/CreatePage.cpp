#include "CreatePage.h"

#include "RelationshipWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ferry::ui {

CreatePage::CreatePage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_profile(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Create"));
    setSubTitle(tr("Check the summary, name the relationship and its first profile, and create them."));
    setButtonText(QWizard::CommitButton, tr("&Create"));
    setCommitPage(true);
    m_name->setObjectName(QStringLiteral("relationshipNameEdit"));
    m_profile->setObjectName(QStringLiteral("profileNameEdit"));
    m_summary->setObjectName(QStringLiteral("createSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Relationship name:"), m_name);
    form->addRow(tr("First &profile name:"), m_profile);
    body()->addLayout(form);
    body()->addSpacing(8);
    body()->addWidget(m_summary);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_profile, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void CreatePage::initializePage()
{
    const RelationshipWizardDraft& draft = wizardAs<RelationshipWizard>()->draft();
    if (m_name->text().isEmpty()) {
        // e.g. "www-prod1": the site and the remote server's first name label.
        QString host = draft.host.section(QLatin1Char('.'), 0, 0);
        host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("-"));
        m_name->setText(draft.localSite.name + QLatin1Char('-') + host);
        m_profile->setText(draft.localSite.name + QLatin1Char('-') + host);
    }
    QStringList lines;
    lines << tr("Local site: %1 (%2)").arg(draft.localSite.name, draft.localSite.filesRoot);
    lines << tr("Remote site: https://%1:%2/%3").arg(draft.host).arg(draft.port).arg(draft.remoteSite);
    lines << tr("Certificate shown: %1 (%2)").arg(draft.credentials.subject, draft.credentials.certificatePath);
    lines << (draft.pinFingerprint ? tr("Agent's certificate pinned: %1").arg(draft.report.agentFingerprint)
                                   : tr("Agent's certificate: any issued by a trusted CA"));
    lines << (draft.bypassProxy ? tr("Connection: direct, bypassing any proxy")
                                : draft.proxyUrl.isEmpty() ? tr("Connection: the system's proxy settings")
                                                           : tr("Connection: through %1").arg(draft.proxyUrl));
    lines << tr("Tables: %1").arg(draft.tables.isEmpty() ? tr("none") : draft.tables.join(QStringLiteral(", ")));
    lines << (draft.localToRemote ? tr("First copy and profile direction: from this server to the remote site (upload)")
                                  : tr("First copy and profile direction: from the remote site to this server (download)"));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

bool CreatePage::inputComplete() const
{
    return !m_name->text().trimmed().isEmpty() && !m_profile->text().trimmed().isEmpty();
}

bool CreatePage::startWork()
{
    RelationshipWizard* wizard = wizardAs<RelationshipWizard>();
    const RelationshipWizardDraft& draft = wizard->draft();
    RelationshipDraft relationship;
    relationship.name = m_name->text().trimmed();
    relationship.siteName = draft.localSite.name;
    relationship.remoteUrl = QStringLiteral("https://%1:%2/%3").arg(draft.host).arg(draft.port).arg(draft.remoteSite);
    relationship.certificatePath = draft.certificatePath;
    relationship.keyPath = draft.keyPath;
    relationship.caPath = draft.caPath;
    relationship.pinnedFingerprint = draft.pinFingerprint ? draft.report.agentFingerprint : QString();
    relationship.proxyUrl = draft.proxyUrl;
    relationship.bypassProxy = draft.bypassProxy;
    ProfileDraft profile;
    profile.name = m_profile->text().trimmed();
    profile.relationshipName = relationship.name;
    profile.direction = draft.localToRemote ? Direction::Upload : Direction::Download;
    profile.tables = draft.tables;
    wizard->service()->create(relationship, profile, [self = QPointer(this), wizard](const Result<CreatedRelationship>& result) {
        if (!self) {
            return;  // the wizard was closed meanwhile; what was stored shows in the views
        }
        if (result) {
            wizard->draft().created = result.value();
        }
        self->finish(result ? QString() : result.errorMessage());
    });
    return false;
}

} // namespace ferry::ui
