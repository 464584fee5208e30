#include "CtlApplication.h"

#include "AgentCommand.h"
#include "CertCommand.h"
#include "LogCommand.h"
#include "ProfileCommand.h"
#include "PeerCommand.h"
#include "RelationshipCommand.h"
#include "ScheduleCommand.h"
#include "SiteCommand.h"
#include "SyncCommand.h"
#include "VersionsCommand.h"
#include "common/Logging.h"
#include "home/Home.h"

#include "ferry/BuildInfo.h"

#include <QIODevice>

namespace ferry::cli {

int CliContext::failure(const QString& message, int status) const
{
    err << "ferryctl: " << message << Qt::endl;
    return status;
}

void CliContext::writeUtf8(const QByteArray& text) const
{
    if (QIODevice* device = out.device()) {
        out.flush();  // what the stream holds goes first
        device->write(text);
        return;
    }
    out << QString::fromUtf8(text);  // a stream over a string (tests)
}

int CliContext::usageError(const QString& message) const
{
    err << "ferryctl: " << message << Qt::endl;
    return ExitUsage;
}

CtlApplication::CtlApplication()
{
    m_commands.push_back(std::make_unique<SiteCommand>());
    m_commands.push_back(std::make_unique<CertCommand>());
    m_commands.push_back(std::make_unique<PeerCommand>());
    m_commands.push_back(std::make_unique<RelationshipCommand>());
    m_commands.push_back(std::make_unique<ProfileCommand>());
    m_commands.push_back(std::make_unique<ScheduleCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<ConflictsCommand>());
    m_commands.push_back(std::make_unique<VersionsCommand>());
    m_commands.push_back(std::make_unique<AgentCommand>());
}

CtlApplication::~CtlApplication() = default;

CliCommand* CtlApplication::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString CtlApplication::usage() const
{
    QString text = tr("Usage: ferryctl [--home DIR] COMMAND [ARGUMENTS]\n"
                      "\n"
                      "Keeps web sites in step across servers, from a shell.\n"
                      "\n"
                      "Global options:\n"
                      "  --home DIR     the Ferry home to use (default: $FERRY_HOME, else %1)\n"
                      "  -h, --help     show this help, or a command's help after the command\n"
                      "  -v, --version  show the version\n"
                      "\n"
                      "Commands:\n")
                       .arg(Home::defaultPath());
    for (const auto& command : m_commands) {
        text += QStringLiteral("  %1%2\n").arg(command->name(), -13).arg(command->summary());
    }
    text += tr("\nExit status: 0 on success, 1 when the command failed, 2 when the command line was wrong.\n");
    return text;
}

int CtlApplication::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString homeOption;
    qsizetype index = 0;
    for (; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            out << usage();
            return ExitSuccess;
        }
        if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            out << "ferryctl " << build::version << Qt::endl;
            return ExitSuccess;
        }
        if (argument == QLatin1String("--home")) {
            if (index + 1 >= arguments.size()) {
                err << "ferryctl: " << tr("--home needs a folder.") << Qt::endl;
                return ExitUsage;
            }
            homeOption = arguments.at(++index);
        } else if (argument.startsWith(QLatin1String("--home="))) {
            homeOption = argument.mid(7);
        } else if (argument.startsWith(QLatin1Char('-'))) {
            err << "ferryctl: " << tr("unknown option '%1'. See 'ferryctl --help'.").arg(argument) << Qt::endl;
            return ExitUsage;
        } else {
            break;
        }
    }
    if (index >= arguments.size()) {
        err << usage();
        return ExitUsage;
    }
    const QString commandName = arguments.at(index);
    if (commandName == QLatin1String("help")) {
        out << usage();
        return ExitSuccess;
    }
    CliCommand* command = find(commandName);
    if (!command) {
        err << "ferryctl: " << tr("unknown command '%1'. See 'ferryctl --help'.").arg(commandName) << Qt::endl;
        return ExitUsage;
    }
    const CliContext context{Home::resolvePath(homeOption), out, err};
    qCDebug(lcCli) << "running" << commandName << "with home" << context.homePath;
    return command->run(arguments.mid(index + 1), context);
}

} // namespace ferry::cli
