// ferryctl site add/scan/remove with content databases (SQLite and a real PostgreSQL server),
// as real processes.

#include "PostgresServer.h"
#include "ProcessRunner.h"
#include "TempHome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

using namespace ferry;
using test::ProcessRunner;

namespace {

test::ProcessResult ctl(const test::TempHome& home, const QStringList& arguments)
{
    return ProcessRunner::run(QStringLiteral("ferryctl"), QStringList{QStringLiteral("--home"), home.homePath()} + arguments);
}

QJsonObject json(const test::ProcessResult& result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// Runs SQL on a database by URL-ish parameters, outside Ferry.
struct Sql {
    explicit Sql(const QString& sqlitePath, int postgresPort = 0, const QString& database = {})
        : name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(postgresPort ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (postgresPort) {
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(postgresPort);
            db.setUserName(QStringLiteral("ferry"));
            db.setDatabaseName(database);
        } else {
            db.setDatabaseName(sqlitePath);
        }
        db.open();
    }
    ~Sql()
    {
        QSqlDatabase::database(name).close();
        QSqlDatabase::removeDatabase(name);
    }
    bool run(const QString& statement) const
    {
        QSqlQuery query(QSqlDatabase::database(name));
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    int count(const QString& statement) const
    {
        QSqlQuery query(QSqlDatabase::database(name));
        return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
    }
    QString name;
};

const QString schema = QStringLiteral("CREATE TABLE pages (id INTEGER PRIMARY KEY, title TEXT)");

} // namespace

class TestFerryctlSite : public QObject
{
    Q_OBJECT

private slots:
    void sqliteSiteFromAddToRemove();
    void refusalsLeaveTheDatabaseAsItWas_data();
    void refusalsLeaveTheDatabaseAsItWas();
    void postgresSiteFromAddToRemove();
    void scanRefusesAMissingFolder();
    void scanPatternsChooseTheFiles();
    void unreadableFilesAreReportedNotDeleted();
};

void TestFerryctlSite::sqliteSiteFromAddToRemove()
{
    test::TempHome home;
    const QString files = home.makeFolder(QStringLiteral("www"));
    home.writeFile(QStringLiteral("www/index.html"), "<h1>hi</h1>");
    home.writeFile(QStringLiteral("www/css/site.css"), "body{}");
    const QString dbPath = home.writeFile(QStringLiteral("content.db"), QByteArray());
    {
        Sql sql(dbPath);
        QVERIFY(sql.run(schema));
        QVERIFY(sql.run(QStringLiteral("INSERT INTO pages VALUES (1, 'Home'), (2, 'About')")));
    }
    const auto added = ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"),
                                  files, QStringLiteral("--db"), QStringLiteral("sqlite://") + dbPath,
                                  QStringLiteral("--tables"), QStringLiteral("pages")});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(QStringLiteral("Capturing changes to pages in sqlite://%1.").arg(dbPath)), qPrintable(added.out));
    const QJsonObject site = json(ctl(home, {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")}))
                                 .value(QStringLiteral("sites")).toArray().at(0).toObject();
    QCOMPARE(site.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite://") + dbPath);
    QCOMPARE(site.value(QStringLiteral("tables")).toArray(), QJsonArray{QStringLiteral("pages")});

    const auto first = ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("www"), QStringLiteral("--json")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(json(first).value(QStringLiteral("files")).toInt(), 2);
    QCOMPARE(json(first).value(QStringLiteral("added")).toInt(), 2);
    QCOMPARE(json(first).value(QStringLiteral("rowsChanged")).toInt(), 2);  // the rows already there, once

    home.writeFile(QStringLiteral("www/index.html"), "<h1>hello again</h1>");
    {
        Sql sql(dbPath);
        QVERIFY(sql.run(QStringLiteral("UPDATE pages SET title = 'Welcome' WHERE id = 1")));
        QVERIFY(sql.run(QStringLiteral("INSERT INTO pages VALUES (3, 'News')")));
    }
    const auto second = ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("www")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("Files: 0 added, 1 changed, 0 deleted; 1 hashed")), qPrintable(second.out));
    QVERIFY2(second.out.contains(QLatin1String("Rows changed: 2.")), qPrintable(second.out));

    // A version a run kept: removing the site leaves it, and says where and how much.
    const QString versions = home.homePath() + QStringLiteral("/versions/") + site.value(QStringLiteral("uuid")).toString();
    home.writeFile(QStringLiteral("home/versions/%1/index.html~20261201T120000.000Z").arg(site.value(QStringLiteral("uuid")).toString()),
                   QByteArray(1536, 'v'));
    const auto removed = ctl(home, {QStringLiteral("site"), QStringLiteral("remove"), QStringLiteral("www")});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.startsWith(QLatin1String("Removed site www. Its files were not touched.")));
    QVERIFY2(removed.out.contains(QStringLiteral("Its versions area %1 still holds 1 kept version of replaced files "
                                                 "(1.50 KiB); delete that folder when you no longer need it.").arg(versions)),
             qPrintable(removed.out));
    QVERIFY(QFile::exists(versions + QStringLiteral("/index.html~20261201T120000.000Z")));
    Sql sql(dbPath);
    QCOMPARE(sql.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '_ferry%'")), 0);
    QCOMPARE(sql.count(QStringLiteral("SELECT count(*) FROM pages")), 3);
    QVERIFY(QFile::exists(files + QStringLiteral("/index.html")));
    QVERIFY(QDir(home.homePath() + QStringLiteral("/sites")).isEmpty());
    QCOMPARE(json(ctl(home, {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")}))
                 .value(QStringLiteral("sites")).toArray().size(), 0);
    const auto again = ctl(home, {QStringLiteral("site"), QStringLiteral("remove"), QStringLiteral("www")});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err, QStringLiteral("ferryctl: There is no site named 'www'. See 'ferryctl site list'.\n"));
}

void TestFerryctlSite::refusalsLeaveTheDatabaseAsItWas_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("table without a key") << QStringList{QStringLiteral("--tables"), QStringLiteral("pages,log")} << 1
                                         << QStringLiteral("ferryctl: Table log has no primary key.");
    QTest::newRow("missing table") << QStringList{QStringLiteral("--tables"), QStringLiteral("pagez")} << 1
                                   << QStringLiteral("ferryctl: The database has no table pagez.");
    QTest::newRow("no tables") << QStringList() << 2 << QStringLiteral("ferryctl: --db and --tables go together");
}

void TestFerryctlSite::refusalsLeaveTheDatabaseAsItWas()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    test::TempHome home;
    const QString files = home.makeFolder(QStringLiteral("www"));
    const QString dbPath = home.writeFile(QStringLiteral("content.db"), QByteArray());
    {
        Sql sql(dbPath);
        QVERIFY(sql.run(schema));
        QVERIFY(sql.run(QStringLiteral("CREATE TABLE log (at TEXT, line TEXT)")));
    }
    const QByteArray before = test::readAll(dbPath);
    const auto refused = ctl(home, QStringList{QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"),
                                               QStringLiteral("--files"), files, QStringLiteral("--db"),
                                               QStringLiteral("sqlite://") + dbPath} + options);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.startsWith(message), qPrintable(refused.err));
    QCOMPARE(test::readAll(dbPath), before);
    QCOMPARE(json(ctl(home, {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")}))
                 .value(QStringLiteral("sites")).toArray().size(), 0);
    const auto password = ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"),
                                     files, QStringLiteral("--db"), QStringLiteral("postgresql://web:s3cret@db.example.org/www"),
                                     QStringLiteral("--tables"), QStringLiteral("pages")});
    QCOMPARE(password.exitCode, 1);
    QVERIFY(password.err.startsWith(QLatin1String("ferryctl: The database URL contains a password.")));
    QVERIFY(!password.err.contains(QLatin1String("s3cret")));
}

void TestFerryctlSite::postgresSiteFromAddToRemove()
{
    QString error;
    auto server = test::PostgresServer::start(&error);
    QVERIFY2(server, qPrintable(error));
    QVERIFY2(server->createDatabase(QStringLiteral("shop"), &error), qPrintable(error));
    {
        Sql sql({}, server->port(), QStringLiteral("shop"));
        QVERIFY(sql.run(QStringLiteral("CREATE TABLE products (sku TEXT, shop INTEGER, price NUMERIC, PRIMARY KEY (sku, shop))")));
        QVERIFY(sql.run(QStringLiteral("INSERT INTO products VALUES ('tea', 1, 4.5), ('cake', 1, 3.2)")));
    }
    test::TempHome home;
    const QString files = home.makeFolder(QStringLiteral("shop"));
    home.writeFile(QStringLiteral("shop/index.html"), "shop");
    const auto added = ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("shop"), QStringLiteral("--files"),
                                  files, QStringLiteral("--db"), server->url(QStringLiteral("shop")),
                                  QStringLiteral("--tables"), QStringLiteral("products")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const auto first = ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("shop"), QStringLiteral("--json")});
    QCOMPARE(json(first).value(QStringLiteral("rowsChanged")).toInt(), 2);
    {
        Sql sql({}, server->port(), QStringLiteral("shop"));
        QVERIFY(sql.run(QStringLiteral("UPDATE products SET price = 4.75 WHERE sku = 'tea'")));
        QVERIFY(sql.run(QStringLiteral("DELETE FROM products WHERE sku = 'cake'")));
    }
    const auto second = ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("shop"), QStringLiteral("--json")});
    QCOMPARE(json(second).value(QStringLiteral("rowsChanged")).toInt(), 2);
    QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("remove"), QStringLiteral("shop")}).exitCode, 0);
    Sql sql({}, server->port(), QStringLiteral("shop"));
    QCOMPARE(sql.count(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '_ferry%'")), 0);
    QCOMPARE(sql.count(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE '_ferry%'")), 0);
    QCOMPARE(sql.count(QStringLiteral("SELECT count(*) FROM products")), 1);
}

void TestFerryctlSite::scanRefusesAMissingFolder()
{
    test::TempHome home;
    const QString files = home.makeFolder(QStringLiteral("www"));
    home.writeFile(QStringLiteral("www/index.html"), "x");
    QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"), files}).exitCode, 0);
    QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("www")}).exitCode, 0);
    QVERIFY(QDir(files).removeRecursively());
    const auto refused = ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("www")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("ferryctl: The files folder %1 of site www is missing.").arg(QDir(home.root()).canonicalPath() + QStringLiteral("/www"))),
             qPrintable(refused.err));
}

