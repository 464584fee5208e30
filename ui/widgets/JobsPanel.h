#pragma once
// The jobs panel: one row per queued, running or recently finished run started from this window
// (Run now, a schedule), fed by SyncJobQueue's signals; Cancel on each.

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace ferry {
class SyncJobQueue;
struct SyncJob;
} // namespace ferry

namespace ferry::ui {

class JobRow;

class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int keptFinished = 8;

    explicit JobsPanel(SyncJobQueue* queue, QWidget* parent = nullptr);

    int activeJobs() const;
    JobRow* rowFor(quint64 jobId) const { return m_rows.value(jobId); }

signals:
    void activeJobsChanged(int count);

private:
    void addJob(const ferry::SyncJob& job);
    void finishJob(const ferry::SyncJob& job);
    void dropOldFinished();

    SyncJobQueue* m_queue;
    QVBoxLayout* m_list;
    QLabel* m_empty;
    QHash<quint64, JobRow*> m_rows;
    QList<quint64> m_finished;
};

} // namespace ferry::ui
