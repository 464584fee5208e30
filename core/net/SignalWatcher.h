#pragma once
// Turns SIGTERM and SIGINT into a Qt signal on the event loop (through a signalfd), so that the
// agent can stop gracefully: no work runs inside a signal handler. Call blockTerminationSignals()
// first thing in main, before any thread starts, so that every thread leaves them to the fd.

#include <QObject>

class QSocketNotifier;

namespace ferry {

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    static void blockTerminationSignals();

    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_fd >= 0; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace ferry
