// ferry and ferryd from the outside: --version, --help and the agent's --check, with no display.

#include "ProcessRunner.h"
#include "TempHome.h"

#include <QTest>

using namespace ferry;
using test::ProcessRunner;

namespace {

// No display at all: --help and --version must not need one.
QProcessEnvironment headless()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return environment;
}

} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT

private slots:
    void everyProgramAnswersVersionAndHelp_data();
    void everyProgramAnswersVersionAndHelp();
    void ferryRefusesUnknownOptions();
    void agentCheckReportsTheHome();
    void agentCheckRefusesADamagedHome();
    void agentNeedsAnAddressToListenOn();
    void agentRefusesAChunkMemoryThatIsNotASize();
};

void TestPrograms::everyProgramAnswersVersionAndHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("usage");
    QTest::newRow("ferry") << QStringLiteral("ferry") << QStringLiteral("Usage: ferry [--home DIR]");
    QTest::newRow("ferryd") << QStringLiteral("ferryd") << QStringLiteral("Usage: ferryd --home DIR --listen HOST:PORT");
    QTest::newRow("ferryctl") << QStringLiteral("ferryctl") << QStringLiteral("Usage: ferryctl [--home DIR]");
}

void TestPrograms::everyProgramAnswersVersionAndHelp()
{
    QFETCH(QString, program);
    QFETCH(QString, usage);
    const auto version = ProcessRunner::run(program, {QStringLiteral("--version")}, headless());
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, program + QStringLiteral(" 0.1.0\n"));
    const auto shortVersion = ProcessRunner::run(program, {QStringLiteral("-v")}, headless());
    QCOMPARE(shortVersion.out, version.out);
    const auto help = ProcessRunner::run(program, {QStringLiteral("--help")}, headless());
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(usage), qPrintable(help.out));
    QVERIFY(help.err.isEmpty());
}

void TestPrograms::ferryRefusesUnknownOptions()
{
    const auto result = ProcessRunner::run(QStringLiteral("ferry"), {QStringLiteral("--frobnicate")}, headless());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("ferry: Unknown option 'frobnicate'.\n"));
    const auto both = ProcessRunner::run(QStringLiteral("ferry"),
                                         {QStringLiteral("--demo"), QStringLiteral("--home"), QStringLiteral("/tmp/x")},
                                         headless());
    QCOMPARE(both.exitCode, 2);
    QCOMPARE(both.err, QStringLiteral("ferry: --demo makes its own home; leave out --home.\n"));
}

void TestPrograms::agentCheckReportsTheHome()
{
    test::TempHome home;
    QCOMPARE(ProcessRunner::run(QStringLiteral("ferryctl"),
                                {QStringLiteral("--home"), home.homePath(), QStringLiteral("site"), QStringLiteral("add"),
                                 QStringLiteral("www"), QStringLiteral("--files"), home.makeFolder(QStringLiteral("www"))})
                 .exitCode,
             0);
    const auto result = ProcessRunner::run(QStringLiteral("ferryd"),
                                           {QStringLiteral("--home"), home.homePath(), QStringLiteral("--check")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("ferryd: home %1 is ready; it has 1 site(s).\n").arg(home.homePath()));
}

void TestPrograms::agentCheckRefusesADamagedHome()
{
    test::TempHome home;
    const QString path = home.writeFile(QStringLiteral("home/state.db"), QByteArray(2048, '\x07'));
    const auto result = ProcessRunner::run(QStringLiteral("ferryd"),
                                           {QStringLiteral("--home"), home.homePath(), QStringLiteral("--check")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("is damaged")), qPrintable(result.err));
    QCOMPARE(test::readAll(path), QByteArray(2048, '\x07'));
}

void TestPrograms::agentNeedsAnAddressToListenOn()
{
    test::TempHome home;
    const auto result = ProcessRunner::run(QStringLiteral("ferryd"), {QStringLiteral("--home"), home.homePath()});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("ferryd: --listen HOST:PORT is required (or --check). See 'ferryd --help'.\n"));
}

void TestPrograms::agentRefusesAChunkMemoryThatIsNotASize()
{
    test::TempHome home;
    for (const QString& value : {QStringLiteral("lots"), QStringLiteral("-1"), QStringLiteral("70000")}) {
        const auto result = ProcessRunner::run(QStringLiteral("ferryd"), {QStringLiteral("--home"), home.homePath(),
                                                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                                         QStringLiteral("--chunk-memory"), value});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, QStringLiteral("ferryd: --chunk-memory takes a number of MB from 0 to 65536, not '%1'.\n").arg(value));
    }
}

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
