// ferryctl schedule add/list/enable/disable/remove as real processes, on a clock in Europe/Berlin:
// what is stored, the next run each kind gets (across a spring-forward too), and the refusals.

#include "Fixtures.h"
#include "ProcessRunner.h"
#include "TempHome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ferry;
using test::ProcessRunner;

namespace {

test::ProcessResult ctl(const test::TempHome& home, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    return ProcessRunner::run(QStringLiteral("ferryctl"), QStringList{QStringLiteral("--home"), home.homePath()} + arguments,
                              environment);
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonArray listed(const test::TempHome& home)
{
    const auto result = ctl(home, words("schedule list --json"));
    if (result.exitCode != 0) {
        qFatal("schedule list failed: %s", qPrintable(result.err));
    }
    return QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("schedules")).toArray();
}

// A home with profile "nightly" (on relationship r of site www).
void storeNightly(const test::TempHome& home)
{
    auto store = home.openStore();
    test::storeProfileChain(*store, QStringLiteral("nightly"));
}

} // namespace

class TestFerryctlSchedule : public QObject
{
    Q_OBJECT

private slots:
    void addsListsEnablesAndRemoves();
    void refusesABadSchedule_data();
    void refusesABadSchedule();
};

void TestFerryctlSchedule::addsListsEnablesAndRemoves()
{
    test::TempHome home;
    storeNightly(home);
    auto added = ctl(home, words("schedule add nightly --every 30m --start 2030-01-07T08:00"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out, QStringLiteral("Added schedule 1 for profile nightly: every 30m; next run 2030-01-07T08:00:00+01:00.\n"));
    // 02:30 does not exist on 31 March 2030 in Berlin: the first run is when the clocks jump.
    added = ctl(home, words("schedule add nightly --daily 02:30 --start 2030-03-30T12:00"));
    QCOMPARE(added.out, QStringLiteral("Added schedule 2 for profile nightly: daily at 02:30; next run 2030-03-31T03:00:00+02:00.\n"));
    added = ctl(home, words("schedule add nightly --weekdays MON,wed --at 8:15 --start 2030-01-01 --disabled"));
    QCOMPARE(added.out, QStringLiteral("Added schedule 3 for profile nightly: mon,wed at 08:15; disabled.\n"));
    added = ctl(home, words("schedule add nightly --every 2h --start 2030-01-01T00:00:00Z"));
    QCOMPARE(added.out, QStringLiteral("Added schedule 4 for profile nightly: every 2h; next run 2030-01-01T01:00:00+01:00.\n"));

    QJsonArray schedules = listed(home);
    QCOMPARE(schedules.size(), 4);
    const QJsonObject interval = schedules.at(0).toObject();
    QCOMPARE(interval.value(QStringLiteral("profile")).toString(), QStringLiteral("nightly"));
    QCOMPARE(interval.value(QStringLiteral("kind")).toString(), QStringLiteral("interval"));
    QCOMPARE(interval.value(QStringLiteral("everyMinutes")).toInt(), 30);
    QCOMPARE(interval.value(QStringLiteral("start")).toString(), QStringLiteral("2030-01-07T08:00:00+01:00"));
    QCOMPARE(interval.value(QStringLiteral("nextRun")).toString(), QStringLiteral("2030-01-07T08:00:00+01:00"));
    QVERIFY(interval.value(QStringLiteral("lastRun")).isNull());
    QCOMPARE(schedules.at(1).toObject().value(QStringLiteral("at")).toString(), QStringLiteral("02:30"));
    const QJsonObject weekdays = schedules.at(2).toObject();
    QCOMPARE(weekdays.value(QStringLiteral("weekdays")).toArray(), (QJsonArray{QStringLiteral("mon"), QStringLiteral("wed")}));
    QCOMPARE(weekdays.value(QStringLiteral("enabled")).toBool(), false);
    QVERIFY(weekdays.value(QStringLiteral("nextRun")).isNull());

    const auto text = ctl(home, words("schedule list"));
    QCOMPARE(text.out.split(QLatin1Char('\n')).value(2), QStringLiteral("3  nightly  mon,wed at 08:15  disabled"));
    QCOMPARE(text.out.split(QLatin1Char('\n')).value(0),
             QStringLiteral("1  nightly  every 30m  next run 2030-01-07T08:00:00+01:00"));

    QCOMPARE(ctl(home, words("schedule enable 3")).out, QStringLiteral("Enabled schedule 3.\n"));
    // 1 January 2030 is a Tuesday: the first Monday or Wednesday after it is the 2nd.
    QCOMPARE(listed(home).at(2).toObject().value(QStringLiteral("nextRun")).toString(),
             QStringLiteral("2030-01-02T08:15:00+01:00"));
    QCOMPARE(ctl(home, words("schedule disable 2")).out, QStringLiteral("Disabled schedule 2.\n"));
    QCOMPARE(listed(home).at(1).toObject().value(QStringLiteral("enabled")).toBool(), false);

    const auto removed = ctl(home, words("schedule remove 1"));
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, QStringLiteral("Removed schedule 1 (every 30m).\n"));
    const auto again = ctl(home, words("schedule remove 1"));
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err, QStringLiteral("ferryctl: There is no schedule with id 1. See 'ferryctl schedule list'.\n"));
    QCOMPARE(listed(home).size(), 3);
}

