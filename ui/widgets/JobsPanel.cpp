#include "JobsPanel.h"

#include "JobRow.h"
#include "dialogs/RunDetailDialog.h"
#include "services/LiveRunWatch.h"
#include "services/SyncJobQueue.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ferry::ui {

JobsPanel::JobsPanel(SyncJobQueue* queue, LiveRunWatch* watch, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_watch(watch)
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
    // Room for one whole row (title, bar, current item or outcome) without scrolling.
    scroll->setMinimumHeight(JobRow(SyncJob{}, nullptr).sizeHint().height() + 8);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(queue, &SyncJobQueue::jobQueued, this, &JobsPanel::addJob);
    connect(queue, &SyncJobQueue::jobStarted, this, [this](const SyncJob& job) {
        if (JobRow* row = m_rows.value(job.id)) {
            row->showStarted();
            m_details.value(job.id)->showStarted();
        }
    });
    connect(queue, &SyncJobQueue::jobProgress, this, [this](quint64 id, const Progress& progress) {
        if (JobRow* row = m_rows.value(id)) {
            row->showProgress(progress);
            m_details.value(id)->showProgress(progress);
        }
    });
    connect(queue, &SyncJobQueue::jobFinished, this, &JobsPanel::finishJob);
    for (const SyncJob& job : queue->jobs()) {
        addJob(job);
        if (job.finished) {
            finishJob(job);
        }
    }
    if (watch) {
        connect(watch, &LiveRunWatch::runAppeared, this, &JobsPanel::addExternal);
        connect(watch, &LiveRunWatch::runProgressed, this, [this](const LiveRun& run) {
            if (JobRow* row = m_rows.value(externalKey(run.run.id))) {
                row->showProgress(run.progress);
                m_details.value(externalKey(run.run.id))->showProgress(run.progress);
            }
        });
        connect(watch, &LiveRunWatch::runEnded, this, &JobsPanel::finishExternal);
        connect(watch, &LiveRunWatch::cancelFailed, this, [this](qint64 runId, const QString& reason) {
            if (JobRow* row = m_rows.value(externalKey(runId))) {
                row->showCancelFailed(reason);
            }
        });
    }
}

int JobsPanel::activeJobs() const
{
    return int(m_rows.size() - m_finished.size());
}

JobRow* JobsPanel::addRow(const SyncJob& job, const QString& origin)
{
    auto* row = new JobRow(job, this);
    auto* details = new RunDetailDialog(job.profileName, origin.isEmpty() ? QString()
                                                             : tr("This run belongs to another program on this home; "
                                                                  "the items it moved are in Activity once it ends."),
                                        this);
    if (!origin.isEmpty()) {
        row->setOrigin(origin);
    }
    connect(row, &JobRow::detailsRequested, details, [details]() {
        details->show();
        details->raise();
        details->activateWindow();
    });
    connect(details, &RunDetailDialog::cancelRequested, row, [row, id = job.id]() { emit row->cancelRequested(id); });
    connect(details, &RunDetailDialog::showInActivityRequested, this, &JobsPanel::showRunInActivityRequested);
    m_rows.insert(job.id, row);
    m_details.insert(job.id, details);
    m_list->insertWidget(0, row);  // newest on top
    m_empty->hide();
    emit activeJobsChanged(activeJobs());
    return row;
}

void JobsPanel::addJob(const SyncJob& job)
{
    JobRow* row = addRow(job, {});
    connect(row, &JobRow::cancelRequested, m_queue, &SyncJobQueue::cancel);
}

void JobsPanel::finishJob(const SyncJob& job)
{
    if (JobRow* row = m_rows.value(job.id)) {
        row->showFinished(job);
        m_details.value(job.id)->showFinished(job.result, job.message, job.runId);
        m_finished.append(job.id);
        dropOldFinished();
        emit activeJobsChanged(activeJobs());
    }
}

void JobsPanel::addExternal(const LiveRun& run)
{
    const quint64 key = externalKey(run.run.id);
    if (m_rows.contains(key)) {
        return;
    }
    const SyncJob job{.id = key, .profileId = run.run.profileId, .profileName = run.run.profileName,
                      .trigger = run.run.trigger, .dryRun = run.run.dryRun, .running = true, .runId = run.run.id};
    const QString origin = run.owner == QStringLiteral("ferryd")     ? tr("started by the agent (ferryd)")
                           : run.owner == QStringLiteral("ferryctl") ? tr("started from the command line")
                                                                     : tr("started by %1 (process %2)").arg(run.owner).arg(run.ownerPid);
    JobRow* row = addRow(job, origin);
    connect(row, &JobRow::cancelRequested, m_watch, [this, runId = run.run.id]() { m_watch->requestCancel(runId); });
    row->showStarted();
    row->showProgress(run.progress);
    m_details.value(key)->showProgress(run.progress);
}

void JobsPanel::finishExternal(const Run& run)
{
    const SyncJob job{.id = externalKey(run.id), .profileName = run.profileName, .finished = true, .result = run.state,
                      .runId = run.id, .message = run.message};
    finishJob(job);
}

void JobsPanel::dropOldFinished()
{
    while (m_finished.size() > keptFinished) {
        const quint64 id = m_finished.takeFirst();
        if (JobRow* row = m_rows.take(id)) {
            row->deleteLater();
        }
        if (RunDetailDialog* details = m_details.take(id)) {
            if (details->isVisible()) {
                details->setAttribute(Qt::WA_DeleteOnClose);  // open: it goes when its reader closes it
            } else {
                details->deleteLater();
            }
        }
    }
}

} // namespace ferry::ui