void TestFerryctlSite::scanPatternsChooseTheFiles()
{
    test::TempHome home;
    const QString files = home.makeFolder(QStringLiteral("www"));
    home.writeFile(QStringLiteral("www/index.html"), "x");
    home.writeFile(QStringLiteral("www/assets/css/site.css"), "y");
    home.writeFile(QStringLiteral("www/cache/page.tmp"), "z");
    QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"), files}).exitCode, 0);
    const auto some = ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("www"), QStringLiteral("--exclude"),
                                 QStringLiteral("cache"), QStringLiteral("--include"), QStringLiteral("assets/**/*.css"),
                                 QStringLiteral("--include"), QStringLiteral("*.html"), QStringLiteral("--json")});
    QCOMPARE(some.exitCode, 0);
    QCOMPARE(json(some).value(QStringLiteral("files")).toInt(), 2);
    const auto all = ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("www"), QStringLiteral("--json")});
    QCOMPARE(json(all).value(QStringLiteral("added")).toInt(), 1);
    const auto bad = ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("www"), QStringLiteral("--include"),
                                QStringLiteral("img[0-9.png")});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.err, QStringLiteral("ferryctl: The pattern 'img[0-9.png' has a '[' without its ']'.\n"));
}

void TestFerryctlSite::unreadableFilesAreReportedNotDeleted()
{
    test::TempHome home;
    const QString files = home.makeFolder(QStringLiteral("www"));
    home.writeFile(QStringLiteral("www/index.html"), "public");
    home.writeFile(QStringLiteral("www/secret.html"), "locked away");
    home.writeFile(QStringLiteral("www/private/notes.txt"), "locked folder");
    QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"), files}).exitCode, 0);
    QCOMPARE(json(ctl(home, {QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("www"), QStringLiteral("--json")}))
                 .value(QStringLiteral("files")).toInt(), 3);

    QFile::setPermissions(files + QStringLiteral("/secret.html"), QFile::Permissions());
    QFile::setPermissions(files + QStringLiteral("/private"), QFile::Permissions());
    home.writeFile(QStringLiteral("www/index.html"), "public, edited");  // so the scan has work to do
    QStringList command{ProcessRunner::binary(QStringLiteral("ferryctl")), QStringLiteral("--home"), home.homePath(),
                        QStringLiteral("site"), QStringLiteral("scan"), QStringLiteral("www"), QStringLiteral("--json")};
    if (::geteuid() == 0) {
        // root reads everything: scan as an ordinary user, who owns the home but not the locked files.
        const passwd* nobody = ::getpwnam("nobody");
        QVERIFY(nobody);
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody"), home.homePath()});
        QFile::setPermissions(home.root(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(files, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(files + QStringLiteral("/index.html"), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        command = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--")} + command;
        command.prepend(QStringLiteral("setpriv"));
    }
    QProcess process;
    process.start(command.first(), command.mid(1));
    QVERIFY(process.waitForFinished(60000));
    const QByteArray output = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(output).object();
    QStringList unreadable;
    for (const auto& value : report.value(QStringLiteral("unreadable")).toArray()) {
        unreadable << value.toString();
    }
    unreadable.sort();
    QCOMPARE(unreadable, (QStringList{QStringLiteral("private"), QStringLiteral("secret.html")}));
    QCOMPARE(report.value(QStringLiteral("deleted")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("files")).toInt(), 3);  // the unreadable ones are kept as they were
}

QTEST_GUILESS_MAIN(TestFerryctlSite)
#include "tst_ferryctl_site.moc"
