#pragma once
// Parses "ferryctl COMMAND ACTION …" arguments the same way for every command: -h/--help, the
// parser's own errors as usage errors, and the number of positional arguments.

#include "CliCommand.h"

#include <QCommandLineParser>

#include <optional>

namespace ferry::cli {

class ActionParser
{
    Q_DECLARE_TR_FUNCTIONS(ActionParser)

public:
    // On failure (or after printing help) returns the exit status to end with.
    static std::optional<int> parse(QCommandLineParser& parser, const QString& words, const QStringList& arguments,
                                    const CliContext& context, int positionalCount, const QString& usage);
};

} // namespace ferry::cli
