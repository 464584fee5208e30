// The dashboard's relationship cards over a real state.db: status in words and colour, last and
// next run, conflicts waiting, clock skew, and the bytes each day this week.

#include "Fixtures.h"
#include "TempHome.h"
#include "Translations.h"
#include "store/ConflictRepository.h"
#include "store/RunRepository.h"
#include "views/DashboardView.h"
#include "widgets/BytesChart.h"
#include "widgets/RelationshipCard.h"

#include <QDir>
#include <QLabel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ferry;
using ferry::ui::DashboardView;
using ferry::ui::RelationshipCard;

namespace {

void storeRun(StateStore& store, const QString& relationship, RunState state, const QDateTime& started, qint64 bytes,
    const QString& message = {})
{
    RunRepository runs(store.database());
    Run run = runs.start({ .profileName = relationship + QStringLiteral("-nightly"),
                             .relationshipName = relationship,
                             .state = RunState::Running,
                             .startedAt = started })
                  .value();
    QVERIFY(runs.finish(run.id, state, RunTotals { .bytesOut = bytes, .bytesIn = bytes }, message, started.addSecs(30))
                .ok());
}

QString text(QWidget* card, const char* name)
{
    return card->findChild<QLabel*>(QLatin1String(name))->text();
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardsSayWhatNeedsAttention();
    void nextRunComesFromOutsideClockSkewFromRuns();
};

void TestDashboardView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestDashboardView::cardsSayWhatNeedsAttention()
{
    test::TempHome home;
    auto store = home.openStore();
    const Site www = test::storeSite(*store, QStringLiteral("www"));
    const Site shop = test::storeSite(*store, QStringLiteral("shop"));
    const Site blog = test::storeSite(*store, QStringLiteral("blog"));
    test::storeRelationship(*store, www, QStringLiteral("www-prod"));
    test::storeRelationship(*store, shop, QStringLiteral("shop-prod"));
    test::storeRelationship(*store, blog, QStringLiteral("blog-prod"));
    QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("UPDATE relationships SET initial_copy_done = 1")));
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime noon = QDateTime(now.date(), QTime(12, 0));
    storeRun(*store, QStringLiteral("www-prod"), RunState::Succeeded, noon.addDays(-3), 1000);
    storeRun(*store, QStringLiteral("www-prod"), RunState::Succeeded, noon.addDays(-1), 4000);
    storeRun(*store, QStringLiteral("www-prod"), RunState::Succeeded, noon.addDays(-1).addSecs(60), 500);
    storeRun(*store, QStringLiteral("www-prod"), RunState::Succeeded, noon.addDays(-20), 99999); // not this week
    storeRun(*store, QStringLiteral("shop-prod"), RunState::Failed, noon.addDays(-1), 0,
        QStringLiteral("The remote agent refused the certificate."));
    Conflict conflict { .relationship = QStringLiteral("blog-prod"),
        .site = QStringLiteral("blog"),
        .resource = QStringLiteral("files"),
        .item = QStringLiteral("a.txt"),
        .policy = QStringLiteral("manual"),
        .detectedAt = QDateTime::currentDateTimeUtc() };
    QVERIFY(ConflictRepository(store->database()).record(conflict).ok());
    QVERIFY(ConflictRepository(store->database()).record(conflict).ok());

    DashboardView view;
    view.resize(1100, 1100);
    view.show();
    view.showSnapshot(HomeSnapshot::read(*store, home.homePath()).value());

    RelationshipCard* www_ = view.relationshipCard(QStringLiteral("www-prod"));
    RelationshipCard* shop_ = view.relationshipCard(QStringLiteral("shop-prod"));
    RelationshipCard* blog_ = view.relationshipCard(QStringLiteral("blog-prod"));
    QVERIFY(www_ && shop_ && blog_);
    QCOMPARE(www_->state(), RelationshipCard::State::Good);
    QCOMPARE(www_->statusText(), QStringLiteral("In step."));
    // The newest by start time, whatever order the runs were recorded in.
    QCOMPARE(text(www_, "lastRun"),
        QStringLiteral("Succeeded, %1 (www-prod-nightly)")
            .arg(QLocale().toString(noon.addDays(-1).addSecs(60), QLocale::ShortFormat)));
    QCOMPARE(text(www_, "pendingConflicts"), QStringLiteral("None waiting"));
    auto* chart = www_->findChild<ui::BytesChart*>(QStringLiteral("bytesChart"));
    const std::array<qint64, 7> expected { 0, 0, 0, 2000, 0, 9000, 0 };
    QVERIFY(chart->bytes() == expected);
    QCOMPARE(text(www_, "bytesThisWeek"), QStringLiteral("%1 moved").arg(QLocale().formattedDataSize(11000)));

    QCOMPARE(shop_->state(), RelationshipCard::State::Problem);
    QCOMPARE(shop_->statusText(), QStringLiteral("The last run failed: The remote agent refused the certificate."));
    QVERIFY(text(shop_, "lastRun").startsWith(QLatin1String("Failed, ")));

    QCOMPARE(blog_->state(), RelationshipCard::State::Attention);
    QCOMPARE(text(blog_, "pendingConflicts"), QStringLiteral("2 waiting for your decision"));
    QVERIFY(text(blog_, "relationshipStatus").contains(QLatin1String("waiting for your decision")));
    QCOMPARE(text(blog_, "lastRun"), QStringLiteral("No run yet"));

    const QString folder = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(100); // let the scroll area lay out the cards it was just given
        view.grab().save(QDir(folder).filePath(QStringLiteral("dashboard-relationships.png")));
    }

    // A relationship removed from the home loses its card.
    QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("DELETE FROM relationships WHERE name = 'blog-prod'")));
    view.showSnapshot(HomeSnapshot::read(*store, home.homePath()).value());
    QVERIFY(!view.relationshipCard(QStringLiteral("blog-prod")));
    QCOMPARE(view.findChildren<RelationshipCard*>().size(), 2);
}

