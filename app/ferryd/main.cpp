// ferryd: the agent that serves this server's sites to its peers and runs schedules unattended.

#include "home/Home.h"
#include "net/AgentCredentialLoader.h"
#include "net/AgentEndpoints.h"
#include "net/AgentServer.h"
#include "net/CertificateExpiryWatch.h"
#include "net/ChunkLocator.h"
#include "net/HeldChunks.h"
#include "net/SignalWatcher.h"
#include "store/SiteRepository.h"
#include "store/StateStore.h"
#include "sync/Scheduler.h"
#include "net/NetLogging.h"
#include "services/SyncJobQueue.h"

#include "ferry/BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QTimer>

#include <cstdio>

namespace {

const char helpText[] = "Usage: ferryd --home DIR --listen HOST:PORT [--cert FILE --key FILE --ca FILE] [--chunk-memory MB]\n"
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
                        "  --chunk-memory MB    memory for chunks pushed here and not yet built into files\n"
                        "                       (default 256; beyond it, and with 0, they wait on disk)\n"
                        "  --check              check the home and its configuration, then exit\n"
                        "  -h, --help           show this help\n"
                        "  -v, --version        show the version\n";

// Certificates are checked when --cert/--key/--ca are given or the home has a node certificate;
// a home without any is still a valid home, it just cannot serve yet.
int check(const QString& homePath, const ferry::AgentCredentialFiles& files)
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
    const bool hasNode = QFileInfo::exists(home->path() + QStringLiteral("/trust/node.crt"));
    if (hasNode || !files.certificate.isEmpty() || !files.key.isEmpty() || !files.ca.isEmpty()) {
        auto credentials = ferry::AgentCredentialLoader::load(home->path(), files);
        if (!credentials) {
            std::fprintf(stderr, "ferryd: %s\n", qPrintable(credentials.errorMessage()));
            return 1;
        }
        std::printf("ferryd: certificate %s (%s, valid until %s); %zu trusted CA(s).\n",
                    qPrintable(credentials->certificatePath), qPrintable(credentials->certificate.commonName),
                    qPrintable(credentials->certificate.notAfter.toString(Qt::ISODate)), credentials->cas.size());
    }
    std::printf("ferryd: home %s is ready; it has %zu site(s).\n", qPrintable(home->path()), sites->size());
    return 0;
}

// HOST:PORT, HOST an IP address (or localhost), [IPv6]:PORT for IPv6.
bool parseListen(const QString& text, QHostAddress* address, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(QChar(u':'));
    if (colon <= 0) {
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QChar(u'[')) && host.endsWith(QChar(u']'))) {
        host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535) {
        return false;
    }
    *port = quint16(number);
    *address = host == QStringLiteral("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    return !address->isNull();
}

// Chunks unused this long move from memory to the chunk store on disk: a run cancelled between its
// upload and its apply keeps them for when it resumes, without holding the memory meanwhile.
constexpr qint64 heldChunksIdleMs = 10 * 60 * 1000;

bool spillHeldChunk(const QString& storeFolder, const ferry::Sha256& hash, const QByteArray& bytes)
{
    // A site removed since (its folder in the home gone with it) is not brought back for a chunk
    // no run will build anything from: the chunk is dropped.
    if (!QFileInfo::exists(QFileInfo(storeFolder).absolutePath())) {
        return true;
    }
    return bool(ferry::ChunkLocator::writeStored(storeFolder, hash, bytes));
}

