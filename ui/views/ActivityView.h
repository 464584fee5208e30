#pragma once
// Activity: the sync log, newest first, a page at a time as it scrolls; filters by relationship,
// site, resource, mode, result, time range, run and words in the message; new entries appear on
// top while the view is open (live tail); the current selection exports to CSV.

#include "ViewPage.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ferry {
class SyncLogQuery;
struct SyncLogFilter;
} // namespace ferry

namespace ferry::ui {

class SyncLogModel;

class ActivityView : public ViewPage
{
    Q_OBJECT

public:
    explicit ActivityView(const QString& homePath, QWidget* parent = nullptr);

    void showSnapshot(const ferry::HomeSnapshot& snapshot) override;

    SyncLogModel* model() const { return m_model; }
    ferry::SyncLogFilter currentFilter() const;
    // Writes the entries the current filter selects to path (the Export button asks for it).
    void exportTo(const QString& path);

public slots:
    // Shows one run's entries only (the jobs panel's "Show in log"); clearRun() shows all again.
    void showRun(qint64 runId);
    void clearRun();
    void clearFilters();

signals:
    void exportFinished(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* makeFilterBar();
    void applyFilter();
    void chooseExportFile();
    void updateStatus();
    static void setChoices(QComboBox* box, const QStringList& names);

    SyncLogQuery* m_query;
    SyncLogModel* m_model;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_relationship;
    QComboBox* m_site;
    QLineEdit* m_resource;
    QComboBox* m_mode;
    QComboBox* m_result;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QPushButton* m_runChip;
    QCheckBox* m_live;
    QPushButton* m_export;
    QLabel* m_status;
    QTimer* m_debounce;
    qint64 m_runId = 0;
    bool m_fitColumns = true;
    QString m_lastError;
};

} // namespace ferry::ui
