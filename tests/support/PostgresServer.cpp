#include "PostgresServer.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ferry::test {
namespace {

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

QString binaryFolder()
{
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                                          QDir::Name | QDir::Reversed);
    for (const QString& version : versions) {
        const QString folder = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFile::exists(folder + QStringLiteral("/initdb"))) {
            return folder;
        }
    }
    return {};
}

} // namespace

bool PostgresServer::run(const QString& program, const QStringList& arguments, QString* error) const
{
    QProcess process;
    const QString binary = m_binaries + QLatin1Char('/') + program;
    if (::geteuid() == 0) {
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), binary} + arguments);
    } else {
        process.start(binary, arguments);
    }
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2%3").arg(program, QString::fromLocal8Bit(process.readAllStandardError()),
                                                         process.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<PostgresServer> PostgresServer::start(QString* error)
{
    std::unique_ptr<PostgresServer> server(new PostgresServer);
    server->m_binaries = binaryFolder();
    if (server->m_binaries.isEmpty()) {
        *error = QStringLiteral("PostgreSQL's server is not installed (Debian package postgresql)");
        return nullptr;
    }
    char pattern[] = "/tmp/ferry-pg-XXXXXX";
    if (!::mkdtemp(pattern)) {
        *error = QStringLiteral("cannot make a temporary folder");
        return nullptr;
    }
    server->m_folder = QString::fromLocal8Bit(pattern);
    if (::geteuid() == 0) {
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(pattern, postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand the temporary folder to the postgres user");
            return nullptr;
        }
    }
    const QString data = server->m_folder + QStringLiteral("/data");
    if (!server->run(QStringLiteral("initdb"),
                     {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("ferry"), QStringLiteral("-A"),
                      QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
                     error)) {
        return nullptr;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        server->m_port = freePort();
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                    .arg(server->m_port)
                                    .arg(server->m_folder);
        if (server->run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), data, QStringLiteral("-l"), server->m_folder + QStringLiteral("/server.log"),
                         QStringLiteral("-w"), QStringLiteral("-o"), options, QStringLiteral("start")},
                        error)) {
            return server;
        }
    }
    return nullptr;
}

PostgresServer::~PostgresServer()
{
    if (m_port > 0) {
        QString ignored;
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_folder + QStringLiteral("/data"), QStringLiteral("-m"),
                                       QStringLiteral("immediate"), QStringLiteral("stop")},
            &ignored);
    }
    if (!m_folder.isEmpty()) {
        QDir(m_folder).removeRecursively();
    }
}

bool PostgresServer::stop(QString* error) const
{
    return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_folder + QStringLiteral("/data"), QStringLiteral("-m"),
                                          QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
               error);
}

bool PostgresServer::restart(QString* error) const
{
    // pg_ctl restart starts the server with the options it was last started with.
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_folder + QStringLiteral("/data"), QStringLiteral("-l"), m_folder + QStringLiteral("/server.log"),
                QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("restart")},
               error);
}

QString PostgresServer::url(const QString& database) const
{
    return QStringLiteral("postgresql://ferry@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PostgresServer::createDatabase(const QString& name, QString* error) const
{
    const QString connection = QUuid::createUuid().toString();
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("ferry"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery query(db);
            created = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!created) {
                *error = query.lastError().text();
            }
            db.close();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return created;
}

} // namespace ferry::test
