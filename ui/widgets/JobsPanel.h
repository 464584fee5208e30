#pragma once
// The jobs panel: one row per queued, running or recently finished run: those started from this
// window (Run now, a schedule), fed by SyncJobQueue's signals, and those other processes on the
// home run (ferryd's schedules, ferryctl), fed by LiveRunWatch. Details and Cancel on each; the
// details of every run are collected from its start, in a RunDetailDialog opened on request.

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace ferry {
class LiveRunWatch;
class SyncJobQueue;
struct LiveRun;
struct Run;
struct SyncJob;
} // namespace ferry

namespace ferry::ui {

class JobRow;
class RunDetailDialog;

class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int keptFinished = 8;

    // watch may be null: then only this window's runs are shown.
    JobsPanel(SyncJobQueue* queue, LiveRunWatch* watch, QWidget* parent = nullptr);

    int activeJobs() const;
    JobRow* rowFor(quint64 jobId) const { return m_rows.value(jobId); }
    JobRow* rowForRun(qint64 runId) const { return m_rows.value(externalKey(runId)); }
    RunDetailDialog* detailsFor(quint64 jobId) const { return m_details.value(jobId); }
    RunDetailDialog* detailsForRun(qint64 runId) const { return m_details.value(externalKey(runId)); }

    // Rows of other processes' runs are keyed apart from this queue's job ids.
    static quint64 externalKey(qint64 runId) { return (quint64(1) << 62) | quint64(runId); }

signals:
    void activeJobsChanged(int count);
    void showRunInActivityRequested(qint64 runId);

private:
    void addJob(const ferry::SyncJob& job);
    void finishJob(const ferry::SyncJob& job);
    void addExternal(const ferry::LiveRun& run);
    void finishExternal(const ferry::Run& run);
    JobRow* addRow(const ferry::SyncJob& job, const QString& origin);
    void dropOldFinished();

    SyncJobQueue* m_queue;
    LiveRunWatch* m_watch;
    QVBoxLayout* m_list;
    QLabel* m_empty;
    QHash<quint64, JobRow*> m_rows;
    QHash<quint64, RunDetailDialog*> m_details;
    QList<quint64> m_finished;
};

} // namespace ferry::ui
