#pragma once
// Parses "ferryctl COMMAND ACTION …" arguments the same way for every command: -h/--help, the
// parser's own errors as usage errors, and the number of positional arguments.

#include "CliCommand.h"

#include <QCommandLineParser>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace ferry::cli {

class ActionParser
{
    Q_DECLARE_TR_FUNCTIONS(ActionParser)

public:
    using Action = std::pair<QString, std::function<int(const QStringList&)>>;

    // Runs the action named by the first argument with the rest; with no action prints the usage
    // (exit 2), with -h/--help too (exit 0), and names the valid actions for an unknown one.
    static int dispatch(const QString& command, const QStringList& arguments, const CliContext& context,
                        const QString& usage, const std::vector<Action>& actions);

    // For actions that check their positional arguments themselves.
    static constexpr int anyArguments = -1;

    // An option's value as a whole number; nothing when it is not one.
    static std::optional<int> wholeNumber(const QString& text);

    // On failure (or after printing help) returns the exit status to end with.
    static std::optional<int> parse(QCommandLineParser& parser, const QString& words, const QStringList& arguments,
                                    const CliContext& context, int positionalCount, const QString& usage);
};

} // namespace ferry::cli
