#pragma once
// A site's content database, named by a URL:
//   sqlite:///absolute/path/to/site.db
//   postgresql://USER@HOST[:PORT]/DATABASE[?host=/socket/folder]
// A URL never carries a password: PostgreSQL passwords come from ~/.pgpass or PGPASSWORD, as
// for every libpq program, so that none is ever stored in state.db.

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ferry {

struct DatabaseUrl {
    enum class Dialect { Sqlite, Postgres };
    Dialect dialect = Dialect::Sqlite;
    QString path;      // Sqlite
    QString host;      // Postgres: a name, an address, or a socket folder
    int port = 5432;
    QString database;
    QString user;

    static Result<DatabaseUrl> parse(const QString& url);
    QString toString() const;
};

class ContentDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ContentDatabase)

public:
    static Result<std::unique_ptr<ContentDatabase>> open(const DatabaseUrl& url);
    // The same from a site's database URL as stored ("sqlite:///…", "postgresql://…").
    static Result<std::unique_ptr<ContentDatabase>> open(const QString& url);
    ~ContentDatabase();

    ContentDatabase(const ContentDatabase&) = delete;
    ContentDatabase& operator=(const ContentDatabase&) = delete;

    QSqlDatabase database() const;
    const DatabaseUrl& url() const { return m_url; }
    DatabaseUrl::Dialect dialect() const { return m_url.dialect; }

    // Table and column names are quoted into SQL, so only plain identifiers are accepted.
    static Result<void> checkIdentifier(const QString& name);
    static QString quoted(const QString& identifier);

private:
    ContentDatabase(DatabaseUrl url, QString connectionName);

    DatabaseUrl m_url;
    QString m_connectionName;
};

} // namespace ferry