void TestFerryctlSchedule::refusesABadSchedule_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind") << QStringLiteral("schedule add nightly") << 2
                             << QStringLiteral("ferryctl: schedule add needs one of --every, --daily or --weekdays.");
    QTest::newRow("two kinds") << QStringLiteral("schedule add nightly --every 5m --daily 02:00") << 2
                               << QStringLiteral("ferryctl: schedule add needs one of --every, --daily or --weekdays.");
    QTest::newRow("bad interval") << QStringLiteral("schedule add nightly --every 5x") << 2
                                  << QStringLiteral("ferryctl: --every takes minutes or hours, e.g. 30m or 2h; not '5x'.");
    QTest::newRow("zero interval") << QStringLiteral("schedule add nightly --every 0m") << 1
                                   << QStringLiteral("ferryctl: A schedule runs every 1 minute to every 31 days; 0 minutes is outside that.");
    QTest::newRow("bad time") << QStringLiteral("schedule add nightly --daily 25:00") << 2
                              << QStringLiteral("ferryctl: A time of day is HH:MM, from 00:00 to 23:59; not '25:00'.");
    QTest::newRow("bad day") << QStringLiteral("schedule add nightly --weekdays mon,fun --at 08:00") << 2
                             << QStringLiteral("ferryctl: --weekdays takes days such as mon,wed (mon tue wed thu fri sat sun); not 'mon,fun'.");
    QTest::newRow("weekdays without at") << QStringLiteral("schedule add nightly --weekdays mon") << 2
                                         << QStringLiteral("ferryctl: --at goes with --weekdays (use --daily HH:MM for every day).");
    QTest::newRow("bad start") << QStringLiteral("schedule add nightly --daily 02:00 --start tomorrow") << 2
                               << QStringLiteral("ferryctl: --start takes a date and time such as 2026-12-01T08:00; not 'tomorrow'.");
    QTest::newRow("unknown profile") << QStringLiteral("schedule add weekly --daily 02:00") << 1
                                     << QStringLiteral("ferryctl: There is no profile named 'weekly'. See 'ferryctl profile list'.");
    QTest::newRow("remove by name") << QStringLiteral("schedule remove nightly") << 2
                                    << QStringLiteral("ferryctl: A schedule is named by its number, as 'ferryctl schedule list' shows it.");
    QTest::newRow("unknown action") << QStringLiteral("schedule pause 1") << 2
                                    << QStringLiteral("ferryctl: unknown schedule action 'pause'. Use add, list, remove, enable or disable.");
}

void TestFerryctlSchedule::refusesABadSchedule()
{
    QFETCH(QString, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    test::TempHome home;
    storeNightly(home);
    const auto result = ctl(home, arguments.split(QLatin1Char(' ')));
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.err, message + QLatin1Char('\n'));
    QCOMPARE(listed(home).size(), 0);  // nothing half-stored
}

QTEST_GUILESS_MAIN(TestFerryctlSchedule)
#include "tst_ferryctl_schedule.moc"
