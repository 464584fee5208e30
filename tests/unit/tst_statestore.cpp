// StateStore: opening, migrating, refusing and sharing state.db.

#include "TempHome.h"
#include "store/Migrations.h"
#include "store/SiteRepository.h"
#include "store/StateStore.h"
#include "store/SyncLogRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <atomic>

using namespace ferry;

namespace {

// Builds a database file from an SQL script with plain Qt SQL, as an older Ferry would have left it.
void createFromScript(const QString& databasePath, const QString& scriptPath)
{
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        QVERIFY(db.open());
        QString script = QString::fromUtf8(test::readAll(scriptPath));
        QStringList lines;
        for (const QString& line : script.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("--"))) {
                lines << line;
            }
        }
        for (const QString& statement : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty()) {
                continue;
            }
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

qint64 pragma(StateStore& store, const char* name)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    query.next();
    return query.value(0).toLongLong();
}

} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsCreatedAtLatestVersionInWalMode();
    void emptyFileLeftByAnInterruptedFirstOpenIsInitialised();
    void upgradesAVersion1FileInPlaceKeepingItsRows();
    void refusesDamagedFilesWithoutChangingThem_data();
    void refusesDamagedFilesWithoutChangingThem();
    void refusesAFileFromANewerFerry();
    void refusesAnotherProgramsDatabase();
    void failedWriteLeavesNothingBehind();
    void concurrentWritersLoseNothing();
    void concurrentFirstOpensMigrateOnce();
    void upgradesAVersion3LogSoItsEntriesCanBeSearched();
};

void TestStateStore::newFileIsCreatedAtLatestVersionInWalMode()
{
    test::TempHome home;
    auto store = home.openStore();
    QCOMPARE(pragma(*store, "user_version"), qint64(Migrations::latestVersion()));
    QCOMPARE(pragma(*store, "application_id"), qint64(Migrations::applicationId));
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(*store, "foreign_keys"), qint64(1));
}

void TestStateStore::emptyFileLeftByAnInterruptedFirstOpenIsInitialised()
{
    test::TempHome home;
    home.writeFile(QStringLiteral("home/state.db"), QByteArray());
    auto store = StateStore::open(home.stateDatabasePath());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.errorMessage()));
    QCOMPARE(pragma(*store.value(), "user_version"), qint64(Migrations::latestVersion()));
}

void TestStateStore::upgradesAVersion1FileInPlaceKeepingItsRows()
{
    test::TempHome home;
    home.makeFolder(QStringLiteral("home"));
    createFromScript(home.stateDatabasePath(), QStringLiteral(FERRY_TEST_DATA_DIR "/state-v1.sql"));
    auto store = StateStore::open(home.stateDatabasePath());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.errorMessage()));
    QCOMPARE(pragma(*store.value(), "user_version"), qint64(Migrations::latestVersion()));

    auto sites = SiteRepository(store.value()->database()).list();
    QVERIFY(sites.ok());
    QCOMPARE(sites->size(), std::size_t(1));
    QCOMPARE(sites->front().name, QStringLiteral("legacy"));
    QCOMPARE(sites->front().uuid, QUuid::fromString(QStringLiteral("5b0e8a3c-6f7e-4c2b-9d1a-2f4b6c8d0e1f")));
    QCOMPARE(sites->front().createdAt.toMSecsSinceEpoch(), qint64(1767225600000));
    QCOMPARE(sites->front().keepVersionsDays, 30);  // version 6's column, with its default

    // The tables of version 2 exist and work.
    LogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.relationship = QStringLiteral("legacy-to-prod");
    entry.site = QStringLiteral("legacy");
    entry.resource = QStringLiteral("files");
    entry.action = QStringLiteral("check");
    QVERIFY(SyncLogRepository(store.value()->database()).append(entry).ok());

    // A copy of the old file was kept beside it, still at version 1 (header offset 60).
    const QByteArray kept = test::readAll(home.stateDatabasePath() + QStringLiteral(".v1.bak"));
    QVERIFY(kept.size() >= 100);
    QCOMPARE(qFromBigEndian<quint32>(kept.constData() + 60), quint32(1));
    QVERIFY(kept.contains("legacy-to-prod"));
}

