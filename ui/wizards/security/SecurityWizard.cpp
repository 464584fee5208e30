#include "SecurityWizard.h"

#include "ApplyPage.h"
#include "CaPage.h"
#include "ConfirmPage.h"
#include "DonePage.h"
#include "ExportPage.h"
#include "IntroPage.h"
#include "IssuePage.h"

#include <QAbstractButton>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecurityWizard, "ferry.ui.wizard", QtInfoMsg)

namespace ferry::ui {

SecurityWizard::SecurityWizard(CertificateService* service, const TrustOverview& overview, QWidget* parent)
    : QWizard(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("securityWizard"));
    setWindowTitle(tr("Certificates"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(640, 460);
    m_draft.hadCa = overview.hasCa;
    m_draft.ca = overview.ca;

    setPage(IntroPageId, new IntroPage(this));
    setPage(CaPageId, new CaPage(this));
    setPage(IssuePageId, new IssuePage(this));
    setPage(ExportPageId, new ExportPage(this));
    setPage(ApplyPageId, new ApplyPage(this));
    setPage(ConfirmPageId, new ConfirmPage(this));
    setPage(DonePageId, new DonePage(this));
    const std::pair<QWizard::WizardButton, const char*> buttons[] = {
        {QWizard::NextButton, "wizardNextButton"},
        {QWizard::BackButton, "wizardBackButton"},
        {QWizard::FinishButton, "wizardFinishButton"},
        {QWizard::CancelButton, "wizardCancelButton"},
    };
    for (const auto& [which, name] : buttons) {
        button(which)->setObjectName(QString::fromLatin1(name));
    }
    setStartId(IntroPageId);
}

void SecurityWizard::startRotation(const QString& node, const QStringList& hosts, const QStringList& addresses)
{
    qobject_cast<IssuePage*>(page(IssuePageId))->setRequest(node, hosts, addresses);
    setStartId(IssuePageId);
    restart();
}

} // namespace ferry::ui
