// ferryctl relationship, profile, log and conflicts as real processes.

#include "ProcessRunner.h"
#include "TempHome.h"
#include "store/ConflictRepository.h"
#include "store/SyncLogRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ferry;
using test::ProcessRunner;

namespace {

QProcessEnvironment noKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FERRY_KEYCHAIN"), QStringLiteral("off"));
    return environment;
}

test::ProcessResult ctl(const test::TempHome& home, const QStringList& arguments)
{
    return ProcessRunner::run(QStringLiteral("ferryctl"), QStringList{QStringLiteral("--home"), home.homePath()} + arguments,
                              noKeychain());
}

QJsonObject json(const test::ProcessResult& result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// A home with site www and a certificate (from its own CA) to show a remote agent.
struct Setup {
    Setup()
    {
        home.writeFile(QStringLiteral("www/index.html"), "x");
        QVERIFY(ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"),
                           home.root() + QStringLiteral("/www")}).exitCode == 0);
        QVERIFY(ctl(home, {QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"), QStringLiteral("Test CA")}).exitCode == 0);
        const QString passphrase = home.writeFile(QStringLiteral("pass"), "a passphrase for the bundle\n");
        QFile::setPermissions(passphrase, QFile::ReadOwner | QFile::WriteOwner);
        const auto issued = ctl(home, {QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("staging"),
                                       QStringLiteral("--out"), home.root() + QStringLiteral("/out"),
                                       QStringLiteral("--passphrase-file"), passphrase});
        QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
        cert = home.root() + QStringLiteral("/out/staging.crt");
        key = home.root() + QStringLiteral("/out/staging.key");
    }
    QStringList addRelationship(const QString& name, const QStringList& extra = {}) const
    {
        return QStringList{QStringLiteral("relationship"), QStringLiteral("add"), name, QStringLiteral("--site"),
                           QStringLiteral("www"), QStringLiteral("--remote"), QStringLiteral("https://prod.example.org:7443/www"),
                           QStringLiteral("--cert"), cert, QStringLiteral("--key"), key} + extra;
    }
    test::TempHome home;
    QString cert;
    QString key;
};

} // namespace

class TestFerryctlRelationship : public QObject
{
    Q_OBJECT

private slots:
    void addsListsAndRemovesARelationshipWithItsProfiles();
    void refusesABadRelationship_data();
    void refusesABadRelationship();
    void refusesALooseKey();
    void refusesABadProfile_data();
    void refusesABadProfile();
    void logAndConflictsShowWhatStateHolds();
};

void TestFerryctlRelationship::addsListsAndRemovesARelationshipWithItsProfiles()
{
    Setup setup;
    const auto added = ctl(setup.home, setup.addRelationship(QStringLiteral("www-prod"),
                                                             {QStringLiteral("--pin"), QString(64, QLatin1Char('a')),
                                                              QStringLiteral("--no-proxy")}));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(added.out.startsWith(QLatin1String("Added relationship www-prod: site www with https://prod.example.org:7443/www.")));
    const QJsonObject relationship = json(ctl(setup.home, {QStringLiteral("relationship"), QStringLiteral("list"),
                                                           QStringLiteral("--json")}))
                                         .value(QStringLiteral("relationships")).toArray().at(0).toObject();
    QCOMPARE(relationship.value(QStringLiteral("site")).toString(), QStringLiteral("www"));
    QCOMPARE(relationship.value(QStringLiteral("remote")).toString(), QStringLiteral("https://prod.example.org:7443/www"));
    QCOMPARE(relationship.value(QStringLiteral("pinnedFingerprint")).toString().size(), 95);  // AA:AA:… 32 bytes
    QVERIFY(relationship.value(QStringLiteral("bypassProxy")).toBool());

    const auto profile = ctl(setup.home, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nightly"),
                                          QStringLiteral("--relationship"), QStringLiteral("www-prod"), QStringLiteral("--direction"),
                                          QStringLiteral("bidirectional"), QStringLiteral("--exclude"), QStringLiteral("*.tmp"),
                                          QStringLiteral("--conflict"), QStringLiteral("newer-wins"), QStringLiteral("--no-deletes")});
    QVERIFY2(profile.exitCode == 0, qPrintable(profile.err));
    QCOMPARE(profile.out, QStringLiteral("Added profile nightly for relationship www-prod: bidirectional, conflicts newer-wins, "
                                         "deletions not carried.\n"));
    const QJsonObject stored = json(ctl(setup.home, {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}))
                                   .value(QStringLiteral("profiles")).toArray().at(0).toObject();
    QCOMPARE(stored.value(QStringLiteral("excludes")).toArray(), QJsonArray{QStringLiteral("*.tmp")});
    QCOMPARE(stored.value(QStringLiteral("deletes")).toBool(), false);
    QCOMPARE(stored.value(QStringLiteral("deleteGuardPercent")).toInt(), 25);

    // A site with a relationship cannot be removed; the relationship takes its profiles with it.
    const auto siteRemove = ctl(setup.home, {QStringLiteral("site"), QStringLiteral("remove"), QStringLiteral("www")});
    QCOMPARE(siteRemove.exitCode, 1);
    QCOMPARE(siteRemove.err, QStringLiteral("ferryctl: Site 'www' is used by relationship 'www-prod'. Remove the relationship first.\n"));
    const auto removed = ctl(setup.home, {QStringLiteral("relationship"), QStringLiteral("remove"), QStringLiteral("www-prod")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, QStringLiteral("Removed relationship www-prod.\nRemoved its profiles and their schedules: nightly.\n"));
    QCOMPARE(json(ctl(setup.home, {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}))
                 .value(QStringLiteral("profiles")).toArray().size(), 0);
}

void TestFerryctlRelationship::refusesABadRelationship_data()
{
    QTest::addColumn<QStringList>("change");  // option, value pairs replacing the defaults
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("http") << QStringList{QStringLiteral("--remote"), QStringLiteral("http://prod:7443/www")} << 1
                          << QStringLiteral("ferryctl: 'http://prod:7443/www' is not a remote site address.");
    QTest::newRow("no port") << QStringList{QStringLiteral("--remote"), QStringLiteral("https://prod/www")} << 1
                             << QStringLiteral("ferryctl: 'https://prod/www' is not a remote site address.");
    QTest::newRow("credentials") << QStringList{QStringLiteral("--remote"), QStringLiteral("https://u:p@prod:1/www")} << 1
                                 << QStringLiteral("ferryctl: A remote site address carries no user name or password");
    QTest::newRow("unknown site") << QStringList{QStringLiteral("--site"), QStringLiteral("shop")} << 1
                                  << QStringLiteral("ferryctl: There is no site named 'shop'.");
    QTest::newRow("bad pin") << QStringList{QStringLiteral("--pin"), QStringLiteral("12:34")} << 1
                             << QStringLiteral("ferryctl: '12:34' is not a SHA-256 fingerprint");
    QTest::newRow("proxy password") << QStringList{QStringLiteral("--proxy"), QStringLiteral("http://a:secret@proxy:3128")} << 1
                                    << QStringLiteral("ferryctl: The proxy address contains a password.");
    QTest::newRow("missing cert") << QStringList{QStringLiteral("--cert"), QStringLiteral("/nonexistent.crt")} << 1
                                  << QStringLiteral("ferryctl: Cannot read the certificate /nonexistent.crt");
}

void TestFerryctlRelationship::refusesABadRelationship()
{
    QFETCH(QStringList, change);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    Setup setup;
    QStringList arguments = setup.addRelationship(QStringLiteral("r"));
    for (int i = 0; i + 1 < change.size(); i += 2) {
        const qsizetype at = arguments.indexOf(change[i]);
        if (at >= 0) {
            arguments[at + 1] = change[i + 1];
        } else {
            arguments << change[i] << change[i + 1];
        }
    }
    const auto refused = ctl(setup.home, arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.startsWith(message), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QLatin1String("secret")));
    QCOMPARE(json(ctl(setup.home, {QStringLiteral("relationship"), QStringLiteral("list"), QStringLiteral("--json")}))
                 .value(QStringLiteral("relationships")).toArray().size(), 0);
}

