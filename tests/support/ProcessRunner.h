#pragma once
// Runs one of the built programs (ferry, ferryd, ferryctl) as a real process and collects what a
// user would see: exit code, standard output and standard error.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ferry::test {

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

class ProcessRunner
{
public:
    static QString binary(const QString& name);  // path of a built program
    static ProcessResult run(const QString& program, const QStringList& arguments,
                             const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                             int timeoutMs = 60000);
};

} // namespace ferry::test