int serve(const QString& homePath, const QString& listen, const ferry::AgentCredentialFiles& files)
{
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(listen, &address, &port)) {
        std::fprintf(stderr, "ferryd: --listen takes HOST:PORT with HOST an IP address, e.g. 127.0.0.1:7443; not '%s'.\n",
                     qPrintable(listen));
        return 2;
    }
    auto home = ferry::Home::open(homePath);
    if (!home) {
        std::fprintf(stderr, "ferryd: %s\n", qPrintable(home.errorMessage()));
        return 1;
    }
    auto credentials = ferry::AgentCredentialLoader::load(home->path(), files);
    if (!credentials) {
        std::fprintf(stderr, "ferryd: %s\n", qPrintable(credentials.errorMessage()));
        return 1;
    }
    auto endpoints = ferry::AgentEndpoints::open(home->path());
    if (!endpoints) {
        std::fprintf(stderr, "ferryd: %s\n", qPrintable(endpoints.errorMessage()));
        return 1;
    }
    ferry::SignalWatcher watcher;
    ferry::AgentServer server(std::move(endpoints).value(), credentials->tls);
    auto bound = server.start(address, port);
    if (!bound) {
        std::fprintf(stderr, "ferryd: %s\n", qPrintable(bound.errorMessage()));
        return 1;
    }
    ferry::CertificateExpiryWatch expiry(home->path());
    expiry.start();
    // Schedules run here, with no GUI, through the same run queue as the GUI's: one run per
    // profile at a time, on worker threads, never confirming anything itself (an initial copy or
    // a deletion past the guard stops and waits for an administrator, as its run records).
    ferry::SyncJobQueue runs(home->path());
    QObject::connect(&runs, &ferry::SyncJobQueue::jobFinished, &runs, [](const ferry::SyncJob& job) {
        if (job.result == ferry::RunState::Succeeded) {
            qCInfo(ferry::lcRuns).noquote() << "scheduled run of" << job.profileName << "done:" << job.message;
        } else {
            qCWarning(ferry::lcRuns).noquote() << "scheduled run of" << job.profileName << "failed:" << job.message;
        }
    });
    ferry::Scheduler scheduler(home->path(), [&runs](qint64 profileId, qint64 scheduleId) {
        qCInfo(ferry::lcRuns) << "schedule" << scheduleId << "starts profile" << profileId;
        return runs.enqueue(profileId, QString(), ferry::RunTrigger::Schedule) != 0;
    });
    scheduler.start();
    QObject::connect(&watcher, &ferry::SignalWatcher::terminationRequested, &server, [&](int) {
        // What a write still finishing stores goes to disk from now on: the spill below may run
        // before the last write ends.
        ferry::HeldChunks::setBudget(0);
        scheduler.stop();
        runs.cancelAll();
        server.stop();
    });
    QObject::connect(&server, &ferry::AgentServer::stopped, QCoreApplication::instance(), &QCoreApplication::quit);
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? QStringLiteral("[%1]").arg(address.toString())
                                  : address.toString();
    std::printf("ferryd: serving %s on https://%s:%u/\n", qPrintable(home->path()), qPrintable(shownHost),
                unsigned(bound.value()));
    std::fflush(stdout);
    QTimer spill;
    QObject::connect(&spill, &QTimer::timeout, [] { ferry::HeldChunks::spillUnused(heldChunksIdleMs, spillHeldChunk); });
    spill.start(60 * 1000);
    const int code = QCoreApplication::exec();
    // What a run pushed and has not applied yet waits on disk for it to resume.
    ferry::HeldChunks::spillUnused(0, spillHeldChunk);
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before any thread exists, so that SIGTERM reaches the event loop and nothing else.
    ferry::SignalWatcher::blockTerminationSignals();
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
    const QCommandLineOption chunkMemory(QStringLiteral("chunk-memory"), QString(), QStringLiteral("MB"));
    const QCommandLineOption checkOnly(QStringLiteral("check"), QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    parser.addOptions({home, listen, cert, key, ca, chunkMemory, checkOnly, help, version});
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
    bool memoryOk = true;
    const int memoryMb = parser.isSet(chunkMemory) ? parser.value(chunkMemory).toInt(&memoryOk) : 256;
    if (!memoryOk || memoryMb < 0 || memoryMb > 65536 || parser.value(chunkMemory).trimmed() != parser.value(chunkMemory)) {
        std::fprintf(stderr, "ferryd: --chunk-memory takes a number of MB from 0 to 65536, not '%s'.\n",
                     qPrintable(parser.value(chunkMemory)));
        return 2;
    }
    ferry::HeldChunks::setBudget(qint64(memoryMb) * 1024 * 1024);
    const QString homePath = ferry::Home::resolvePath(parser.value(home));
    const ferry::AgentCredentialFiles files{parser.value(cert), parser.value(key), parser.value(ca)};
    if (parser.isSet(checkOnly)) {
        return check(homePath, files);
    }
    if (!parser.isSet(listen)) {
        std::fputs("ferryd: --listen HOST:PORT is required (or --check). See 'ferryd --help'.\n", stderr);
        return 2;
    }
    return serve(homePath, parser.value(listen), files);
}