void TestFerryctlRelationship::refusesALooseKey()
{
    Setup setup;
    QFile::setPermissions(setup.key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const auto refused = ctl(setup.home, setup.addRelationship(QStringLiteral("r")));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("chmod 600 %1").arg(setup.key)), qPrintable(refused.err));
    // And with no certificate at all, the message says where one comes from.
    QStringList bare{QStringLiteral("relationship"), QStringLiteral("add"), QStringLiteral("r"), QStringLiteral("--site"),
                     QStringLiteral("www"), QStringLiteral("--remote"), QStringLiteral("https://prod.example.org:7443/www")};
    const auto none = ctl(setup.home, bare);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.startsWith(QLatin1String("ferryctl: This server has no certificate to show the agent.")), qPrintable(none.err));
}

void TestFerryctlRelationship::refusesABadProfile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("direction") << QStringList{QStringLiteral("--direction"), QStringLiteral("sideways")} << 2
                               << QStringLiteral("ferryctl: --direction is upload, download or bidirectional, not 'sideways'.\n");
    QTest::newRow("policy") << QStringList{QStringLiteral("--conflict"), QStringLiteral("coin-toss")} << 2
                            << QStringLiteral("ferryctl: --conflict is manual, local-wins, remote-wins, master-wins, newer-wins or keep-both, not 'coin-toss'.\n");
    QTest::newRow("pattern") << QStringList{QStringLiteral("--include"), QStringLiteral("a[b")} << 1
                             << QStringLiteral("ferryctl: The pattern 'a[b' has a '[' without its ']'.\n");
    QTest::newRow("table") << QStringList{QStringLiteral("--tables"), QStringLiteral("pages")} << 1
                           << QStringLiteral("ferryctl: Site 'www' does not capture table pages (it captures: no tables).\n");
    QTest::newRow("guard") << QStringList{QStringLiteral("--delete-guard"), QStringLiteral("120")} << 1
                           << QStringLiteral("ferryctl: The deletion guard is a share of a resource, from 0 to 100 percent.\n");
}