void TestStateStore::refusesDamagedFilesWithoutChangingThem_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not an SQLite database");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("truncated state file") << QStringLiteral("truncated") << QStringLiteral("truncated");
    QTest::newRow("header only") << QStringLiteral("header") << QStringLiteral("damaged");
}

void TestStateStore::refusesDamagedFilesWithoutChangingThem()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    test::TempHome home;
    QByteArray bytes;
    if (kind == QLatin1String("random")) {
        bytes.resize(8192);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    } else if (kind == QLatin1String("text")) {
        bytes = "sites:\n  - www\n";
    } else {
        {
            auto store = home.openStore();
            SiteRepository sites(store->database());
            for (int i = 0; i < 200; ++i) {
                Site site;
                site.uuid = QUuid::createUuid();
                site.name = QStringLiteral("site-%1").arg(i);
                site.filesRoot = QStringLiteral("/srv/%1").arg(i);
                site.createdAt = QDateTime::currentDateTimeUtc();
                QVERIFY(sites.insert(site).ok());
            }
        }
        bytes = test::readAll(home.stateDatabasePath());
        QVERIFY(bytes.size() > 8192);
        bytes.truncate(kind == QLatin1String("truncated") ? bytes.size() / 2 : 100);
        if (kind == QLatin1String("header")) {
            bytes[28] = 0;  // a header that claims no pages, with no schema page behind it
            bytes[29] = 0;
            bytes[30] = 0;
            bytes[31] = 1;
        }
        QFile::remove(home.stateDatabasePath());
    }
    const QString path = home.writeFile(QStringLiteral("home/state.db"), bytes);

    auto store = StateStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.errorMessage().contains(expected), qPrintable(store.errorMessage()));
    QVERIFY2(store.errorMessage().contains(QLatin1String("has not changed it")), qPrintable(store.errorMessage()));
    QCOMPARE(test::readAll(path), bytes);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

