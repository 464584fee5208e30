// ferryctl as scripts see it: exit codes, one-line reasons on stderr, output on stdout.

#include "ProcessRunner.h"
#include "TempHome.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ferry;
using test::ProcessRunner;

namespace {

test::ProcessResult ctl(const test::TempHome& home, QStringList arguments)
{
    return ProcessRunner::run(QStringLiteral("ferryctl"), QStringList{QStringLiteral("--home"), home.homePath()} + arguments);
}

} // namespace

class TestFerryctl : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void addsAndListsSites();
    void listsAsJson();
    void refusalsExitWithOneAndChangeNothing_data();
    void refusalsExitWithOneAndChangeNothing();
    void homeComesFromTheEnvironment();
    void aDamagedStateFileIsRefusedAndKept();
    void concurrentProcessesAllLand();
};

void TestFerryctl::versionAndHelp()
{
    const auto version = ProcessRunner::run(QStringLiteral("ferryctl"), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("ferryctl 0.1.0\n"));
    const auto help = ProcessRunner::run(QStringLiteral("ferryctl"), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(QLatin1String("Usage: ferryctl [--home DIR] COMMAND")));
    QVERIFY(help.out.contains(QLatin1String("site ")));
    const auto siteHelp = ProcessRunner::run(QStringLiteral("ferryctl"), {QStringLiteral("site"), QStringLiteral("--help")});
    QCOMPARE(siteHelp.exitCode, 0);
    QVERIFY(siteHelp.out.contains(QLatin1String("site add NAME --files DIR [--db URL --tables T1,T2] [--stage N]")));
}

void TestFerryctl::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << QStringLiteral("Usage: ferryctl");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("sights")}
                                     << QStringLiteral("ferryctl: unknown command 'sights'. See 'ferryctl --help'.\n");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")}
                                    << QStringLiteral("ferryctl: unknown option '--colour'. See 'ferryctl --help'.\n");
    QTest::newRow("no name") << QStringList{QStringLiteral("site"), QStringLiteral("add")}
                             << QStringLiteral("ferryctl: site add needs a NAME.\n");
    QTest::newRow("no files") << QStringList{QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www")}
                              << QStringLiteral("ferryctl: site add needs --files DIR, the site's files folder.\n");
    QTest::newRow("bad stage") << QStringList{QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"),
                                              QStringLiteral("--files"), QStringLiteral("/tmp"), QStringLiteral("--stage"),
                                              QStringLiteral("two")}
                               << QStringLiteral("ferryctl: --stage needs a whole number, not 'two'.\n");
    QTest::newRow("unknown site action") << QStringList{QStringLiteral("site"), QStringLiteral("rename")}
                                         << QStringLiteral("ferryctl: unknown site action 'rename'. Use add, set, list, remove or scan.\n");
    QTest::newRow("unknown site option") << QStringList{QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--yaml")}
                                         << QStringLiteral("ferryctl: Unknown option 'yaml'.\n");
}

void TestFerryctl::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    test::TempHome home;
    const auto result = ctl(home, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestFerryctl::addsAndListsSites()
{
    test::TempHome home;
    const QString www = home.makeFolder(QStringLiteral("sites/www"));
    const QString shop = home.makeFolder(QStringLiteral("sites/shop"));
    const auto added = ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"),
                                  QStringLiteral("--files"), www});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
    QVERIFY(added.out.startsWith(QStringLiteral("Added site www (stage 0) with files at %1.\nUUID: ").arg(QDir(www).canonicalPath())));
    QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("shop"), QStringLiteral("--files"),
                        shop, QStringLiteral("--stage"), QStringLiteral("2")})
                 .exitCode,
             0);

    const auto listed = ctl(home, {QStringLiteral("site"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QLatin1String("NAME  STAGE  UUID")));
    QVERIFY(lines[1].startsWith(QLatin1String("www   0      ")));
    QVERIFY(lines[1].endsWith(QDir(www).canonicalPath()));
    QVERIFY(lines[2].startsWith(QLatin1String("shop  2      ")));
}

