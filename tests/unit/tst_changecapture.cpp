// ChangeCapture on SQLite and on a real PostgreSQL server alike: every test runs on both.

#include "PostgresServer.h"
#include "TempHome.h"
#include "site/ChangeCapture.h"
#include "site/RowHarvest.h"
#include "site/RowStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace ferry;

namespace {

test::PostgresServer* postgres()
{
    static std::unique_ptr<test::PostgresServer> server = [] {
        QString error;
        auto started = test::PostgresServer::start(&error);
        if (!started) {
            qWarning("cannot start PostgreSQL: %s", qPrintable(error));
        }
        return started;
    }();
    return server.get();
}

bool execAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

QStringList describe(const std::vector<CapturedRowChange>& changes)
{
    QStringList list;
    for (const auto& change : changes) {
        list << QStringLiteral("%1 %2 %3").arg(change.table, change.deleted ? QStringLiteral("delete") : QStringLiteral("upsert"), change.key);
    }
    return list;
}

} // namespace

class TestChangeCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void refusesTablesWithoutAKeyAndChangesNothing();
    void existingRowsAreRecordedOnce();
    void insertsUpdatesAndDeletesAreCapturedOnce();
    void acknowledgedChangesAloneAreRemoved();
    void compositeKeysHaveOneCanonicalForm();
    void rowsAppliedForAPeerAreNotCaptured();
    void concurrentWritersAreCapturedExactlyOnce();
    void anInterruptedHarvestCountsNothingTwice();
    void removalLeavesTheDatabaseAsItWas();
    void aColumnAddedBetweenTwoReadingsIsRead();

private:
    std::unique_ptr<ContentDatabase> openDatabase() const;
    std::unique_ptr<test::TempHome> m_home;
    QString m_url;
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<ChangeCapture> m_capture;
    int m_counter = 0;
};

void TestChangeCapture::initTestCase_data()
{
    QTest::addColumn<bool>("onPostgres");
    QTest::newRow("SQLite") << false;
    QTest::newRow("PostgreSQL") << true;
}

std::unique_ptr<ContentDatabase> TestChangeCapture::openDatabase() const
{
    auto opened = ContentDatabase::open(DatabaseUrl::parse(m_url).value());
    if (!opened) {
        qFatal("%s", qPrintable(opened.errorMessage()));
    }
    return std::move(opened).value();
}

void TestChangeCapture::init()
{
    QFETCH_GLOBAL(bool, onPostgres);
    m_home = std::make_unique<test::TempHome>();
    if (onPostgres) {
        QVERIFY2(postgres(), "a PostgreSQL server is needed (see the warning above)");
        const QString name = QStringLiteral("capture_%1").arg(++m_counter);
        QString error;
        QVERIFY2(postgres()->createDatabase(name, &error), qPrintable(error));
        m_url = postgres()->url(name);
    } else {
        m_url = QStringLiteral("sqlite://") + m_home->writeFile(QStringLiteral("content.db"), QByteArray());
    }
    m_database = openDatabase();
    QVERIFY(execAll(m_database->database(),
                    {QStringLiteral("CREATE TABLE pages (id INTEGER PRIMARY KEY, title TEXT, body TEXT)"),
                     QStringLiteral("CREATE TABLE tags (page_id INTEGER, tag TEXT, weight INTEGER, PRIMARY KEY (page_id, tag))"),
                     QStringLiteral("CREATE TABLE visits (page_id INTEGER, seen TEXT)")}));
    m_capture = ChangeCapture::forDatabase(*m_database);
}

void TestChangeCapture::cleanup()
{
    m_capture.reset();
    m_database.reset();
    m_home.reset();
}

