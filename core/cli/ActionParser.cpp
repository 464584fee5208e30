#include "ActionParser.h"

namespace ferry::cli {

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
    if (positional.size() != positionalCount) {
        if (positionalCount == 0) {
            return context.usageError(tr("%1 takes no arguments.").arg(words));
        }
        return context.usageError(positional.isEmpty() ? tr("%1 needs a NAME.").arg(words)
                                                       : tr("%1 takes one NAME; got %2.").arg(words).arg(positional.size()));
    }
    return std::nullopt;
}

} // namespace ferry::cli
