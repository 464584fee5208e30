// ferryd: the agent that serves this server's sites to its peers and runs schedules unattended.

#include "home/Home.h"
#include "store/SiteRepository.h"
#include "store/StateStore.h"

#include "ferry/BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

const char helpText[] = "Usage: ferryd --home DIR --listen HOST:PORT [--cert FILE --key FILE --ca FILE]\n"
                        "       ferryd --home DIR --check\n"
                        "\n"
                        "The Ferry agent: serves the sites of its home to trusted peers over mutual TLS, and runs\n"
                        "their schedules unattended.\n"
                        "\n"
                        "Options:\n"
                        "  --home DIR           the Ferry home (default: $FERRY_HOME, else the XDG data folder)\n"
                        "  --listen HOST:PORT   the address to serve on\n"
                        "  --cert FILE          this node's certificate\n"
                        "  --key FILE           its private key (permissions 0600)\n"
                        "  --ca FILE            the certificate authority that peers' certificates must chain to\n"
                        "  --check              check the home and its configuration, then exit\n"
                        "  -h, --help           show this help\n"
                        "  -v, --version        show the version\n";

int check(const QString& homePath)
{
    auto home = ferry::Home::open(homePath);
    if (!home) {
        std::fprintf(stderr, "ferryd: %s\n", qPrintable(home.errorMessage()));
        return 1;
    }
    auto store = ferry::StateStore::open(home->stateDatabasePath());
    if (!store) {
        std::fprintf(stderr, "ferryd: %s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    auto sites = ferry::SiteRepository(store.value()->database()).list();
    if (!sites) {
        std::fprintf(stderr, "ferryd: %s\n", qPrintable(sites.errorMessage()));
        return 1;
    }
    std::printf("ferryd: home %s is ready; it has %zu site(s).\n", qPrintable(home->path()), sites->size());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferryd"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{type}: %{message}"));

    QCommandLineParser parser;
    const QCommandLineOption home(QStringLiteral("home"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"), QString(), QStringLiteral("HOST:PORT"));
    const QCommandLineOption cert(QStringLiteral("cert"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption checkOnly(QStringLiteral("check"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    parser.addOptions({home, listen, cert, key, ca, checkOnly, help, version});
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "ferryd: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(helpText, stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("ferryd %s\n", ferry::build::version);
        return 0;
    }
    const QString homePath = ferry::Home::resolvePath(parser.value(home));
    if (parser.isSet(checkOnly)) {
        return check(homePath);
    }
    if (!parser.isSet(listen)) {
        std::fputs("ferryd: --listen HOST:PORT is required (or --check). See 'ferryd --help'.\n", stderr);
        return 2;
    }
    // Serving over mutual TLS is the next milestone (issue 5); say so instead of pretending.
    std::fputs("ferryd: this build cannot serve sites yet; only --check is available.\n", stderr);
    return 1;
}
