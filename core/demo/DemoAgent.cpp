#include "DemoAgent.h"

#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>

namespace ferry {

Result<std::unique_ptr<DemoAgent>> DemoAgent::start(const QString& ferrydPath, const QString& agentHome)
{
    std::unique_ptr<DemoAgent> agent(new DemoAgent);
    agent->m_process = std::make_unique<QProcess>();
    agent->m_process->setProgram(ferrydPath);
    agent->m_process->setArguments({QStringLiteral("--home"), agentHome, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    agent->m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // Its log is not the GUI's business; the agent's own home holds what it did.
    agent->m_process->setStandardErrorFile(agentHome + QStringLiteral("/ferryd.log"));
    // Should the GUI die without tidying up (killed, crashed), the kernel stops the agent too:
    // a demo must not leave a server running.
    agent->m_process->setChildProcessModifier([]() { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    agent->m_process->start();
    if (!agent->m_process->waitForStarted(10000)) {
        return fail(tr("Cannot start the demo agent %1: %2").arg(ferrydPath, agent->m_process->errorString()));
    }
    QByteArray out;
    while (!out.contains('\n') && agent->m_process->waitForReadyRead(15000)) {
        out += agent->m_process->readAllStandardOutput();
    }
    const auto match = QRegularExpression(QStringLiteral("on https://127\\.0\\.0\\.1:(\\d+)/")).match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        return fail(tr("The demo agent did not start serving; its log is in %1/ferryd.log.").arg(agentHome));
    }
    agent->m_port = quint16(match.captured(1).toUInt());
    return agent;
}

DemoAgent::~DemoAgent()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
}

} // namespace ferry
