#pragma once
// Starts profiles when their schedules are due, in the GUI while it is open and in ferryd. It reads
// the home's enabled schedules on the thread pool (never on the caller's thread), claims each due
// run in state.db (so two schedulers on one home start it once), and hands it to the owner's
// launcher, which puts it on the run queue. However many runs were missed while nothing was
// running, a schedule starts once; a profile is handed over at most once per look; and when the
// launcher says the profile already has a run queued or running, that run stands for this one.
//
// It wakes at the next due run and at least every minute, so schedules changed by another process
// are picked up; reload() looks at once, for changes made here.

#include "model/Schedule.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <functional>
#include <vector>

class QTimer;

namespace ferry {

class Scheduler : public QObject
{
    Q_OBJECT

public:
    // Queues a run of the profile for the schedule; false when the profile already has one queued
    // or running (then nothing more is queued). Called on the scheduler's thread.
    using Launcher = std::function<bool(qint64 profileId, qint64 scheduleId)>;
    using Clock = std::function<QDateTime()>;

    static constexpr int maxSleepMs = 60 * 1000;

    Scheduler(QString homePath, Launcher launcher, QObject* parent = nullptr);
    ~Scheduler() override;

    // For tests: virtual time and a named zone instead of the system's.
    void setClock(Clock clock);
    void setTimeZone(const QTimeZone& zone);

    // Looks at the schedules now, then whenever the timer says.
    void start();
    void stop();
    bool isActive() const { return m_active; }

    // The earliest run an enabled schedule owes, as of the last look; invalid when none.
    QDateTime nextRunAt() const { return m_nextRun; }
    // How long the timer sleeps before the next look.
    int sleepMs() const;

public slots:
    void reload();

signals:
    void launched(qint64 profileId, qint64 scheduleId);
    // After each look at the schedules, whether or not anything was started.
    void passFinished();
    void failed(const QString& message);

private:
    struct Pass;
    static Pass look(const QString& homePath, const QDateTime& now, const QTimeZone& zone);
    void startPass();
    void finishPass(const Pass& pass);
    void arm(const QDateTime& now);

    QString m_homePath;
    Launcher m_launcher;
    Clock m_clock;
    QTimeZone m_zone;
    QTimer* m_timer;
    QDateTime m_nextRun;
    bool m_active = false;
    bool m_passRunning = false;
    bool m_passPending = false;
};

} // namespace ferry
