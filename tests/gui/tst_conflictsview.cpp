// The conflict review over a real state.db: pending and settled lists, side by side content
// (text diff, pictures, row fields, nothing kept), and decisions recorded with who and when.

#include "TempHome.h"
#include "Translations.h"
#include "services/ConflictService.h"
#include "store/ConflictRepository.h"
#include "views/ConflictsView.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace ferry;
using ferry::ui::ConflictsView;

namespace {

Conflict make(const QString& item, const QJsonObject& local, const QJsonObject& remote)
{
    Conflict c;
    c.relationship = QStringLiteral("www-prod");
    c.site = QStringLiteral("www");
    c.resource = item.contains(QLatin1Char(':')) ? QStringLiteral("pages") : QStringLiteral("assets");
    c.item = item;
    c.local = local;
    c.remote = remote;
    c.policy = QStringLiteral("manual");
    c.detectedAt = QDateTime::currentDateTimeUtc();
    return c;
}

QByteArray png(Qt::GlobalColor colour, int width)
{
    QImage image(width, 40, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct Fixture {
    Fixture()
    {
        auto store = home.openStore();
        ConflictRepository conflicts(store->database());
        const QString a
            = home.writeFile(QStringLiteral("copies/local-about.html"), "<h1>About</h1>\nold line\nfooter\n");
        const QString b
            = home.writeFile(QStringLiteral("copies/remote-about.html"), "<h1>About</h1>\nnew line\nfooter\n");
        text = conflicts
                   .record(make(QStringLiteral("about.html"),
                       { { QStringLiteral("copy"), a }, { QStringLiteral("size"), 33 },
                           { QStringLiteral("modified"), QStringLiteral("2026-01-02T10:00:00Z") },
                           { QStringLiteral("hash"), QStringLiteral("ab12cd34ef56ab12cd34") } },
                       { { QStringLiteral("copy"), b }, { QStringLiteral("size"), 33 } }))
                   .value();
        const QString la = home.writeFile(QStringLiteral("copies/local-logo.png"), png(Qt::red, 60));
        const QString lb = home.writeFile(QStringLiteral("copies/remote-logo.png"), png(Qt::blue, 80));
        image = conflicts
                    .record(make(QStringLiteral("img/logo.png"), { { QStringLiteral("copy"), la } },
                        { { QStringLiteral("copy"), lb } }))
                    .value();
        row = conflicts
                  .record(make(QStringLiteral("pages:42"),
                      { { QStringLiteral("values"),
                          QJsonObject { { QStringLiteral("id"), 42 },
                              { QStringLiteral("title"), QStringLiteral("Home") },
                              { QStringLiteral("body"), QStringLiteral("Hello") } } } },
                      { { QStringLiteral("values"),
                          QJsonObject { { QStringLiteral("id"), 42 },
                              { QStringLiteral("title"), QStringLiteral("Start") },
                              { QStringLiteral("body"), QStringLiteral("Hello") } } } }))
                  .value();
        nothing = conflicts
                      .record(make(QStringLiteral("data.bin"), { { QStringLiteral("size"), 10 } },
                          { { QStringLiteral("size"), 12 } }))
                      .value();
        Conflict settled = make(QStringLiteral("old.css"), {}, {});
        settled.status = ConflictStatus::AutoResolved;
        settled.winner = ConflictWinner::Remote;
        settled.policy = QStringLiteral("remote-wins");
        conflicts.record(settled).value();
    }

    HomeSnapshot snapshot() const { return HomeSnapshot::read(*home.openStore(), home.homePath()).value(); }

    test::TempHome home;
    Conflict text, image, row, nothing;
};

int rowOf(QTableView* table, const QString& item)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 4).data().toString() == item) {
            return row;
        }
    }
    return -1;
}

void select(QTableView* table, const QString& item)
{
    const int row = rowOf(table, item);
    QVERIFY2(row >= 0, qPrintable(item));
    table->selectRow(row);
}

QWidget* currentPage(ConflictsView& view)
{
    return view.findChild<QWidget*>(QStringLiteral("conflictDetail"))->findChild<QStackedWidget*>()->currentWidget();
}