void TestFerryctlRelationship::refusesABadProfile()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    Setup setup;
    QCOMPARE(ctl(setup.home, setup.addRelationship(QStringLiteral("r"))).exitCode, 0);
    const auto refused = ctl(setup.home, QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p"),
                                                     QStringLiteral("--relationship"), QStringLiteral("r")} + arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QCOMPARE(refused.err, message);
    const auto unknown = ctl(setup.home, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("p"),
                                          QStringLiteral("--relationship"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err, QStringLiteral("ferryctl: There is no relationship named 'nope'. See 'ferryctl relationship list'.\n"));
}

void TestFerryctlRelationship::logAndConflictsShowWhatStateHolds()
{
    test::TempHome home;
    const auto empty = ctl(home, {QStringLiteral("log")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.err, QStringLiteral("The sync log is empty: no profile has run yet.\n"));
    {
        auto store = home.openStore();
        LogEntry entry;
        entry.time = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
        entry.relationship = QStringLiteral("www-prod");
        entry.site = QStringLiteral("www");
        entry.resource = QStringLiteral("files");
        entry.mode = LogMode::Push;
        entry.action = QStringLiteral("update");
        entry.result = LogResult::Error;
        entry.remoteError = true;
        entry.message = QStringLiteral("disk full");
        QVERIFY(SyncLogRepository(store->database()).append(entry).ok());
        Conflict conflict;
        conflict.relationship = QStringLiteral("www-prod");
        conflict.site = QStringLiteral("www");
        conflict.resource = QStringLiteral("files");
        conflict.item = QStringLiteral("index.html");
        conflict.policy = QStringLiteral("manual");
        conflict.detectedAt = entry.time;
        QVERIFY(ConflictRepository(store->database()).record(conflict).ok());
    }
    const QJsonObject logged = json(ctl(home, {QStringLiteral("log"), QStringLiteral("--json")}))
                                   .value(QStringLiteral("entries")).toArray().at(0).toObject();
    QCOMPARE(logged.value(QStringLiteral("mode")).toString(), QStringLiteral("push"));
    QCOMPARE(logged.value(QStringLiteral("result")).toString(), QStringLiteral("error"));
    QCOMPARE(logged.value(QStringLiteral("remoteError")).toBool(), true);
    QCOMPARE(logged.value(QStringLiteral("time")).toString(), QStringLiteral("2026-01-01T00:00:00Z"));
    QVERIFY(ctl(home, {QStringLiteral("log")}).out.contains(QLatin1String("push  update  error (remote)  disk full")));
    const auto pending = json(ctl(home, {QStringLiteral("conflicts"), QStringLiteral("--pending"), QStringLiteral("--json")}));
    QCOMPARE(pending.value(QStringLiteral("conflicts")).toArray().at(0).toObject().value(QStringLiteral("item")).toString(),
             QStringLiteral("index.html"));
    QCOMPARE(ctl(home, {QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestFerryctlRelationship)
#include "tst_ferryctl_relationship.moc"
