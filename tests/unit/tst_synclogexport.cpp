// SyncLogExport and Csv: the bytes of the CSV file, quoting as RFC 4180 has it.

#include "TempHome.h"
#include "common/Csv.h"
#include "services/SyncLogExport.h"
#include "store/SyncLogRepository.h"

#include <QFile>
#include <QTest>

using namespace ferry;

class TestSyncLogExport : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt_data();
    void quotesOnlyWhatNeedsIt();
    void writesTheFilteredLogExactly();
    void writesMoreThanOneBatch();
    void anUnwritableFolderIsNamedAndNothingIsLeft();
};

void TestSyncLogExport::quotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringList { QStringLiteral("a"), QStringLiteral("b c") } << QByteArray("a,b c\r\n");
    QTest::newRow("comma") << QStringList { QStringLiteral("a,b") } << QByteArray("\"a,b\"\r\n");
    QTest::newRow("quote") << QStringList { QStringLiteral("say \"hi\"") } << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("newline") << QStringList { QStringLiteral("one\ntwo") } << QByteArray("\"one\ntwo\"\r\n");
    QTest::newRow("carriage return") << QStringList { QStringLiteral("one\rtwo") } << QByteArray("\"one\rtwo\"\r\n");
    QTest::newRow("empty fields") << QStringList { QString(), QString(), QStringLiteral("x") } << QByteArray(",,x\r\n");
    QTest::newRow("utf-8") << QStringList { QStringLiteral("Größe ✓") }
                           << QByteArray("Gr\xc3\xb6\xc3\x9f"
                                         "e \xe2\x9c\x93\r\n");
    QTest::newRow("leading space kept") << QStringList { QStringLiteral(" a ") } << QByteArray(" a \r\n");
}

void TestSyncLogExport::quotesOnlyWhatNeedsIt()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);
    QCOMPARE(Csv::record(fields), expected);
}

void TestSyncLogExport::writesTheFilteredLogExactly()
{
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
    QVERIFY(log.append({ .time = t0,
                           .runId = 7,
                           .relationship = QStringLiteral("www, prod"),
                           .site = QStringLiteral("www"),
                           .resource = QStringLiteral("assets"),
                           .mode = LogMode::Push,
                           .action = QStringLiteral("update"),
                           .result = LogResult::Ok,
                           .message = QStringLiteral("sent \"logo.png\"") })
                .ok());
    QVERIFY(log.append({ .time = t0.addSecs(1),
                           .relationship = QStringLiteral("www-prod"),
                           .site = QStringLiteral("www"),
                           .resource = QStringLiteral("pages"),
                           .mode = LogMode::Pull,
                           .action = QStringLiteral("delete"),
                           .result = LogResult::Error,
                           .remoteError = true,
                           .message = QStringLiteral("Permission denied\nsecond line") })
                .ok());
    QVERIFY(log.append({ .time = t0.addSecs(2),
                           .relationship = QStringLiteral("other"),
                           .site = QStringLiteral("x"),
                           .resource = QStringLiteral("r"),
                           .action = QStringLiteral("check") })
                .ok());

    const QString path = home.root() + QStringLiteral("/log.csv");
    SyncLogFilter filter;
    filter.site = QStringLiteral("www");
    const auto written = SyncLogExport::write(log, filter, path);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    QCOMPARE(*written, qint64(2));
    const QByteArray expected = "id,time,run,relationship,site,resource,mode,action,result,remote_error,message\r\n"
                                "2,2026-01-01T00:00:01.123Z,,www-prod,www,pages,pull,delete,error,yes,"
                                "\"Permission denied\nsecond line\"\r\n"
                                "1,2026-01-01T00:00:00.123Z,7,\"www, prod\",www,assets,push,update,ok,no,"
                                "\"sent \"\"logo.png\"\"\"\r\n";
    QCOMPARE(test::readAll(path), expected);
}

void TestSyncLogExport::writesMoreThanOneBatch()
{
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    const int count = SyncLogExport::batchSize * 2 + 3;
    QVERIFY(store
                ->write([&]() -> Result<void> {
                    for (int i = 0; i < count; ++i) {
                        auto added = log.append({ .time = QDateTime::fromMSecsSinceEpoch(i, Qt::UTC),
                            .relationship = QStringLiteral("r"),
                            .site = QStringLiteral("s"),
                            .resource = QStringLiteral("f"),
                            .action = QStringLiteral("update"),
                            .message = QString::number(i) });
                        if (!added) {
                            return added.error();
                        }
                    }
                    return {};
                })
                .ok());
    const QString path = home.root() + QStringLiteral("/all.csv");
    QCOMPARE(SyncLogExport::write(log, {}, path).value(), qint64(count));
    const QList<QByteArray> lines = test::readAll(path).split('\n');
    QCOMPARE(lines.size(), count + 2); // header, entries, and the empty text after the last CRLF
    QVERIFY(lines[1].endsWith(QByteArray(",no," + QByteArray::number(count - 1) + "\r")));
    QVERIFY(lines[count].endsWith(",no,0\r"));
}

void TestSyncLogExport::anUnwritableFolderIsNamedAndNothingIsLeft()
{
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    const QString path = home.root() + QStringLiteral("/missing/folder/log.csv");
    const auto written = SyncLogExport::write(log, {}, path);
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(path), qPrintable(written.errorMessage()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestSyncLogExport)
#include "tst_synclogexport.moc"