void saveScreenshot(QWidget& widget, const char* name)
{
    const QString folder = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        widget.grab().save(QDir(folder).filePath(QLatin1String(name)));
    }
}

} // namespace

class TestConflictsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsPendingAndSettledApart();
    void showsATextDiffSideBySide();
    void showsBothPictures();
    void highlightsTheRowFieldsThatDiffer();
    void saysWhenNoContentWasKept();
    void recordsADecisionForASelection();
};

void TestConflictsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestConflictsView::listsPendingAndSettledApart()
{
    Fixture f;
    ConflictsView view(f.home.homePath());
    view.showSnapshot(f.snapshot());
    auto* pending = view.findChild<QTableView*>(QStringLiteral("pendingConflictsTable"));
    auto* settled = view.findChild<QTableView*>(QStringLiteral("settledConflictsTable"));
    QCOMPARE(pending->model()->rowCount(), 4);
    QCOMPARE(settled->model()->rowCount(), 1);
    QCOMPARE(settled->model()->index(0, 4).data().toString(), QStringLiteral("old.css"));
    QCOMPARE(
        view.findChild<QTabWidget*>(QStringLiteral("conflictTabs"))->tabText(0), QStringLiteral("Waiting for you (4)"));
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("keepLocalButton"))->isEnabled());
}

void TestConflictsView::showsATextDiffSideBySide()
{
    Fixture f;
    ConflictsView view(f.home.homePath());
    view.resize(1000, 700);
    view.show();
    view.showSnapshot(f.snapshot());
    select(view.findChild<QTableView*>(QStringLiteral("pendingConflictsTable")), QStringLiteral("about.html"));
    auto* diff = view.findChild<QTableWidget*>(QStringLiteral("conflictDiff"));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(view), static_cast<QWidget*>(diff), 5000);
    // The changed line shares a row: old on the left, new on the right, both tinted.
    QCOMPARE(diff->rowCount(), 3);
    QCOMPARE(diff->item(0, 0)->text(), QStringLiteral("<h1>About</h1>"));
    QCOMPARE(diff->item(0, 1)->text(), QStringLiteral("<h1>About</h1>"));
    QCOMPARE(diff->item(1, 0)->text(), QStringLiteral("old line"));
    QCOMPARE(diff->item(1, 1)->text(), QStringLiteral("new line"));
    QCOMPARE(diff->item(2, 1)->text(), QStringLiteral("footer"));
    QVERIFY(diff->item(1, 0)->background() != diff->item(0, 0)->background());
    QVERIFY(diff->item(1, 1)->background() != diff->item(0, 1)->background());
    const QString meta = view.findChild<QLabel*>(QStringLiteral("conflictLocalMeta"))->text();
    QVERIFY2(meta.contains(QLatin1String("33 bytes")) && meta.contains(QStringLiteral("hash ab12cd34ef56…")),
        qPrintable(meta));
    QVERIFY(view.findChild<QPushButton*>(QStringLiteral("keepLocalButton"))->isEnabled());
    saveScreenshot(view, "conflicts-text-diff.png");
}

void TestConflictsView::showsBothPictures()
{
    Fixture f;
    ConflictsView view(f.home.homePath());
    view.show();
    view.showSnapshot(f.snapshot());
    select(view.findChild<QTableView*>(QStringLiteral("pendingConflictsTable")), QStringLiteral("img/logo.png"));
    auto* local = view.findChild<QLabel*>(QStringLiteral("conflictLocalImage"));
    auto* remote = view.findChild<QLabel*>(QStringLiteral("conflictRemoteImage"));
    QTRY_VERIFY_WITH_TIMEOUT(!local->pixmap().isNull(), 5000);
    QCOMPARE(local->pixmap().width(), 60);
    QCOMPARE(remote->pixmap().width(), 80);
    QCOMPARE(local->pixmap().toImage().pixelColor(5, 5), QColor(Qt::red));
}

