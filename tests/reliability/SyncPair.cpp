#include "SyncPair.h"

#include "ProcessRunner.h"
#include "net/AgentCredentialLoader.h"
#include "net/AgentEndpoints.h"
#include "store/RelationshipRepository.h"
#include "store/StateStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

namespace ferry::test {

namespace {

const char profileNamePrefix[] = "p-";

QString ferryctl(const QString& home, QStringList arguments)
{
    arguments.prepend(home);
    arguments.prepend(QStringLiteral("--home"));
    const ProcessResult result = ProcessRunner::run(QStringLiteral("ferryctl"), arguments);
    if (result.exitCode != 0) {
        return QStringLiteral("ferryctl %1: %2%3").arg(arguments.join(QLatin1Char(' ')), result.out, result.err);
    }
    return {};
}

// A copy of a folder tree with its files' permission bits, in process: thousands of seeds
// cannot afford a shell each.
bool copyTree(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to)) {
        return false;
    }
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(from);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + base.relativeFilePath(path);
        const QFileInfo info = it.fileInfo();
        if (info.isDir()) {
            if (!QDir().mkpath(target)) {
                return false;
            }
            QFile::setPermissions(target, info.permissions());
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

// A connection per database file, kept open: the suites touch the same two files thousands of
// times. No busy wait: a locked database is an answer the caller wants at once.
QSqlDatabase connectionTo(const QString& path)
{
    const QString name = QStringLiteral("reliability-") + path;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen()) {
            db.open();
        }
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    db.open();
    return db;
}

void closeConnections()
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QStringLiteral("reliability-"))) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

} // namespace

QString SyncPair::temporaryTemplate()
{
    // Memory, where the machine has it: every apply fsyncs, and thousands of seeds on a disk
    // would wait for it most of the time. FERRY_TEST_TMP overrides (e.g. a small tmpfs).
    const QString chosen = qEnvironmentVariable("FERRY_TEST_TMP");
    const QString base = !chosen.isEmpty() ? chosen : QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return base + QStringLiteral("/ferry-reliability-XXXXXX");
}

QString SyncPair::profileName(Direction direction, ConflictPolicy policy, bool deletes)
{
    return QLatin1String(profileNamePrefix) + enumKey(directionKeys, direction) + QLatin1Char('-')
           + enumKey(conflictPolicyKeys, policy) + (deletes ? QString() : QStringLiteral("-nodel"));
}

QString SyncPair::build()
{
    if (!m_dir.isValid()) {
        return QStringLiteral("no temporary folder");
    }
    // FERRY_TEST_KEEP=1 keeps the homes and sites of the last seed for a look after a failure.
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("FERRY_TEST_KEEP"));
    if (!m_dir.autoRemove()) {
        qInfo("keeping %s", qPrintable(m_dir.path()));
    }
    const QString r = root();
    // A file no history touches: Ferry rightly refuses to scan an empty files root.
    for (Side side : {Side::Stage, Side::Prod}) {
        QDir().mkpath(filesOf(side) + QStringLiteral("/keep"));
        QFile keep(filesOf(side) + QStringLiteral("/keep/README"));
        if (!keep.open(QIODevice::WriteOnly) || keep.write("kept\n") < 0) {
            return QStringLiteral("cannot write ") + keep.fileName();
        }
    }
    for (Side side : {Side::Stage, Side::Prod}) {
        if (!execSql(databaseOf(side), QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"))) {
            return QStringLiteral("cannot create ") + databaseOf(side);
        }
    }
    closeConnections();
    QFile pw(r + QStringLiteral("/pw"));
    if (!pw.open(QIODevice::WriteOnly) || pw.write("pass phrase\n") < 0) {
        return QStringLiteral("cannot write the passphrase file");
    }
    pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    pw.close();
    const QString p = homeOf(Side::Prod);
    const QString s = homeOf(Side::Stage);
    const QString pwFile = r + QStringLiteral("/pw");
    const QList<std::pair<QString, QStringList>> steps{
        {p, {QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"), QStringLiteral("CA")}},
        {p, {QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("prod"), QStringLiteral("--ip"), QStringLiteral("127.0.0.1"),
             QStringLiteral("--out"), p + QStringLiteral("/certs"), QStringLiteral("--passphrase-file"), pwFile}},
        {p, {QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("staging"), QStringLiteral("--out"),
             s + QStringLiteral("/certs"), QStringLiteral("--passphrase-file"), pwFile}},
        {p, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--files"), filesOf(Side::Prod),
             QStringLiteral("--db"), QStringLiteral("sqlite://") + databaseOf(Side::Prod), QStringLiteral("--tables"), QStringLiteral("posts")}},
        {p, {QStringLiteral("peer"), QStringLiteral("allow"), s + QStringLiteral("/certs/staging.crt"), QStringLiteral("--push")}},
        {s, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"), filesOf(Side::Stage),
             QStringLiteral("--db"), QStringLiteral("sqlite://") + databaseOf(Side::Stage), QStringLiteral("--tables"), QStringLiteral("posts")}},
        {s, {QStringLiteral("relationship"), QStringLiteral("add"), QStringLiteral("r"), QStringLiteral("--site"), QStringLiteral("www"),
             QStringLiteral("--remote"), QStringLiteral("https://127.0.0.1:1/prod"), QStringLiteral("--cert"),
             s + QStringLiteral("/certs/staging.crt"), QStringLiteral("--key"), s + QStringLiteral("/certs/staging.key"),
             QStringLiteral("--ca"), s + QStringLiteral("/certs/ca.crt")}},
    };
    for (const auto& [home, arguments] : steps) {
        if (QString failed = ferryctl(home, arguments); !failed.isEmpty()) {
            return failed;
        }
    }
    for (Direction direction : {Direction::Upload, Direction::Download, Direction::Bidirectional}) {
        for (const auto& [policy, key] : conflictPolicyKeys) {
            for (bool deletes : {true, false}) {
                QStringList arguments{QStringLiteral("profile"), QStringLiteral("add"), profileName(direction, policy, deletes),
                                      QStringLiteral("--relationship"), QStringLiteral("r"), QStringLiteral("--direction"),
                                      enumKey(directionKeys, direction), QStringLiteral("--conflict"),
                                      QString::fromLatin1(key)};
                if (!deletes) {
                    arguments.append(QStringLiteral("--no-deletes"));
                }
                if (QString failed = ferryctl(s, arguments); !failed.isEmpty()) {
                    return failed;
                }
            }
        }
    }
    if (QString started = reset(); !started.isEmpty()) {
        return started;
    }
    // The relationship's initial copy, of two empty sites: every seed starts after it.
    std::atomic_bool cancelled = false;
    SyncRunParams params{.homePath = s,
                         .profileName = profileName(Direction::Bidirectional, ConflictPolicy::Manual),
                         .confirmed = true,
                         .initialDirection = Direction::Upload};
    auto initial = SyncRun::execute(params, cancelled);
    if (!initial) {
        return QStringLiteral("initial copy: ") + initial.errorMessage();
    }
    m_server.reset();
    closeConnections();
    if (!copyTree(r, m_dir.path() + QStringLiteral("/template"))) {
        return QStringLiteral("cannot save the template");
    }
    return {};
}

