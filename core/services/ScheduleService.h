#pragma once
// The GUI's way to change schedules. Every call returns at once; the checks and the write run on
// the global thread pool through ScheduleRegistry, and the outcome comes back on the caller's
// thread to `done`, unless `context` is gone by then. changed() follows every successful change,
// for the views to refresh and a Scheduler to reload.

#include "common/Result.h"
#include "model/Schedule.h"

#include <QObject>

#include <functional>

namespace ferry {

class StateStore;

class ScheduleService : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const Result<T>&)>;

    explicit ScheduleService(QString homePath, QObject* parent = nullptr);

    void add(const Schedule& schedule, QObject* context, Done<Schedule> done);
    void update(const Schedule& schedule, QObject* context, Done<Schedule> done);
    void setEnabled(qint64 id, bool enabled, QObject* context, Done<Schedule> done);
    void remove(qint64 id, QObject* context, Done<Schedule> done);

signals:
    void changed();

private:
    void start(std::function<Result<Schedule>(StateStore&)> work, QObject* context, Done<Schedule> done);

    QString m_homePath;
};

} // namespace ferry
