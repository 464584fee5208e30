#include "DirectionPage.h"

#include "RelationshipWizard.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ferry::ui {

DirectionPage::DirectionPage(QWidget* parent)
    : AsyncWizardPage(parent)
    , m_localToRemote(new QRadioButton(this))
    , m_remoteToLocal(new QRadioButton(this))
    , m_pushNote(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setTitle(tr("The first copy"));
    setSubTitle(tr("The two sites start from one side's content. Choose which one is right."));
    m_localToRemote->setObjectName(QStringLiteral("localToRemoteChoice"));
    m_remoteToLocal->setObjectName(QStringLiteral("remoteToLocalChoice"));
    m_pushNote->setObjectName(QStringLiteral("pushNote"));
    m_pushNote->setWordWrap(true);
    m_pushNote->setIndent(24);
    m_pushNote->setForegroundRole(QPalette::PlaceholderText);
    m_warning->setObjectName(QStringLiteral("directionWarning"));
    m_warning->setWordWrap(true);
    m_warning->setMargin(10);
    m_warning->setStyleSheet(QStringLiteral("background: #fff4e5; color: #663c00; border: 1px solid #ffd8a8; border-radius: 4px;"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_localToRemote);
    group->addButton(m_remoteToLocal);
    body()->addWidget(m_localToRemote);
    body()->addWidget(m_pushNote);
    body()->addWidget(m_remoteToLocal);
    body()->addSpacing(10);
    body()->addWidget(m_warning);
    connect(m_localToRemote, &QRadioButton::toggled, this, &DirectionPage::describe);
}

void DirectionPage::initializePage()
{
    const RelationshipWizardDraft& draft = wizardAs<RelationshipWizard>()->draft();
    const QString remote = draft.remoteSite + QStringLiteral(" @ ") + draft.host;
    m_localToRemote->setText(tr("From %1 (this server) to %2").arg(draft.localSite.name, remote));
    m_remoteToLocal->setText(tr("From %1 to %2 (this server)").arg(remote, draft.localSite.name));
    const bool mayPush = draft.report.mayPush.value_or(true);
    m_localToRemote->setEnabled(mayPush);
    m_pushNote->setVisible(!mayPush);
    m_pushNote->setText(tr("Not possible: the agent does not let this server push to %1.").arg(draft.remoteSite));
    if (!mayPush) {
        m_remoteToLocal->setChecked(true);
    } else if (!m_localToRemote->isChecked() && !m_remoteToLocal->isChecked()) {
        m_localToRemote->setChecked(draft.localToRemote);
        m_remoteToLocal->setChecked(!draft.localToRemote);
    }
    describe();
}

void DirectionPage::describe()
{
    const RelationshipWizardDraft& draft = wizardAs<RelationshipWizard>()->draft();
    const QString tables = draft.tables.isEmpty() ? QString() : draft.tables.join(QStringLiteral(", "));
    if (m_localToRemote->isChecked()) {
        m_warning->setText(
            (tables.isEmpty()
                 ? tr("Warning: the files of site %1 on %2 will be made identical to those of %3 here. Files there that "
                      "are not here will be deleted, and files that differ will be overwritten.")
                       .arg(draft.remoteSite, draft.host, draft.localSite.name)
                 : tr("Warning: the files of site %1 on %2 and the rows of its tables %3 will be made identical to "
                      "those of %4 here. Files and rows there that are not here will be deleted, and those that differ "
                      "will be overwritten.")
                       .arg(draft.remoteSite, draft.host, tables, draft.localSite.name))
            + QLatin1Char(' ') + tr("Replaced files are kept in that server's versions area."));
    } else {
        m_warning->setText(
            (tables.isEmpty()
                 ? tr("Warning: the files in %1 (site %2, this server) will be made identical to those of %3 on %4. "
                      "Files here that are not there will be deleted, and files that differ will be overwritten.")
                       .arg(draft.localSite.filesRoot, draft.localSite.name, draft.remoteSite, draft.host)
                 : tr("Warning: the files in %1 (site %2, this server) and the rows of its tables %3 will be made "
                      "identical to those of %4 on %5. Files and rows here that are not there will be deleted, and "
                      "those that differ will be overwritten.")
                       .arg(draft.localSite.filesRoot, draft.localSite.name, tables, draft.remoteSite, draft.host))
            + QLatin1Char(' ') + tr("Replaced files are kept in this server's versions area."));
    }
}

QString DirectionPage::inputProblem() const
{
    if (!m_localToRemote->isChecked() && !m_remoteToLocal->isChecked()) {
        return tr("Choose the side the first copy starts from.");
    }
    return {};
}

bool DirectionPage::startWork()
{
    wizardAs<RelationshipWizard>()->draft().localToRemote = m_localToRemote->isChecked();
    return true;
}

} // namespace ferry::ui