void TestChangeCapture::refusesTablesWithoutAKeyAndChangesNothing()
{
    auto refused = m_capture->install({QStringLiteral("pages"), QStringLiteral("visits")});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().startsWith(QLatin1String("Table visits has no primary key.")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(m_capture->isInstalled().value(), false);
    auto missing = m_capture->install({QStringLiteral("nowhere")});
    QCOMPARE(missing.errorMessage(), QStringLiteral("The database has no table nowhere."));
    QVERIFY(!m_capture->install({QStringLiteral("pages; DROP TABLE tags")}).ok());
    QVERIFY(execAll(m_database->database(), {QStringLiteral("INSERT INTO pages VALUES (1, 'a', 'b')")}));
}

void TestChangeCapture::existingRowsAreRecordedOnce()
{
    QVERIFY(execAll(m_database->database(), {QStringLiteral("INSERT INTO pages VALUES (1, 'Home', 'x')"),
                                             QStringLiteral("INSERT INTO pages VALUES (2, 'About', 'y')")}));
    QVERIFY(m_capture->install({QStringLiteral("pages"), QStringLiteral("tags")}).ok());
    QCOMPARE(describe(m_capture->pending(100).value()),
             (QStringList{QStringLiteral("pages upsert [1]"), QStringLiteral("pages upsert [2]")}));
}

void TestChangeCapture::insertsUpdatesAndDeletesAreCapturedOnce()
{
    QVERIFY(execAll(m_database->database(), {QStringLiteral("INSERT INTO pages VALUES (1, 'Home', 'x')"),
                                             QStringLiteral("INSERT INTO pages VALUES (2, 'About', 'y')"),
                                             QStringLiteral("INSERT INTO pages VALUES (5, 'Old', 'z')")}));
    QVERIFY(m_capture->install({QStringLiteral("pages")}).ok());
    auto existing = m_capture->pending(100).value();
    std::vector<qint64> ids;
    for (const auto& change : existing) {
        ids.push_back(change.id);
    }
    QVERIFY(m_capture->acknowledge(ids).ok());
    QVERIFY(m_capture->pending(100)->empty());

    QVERIFY(execAll(m_database->database(), {
        QStringLiteral("INSERT INTO pages VALUES (3, 'News', 'n')"),
        QStringLiteral("UPDATE pages SET title = 'Welcome' WHERE id = 1"),
        QStringLiteral("UPDATE pages SET title = 'About' WHERE id = 2"),  // no change at all
        QStringLiteral("DELETE FROM pages WHERE id = 2"),
        QStringLiteral("UPDATE pages SET id = 6 WHERE id = 5"),           // the key itself changes
    }));
    QCOMPARE(describe(m_capture->pending(100).value()),
             (QStringList{QStringLiteral("pages upsert [3]"), QStringLiteral("pages upsert [1]"),
                          QStringLiteral("pages delete [2]"), QStringLiteral("pages delete [5]"),
                          QStringLiteral("pages upsert [6]")}));
}

void TestChangeCapture::acknowledgedChangesAloneAreRemoved()
{
    // More than one statement's worth of ids, and one left out in the middle: it alone stays.
    QStringList inserts;
    for (int i = 1; i <= 2500; ++i) {
        inserts << QStringLiteral("INSERT INTO pages VALUES (%1, 'p', 'b')").arg(i);
    }
    QVERIFY(execAll(m_database->database(), inserts));
    QVERIFY(m_capture->install({QStringLiteral("pages")}).ok());
    const std::vector<CapturedRowChange> existing = m_capture->pending(3000).value();
    QCOMPARE(existing.size(), std::size_t(2500));
    std::vector<qint64> ids;
    for (const auto& change : existing) {
        if (change.key != QStringLiteral("[1500]")) {
            ids.push_back(change.id);
        }
    }
    QVERIFY(m_capture->acknowledge(ids).ok());
    QCOMPARE(describe(m_capture->pending(3000).value()), QStringList{QStringLiteral("pages upsert [1500]")});
}

void TestChangeCapture::compositeKeysHaveOneCanonicalForm()
{
    QVERIFY(m_capture->install({QStringLiteral("tags")}).ok());
    QVERIFY(execAll(m_database->database(), {QStringLiteral("INSERT INTO tags VALUES (7, 'news', 1)"),
                                             QStringLiteral("UPDATE tags SET weight = 2 WHERE page_id = 7"),
                                             QStringLiteral("DELETE FROM tags WHERE tag = 'news'")}));
    QCOMPARE(describe(m_capture->pending(100).value()),
             (QStringList{QStringLiteral("tags upsert [7,\"news\"]"), QStringLiteral("tags upsert [7,\"news\"]"),
                          QStringLiteral("tags delete [7,\"news\"]")}));
}

void TestChangeCapture::rowsAppliedForAPeerAreNotCaptured()
{
    QVERIFY(m_capture->install({QStringLiteral("pages")}).ok());
    auto applied = m_capture->applyAsPeer([](const QSqlDatabase& db) -> Result<void> {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("INSERT INTO pages VALUES (10, 'From the peer', 'p')"))) {
            return fail(query.lastError().text());
        }
        return {};
    });
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.errorMessage()));
    QVERIFY(m_capture->pending(100)->empty());
    // Capture is back on for everyone else afterwards.
    QVERIFY(execAll(m_database->database(), {QStringLiteral("UPDATE pages SET body = 'local edit' WHERE id = 10")}));
    QCOMPARE(describe(m_capture->pending(100).value()), QStringList{QStringLiteral("pages upsert [10]")});
    // A failed apply leaves nothing behind, not even the suppression.
    auto failed = m_capture->applyAsPeer([](const QSqlDatabase& db) -> Result<void> {
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO pages VALUES (11, 'half', 'h')"));
        return fail(QStringLiteral("the batch's second half failed"));
    });
    QVERIFY(!failed.ok());
    QSqlQuery count(m_database->database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM pages WHERE id = 11")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    QVERIFY(execAll(m_database->database(), {QStringLiteral("INSERT INTO pages VALUES (12, 'later', 'l')")}));
    QCOMPARE(m_capture->pending(100)->size(), std::size_t(2));
}

