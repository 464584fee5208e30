#pragma once
// One ferryctl command (e.g. "site"). Commands write their output to context.out and a one-line
// reason to context.err, and return the exit status.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ferry::cli {

enum ExitStatus : int {
    ExitSuccess = 0,
    ExitFailure = 1,  // the command was understood but could not be done
    ExitUsage = 2,    // the command line itself was wrong
    ExitNeedsConfirmation = 3,  // a run stopped to ask (an initial copy, a guarded deletion): --yes goes ahead
};

struct CliContext {
    QString homePath;  // resolved already: --home, else FERRY_HOME, else the default
    QTextStream& out;
    QTextStream& err;

    int failure(const QString& message, int status = 1) const;
    // Text already in UTF-8 to out, without the stream's conversion to UTF-16 and back (output
    // of megabytes: a large plan as JSON).
    void writeUtf8(const QByteArray& text) const;
    int usageError(const QString& message) const;
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QString usage() const = 0;
    virtual int run(const QStringList& arguments, const CliContext& context) = 0;
};

} // namespace ferry::cli
