// The Activity view over a real state.db: pages as it scrolls, filters, search, live tail, one
// run's entries, CSV export; and the model on its own: rows appear as fetchMore is called.

#include "Screenshot.h"
#include "Fixtures.h"
#include "TempHome.h"
#include "Translations.h"
#include "models/SyncLogModel.h"
#include "services/SyncLogQuery.h"
#include "store/SyncLogRepository.h"
#include "views/ActivityView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ferry;
using ferry::ui::ActivityView;
using ferry::ui::SyncLogModel;

namespace {

const QDateTime base = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);

// Entry n: relationship www-prod or shop-prod, result error every 7th, in run 1 + n/100.
void fill(StateStore& store, int from, int count)
{
    SyncLogRepository log(store.database());
    QVERIFY(store
                .write([&]() -> Result<void> {
                    for (int n = from; n < from + count; ++n) {
                        auto added = log.append({ .time = base.addSecs(n),
                            .runId = 1 + n / 100,
                            .relationship = n % 2 ? QStringLiteral("shop-prod") : QStringLiteral("www-prod"),
                            .site = n % 2 ? QStringLiteral("shop") : QStringLiteral("www"),
                            .resource = QStringLiteral("assets"),
                            .mode = n % 3 ? LogMode::Push : LogMode::Pull,
                            .action = QStringLiteral("update"),
                            .result = n % 7 ? LogResult::Ok : LogResult::Error,
                            .message = n % 7 ? QStringLiteral("sent file-%1.png").arg(n)
                                             : QStringLiteral("Permission denied on file-%1.png").arg(n) });
                        if (!added) {
                            return added.error();
                        }
                    }
                    return {};
                })
                .ok());
}

// English plural forms come with the translations ("2 record(s)" reads "2 records" once they are
// merged): either is right, for counts other than one.
bool samePlural(const QString& actual, const QString& expected)
{
    return actual == expected || actual == QString(expected).replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column), Qt::DisplayRole).toString();
}

struct OpenView {
    explicit OpenView(const QString& homePath)
        : view(homePath)
    {
        view.resize(1100, 700);
        view.show();
        model = view.model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    }
    template<typename T> T* find(const char* name) const { return view.findChild<T*>(QLatin1String(name)); }
    void waitForLoad() const
    {
        QTest::qWait(350); // past the filter's typing delay
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    }

    ActivityView view;
    SyncLogModel* model = nullptr;
};

} // namespace

class TestActivityView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPagesAsFetchMoreIsCalled();
    void viewShowsTheNewestPageAndTheCount();
    void filtersByRelationshipResultAndMode();
    void searchesTheMessages();
    void filtersByTimeRange();
    void showsOneRunsEntries();
    void newEntriesAppearOnTop();
    void exportsTheCurrentFilterToCsv();
    void anEmptyHomeSaysSo();
};

