#include "ContentDatabase.h"

#include "store/Sql.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace ferry {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    DatabaseUrl parsed;
    if (!url.isValid() || url.scheme().isEmpty()) {
        return fail(ContentDatabase::tr("'%1' is not a database URL. Use sqlite:///PATH or "
                                        "postgresql://USER@HOST:PORT/DATABASE.")
                        .arg(text));
    }
    if (!url.password().isEmpty()) {
        return fail(ContentDatabase::tr("The database URL contains a password. Ferry never stores passwords: leave it "
                                        "out and put it in ~/.pgpass (or PGPASSWORD) for the user running Ferry."));
    }
    if (url.scheme() == QLatin1String("sqlite")) {
        parsed.dialect = Dialect::Sqlite;
        parsed.path = url.path();
        if (!url.host().isEmpty() || !QFileInfo(parsed.path).isAbsolute()) {
            return fail(ContentDatabase::tr("An SQLite URL names an absolute path: sqlite:///var/www/site.db."));
        }
        return parsed;
    }
    if (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres")) {
        parsed.dialect = Dialect::Postgres;
        parsed.host = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (parsed.host.isEmpty()) {
            parsed.host = url.host();
        }
        parsed.port = url.port(5432);
        parsed.database = url.path().mid(1);
        parsed.user = url.userName();
        if (parsed.host.isEmpty() || parsed.database.isEmpty() || parsed.database.contains(QLatin1Char('/'))) {
            return fail(ContentDatabase::tr("A PostgreSQL URL names a host and a database: "
                                            "postgresql://USER@HOST:PORT/DATABASE."));
        }
        return parsed;
    }
    return fail(ContentDatabase::tr("Ferry speaks to SQLite and PostgreSQL databases, not '%1'.").arg(url.scheme()));
}

QString DatabaseUrl::toString() const
{
    if (dialect == Dialect::Sqlite) {
        return QStringLiteral("sqlite://") + path;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QStringLiteral("localhost"));
        url.setQuery(QStringLiteral("host=") + host);
    } else {
        url.setHost(host);
    }
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

ContentDatabase::ContentDatabase(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{
}

ContentDatabase::~ContentDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ContentDatabase>> ContentDatabase::open(const QString& url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        return parsed.error();
    }
    return open(parsed.value());
}

Result<std::unique_ptr<ContentDatabase>> ContentDatabase::open(const DatabaseUrl& url)
{
    const QString connectionName = QStringLiteral("ferry-content-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<ContentDatabase> content(new ContentDatabase(url, connectionName));
    const bool sqlite = url.dialect == DatabaseUrl::Dialect::Sqlite;
    if (sqlite && !QFileInfo::exists(url.path)) {
        return fail(tr("The database %1 does not exist.").arg(url.path));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                                                connectionName);
    if (!db.isValid()) {
        return fail(tr("This installation lacks Qt's %1 driver (Debian package %2).")
                        .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                             sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql")));
    }
    if (sqlite) {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=ferry"));
    }
    if (!db.open()) {
        return fail(tr("Cannot connect to the database %1 (%2).")
                        .arg(url.toString(), db.lastError().databaseText().trimmed()));
    }
    if (sqlite) {
        // This connection's page cache only (nothing is stored in the database): with SQLite's
        // 2 MB, a batch of a thousand rows spread over a large table spills dirty pages before
        // the commit, and every spill costs the journal a sync of its own.
        if (auto cached = sql::exec(db, QStringLiteral("PRAGMA cache_size = -65536")); !cached) {
            return cached.error();
        }
        // Pages read through a mapping rather than a system call each: a batch of rows spread
        // over a large table reads a thousand of them into this new connection's empty cache.
        if (auto mapped = sql::exec(db, QStringLiteral("PRAGMA mmap_size = 268435456")); !mapped) {
            return mapped.error();
        }
    }
    return content;
}

QSqlDatabase ContentDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> ContentDatabase::checkIdentifier(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!plain.match(name).hasMatch()) {
        return fail(tr("'%1' is not a table or column name Ferry can use: letters, digits and underscores, not "
                       "starting with a digit.")
                        .arg(name));
    }
    return {};
}

QString ContentDatabase::quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

} // namespace ferry
