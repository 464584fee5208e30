#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

namespace ferry {

namespace {

// The handle is only usable here if Qt's SQLite driver runs on the library Ferry links (Debian's
// Qt does; a Qt built with its own copy of SQLite would not): checked once, by version.
bool driverSharesOurLibrary(const QSqlDatabase& db)
{
    static const bool shared = [&db] {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()
            && query.value(0).toString() == QLatin1String(sqlite3_libversion());
    }();
    return shared;
}

} // namespace

sqlite3* SqliteStatement::handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

Result<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase& db, const char* statement)
{
    sqlite3* connection = handleOf(db);
    if (connection == nullptr) {
        return fail(tr("The database is not an open SQLite database."));
    }
    if (!driverSharesOurLibrary(db)) {
        return fail(tr("Qt's SQLite driver uses another SQLite library than Ferry (%1): Ferry needs Qt built "
                       "with the system's SQLite.")
                        .arg(QLatin1String(sqlite3_libversion())));
    }
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(connection, statement, -1, &prepared, nullptr) != SQLITE_OK) {
        return fail(tr("The database could not be read or written (%1).").arg(QString::fromUtf8(sqlite3_errmsg(connection))));
    }
    return SqliteStatement(connection, prepared);
}

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);  // a no-op on nullptr
}

SqliteStatement& SqliteStatement::bind(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int parameter, const QString& text)
{
    return bindText(parameter, text.toUtf8());
}

SqliteStatement& SqliteStatement::bindText(int parameter, QByteArrayView utf8)
{
    // A null view binds NULL, as Qt Sql binds a null QString: a NOT NULL column then refuses
    // text that was never set, rather than storing it as ''.
    if (utf8.isNull()) {
        sqlite3_bind_null(m_statement, parameter);
    } else {
        sqlite3_bind_text64(m_statement, parameter, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int parameter, QByteArrayView bytes)
{
    if (bytes.isNull()) {
        sqlite3_bind_null(m_statement, parameter);
    } else {
        sqlite3_bind_blob64(m_statement, parameter, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Result<bool> SqliteStatement::next()
{
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW) {
        return true;
    }
    if (step == SQLITE_DONE) {
        return false;
    }
    const QString message = failure();
    sqlite3_reset(m_statement);
    return fail(message);
}

Result<void> SqliteStatement::run()
{
    auto stepped = next();
    reset();
    if (!stepped) {
        return stepped.error();
    }
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::bytes(int column) const
{
    return view(column).toByteArray();
}

QByteArrayView SqliteStatement::view(int column) const
{
    const void* data = sqlite3_column_blob(m_statement, column);  // before the size, as SQLite asks
    if (data == nullptr) {
        return {};
    }
    return {static_cast<const char*>(data), qsizetype(sqlite3_column_bytes(m_statement, column))};
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, qsizetype(sqlite3_column_bytes(m_statement, column)));
}

QString SqliteStatement::failure() const
{
    const int code = sqlite3_errcode(m_db) & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        return tr("The database is busy: another Ferry process kept it locked for too long. Try again.");
    }
    if (code == SQLITE_FULL) {
        return tr("The disk is full: the database could not be written (%1).").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    return tr("The database could not be read or written (%1).").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

} // namespace ferry
