#include "RelationshipWizard.h"

#include "AddressPage.h"
#include "CertificatePage.h"
#include "ConnectionPage.h"
#include "CreatePage.h"
#include "DirectionPage.h"
#include "FinishPage.h"
#include "LocalSitePage.h"
#include "RemoteSitePage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRelationshipWizard, "ferry.ui.wizard.relationship", QtInfoMsg)

namespace ferry::ui {

RelationshipWizard::RelationshipWizard(RelationshipService* service, const HomeSnapshot& snapshot, QWidget* parent)
    : QWizard(parent)
    , m_service(service)
    , m_snapshot(snapshot)
{
    setObjectName(QStringLiteral("relationshipWizard"));
    setWindowTitle(tr("New Relationship"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(720, 540);

    setPage(LocalSitePageId, new LocalSitePage(this));
    setPage(AddressPageId, new AddressPage(this));
    setPage(CertificatePageId, new CertificatePage(this));
    setPage(ConnectionPageId, new ConnectionPage(this));
    setPage(RemoteSitePageId, new RemoteSitePage(this));
    setPage(DirectionPageId, new DirectionPage(this));
    setPage(CreatePageId, new CreatePage(this));
    setPage(FinishPageId, new FinishPage(this));
    const std::pair<QWizard::WizardButton, const char*> buttons[] = {
        {QWizard::NextButton, "wizardNextButton"},
        {QWizard::BackButton, "wizardBackButton"},
        {QWizard::FinishButton, "wizardFinishButton"},
        {QWizard::CancelButton, "wizardCancelButton"},
    };
    for (const auto& [which, name] : buttons) {
        button(which)->setObjectName(QString::fromLatin1(name));
    }
    setStartId(LocalSitePageId);
}

const HelloSite* RelationshipWizard::remoteSiteEntry() const
{
    return m_draft.report.hello ? m_draft.report.hello->site(m_draft.remoteSite) : nullptr;
}

void RelationshipWizard::done(int result)
{
    if (result == QDialog::Accepted && m_draft.created.profile.id != 0) {
        m_initialSyncChosen = qobject_cast<FinishPage*>(page(FinishPageId))->startNow();
        qCInfo(lcRelationshipWizard) << "relationship" << m_draft.created.relationship.name << "created; initial sync"
                                     << (m_initialSyncChosen ? "now" : "later");
        if (m_initialSyncChosen) {
            emit initialSyncRequested(m_draft.created.profile.id);
        }
    }
    QWizard::done(result);
}

} // namespace ferry::ui
