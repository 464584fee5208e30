#include "ProfileContentEditor.h"

#include "services/RelationshipService.h"
#include "site/GlobMatcher.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

namespace ferry::ui {

ProfileContentEditor::ProfileContentEditor(RelationshipService* service, const HomeSnapshot& snapshot, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_snapshot(snapshot)
    , m_name(new QLineEdit(this))
    , m_relationship(new QComboBox(this))
    , m_includes(new QPlainTextEdit(this))
    , m_excludes(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_tables(new QListWidget(this))
    , m_countTimer(new QTimer(this))
{
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    m_includes->setObjectName(QStringLiteral("includesEdit"));
    m_includes->setPlaceholderText(tr("One pattern a line, e.g. assets/**\nEmpty: every file"));
    m_excludes->setObjectName(QStringLiteral("excludesEdit"));
    m_excludes->setPlaceholderText(tr("One pattern a line, e.g. *.tmp\ncache"));
    for (QPlainTextEdit* edit : {m_includes, m_excludes}) {
        edit->setMaximumHeight(70);
        edit->setTabChangesFocus(true);
    }
    m_count->setObjectName(QStringLiteral("matchCountLabel"));
    m_count->setWordWrap(true);
    m_tables->setObjectName(QStringLiteral("profileTablesList"));
    m_tables->setMaximumHeight(80);
    for (const Relationship& relationship : m_snapshot.relationships) {
        m_relationship->addItem(relationship.name, relationship.id);
    }
    auto* hint = new QLabel(tr("'*' and '?' stay within a folder, '**' crosses folders; a pattern without '/' matches "
                               "a name at any depth. Excluded folders are not entered."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* tablesHint = new QLabel(tr("None ticked: every table the site captures."), this);
    tablesHint->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Relationship:"), m_relationship);
    form->addRow(tr("&Include:"), m_includes);
    form->addRow(tr("E&xclude:"), m_excludes);
    form->addRow(QString(), hint);
    form->addRow(tr("Selected:"), m_count);
    form->addRow(tr("&Tables:"), m_tables);
    form->addRow(QString(), tablesHint);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);  // count when typing pauses, not at every key
    connect(m_countTimer, &QTimer::timeout, this, &ProfileContentEditor::count);
    connect(m_includes, &QPlainTextEdit::textChanged, this, &ProfileContentEditor::scheduleCount);
    connect(m_excludes, &QPlainTextEdit::textChanged, this, &ProfileContentEditor::scheduleCount);
    connect(m_relationship, &QComboBox::currentIndexChanged, this, [this] {
        showTables();
        scheduleCount();
    });
    connect(m_name, &QLineEdit::textChanged, this, &ProfileContentEditor::changed);
    connect(m_tables, &QListWidget::itemChanged, this, &ProfileContentEditor::changed);
    showTables();
    scheduleCount();
}

const Site* ProfileContentEditor::siteOfRelationship() const
{
    const qint64 id = m_relationship->currentData().toLongLong();
    for (const Relationship& relationship : m_snapshot.relationships) {
        if (relationship.id == id) {
            for (const Site& site : m_snapshot.sites) {
                if (site.id == relationship.siteId) {
                    return &site;
                }
            }
        }
    }
    return nullptr;
}

void ProfileContentEditor::showTables()
{
    m_tables->clear();
    if (const Site* site = siteOfRelationship()) {
        for (const QString& table : site->tables) {
            auto* item = new QListWidgetItem(table, m_tables);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_checkedTables.contains(table) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_tables->setEnabled(m_tables->count() > 0);
}

QStringList ProfileContentEditor::lines(const QPlainTextEdit* edit)
{
    QStringList patterns;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            patterns << line.trimmed();
        }
    }
    return patterns;
}

void ProfileContentEditor::scheduleCount()
{
    m_counting = true;
    m_count->setText(tr("Counting…"));
    m_countTimer->start();
    emit changed();
}

void ProfileContentEditor::count()
{
    const Site* site = siteOfRelationship();
    if (site == nullptr) {
        m_counting = false;
        m_count->setText(tr("Choose a relationship to count the files its site holds."));
        emit changed();
        return;
    }
    const QString root = site->filesRoot;
    m_service->countFiles(root, lines(m_includes), lines(m_excludes),
                          [self = QPointer(this), root](const Result<qint64>& result) {
                              if (!self) {
                                  return;
                              }
                              self->m_counting = false;
                              self->m_patternProblem = result ? QString() : result.errorMessage();
                              self->m_count->setText(result ? tr("Matching files: %1 (in %2)").arg(result.value()).arg(root)
                                                            : result.errorMessage());
                              emit self->changed();
                          });
}

QString ProfileContentEditor::countText() const
{
    return m_count->text();
}

void ProfileContentEditor::setDraft(const ProfileDraft& draft)
{
    m_name->setText(draft.name);
    const int index = m_relationship->findText(draft.relationshipName);
    if (index >= 0) {
        m_relationship->setCurrentIndex(index);
    }
    m_includes->setPlainText(draft.includes.join(QLatin1Char('\n')));
    m_excludes->setPlainText(draft.excludes.join(QLatin1Char('\n')));
    m_checkedTables = draft.tables;
    showTables();
}

void ProfileContentEditor::apply(ProfileDraft& draft) const
{
    draft.name = m_name->text().trimmed();
    draft.relationshipName = m_relationship->currentText();
    draft.includes = lines(m_includes);
    draft.excludes = lines(m_excludes);
    draft.tables.clear();
    for (int i = 0; i < m_tables->count(); ++i) {
        if (m_tables->item(i)->checkState() == Qt::Checked) {
            draft.tables << m_tables->item(i)->text();
        }
    }
}

Profile ProfileContentEditor::profileFor(const ProfileDraft& draft) const
{
    Profile profile;
    profile.name = draft.name;
    for (const Relationship& relationship : m_snapshot.relationships) {
        if (relationship.name == draft.relationshipName) {
            profile.relationshipId = relationship.id;
        }
    }
    for (const Profile& existing : m_snapshot.profiles) {
        if (existing.name == draft.name) {
            profile.id = existing.id;
        }
    }
    profile.direction = draft.direction;
    profile.includes = draft.includes;
    profile.excludes = draft.excludes;
    profile.tables = draft.tables;
    profile.propagateDeletes = draft.propagateDeletes;
    profile.conflictPolicy = draft.conflictPolicy;
    profile.bandwidthLimitKiBps = draft.bandwidthLimitKiBps;
    profile.deleteGuardPercent = draft.deleteGuardPercent;
    return profile;
}

QString ProfileContentEditor::problem() const
{
    if (m_relationship->count() == 0) {
        return tr("There is no relationship yet: create one first (Relationships → New Relationship…).");
    }
    if (m_name->text().trimmed().isEmpty()) {
        return tr("Give the profile a name, e.g. www-assets.");
    }
    if (auto patterns = GlobMatcher::create(lines(m_includes), lines(m_excludes)); !patterns) {
        return patterns.errorMessage();
    }
    return {};
}

} // namespace ferry::ui
