#include "ProfileDialog.h"

#include "ProfileContentEditor.h"
#include "ProfilePolicyEditor.h"
#include "services/RelationshipService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ferry::ui {

ProfileDialog::ProfileDialog(RelationshipService* service, const HomeSnapshot& snapshot, const Profile& profile,
                             QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_originalName(profile.name)
    , m_content(new ProfileContentEditor(service, snapshot))
    , m_policy(new ProfilePolicyEditor)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Edit Profile %1").arg(profile.name));
    setMinimumSize(680, 520);
    ProfileDraft draft;
    draft.name = profile.name;
    draft.relationshipName = snapshot.relationshipName(profile.relationshipId);
    draft.direction = profile.direction;
    draft.includes = profile.includes;
    draft.excludes = profile.excludes;
    draft.tables = profile.tables;
    draft.propagateDeletes = profile.propagateDeletes;
    draft.conflictPolicy = profile.conflictPolicy;
    draft.bandwidthLimitKiBps = profile.bandwidthLimitKiBps;
    draft.deleteGuardPercent = profile.deleteGuardPercent;
    m_content->setDraft(draft);
    m_policy->setDraft(draft);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_content, tr("What"));
    tabs->addTab(m_policy, tr("How"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_content, &ProfileContentEditor::changed, m_error, &QLabel::hide);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_policy, &ProfilePolicyEditor::previewClicked, this, [this] { emit previewRequested(m_content->profileFor(this->draft())); });
}

ProfileDraft ProfileDialog::draft() const
{
    ProfileDraft draft;
    m_content->apply(draft);
    m_policy->apply(draft);
    return draft;
}

QString ProfileDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ProfileDialog::setPreviewAvailable(bool available)
{
    m_policy->setPreviewAvailable(available);
}

void ProfileDialog::showPlanPreview(const Plan& plan)
{
    m_policy->showPlanPreview(plan);
}

void ProfileDialog::save()
{
    m_error->hide();
    if (const QString problem = m_content->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_save->setEnabled(false);
    m_service->saveProfile(m_originalName, draft(), [self = QPointer(this)](const Result<Profile>& result) {
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
