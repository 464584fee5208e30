#pragma once
// Conflicts: those waiting for a decision and those settled, each one side by side (a diff for
// text, both pictures, a field table for rows); keep local, keep remote or keep both for one or
// a selection. Decisions are recorded with who made them and when; the next run applies them.

#include "ViewPage.h"
#include "models/RecordTableModel.h"

class QLabel;
class QCheckBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ferry {
class ConflictService;
struct ConflictContent;
} // namespace ferry

namespace ferry::ui {

class ConflictDetail;

class ConflictsView : public ViewPage
{
    Q_OBJECT

public:
    explicit ConflictsView(const QString& homePath, QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

    // Records winner for the selected pending conflicts (the buttons call it).
    void resolveSelected(ferry::ConflictWinner winner);

signals:
    // A decision was recorded: the home should be read again.
    void conflictsChanged();
    void resolveFinished(const QString& message);
    // "Apply at once": run this profile now, it applies the decision just recorded.
    void runRequested(qint64 profileId);

private:
    QTableView* makeConflictTable(RecordTableModel<Conflict>* model, const QString& objectName);
    const Conflict* currentConflict() const;
    void showCurrent();
    void showLoaded(const ferry::ConflictContent& content);
    void updateButtons();

    ConflictService* m_service;
    RecordTableModel<Conflict>* m_pending;
    RecordTableModel<Conflict>* m_settled;
    QTabWidget* m_tabs;
    QTableView* m_pendingTable;
    QTableView* m_settledTable;
    ConflictDetail* m_detail;
    QPushButton* m_keepLocal;
    QPushButton* m_keepRemote;
    QPushButton* m_keepBoth;
    QCheckBox* m_applyNow;
    QLabel* m_status;
    qint64 m_shownId = 0;
};

} // namespace ferry::ui
