#include "ProfilePolicyEditor.h"

#include "Formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace ferry::ui {

namespace {

QLabel* explanation(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ProfilePolicyEditor::ProfilePolicyEditor(QWidget* parent)
    : QWidget(parent)
    , m_direction(new QComboBox(this))
    , m_directionText(explanation(this, "directionExplanation"))
    , m_deletes(new QCheckBox(tr("Carry &deletions to the other side"), this))
    , m_deletesText(explanation(this, "deletesExplanation"))
    , m_policy(new QComboBox(this))
    , m_policyText(explanation(this, "policyExplanation"))
    , m_bandwidth(new QSpinBox(this))
    , m_guard(new QSpinBox(this))
    , m_preview(new QPushButton(tr("&Preview…"), this))
    , m_previewText(explanation(this, "previewText"))
{
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    for (const Direction direction : {Direction::Upload, Direction::Download, Direction::Bidirectional}) {
        m_direction->addItem(Formatting::direction(direction), int(direction));
    }
    m_deletes->setObjectName(QStringLiteral("deletesCheck"));
    m_policy->setObjectName(QStringLiteral("conflictPolicyCombo"));
    for (const ConflictPolicy policy : {ConflictPolicy::Manual, ConflictPolicy::NewerWins, ConflictPolicy::MasterWins,
                                        ConflictPolicy::LocalWins, ConflictPolicy::RemoteWins, ConflictPolicy::KeepBoth}) {
        m_policy->addItem(Formatting::conflictPolicy(policy), int(policy));
    }
    m_bandwidth->setObjectName(QStringLiteral("bandwidthSpin"));
    m_bandwidth->setRange(0, 10 * 1024 * 1024);
    m_bandwidth->setSuffix(tr(" KiB/s"));
    m_bandwidth->setSpecialValueText(tr("Unlimited"));
    m_bandwidth->setSingleStep(128);
    m_guard->setObjectName(QStringLiteral("deleteGuardSpin"));
    m_guard->setRange(0, 100);
    m_guard->setSuffix(tr(" %"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    setPreviewAvailable(false);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("D&irection:"), m_direction);
    form->addRow(QString(), m_directionText);
    form->addRow(tr("Deletions:"), m_deletes);
    form->addRow(QString(), m_deletesText);
    form->addRow(tr("&Conflicts:"), m_policy);
    form->addRow(QString(), m_policyText);
    form->addRow(tr("&Bandwidth limit:"), m_bandwidth);
    form->addRow(tr("&Ask before deleting more than:"), m_guard);
    form->addRow(QString(), explanation(this, "guardExplanation"));
    auto* previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview);
    previewRow->addWidget(m_previewText, 1);
    form->addRow(QString(), previewRow);
    findChild<QLabel*>(QStringLiteral("guardExplanation"))
        ->setText(tr("of a folder's files or a table's rows in one run: the run stops and asks first."));

    connect(m_direction, &QComboBox::currentIndexChanged, this, &ProfilePolicyEditor::explain);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &ProfilePolicyEditor::explain);
    connect(m_deletes, &QCheckBox::toggled, this, &ProfilePolicyEditor::explain);
    connect(m_preview, &QPushButton::clicked, this, [this] {
        m_previewText->setText(tr("Asking for a dry run…"));
        emit previewClicked();
    });
    setDraft(ProfileDraft{});
}

void ProfilePolicyEditor::setPreviewAvailable(bool available)
{
    m_preview->setEnabled(available);
    m_preview->setToolTip(available ? tr("Show what a run would do now, without touching anything.")
                                    : tr("A preview needs the sync engine's dry run, which this version does not "
                                         "have yet."));
}

void ProfilePolicyEditor::explain()
{
    switch (Direction(m_direction->currentData().toInt())) {
    case Direction::Upload:
        m_directionText->setText(tr("Changes made here go to the remote site; the remote site's changes stay there."));
        break;
    case Direction::Download:
        m_directionText->setText(tr("Changes made on the remote site come here; changes made here stay here."));
        break;
    case Direction::Bidirectional:
        m_directionText->setText(tr("Both ways: each run first pulls the remote site's changes, then pushes ours."));
        break;
    }
    m_deletesText->setText(m_deletes->isChecked()
                               ? tr("A file or row deleted on one side is deleted on the other (kept in the versions area).")
                               : tr("Deletions stay on the side where they happened; the other side keeps its copy."));
    switch (ConflictPolicy(m_policy->currentData().toInt())) {
    case ConflictPolicy::Manual:
        m_policyText->setText(tr("Both versions are kept apart and listed under Conflicts for you to choose; the run goes on."));
        break;
    case ConflictPolicy::NewerWins:
        m_policyText->setText(tr("The version changed last wins, by a clock both servers agree on."));
        break;
    case ConflictPolicy::MasterWins:
        m_policyText->setText(tr("The author site's version wins (the site with the lower stage number)."));
        break;
    case ConflictPolicy::LocalWins:
        m_policyText->setText(tr("This server's version always wins."));
        break;
    case ConflictPolicy::RemoteWins:
        m_policyText->setText(tr("The remote site's version always wins."));
        break;
    case ConflictPolicy::KeepBoth:
        m_policyText->setText(tr("One version wins; the other is saved beside it, named after its site and time."));
        break;
    }
}

void ProfilePolicyEditor::setDraft(const ProfileDraft& draft)
{
    m_direction->setCurrentIndex(m_direction->findData(int(draft.direction)));
    m_deletes->setChecked(draft.propagateDeletes);
    m_policy->setCurrentIndex(m_policy->findData(int(draft.conflictPolicy)));
    m_bandwidth->setValue(draft.bandwidthLimitKiBps);
    m_guard->setValue(draft.deleteGuardPercent);
    explain();
}

void ProfilePolicyEditor::apply(ProfileDraft& draft) const
{
    draft.direction = Direction(m_direction->currentData().toInt());
    draft.propagateDeletes = m_deletes->isChecked();
    draft.conflictPolicy = ConflictPolicy(m_policy->currentData().toInt());
    draft.bandwidthLimitKiBps = m_bandwidth->value();
    draft.deleteGuardPercent = m_guard->value();
}

void ProfilePolicyEditor::showPlanPreview(const Plan& plan)
{
    const int deletions = plan.count(PlanAction::DeleteRemote) + plan.count(PlanAction::DeleteLocal);
    m_previewText->setText(tr("A run now would send %1, fetch %2 and delete %3 items; conflicts: %4.")
                               .arg(plan.count(PlanAction::Push))
                               .arg(plan.count(PlanAction::Pull))
                               .arg(deletions)
                               .arg(plan.conflicts()));
}

} // namespace ferry::ui