void TestFerryctl::listsAsJson()
{
    test::TempHome home;
    const auto empty = ctl(home, {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out, QStringLiteral("{\"sites\":[]}\n"));

    const QString www = home.makeFolder(QStringLiteral("www"));
    QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"), www}).exitCode, 0);
    const auto listed = ctl(home, {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(listed.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject site = object.value(QStringLiteral("sites")).toArray().at(0).toObject();
    QCOMPARE(site.value(QStringLiteral("name")).toString(), QStringLiteral("www"));
    QCOMPARE(site.value(QStringLiteral("files")).toString(), QDir(www).canonicalPath());
    QCOMPARE(site.value(QStringLiteral("stage")).toInt(-1), 0);
    QVERIFY(!QUuid::fromString(site.value(QStringLiteral("uuid")).toString()).isNull());
}

void TestFerryctl::refusalsExitWithOneAndChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate name") << QStringLiteral("WWW") << QStringLiteral("other")
                                    << QStringLiteral("ferryctl: A site named 'www' already exists");
    QTest::newRow("missing folder") << QStringLiteral("new") << QStringLiteral("missing")
                                    << QStringLiteral("ferryctl: The files folder ");
    QTest::newRow("bad name") << QStringLiteral("new site") << QStringLiteral("other")
                              << QStringLiteral("ferryctl: 'new site' is not a valid site name");
    QTest::newRow("folder taken") << QStringLiteral("mirror") << QStringLiteral("www")
                                  << QStringLiteral("already belongs to site 'www'");
}

void TestFerryctl::refusalsExitWithOneAndChangeNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, folder);
    QFETCH(QString, message);
    test::TempHome home;
    home.makeFolder(QStringLiteral("other"));
    QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"),
                        home.makeFolder(QStringLiteral("www"))})
                 .exitCode,
             0);
    const QString before = ctl(home, {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")}).out;

    const auto refused = ctl(home, {QStringLiteral("site"), QStringLiteral("add"), name, QStringLiteral("--files"),
                                    home.root() + QLatin1Char('/') + folder});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);  // one line
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")}).out, before);
}

void TestFerryctl::homeComesFromTheEnvironment()
{
    test::TempHome home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FERRY_HOME"), home.homePath());
    const auto added = ProcessRunner::run(QStringLiteral("ferryctl"),
                                          {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"),
                                           QStringLiteral("--files"), home.makeFolder(QStringLiteral("www"))},
                                          environment);
    QCOMPARE(added.exitCode, 0);
    QVERIFY(QFile::exists(home.stateDatabasePath()));
    QVERIFY(ctl(home, {QStringLiteral("site"), QStringLiteral("list")}).out.contains(QLatin1String("www")));
}

void TestFerryctl::aDamagedStateFileIsRefusedAndKept()
{
    test::TempHome home;
    const QByteArray garbage("this is not a database, but it is somebody's data\n");
    const QString path = home.writeFile(QStringLiteral("home/state.db"), garbage);
    const auto result = ctl(home, {QStringLiteral("site"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err,
             QStringLiteral("ferryctl: %1 is damaged (it is not an SQLite database). Ferry has not changed it: restore it "
                            "from a backup, or move it away to start with an empty home.\n")
                 .arg(path));
    QCOMPARE(test::readAll(path), garbage);
}

void TestFerryctl::concurrentProcessesAllLand()
{
    test::TempHome home;
    constexpr int processes = 6;
    std::vector<std::unique_ptr<QProcess>> running;
    for (int i = 0; i < processes; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(ProcessRunner::binary(QStringLiteral("ferryctl")),
                       {QStringLiteral("--home"), home.homePath(), QStringLiteral("site"), QStringLiteral("add"),
                        QStringLiteral("site-%1").arg(i), QStringLiteral("--files"),
                        home.makeFolder(QStringLiteral("sites/%1").arg(i))});
        running.push_back(std::move(process));
    }
    for (auto& process : running) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    const auto listed = ctl(home, {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("sites")).toArray().size(), processes);
}

QTEST_GUILESS_MAIN(TestFerryctl)
#include "tst_ferryctl.moc"
