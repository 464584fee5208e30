#pragma once
// The demo's production server: a real ferryd, started as a child process on 127.0.0.1 (any free
// port) for the demo's agent home, and stopped (SIGTERM, then waited for) when this object goes,
// which is when the demo GUI closes.

#include "common/Result.h"

#include <QCoreApplication>
#include <QProcess>

#include <memory>

namespace ferry {

class DemoAgent
{
    Q_DECLARE_TR_FUNCTIONS(DemoAgent)

public:
    static Result<std::unique_ptr<DemoAgent>> start(const QString& ferrydPath, const QString& agentHome);
    ~DemoAgent();

    quint16 port() const { return m_port; }

private:
    DemoAgent() = default;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace ferry