void TestChangeCapture::concurrentWritersAreCapturedExactlyOnce()
{
    QVERIFY(m_capture->install({QStringLiteral("pages")}).ok());
    const QUuid site = QUuid::createUuid();
    auto index = SiteIndex::open(m_home->root() + QStringLiteral("/index.db"), site).value();
    constexpr int writers = 3;
    constexpr int rowsEach = 150;
    std::vector<std::unique_ptr<QThread>> threads;
    std::atomic<int> failures{0};
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back(QThread::create([&, w]() {
            auto database = openDatabase();
            for (int i = 0; i < rowsEach; ++i) {
                QSqlQuery query(database->database());
                query.prepare(QStringLiteral("INSERT INTO pages (id, title, body) VALUES (?, ?, ?)"));
                query.addBindValue(w * 1000 + i);
                query.addBindValue(QStringLiteral("page"));
                query.addBindValue(QStringLiteral("body"));
                if (!query.exec()) {
                    ++failures;
                }
            }
        }));
        threads.back()->start();
    }
    // Harvest while they write, then once more after.
    qint64 changed = 0;
    while (std::any_of(threads.begin(), threads.end(), [](const auto& t) { return t->isRunning(); })) {
        changed += RowHarvest::run(*m_capture, *index).value();
    }
    for (auto& thread : threads) {
        QVERIFY(thread->wait(60000));
    }
    changed += RowHarvest::run(*m_capture, *index).value();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(changed, qint64(writers * rowsEach));
    QCOMPARE(index->totals()->rows, qint64(writers * rowsEach));
    const FeedPage page = index->changesSince(0, 100000).value();
    for (const FeedEntry& entry : page.entries) {
        QCOMPARE(entry.version.counter(site), quint64(1));  // each row counted once
    }
    QVERIFY(m_capture->pending(10)->empty());
}

