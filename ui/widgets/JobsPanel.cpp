#include "JobsPanel.h"

#include "JobRow.h"
#include "services/SyncJobQueue.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ferry::ui {

JobsPanel::JobsPanel(SyncJobQueue* queue, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_list(new QVBoxLayout)
    , m_empty(new QLabel(tr("No run is queued or running. Start one with Run now on a profile."), this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_empty->setObjectName(QStringLiteral("jobsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto* content = new QWidget;
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(0);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
    content->setLayout(m_list);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(queue, &SyncJobQueue::jobQueued, this, &JobsPanel::addJob);
    connect(queue, &SyncJobQueue::jobStarted, this, [this](const SyncJob& job) {
        if (JobRow* row = m_rows.value(job.id)) {
            row->showStarted();
        }
    });
    connect(queue, &SyncJobQueue::jobProgress, this, [this](quint64 id, const Progress& progress) {
        if (JobRow* row = m_rows.value(id)) {
            row->showProgress(progress);
        }
    });
    connect(queue, &SyncJobQueue::jobFinished, this, &JobsPanel::finishJob);
    for (const SyncJob& job : queue->jobs()) {
        addJob(job);
        if (job.finished) {
            finishJob(job);
        }
    }
}

int JobsPanel::activeJobs() const
{
    return int(m_rows.size() - m_finished.size());
}

void JobsPanel::addJob(const SyncJob& job)
{
    auto* row = new JobRow(job, this);
    connect(row, &JobRow::cancelRequested, m_queue, &SyncJobQueue::cancel);
    m_rows.insert(job.id, row);
    m_list->insertWidget(0, row);  // newest on top
    m_empty->hide();
    emit activeJobsChanged(activeJobs());
}

void JobsPanel::finishJob(const SyncJob& job)
{
    if (JobRow* row = m_rows.value(job.id)) {
        row->showFinished(job);
        m_finished.append(job.id);
        dropOldFinished();
        emit activeJobsChanged(activeJobs());
    }
}

void JobsPanel::dropOldFinished()
{
    while (m_finished.size() > keptFinished) {
        if (JobRow* row = m_rows.take(m_finished.takeFirst())) {
            row->deleteLater();
        }
    }
}

} // namespace ferry::ui
