#pragma once
// One run in the jobs panel: the profile, its phase, a progress bar over bytes (or items), the
// rate and time left, the item being worked on, Details and Cancel. Finished, it shows the outcome.

#include "services/SyncJobQueue.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ferry::ui {

class JobRow : public QWidget
{
    Q_OBJECT

public:
    explicit JobRow(const ferry::SyncJob& job, QWidget* parent = nullptr);

    void showProgress(const ferry::Progress& progress);
    void showStarted();
    void showFinished(const ferry::SyncJob& job);
    // Cancel could not be passed on (another program's run): Cancel again, with the reason.
    void showCancelFailed(const QString& reason);
    // A run another process started: says which, e.g. "started by ferryd".
    void setOrigin(const QString& origin);

    static QString phaseText(const QString& phase);

signals:
    void cancelRequested(quint64 jobId);
    void detailsRequested(quint64 jobId);

private:
    quint64 m_jobId;
    QLabel* m_title;
    QLabel* m_phase;
    QProgressBar* m_bar;
    QLabel* m_rate;
    QLabel* m_current;
    QPushButton* m_cancel;
    QPushButton* m_details;
    QString m_titleText;
};

} // namespace ferry::ui