void TestDashboardView::nextRunComesFromOutsideClockSkewFromRuns()
{
    test::TempHome home;
    auto store = home.openStore();
    test::storeRelationship(*store, test::storeSite(*store, QStringLiteral("www")), QStringLiteral("www-prod"));
    DashboardView view;
    // Set before the card exists: kept and applied when it appears.
    const QDateTime next = QDateTime::currentDateTime().addSecs(3600);
    view.setNextRun(QStringLiteral("www-prod"), next);
    view.showSnapshot(HomeSnapshot::read(*store, home.homePath()).value());
    RelationshipCard* card = view.relationshipCard(QStringLiteral("www-prod"));
    QCOMPARE(text(card, "nextRun"), QLocale().toString(next, QLocale::ShortFormat));
    QCOMPARE(text(card, "clockSkew"), QStringLiteral("Not measured yet"));
    view.setNextRun(QStringLiteral("www-prod"), {});
    QCOMPARE(text(card, "nextRun"), QStringLiteral("Not scheduled"));
    QCOMPARE(card->state(), RelationshipCard::State::Attention); // no initial copy yet
    QCOMPARE(card->statusText(), QStringLiteral("Waiting for the initial copy."));

    // The clock skew is the one the newest run measured; a run that failed before it connected
    // (none measured) does not hide it.
    RunRepository runs(store->database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Run measured = runs.start({.profileName = QStringLiteral("p"), .relationshipName = QStringLiteral("www-prod"),
                                     .state = RunState::Running, .startedAt = now.addSecs(-120)})
                             .value();
    QVERIFY(runs.setClockSkew(measured.id, 2500));
    QVERIFY(runs.start({.profileName = QStringLiteral("p"), .relationshipName = QStringLiteral("www-prod"),
                        .state = RunState::Failed, .startedAt = now.addSecs(-60)}));
    view.showSnapshot(HomeSnapshot::read(*store, home.homePath()).value());
    QCOMPARE(text(card, "clockSkew"), QStringLiteral("2.5 s (the remote clock minus this one)"));

    // Past a minute apart, the card asks for attention in words.
    const Run drifted = runs.start({.profileName = QStringLiteral("p"), .relationshipName = QStringLiteral("www-prod"),
                                    .state = RunState::Succeeded, .startedAt = now})
                            .value();
    QVERIFY(runs.setClockSkew(drifted.id, -95'000));
    view.showSnapshot(HomeSnapshot::read(*store, home.homePath()).value());
    QCOMPARE(text(card, "clockSkew"), QStringLiteral("-95.0 s (the remote clock minus this one)"));
    QCOMPARE(card->state(), RelationshipCard::State::Attention);
    QCOMPARE(card->statusText(), QStringLiteral("The clocks are 95 s apart: newer-wins decisions may pick the wrong side."));
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