void TestStateStore::refusesAFileFromANewerFerry()
{
    test::TempHome home;
    {
        auto store = home.openStore();
        QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    const QByteArray before = test::readAll(home.stateDatabasePath());
    auto store = StateStore::open(home.stateDatabasePath());
    QVERIFY(!store.ok());
    QVERIFY2(store.errorMessage().contains(QLatin1String("newer version of Ferry (state format 99")),
             qPrintable(store.errorMessage()));
    QCOMPARE(test::readAll(home.stateDatabasePath()), before);
}

void TestStateStore::refusesAnotherProgramsDatabase()
{
    test::TempHome home;
    home.makeFolder(QStringLiteral("home"));
    const QString connection = QStringLiteral("foreign");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(home.stateDatabasePath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    const QByteArray before = test::readAll(home.stateDatabasePath());

    auto store = StateStore::open(home.stateDatabasePath());
    QVERIFY(!store.ok());
    QVERIFY2(store.errorMessage().contains(QLatin1String("not Ferry's state")), qPrintable(store.errorMessage()));
    QCOMPARE(test::readAll(home.stateDatabasePath()), before);
}

void TestStateStore::failedWriteLeavesNothingBehind()
{
    test::TempHome home;
    auto store = home.openStore();
    SiteRepository sites(store->database());
    auto outcome = store->write([&]() -> Result<void> {
        Site site;
        site.uuid = QUuid::createUuid();
        site.name = QStringLiteral("half");
        site.filesRoot = QStringLiteral("/srv/half");
        site.createdAt = QDateTime::currentDateTimeUtc();
        if (auto inserted = sites.insert(site); !inserted) {
            return inserted.error();
        }
        return fail(QStringLiteral("the second half failed"));
    });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errorMessage(), QStringLiteral("the second half failed"));
    QCOMPARE(sites.list()->size(), std::size_t(0));
}

void TestStateStore::concurrentWritersLoseNothing()
{
    test::TempHome home;
    home.openStore();  // create it
    constexpr int writers = 4;
    constexpr int entriesEach = 150;
    std::atomic<int> failures{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back(QThread::create([&, w]() {
            auto store = StateStore::open(home.stateDatabasePath());
            if (!store) {
                ++failures;
                return;
            }
            SyncLogRepository log(store.value()->database());
            for (int i = 0; i < entriesEach; ++i) {
                auto written = store.value()->write([&]() -> Result<void> {
                    LogEntry entry;
                    entry.time = QDateTime::currentDateTimeUtc();
                    entry.relationship = QStringLiteral("writer-%1").arg(w);
                    entry.site = QStringLiteral("www");
                    entry.resource = QStringLiteral("files");
                    entry.action = QStringLiteral("entry %1").arg(i);
                    auto appended = log.append(entry);
                    return appended ? Result<void>() : appended.error();
                });
                if (!written) {
                    qWarning("%s", qPrintable(written.errorMessage()));
                    ++failures;
                }
            }
        }));
        threads.back()->start();
    }
    for (auto& thread : threads) {
        QVERIFY(thread->wait(120000));
    }
    QCOMPARE(failures.load(), 0);
    auto store = home.openStore();
    QCOMPARE(SyncLogRepository(store->database()).count().value(), qint64(writers * entriesEach));
}

void TestStateStore::concurrentFirstOpensMigrateOnce()
{
    for (int round = 0; round < 5; ++round) {
        test::TempHome home;
        QDir().mkpath(home.homePath());
        std::atomic<int> failures{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 3; ++t) {
            threads.emplace_back(QThread::create([&]() {
                auto store = StateStore::open(home.stateDatabasePath());
                if (!store) {
                    qWarning("%s", qPrintable(store.errorMessage()));
                    ++failures;
                }
            }));
            threads.back()->start();
        }
        for (auto& thread : threads) {
            QVERIFY(thread->wait(60000));
        }
        QCOMPARE(failures.load(), 0);
        auto store = home.openStore();
        QCOMPARE(pragma(*store, "user_version"), qint64(Migrations::latestVersion()));
    }
}

void TestStateStore::upgradesAVersion3LogSoItsEntriesCanBeSearched()
{
    test::TempHome home;
    QDir().mkpath(home.homePath());
    // A file as Ferry left it at version 3, with two log entries written then.
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(home.stateDatabasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const Migration& migration : Migrations::all()) {
            if (migration.version <= 3) {
                for (const QString& statement : migration.statements) {
                    QVERIFY2(query.exec(statement), qPrintable(statement));
                }
            }
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 3")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Migrations::applicationId)));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO sync_log (time, relationship, site, resource, mode, action, result, message) VALUES "
            "(1, 'www-prod', 'www', 'assets', 'push', 'update', 'error', 'Permission denied on logo.png'), "
            "(2, 'www-prod', 'www', 'assets', 'push', 'update', 'ok', 'sent index.html')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto store = home.openStore();
    QCOMPARE(pragma(*store, "user_version"), qint64(Migrations::latestVersion()));
    SyncLogRepository log(store->database());
    const auto found = log.page(SyncLogFilter{.text = QStringLiteral("permission")}, 0, 10);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), std::size_t(1));
    QCOMPARE(found->front().message, QStringLiteral("Permission denied on logo.png"));
    QCOMPARE(log.page(SyncLogFilter{.result = LogResult::Ok}, 0, 10).value().front().message,
             QStringLiteral("sent index.html"));
    // New entries are indexed by the trigger from now on.
    LogEntry later{.time = QDateTime::currentDateTimeUtc(), .relationship = QStringLiteral("www-prod"),
                   .site = QStringLiteral("www"), .resource = QStringLiteral("assets"),
                   .action = QStringLiteral("update"), .message = QStringLiteral("Permission restored")};
    QVERIFY(log.append(later).ok());
    QCOMPARE(log.page(SyncLogFilter{.text = QStringLiteral("permission")}, 0, 10).value().size(), std::size_t(2));
    QVERIFY(QFileInfo::exists(home.stateDatabasePath() + QStringLiteral(".v3.bak")));
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
