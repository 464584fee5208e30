#include "ActionParser.h"

namespace ferry::cli {

int ActionParser::dispatch(const QString& command, const QStringList& arguments, const CliContext& context,
                           const QString& usage, const std::vector<Action>& actions)
{
    const QString name = arguments.value(0);
    for (const auto& [action, run] : actions) {
        if (action == name) {
            return run(arguments.mid(1));
        }
    }
    if (name.isEmpty()) {
        context.err << usage;
        return ExitUsage;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        context.out << usage;
        return ExitSuccess;
    }
    QStringList names;
    for (const auto& action : actions) {
        names << action.first;
    }
    const QString choices = names.size() > 1
        ? tr("%1 or %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last())
        : names.value(0);
    return context.usageError(tr("unknown %1 action '%2'. Use %3.").arg(command, name, choices));
}

std::optional<int> ActionParser::parse(QCommandLineParser& parser, const QString& words, const QStringList& arguments,
                                       const CliContext& context, int positionalCount, const QString& usage)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("show this help"));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("ferryctl ") + words} + arguments)) {
        return context.usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        context.out << usage;
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positionalCount != anyArguments && positional.size() != positionalCount) {
        if (positionalCount == 0) {
            return context.usageError(tr("%1 takes no arguments.").arg(words));
        }
        return context.usageError(positional.isEmpty() ? tr("%1 needs a NAME.").arg(words)
                                                       : tr("%1 takes one NAME; got %2.").arg(words).arg(positional.size()));
    }
    return std::nullopt;
}

std::optional<int> ActionParser::wholeNumber(const QString& text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

} // namespace ferry::cli