void TestConflictsView::highlightsTheRowFieldsThatDiffer()
{
    Fixture f;
    ConflictsView view(f.home.homePath());
    view.resize(1000, 700);
    view.show();
    view.showSnapshot(f.snapshot());
    select(view.findChild<QTableView*>(QStringLiteral("pendingConflictsTable")), QStringLiteral("pages:42"));
    auto* fields = view.findChild<QTableWidget*>(QStringLiteral("conflictFields"));
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(view), static_cast<QWidget*>(fields), 5000);
    QCOMPARE(fields->rowCount(), 3);
    QMap<QString, QStringList> shown;
    QStringList differing;
    for (int row = 0; row < fields->rowCount(); ++row) {
        shown[fields->item(row, 0)->text()] = { fields->item(row, 1)->text(), fields->item(row, 2)->text() };
        if (fields->item(row, 1)->data(Qt::UserRole).toBool()) {
            differing << fields->item(row, 0)->text();
        }
    }
    QCOMPARE(shown[QStringLiteral("title")], (QStringList { QStringLiteral("Home"), QStringLiteral("Start") }));
    QCOMPARE(shown[QStringLiteral("id")], (QStringList { QStringLiteral("42"), QStringLiteral("42") }));
    QCOMPARE(differing, QStringList { QStringLiteral("title") });
    saveScreenshot(view, "conflicts-row-fields.png");
}

void TestConflictsView::saysWhenNoContentWasKept()
{
    Fixture f;
    ConflictsView view(f.home.homePath());
    view.show();
    view.showSnapshot(f.snapshot());
    select(view.findChild<QTableView*>(QStringLiteral("pendingConflictsTable")), QStringLiteral("data.bin"));
    auto* message = view.findChild<QLabel*>(QStringLiteral("conflictMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QLatin1String("Content not available")), 5000);
}

void TestConflictsView::recordsADecisionForASelection()
{
    Fixture f;
    ConflictsView view(f.home.homePath());
    view.show();
    view.showSnapshot(f.snapshot());
    auto* pending = view.findChild<QTableView*>(QStringLiteral("pendingConflictsTable"));
    pending->selectionModel()->select(pending->model()->index(rowOf(pending, QStringLiteral("about.html")), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    pending->selectionModel()->select(pending->model()->index(rowOf(pending, QStringLiteral("pages:42")), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy changed(&view, &ConflictsView::conflictsChanged);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("keepRemoteButton")), Qt::LeftButton);
    QVERIFY(changed.wait(5000));
    // English plural forms come with the translations: "conflict(s)" or "conflicts".
    const QString status = view.findChild<QLabel*>(QStringLiteral("conflictStatus"))->text();
    QVERIFY2(status == QStringLiteral("2 conflict(s) decided: Remote. The next run applies it.")
            || status == QStringLiteral("2 conflicts decided: Remote. The next run applies it."),
        qPrintable(status));

    const HomeSnapshot snapshot = f.snapshot();
    QCOMPARE(snapshot.pendingConflictCount, qint64(2));
    int resolved = 0;
    for (const Conflict& c : snapshot.conflicts) {
        if (c.id == f.text.id || c.id == f.row.id) {
            QCOMPARE(c.status, ConflictStatus::Resolved);
            QCOMPARE(c.winner, ConflictWinner::Remote);
            QCOMPARE(c.resolvedBy, ConflictService::currentUserName());
            QVERIFY(c.resolvedAt >= before && c.resolvedAt <= QDateTime::currentDateTimeUtc());
            ++resolved;
        } else if (c.id == f.image.id) {
            QCOMPARE(c.status, ConflictStatus::PendingReview);
        }
    }
    QCOMPARE(resolved, 2);
    QVERIFY(!ConflictService::currentUserName().isEmpty());
    view.showSnapshot(snapshot);
    QCOMPARE(pending->model()->rowCount(), 2);
    auto* settled = view.findChild<QTableView*>(QStringLiteral("settledConflictsTable"));
    QCOMPARE(settled->model()->rowCount(), 3);
    const int row = rowOf(settled, QStringLiteral("about.html"));
    QCOMPARE(settled->model()->index(row, 7).data().toString(), ConflictService::currentUserName());
}

QTEST_MAIN(TestConflictsView)
#include "tst_conflictsview.moc"
