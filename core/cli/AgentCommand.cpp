#include "AgentCommand.h"

#include "net/AgentClient.h"
#include "net/AgentCredentialLoader.h"
#include "net/HelloMessage.h"

#include <QCommandLineParser>

namespace ferry::cli {

QString AgentCommand::summary() const
{
    return tr("talk to an agent: hello shows its version, protocol, time and sites");
}

QString AgentCommand::usage() const
{
    return tr("Usage:\n"
              "  ferryctl [--home DIR] agent hello https://HOST:PORT [--cert FILE --key FILE] [--ca FILE]\n"
              "                        [--pin FINGERPRINT] [--no-proxy] [--json]\n"
              "\n"
              "Connects with this home's node certificate and trusted CAs unless --cert, --key and --ca name others;\n"
              "--pin requires the agent's certificate to have exactly this SHA-256 fingerprint.\n");
}

int AgentCommand::run(const QStringList& arguments, const CliContext& context)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("hello")) {
        return hello(arguments.mid(1), context);
    }
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        (action.isEmpty() ? context.err : context.out) << usage();
        return action.isEmpty() ? ExitUsage : ExitSuccess;
    }
    return context.usageError(tr("unknown agent action '%1'. Use hello.").arg(action));
}

int AgentCommand::hello(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("show this help"));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("our certificate"), tr("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), tr("its private key"), tr("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"), tr("the CA the agent's certificate must chain to"), tr("FILE"));
    const QCommandLineOption pin(QStringLiteral("pin"), tr("the agent's certificate fingerprint"), tr("FINGERPRINT"));
    const QCommandLineOption noProxy(QStringLiteral("no-proxy"), tr("connect directly, bypassing any proxy"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print the hello as JSON"));
    parser.addOptions({help, cert, key, ca, pin, noProxy, json});
    if (!parser.parse(QStringList{QStringLiteral("ferryctl agent hello")} + arguments)) {
        return context.usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        context.out << usage();
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    const QUrl url(positional.value(0), QUrl::StrictMode);
    if (positional.size() != 1 || url.scheme() != QStringLiteral("https") || url.host().isEmpty() || url.port() <= 0) {
        return context.usageError(tr("agent hello needs the agent's address as https://HOST:PORT."));
    }
    auto credentials = AgentCredentialLoader::load(context.homePath, {parser.value(cert), parser.value(key), parser.value(ca)});
    if (!credentials) {
        return context.failure(credentials.errorMessage());
    }
    AgentConnection connection;
    connection.base = url;
    connection.base.setPath(QString());
    connection.clientCertificate = credentials->tls.certificate;
    connection.clientKey = credentials->tls.key;
    connection.trustedCas = credentials->tls.trustedCas;
    if (parser.isSet(pin)) {
        connection.pinnedFingerprint = CertificateInfo::normalizeFingerprint(parser.value(pin));
        if (connection.pinnedFingerprint.isEmpty()) {
            return context.usageError(tr("--pin needs a SHA-256 fingerprint (64 hexadecimal digits)."));
        }
    }
    if (parser.isSet(noProxy)) {
        connection.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    }
    AgentClient client(connection);
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    auto hello = client.hello();
    if (!hello) {
        return context.failure(hello.errorMessage());
    }
    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(HelloMessage::encode(hello.value()));
        return ExitSuccess;
    }
    const double skew = double(asked.msecsTo(hello->serverTime)) / 1000.0;
    context.out << tr("Agent at %1: ferryd %2, protocol %3 to %4.")
                       .arg(url.toString(), hello->agentVersion)
                       .arg(hello->protocolMin)
                       .arg(hello->protocolMax)
                << '\n'
                << tr("Its clock: %1 (%2 s from ours).")
                       .arg(hello->serverTime.toString(Qt::ISODateWithMs))
                       .arg(skew, 0, 'f', 1)
                << '\n'
                << tr("Sites: %n", nullptr, int(hello->sites.size())) << '\n';
    for (const HelloSite& site : hello->sites) {
        context.out << "  " << site.name << "  " << site.uuid.toString(QUuid::WithoutBraces) << "  "
                    << tr("stage %1").arg(site.stage) << "  " << site.resources.join(QStringLiteral(", ")) << '\n';
    }
    return ExitSuccess;
}

} // namespace ferry::cli
