// SqliteStatement: statements run through SQLite's own API on a Qt Sql connection store what Qt
// reads back, take part in the connection's transaction, and fail with a message a person can act on.

#include "store/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ferry;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storesWhatQtReadsBack();
    void readsWhatQtStored();
    void countsTheRowsARunChanged();
    void takesPartInTheConnectionsTransaction();
    void aFailedRunSaysWhyAndTheStatementRunsAgain();
    void aLockedDatabaseIsReportedAsBusy();
    void refusesWhatItCannotRun();

private:
    QSqlDatabase open(const QString& options = {});

    QTemporaryDir m_dir;
    QStringList m_connections;
};

QSqlDatabase TestSqliteStatement::open(const QString& options)
{
    const QString name = QUuid::createUuid().toString();
    m_connections << name;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_dir.filePath(QStringLiteral("test.db")));
    db.setConnectOptions(options);
    [&] { QVERIFY(db.open()); }();
    return db;
}

void TestSqliteStatement::init()
{
    QVERIFY(m_dir.isValid());
    QSqlDatabase db = open();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT, data BLOB)")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM items")));
}

void TestSqliteStatement::cleanup()
{
    for (const QString& name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

void TestSqliteStatement::storesWhatQtReadsBack()
{
    QSqlDatabase db = QSqlDatabase::database(m_connections.first());
    auto insert = SqliteStatement::prepare(db, "INSERT INTO items (id, name, data) VALUES (?, ?, ?)");
    QVERIFY2(insert, qPrintable(insert ? QString() : insert.errorMessage()));
    const QByteArray bytes("a\0b\xff", 4);
    QVERIFY(insert->bind(1, qint64(1) << 40).bind(2, QStringLiteral("Grüße ✓")).bindBlob(3, bytes).run());
    QVERIFY(insert->bind(1, qint64(1) << 41).bind(2, QString()).bindBlob(3, QByteArrayView()).run());
    QVERIFY(insert->bind(1, qint64(1) << 42).bind(2, QStringLiteral("")).bindBlob(3, QByteArray("")).run());

    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT id, name, data, typeof(id), typeof(name), typeof(data) FROM items ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(1) << 40);
    QCOMPARE(query.value(1).toString(), QStringLiteral("Grüße ✓"));
    QCOMPARE(query.value(2).toByteArray(), bytes);
    QCOMPARE(query.value(3).toString(), QStringLiteral("integer"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("text"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("blob"));
    QVERIFY(query.next());  // null text and a null blob are NULL, as Qt Sql binds them
    QCOMPARE(query.value(4).toString(), QStringLiteral("null"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("null"));
    QVERIFY(query.next());  // empty ones are empty
    QCOMPARE(query.value(4).toString(), QStringLiteral("text"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("blob"));
    QVERIFY(!query.next());
}

void TestSqliteStatement::readsWhatQtStored()
{
    QSqlDatabase db = QSqlDatabase::database(m_connections.first());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO items (id, name, data) VALUES (?, ?, ?)")));
    for (int id : {3, 1, 2}) {
        insert.addBindValue(id);
        insert.addBindValue(QStringLiteral("név %1").arg(id));
        insert.addBindValue(QByteArray(id, char(id)));
        QVERIFY(insert.exec());
    }
    auto select = SqliteStatement::prepare(db, "SELECT id, name, data FROM items WHERE id >= ? ORDER BY id");
    QVERIFY2(select, qPrintable(select ? QString() : select.errorMessage()));
    select->bind(1, 2);
    QStringList seen;
    for (auto row = select->next(); row && row.value(); row = select->next()) {
        QCOMPARE(select->bytes(2), QByteArray(int(select->int64(0)), char(select->int64(0))));
        QCOMPARE(select->view(2).size(), select->int64(0));
        seen << select->text(1);
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("név 2"), QStringLiteral("név 3")}));

    // Text Qt stored is found by text bound here: what the site index's look-ups rely on.
    auto byName = SqliteStatement::prepare(db, "SELECT id FROM items WHERE name = ?");
    QVERIFY2(byName, qPrintable(byName ? QString() : byName.errorMessage()));
    auto found = byName->bind(1, QStringLiteral("név 3")).next();
    QVERIFY(found && found.value());
    QCOMPARE(byName->int64(0), qint64(3));
}

void TestSqliteStatement::countsTheRowsARunChanged()
{
    QSqlDatabase db = QSqlDatabase::database(m_connections.first());
    auto insert = SqliteStatement::prepare(db, "INSERT OR IGNORE INTO items (id) VALUES (?)");
    QVERIFY2(insert, qPrintable(insert ? QString() : insert.errorMessage()));
    QVERIFY(insert->bind(1, 7).run());
    QCOMPARE(insert->changes(), 1);
    QVERIFY(insert->bind(1, 7).run());
    QCOMPARE(insert->changes(), 0);  // already there: ignored
}

void TestSqliteStatement::takesPartInTheConnectionsTransaction()
{
    QSqlDatabase db = QSqlDatabase::database(m_connections.first());
    QSqlQuery control(db);
    QVERIFY(control.exec(QStringLiteral("BEGIN")));
    auto insert = SqliteStatement::prepare(db, "INSERT INTO items (id) VALUES (?)");
    QVERIFY2(insert, qPrintable(insert ? QString() : insert.errorMessage()));
    QVERIFY(insert->bind(1, 1).run());
    QVERIFY(control.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(control.exec(QStringLiteral("SELECT count(*) FROM items")));
    QVERIFY(control.next());
    QCOMPARE(control.value(0).toInt(), 0);
}

void TestSqliteStatement::aFailedRunSaysWhyAndTheStatementRunsAgain()
{
    QSqlDatabase db = QSqlDatabase::database(m_connections.first());
    auto insert = SqliteStatement::prepare(db, "INSERT INTO items (id) VALUES (?)");
    QVERIFY2(insert, qPrintable(insert ? QString() : insert.errorMessage()));
    QVERIFY(insert->bind(1, 1).run());
    auto twice = insert->bind(1, 1).run();
    QVERIFY(!twice);
    QVERIFY2(twice.errorMessage().contains(QLatin1String("UNIQUE constraint failed: items.id")),
             qPrintable(twice.errorMessage()));
    QVERIFY(insert->bind(1, 2).run());
}

void TestSqliteStatement::aLockedDatabaseIsReportedAsBusy()
{
    QSqlDatabase holder = QSqlDatabase::database(m_connections.first());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSqlDatabase other = open(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    auto insert = SqliteStatement::prepare(other, "INSERT INTO items (id) VALUES (?)");
    QVERIFY2(insert, qPrintable(insert ? QString() : insert.errorMessage()));
    auto blocked = insert->bind(1, 1).run();
    QVERIFY(!blocked);
    QVERIFY2(blocked.errorMessage().contains(QLatin1String("busy")), qPrintable(blocked.errorMessage()));
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QVERIFY(insert->bind(1, 1).run());
}

void TestSqliteStatement::refusesWhatItCannotRun()
{
    QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("never opened"));
    m_connections << closed.connectionName();
    auto notOpen = SqliteStatement::prepare(closed, "SELECT 1");
    QVERIFY(!notOpen);
    QCOMPARE(notOpen.errorMessage(), QStringLiteral("The database is not an open SQLite database."));

    auto badSql = SqliteStatement::prepare(QSqlDatabase::database(m_connections.first()), "SELECT name FROM nowhere");
    QVERIFY(!badSql);
    QVERIFY2(badSql.errorMessage().contains(QLatin1String("no such table: nowhere")), qPrintable(badSql.errorMessage()));
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
