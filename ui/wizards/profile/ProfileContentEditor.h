#pragma once
// What a profile keeps in step: its name, its relationship, the folders by include and exclude
// patterns (with a live count of the files they select, counted off the GUI thread), and the
// tables. The profile wizard's first page and the Edit Profile dialog both host it.

#include "services/HomeSnapshot.h"
#include "sync/ProfileRegistry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace ferry {
class RelationshipService;
}

namespace ferry::ui {

class ProfileContentEditor : public QWidget
{
    Q_OBJECT

public:
    ProfileContentEditor(RelationshipService* service, const HomeSnapshot& snapshot, QWidget* parent = nullptr);

    void setDraft(const ProfileDraft& draft);
    // Fills name, relationship, patterns and tables.
    void apply(ProfileDraft& draft) const;
    // The profile a draft describes, its relationship resolved from the snapshot (id 0: not stored).
    Profile profileFor(const ProfileDraft& draft) const;
    // What is wrong, as a sentence naming the fix; empty when nothing.
    QString problem() const;
    bool isCounting() const { return m_counting; }
    QString countText() const;

signals:
    void changed();

private:
    void showTables();
    void scheduleCount();
    void count();
    const Site* siteOfRelationship() const;
    static QStringList lines(const QPlainTextEdit* edit);

    RelationshipService* m_service;
    HomeSnapshot m_snapshot;
    QLineEdit* m_name;
    QComboBox* m_relationship;
    QPlainTextEdit* m_includes;
    QPlainTextEdit* m_excludes;
    QLabel* m_count;
    QListWidget* m_tables;
    QTimer* m_countTimer;
    QStringList m_checkedTables;
    QString m_patternProblem;
    bool m_counting = false;
};

} // namespace ferry::ui
