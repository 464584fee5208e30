#include "ProcessRunner.h"

#include <QProcess>

namespace ferry::test {

QString ProcessRunner::binary(const QString& name)
{
    return QStringLiteral(FERRY_BIN_DIR) + QLatin1Char('/') + name;
}

ProcessResult ProcessRunner::run(const QString& program, const QStringList& arguments,
                                 const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary(program), arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace ferry::test