QString SyncPair::reset(bool inProcessAgent)
{
    m_server.reset();
    closeConnections();
    const QString saved = m_dir.path() + QStringLiteral("/template");
    if (QDir(saved).exists() && (!QDir(root()).removeRecursively() || !copyTree(saved, root()))) {
        return QStringLiteral("cannot restore the template");
    }
    if (!inProcessAgent) {
        return {};
    }
    const QString p = homeOf(Side::Prod);
    auto credentials = AgentCredentialLoader::load(
        p, {p + QStringLiteral("/certs/prod.crt"), p + QStringLiteral("/certs/prod.key"), p + QStringLiteral("/certs/ca.crt")});
    if (!credentials) {
        return credentials.errorMessage();
    }
    auto endpoints = AgentEndpoints::open(p);
    if (!endpoints) {
        return endpoints.errorMessage();
    }
    m_server = std::make_unique<AgentServer>(std::move(endpoints).value(), credentials->tls);
    // The same port as before when it is free again, so the relationship's address holds.
    auto port = m_port != 0 ? m_server->start(QHostAddress::LocalHost, m_port) : fail(QStringLiteral("no port yet"));
    if (!port) {
        port = m_server->start(QHostAddress::LocalHost, 0);
    }
    if (!port) {
        return port.errorMessage();
    }
    if (port.value() != m_port && moveRemote(port.value()) == 0) {
        return QStringLiteral("cannot point the relationship at port %1").arg(port.value());
    }
    return {};
}

quint16 SyncPair::moveRemote(quint16 port)
{
    if (port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            return 0;
        }
        port = probe.serverPort();
    }
    auto store = StateStore::open(homeOf(Side::Stage) + QStringLiteral("/state.db"));
    if (!store) {
        return 0;
    }
    RelationshipRepository relationships(store.value()->database());
    auto relationship = relationships.findByName(QStringLiteral("r"));
    if (!relationship || !relationship.value()) {
        return 0;
    }
    Relationship moved = *relationship.value();
    moved.remoteUrl.setPort(port);
    if (!relationships.update(moved)) {
        return 0;
    }
    m_port = port;
    return port;
}

QStringList SyncPair::ferrydArguments() const
{
    const QString p = homeOf(Side::Prod);
    return {QStringLiteral("--home"), p, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
            QStringLiteral("--cert"), p + QStringLiteral("/certs/prod.crt"), QStringLiteral("--key"),
            p + QStringLiteral("/certs/prod.key"), QStringLiteral("--ca"), p + QStringLiteral("/certs/ca.crt")};
}

Result<SyncRunResult> SyncPair::run(const QString& profile, bool dryRun, const ProgressMeter::Sink& progress)
{
    std::atomic_bool cancelled = false;
    SyncRunParams params{.homePath = homeOf(Side::Stage), .profileName = profile, .dryRun = dryRun, .confirmed = true};
    return SyncRun::execute(params, cancelled, progress);
}

QMap<QString, QByteArray> filesUnder(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(folder);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        files.insert(base.relativeFilePath(path), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>"));
    }
    return files;
}

QMap<qint64, QString> postsOf(const QString& databasePath)
{
    QMap<qint64, QString> rows;
    QSqlQuery query(connectionTo(databasePath));
    if (query.exec(QStringLiteral("SELECT id, body FROM posts"))) {
        while (query.next()) {
            rows.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
    } else {
        rows.insert(-1, query.lastError().text());
    }
    return rows;
}

bool execSql(const QString& databasePath, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connectionTo(databasePath));
    if (!query.prepare(sql)) {
        return false;
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

} // namespace ferry::test