void TestChangeCapture::anInterruptedHarvestCountsNothingTwice()
{
    QVERIFY(m_capture->install({QStringLiteral("pages")}).ok());
    QVERIFY(execAll(m_database->database(), {QStringLiteral("INSERT INTO pages VALUES (1, 'a', 'a')"),
                                             QStringLiteral("INSERT INTO pages VALUES (2, 'b', 'b')")}));
    const QUuid site = QUuid::createUuid();
    auto index = SiteIndex::open(m_home->root() + QStringLiteral("/index.db"), site).value();
    // The index took the changes, then the process died before they left the database.
    QCOMPARE(index->takeRowChanges(m_capture->pending(100).value(), 1000).value(), 2);
    QCOMPARE(RowHarvest::run(*m_capture, *index).value(), qint64(0));
    QVERIFY(m_capture->pending(100)->empty());
    const FeedPage page = index->changesSince(0, 100).value();
    QCOMPARE(page.entries.size(), std::size_t(2));
    for (const FeedEntry& entry : page.entries) {
        QCOMPARE(entry.version.counter(site), quint64(1));
    }
}

void TestChangeCapture::removalLeavesTheDatabaseAsItWas()
{
    QVERIFY(execAll(m_database->database(), {QStringLiteral("INSERT INTO pages VALUES (1, 'Home', 'x')")}));
    QVERIFY(m_capture->install({QStringLiteral("pages"), QStringLiteral("tags")}).ok());
    QVERIFY(m_capture->remove({QStringLiteral("pages"), QStringLiteral("tags")}).ok());
    QCOMPARE(m_capture->isInstalled().value(), false);
    // The tables work as before, with their rows, and nothing of Ferry's is left.
    QVERIFY(execAll(m_database->database(), {QStringLiteral("INSERT INTO pages VALUES (2, 'After', 'y')")}));
    QSqlQuery query(m_database->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pages")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QFETCH_GLOBAL(bool, onPostgres);
    QVERIFY(query.exec(onPostgres ? QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '_ferry%' "
                                                   "UNION ALL SELECT count(*) FROM pg_proc WHERE proname LIKE '_ferry%'")
                                  : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '_ferry%'")));
    while (query.next()) {
        QCOMPARE(query.value(0).toInt(), 0);
    }
}

void TestChangeCapture::aColumnAddedBetweenTwoReadingsIsRead()
{
    // RowStore keeps a table's columns while one read transaction lasts (a run reads a batch's
    // rows in one); a column the site's application adds before the next is read with it.
    QVERIFY(execAll(m_database->database(), {QStringLiteral("INSERT INTO pages VALUES (1, 'Home', 'x')")}));
    QVERIFY(m_capture->install({QStringLiteral("pages")}).ok());
    RowStore store(*m_capture);
    auto before = store.read(QStringLiteral("pages"), QStringLiteral("[1]"));
    QVERIFY2(before, qPrintable(before ? QString() : before.errorMessage()));
    QCOMPARE(before->size(), 3);
    QCOMPARE(before->value(QStringLiteral("title")).toString(), QStringLiteral("Home"));

    QVERIFY(execAll(m_database->database(), {QStringLiteral("ALTER TABLE pages ADD COLUMN summary TEXT"),
                                             QStringLiteral("UPDATE pages SET summary = 'Start here' WHERE id = 1")}));
    store.forgetSchema();
    auto after = store.read(QStringLiteral("pages"), QStringLiteral("[1]"));
    QVERIFY2(after, qPrintable(after ? QString() : after.errorMessage()));
    QCOMPARE(after->size(), 4);
    QCOMPARE(after->value(QStringLiteral("summary")).toString(), QStringLiteral("Start here"));
    QCOMPARE(after->value(QStringLiteral("title")).toString(), QStringLiteral("Home"));
}

QTEST_GUILESS_MAIN(TestChangeCapture)
#include "tst_changecapture.moc"