void TestActivityView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestActivityView::modelPagesAsFetchMoreIsCalled()
{
    test::TempHome home;
    fill(*home.openStore(), 0, 700);
    SyncLogQuery query(home.homePath());
    SyncLogModel model(&query);
    QSignalSpy loaded(&model, &SyncLogModel::loaded);
    QVERIFY(!model.canFetchMore({})); // nothing asked yet
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), SyncLogQuery::pageSize);
    QCOMPARE(cell(&model, 0, SyncLogModel::Message), QStringLiteral("sent file-699.png"));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 2 * SyncLogQuery::pageSize);
    QCOMPARE(cell(&model, SyncLogQuery::pageSize, SyncLogModel::Message),
        QStringLiteral("Permission denied on file-399.png"));
    model.fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 700);
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(cell(&model, 699, SyncLogModel::Message), QStringLiteral("Permission denied on file-0.png"));
    QCOMPARE(model.columnCount(), 9);
    QCOMPARE(model.headerData(SyncLogModel::RemoteError, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Remote error"));
}

void TestActivityView::viewShowsTheNewestPageAndTheCount()
{
    test::TempHome home;
    fill(*home.openStore(), 0, 450);
    OpenView open(home.homePath());
    auto* table = open.find<QTableView>("activityTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), SyncLogQuery::pageSize);
    QCOMPARE(cell(table->model(), 0, SyncLogModel::Relationship), QStringLiteral("shop-prod"));
    QCOMPARE(cell(table->model(), 0, SyncLogModel::Time),
        base.addSecs(449).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QVERIFY2(samePlural(open.find<QLabel>("activityCount")->text(),
                 QStringLiteral("The newest 300 record(s); more appear as you scroll.")),
        qPrintable(open.find<QLabel>("activityCount")->text()));
    test::screenshot(open.view, QStringLiteral("activity-view"));
    // Scrolling to the bottom fetches the rest.
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 450, 10000);
    QTRY_VERIFY(samePlural(open.find<QLabel>("activityCount")->text(), QStringLiteral("450 record(s).")));
}

void TestActivityView::filtersByRelationshipResultAndMode()
{
    test::TempHome home;
    auto store = home.openStore();
    test::storeRelationship(*store, test::storeSite(*store, QStringLiteral("shop")), QStringLiteral("shop-prod"));
    fill(*store, 0, 100);
    OpenView open(home.homePath());
    HomeSnapshot snapshot = HomeSnapshot::read(*store, home.homePath()).value();
    open.view.showSnapshot(snapshot);
    auto* relationship = open.find<QComboBox>("activityRelationship");
    QCOMPARE(relationship->count(), 2);
    relationship->setCurrentIndex(relationship->findText(QStringLiteral("shop-prod")));
    open.waitForLoad();
    QCOMPARE(open.model->rowCount(), 50);
    for (int row = 0; row < open.model->rowCount(); ++row) {
        QCOMPARE(cell(open.model, row, SyncLogModel::Relationship), QStringLiteral("shop-prod"));
    }
    auto* result = open.find<QComboBox>("activityResult");
    result->setCurrentIndex(result->findText(QStringLiteral("Error")));
    open.waitForLoad();
    // Odd multiples of 7 below 100: 7, 21, 35, 49, 63, 77, 91.
    QCOMPARE(open.model->rowCount(), 7);
    QCOMPARE(cell(open.model, 0, SyncLogModel::Message), QStringLiteral("Permission denied on file-91.png"));
    auto* mode = open.find<QComboBox>("activityMode");
    mode->setCurrentIndex(mode->findText(QStringLiteral("Pull")));
    open.waitForLoad();
    QCOMPARE(open.model->rowCount(), 2); // 21 and 63
    QVERIFY(samePlural(open.find<QLabel>("activityCount")->text(), QStringLiteral("2 record(s).")));
    open.find<QLineEdit>("activityResource")->setText(QStringLiteral("pages"));
    open.waitForLoad();
    QCOMPARE(open.model->rowCount(), 0);
    QCOMPARE(open.find<QLabel>("activityCount")->text(), QStringLiteral("No entry matches these filters."));
    QTest::mouseClick(open.find<QPushButton>("activityClearFilters"), Qt::LeftButton);
    open.waitForLoad();
    QCOMPARE(open.model->rowCount(), 100);
}

void TestActivityView::searchesTheMessages()
{
    test::TempHome home;
    fill(*home.openStore(), 0, 100);
    OpenView open(home.homePath());
    QTest::keyClicks(open.find<QLineEdit>("activitySearch"), QStringLiteral("permission"));
    open.waitForLoad();
    QCOMPARE(open.model->rowCount(), 15); // 0, 7, …, 98
    QCOMPARE(cell(open.model, 14, SyncLogModel::Message), QStringLiteral("Permission denied on file-0.png"));
    open.find<QLineEdit>("activitySearch")->setText(QStringLiteral("file-42.png"));
    open.waitForLoad();
    QCOMPARE(open.model->rowCount(), 1);
    QCOMPARE(cell(open.model, 0, SyncLogModel::Message), QStringLiteral("Permission denied on file-42.png"));
}

void TestActivityView::filtersByTimeRange()
{
    test::TempHome home;
    fill(*home.openStore(), 0, 600); // one entry a second for ten minutes
    OpenView open(home.homePath());
    open.find<QDateTimeEdit>("activityFrom")->setDateTime(base.addSecs(120).toLocalTime());
    open.find<QDateTimeEdit>("activityTo")->setDateTime(base.addSecs(180).toLocalTime());
    open.waitForLoad();
    // From 00:02:00 to the end of minute 00:03: entries 120 … 239.
    QCOMPARE(open.model->rowCount(), 120);
    QCOMPARE(cell(open.model, 0, SyncLogModel::Message), QStringLiteral("sent file-239.png"));
    QCOMPARE(cell(open.model, 119, SyncLogModel::Message), QStringLiteral("sent file-120.png"));
}

void TestActivityView::showsOneRunsEntries()
{
    test::TempHome home;
    fill(*home.openStore(), 0, 400);
    OpenView open(home.homePath());
    QMetaObject::invokeMethod(&open.view, "showRun", Q_ARG(qint64, 3)); // a public slot
    open.waitForLoad();
    QCOMPARE(open.model->rowCount(), 100);
    QCOMPARE(cell(open.model, 0, SyncLogModel::Message), QStringLiteral("sent file-299.png"));
    auto* chip = open.find<QPushButton>("activityRunChip");
    QVERIFY(chip->isVisible());
    QCOMPARE(chip->text(), QStringLiteral("Run 3 only"));
    QTest::mouseClick(chip, Qt::LeftButton);
    open.waitForLoad();
    QVERIFY(!chip->isVisible());
    QCOMPARE(open.model->rowCount(), SyncLogQuery::pageSize);
}

void TestActivityView::newEntriesAppearOnTop()
{
    test::TempHome home;
    auto store = home.openStore();
    fill(*store, 0, 10);
    OpenView open(home.homePath());
    open.find<QComboBox>("activityResult")->setCurrentIndex(1); // OK only
    open.waitForLoad();
    const int before = open.model->rowCount();
    QCOMPARE(before, 8); // all but 0 and 7
    fill(*store, 10, 5); // 10 … 14: 14 is an error
    QTRY_COMPARE_WITH_TIMEOUT(open.model->rowCount(), before + 4, 5000);
    QCOMPARE(cell(open.model, 0, SyncLogModel::Message), QStringLiteral("sent file-13.png"));
    QCOMPARE(cell(open.model, 3, SyncLogModel::Message), QStringLiteral("sent file-10.png"));
    QCOMPARE(cell(open.model, 4, SyncLogModel::Message), QStringLiteral("sent file-9.png"));
    // Unchecked, the view stops looking.
    open.find<QCheckBox>("activityLiveTail")->setChecked(false);
    QVERIFY(!open.model->isLiveTail());
    fill(*store, 15, 2);
    QTest::qWait(2 * SyncLogModel::tailIntervalMs);
    QCOMPARE(open.model->rowCount(), before + 4);
}

void TestActivityView::exportsTheCurrentFilterToCsv()
{
    test::TempHome home;
    fill(*home.openStore(), 0, 30);
    OpenView open(home.homePath());
    open.find<QLineEdit>("activitySearch")->setText(QStringLiteral("permission"));
    open.waitForLoad();
    QSignalSpy finished(&open.view, &ActivityView::exportFinished);
    const QString path = home.root() + QStringLiteral("/errors.csv");
    open.view.exportTo(path);
    QVERIFY(finished.wait(10000));
    QVERIFY(samePlural(finished.first().first().toString(), QStringLiteral("5 record(s) written to %1.").arg(path)));
    QCOMPARE(open.find<QLabel>("activityCount")->text(), finished.first().first().toString());
    const QList<QByteArray> lines = test::readAll(path).split('\n');
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines[0], QByteArray("id,time,run,relationship,site,resource,mode,action,result,remote_error,message\r"));
    QCOMPARE(lines[1],
        QByteArray("29,2026-01-01T00:00:28.000Z,1,www-prod,www,assets,push,update,error,no,"
                   "Permission denied on file-28.png\r"));
}

void TestActivityView::anEmptyHomeSaysSo()
{
    test::TempHome home;
    auto store = home.openStore();
    OpenView open(home.homePath());
    open.view.showSnapshot(HomeSnapshot::read(*store, home.homePath()).value());
    QVERIFY(open.view.isShowingEmptyState());
    fill(*store, 0, 1);
    open.view.showSnapshot(HomeSnapshot::read(*store, home.homePath()).value());
    QVERIFY(!open.view.isShowingEmptyState());
}

QTEST_MAIN(TestActivityView)
#include "tst_activityview.moc"
