// What a run keeps on the site it writes, between two real installations (a real ferryd on
// 127.0.0.1, real ferryctl processes): the files it replaced, listed and restored from the command
// line and pruned after the site's days; and the chunks large files arrived in, which leave the
// agent's chunk store once those files are in place.

#include "SyncPair.h"
#include "site/ContentHasher.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <sys/stat.h>
#include <utime.h>

using namespace ferry;
using namespace ferry::test;

namespace {

QString siteUuid(const SyncPair& pair)
{
    const ProcessResult listed = pair.prodCtl({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray sites = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("sites")).toArray();
    return sites.isEmpty() ? QString() : sites.first().toObject().value(QStringLiteral("uuid")).toString();
}

// The files under a folder, by path from it.
QStringList filesIn(const QString& folder)
{
    return SyncPair::contents(folder).keys();
}

// Writes bytes at an absolute path inside home's temporary folder.
void writeAt(const TempHome& home, const QString& path, const QByteArray& bytes)
{
    home.writeFile(QDir(home.root()).relativeFilePath(path), bytes);
}

// Sets a file's modification time days back.
bool age(const QString& path, int days)
{
    const time_t then = time(nullptr) - time_t(days) * 24 * 3600;
    const utimbuf times{then, then};
    return ::utime(QFile::encodeName(path).constData(), &times) == 0;
}

} // namespace

class TestSyncVersions : public QObject
{
    Q_OBJECT

private slots:
    void aReplacedFileIsListedAndRestoredFromTheCommandLine();
    void keptFilesAndUnusedChunksArePrunedWhenTheAgentWrites();
    void largeFilesLeaveNothingInTheChunkStore_data();
    void largeFilesLeaveNothingInTheChunkStore();
    void aChunkTheAgentSaidItHoldsIsNotSwept();
};

void TestSyncVersions::aReplacedFileIsListedAndRestoredFromTheCommandLine()
{
    SyncPair pair;
    QCOMPARE(pair.setUp(), QString());
    QCOMPARE(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}), QString());
    pair.writeStage(QStringLiteral("news/today.html"), "<p>monday</p>");
    QCOMPARE(pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")}).process.exitCode, 0);
    pair.writeStage(QStringLiteral("news/today.html"), "<p>tuesday, with a typo</p>");
    QCOMPARE(pair.sync(QStringLiteral("up")).process.exitCode, 0);
    QCOMPARE(pair.readProd(QStringLiteral("news/today.html")), QByteArray("<p>tuesday, with a typo</p>"));

    // Production kept Monday's page when Tuesday's replaced it.
    const ProcessResult listed = pair.prodCtl(
        {QStringLiteral("versions"), QStringLiteral("list"), QStringLiteral("prod"), QStringLiteral("news"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray versions = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first().toObject().value(QStringLiteral("path")).toString(), QStringLiteral("news/today.html"));
    QCOMPARE(versions.first().toObject().value(QStringLiteral("size")).toInt(), 13);
    const QString kept = versions.first().toObject().value(QStringLiteral("kept")).toString();

    const ProcessResult table = pair.prodCtl({QStringLiteral("versions"), QStringLiteral("list"), QStringLiteral("prod")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(kept + QStringLiteral("          13  news/today.html")), qPrintable(table.out));

    const ProcessResult restored = pair.prodCtl(
        {QStringLiteral("versions"), QStringLiteral("restore"), QStringLiteral("prod"), QStringLiteral("news/today.html"),
         QStringLiteral("--kept"), kept});
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.out, QStringLiteral("Restored news/today.html on site prod as it was kept at %1; the file it replaced "
                                          "is kept in the versions area.\n")
                               .arg(kept));
    QCOMPARE(pair.readProd(QStringLiteral("news/today.html")), QByteArray("<p>monday</p>"));

    // The typo is kept in turn; asking for a version that was never kept changes nothing.
    const ProcessResult after = pair.prodCtl(
        {QStringLiteral("versions"), QStringLiteral("list"), QStringLiteral("prod"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("versions")).toArray().size(), 2);
    const ProcessResult unknown = pair.prodCtl({QStringLiteral("versions"), QStringLiteral("restore"), QStringLiteral("prod"),
                                                QStringLiteral("news/never.html")});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err, QStringLiteral("ferryctl: No version of news/never.html is kept. See 'ferryctl versions list SITE'.\n"));
}

void TestSyncVersions::keptFilesAndUnusedChunksArePrunedWhenTheAgentWrites()
{
    SyncPair pair;
    QCOMPARE(pair.setUp(), QString());
    const QString uuid = siteUuid(pair);
    QVERIFY(!uuid.isEmpty());
    const ProcessResult set = pair.prodCtl(
        {QStringLiteral("site"), QStringLiteral("set"), QStringLiteral("prod"), QStringLiteral("--keep-versions"), QStringLiteral("10")});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.out, QStringLiteral("Site prod keeps overwritten and deleted files for 10 days.\n"));

    // A version kept 11 days ago and one kept 9 days ago; a chunk a run uploaded 8 days ago and
    // never used, and one uploaded 6 days ago (its run may still be resumed).
    const QString versions = pair.prod().homePath() + QStringLiteral("/versions/") + uuid;
    const QString stamp = QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    writeAt(pair.prod(), versions + QStringLiteral("/old/a.html~") + now.addDays(-11).toString(stamp), "eleven days");
    writeAt(pair.prod(), versions + QStringLiteral("/b.html~") + now.addDays(-9).toString(stamp), "nine days");
    const QString store = pair.prod().homePath() + QStringLiteral("/sites/") + uuid + QStringLiteral("/chunks");
    const QByteArray stale = noise(20000, 7);
    const QByteArray waiting = noise(20000, 8);
    const QString staleChunk = store + QLatin1Char('/') + QString::fromLatin1(ContentHasher::hex(ContentHasher::sha256(stale)));
    const QString waitingChunk = store + QLatin1Char('/') + QString::fromLatin1(ContentHasher::hex(ContentHasher::sha256(waiting)));
    writeAt(pair.prod(), staleChunk, stale);
    writeAt(pair.prod(), waitingChunk, waiting);
    QVERIFY(age(staleChunk, 8));
    QVERIFY(age(waitingChunk, 6));

    // The agent's first write to the site prunes.
    QCOMPARE(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}), QString());
    pair.writeStage(QStringLiteral("index.html"), "<h1>hello</h1>");
    const SyncOutcome run = pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QCOMPARE(run.process.exitCode, 0);
    QCOMPARE(pair.readProd(QStringLiteral("index.html")), QByteArray("<h1>hello</h1>"));
    const QStringList left = filesIn(versions);
    QCOMPARE(left.size(), 1);
    QVERIFY2(left.first().startsWith(QLatin1String("b.html~")), qPrintable(left.first()));
    QVERIFY(!QFileInfo::exists(versions + QStringLiteral("/old")));
    QVERIFY(!QFileInfo::exists(staleChunk));
    QVERIFY(QFileInfo::exists(waitingChunk));
}

void TestSyncVersions::largeFilesLeaveNothingInTheChunkStore_data()
{
    QTest::addColumn<QStringList>("agentArguments");
    QTest::newRow("chunks held in memory") << QStringList();
    QTest::newRow("chunks on disk") << QStringList({QStringLiteral("--chunk-memory"), QStringLiteral("0")});
}

void TestSyncVersions::largeFilesLeaveNothingInTheChunkStore()
{
    QFETCH(QStringList, agentArguments);
    SyncPair pair;
    QCOMPARE(pair.setUp({.agentArguments = agentArguments}), QString());
    QCOMPARE(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}), QString());
    // Larger than a file sent inside an apply batch: it travels as chunks, which wait in the
    // agent's memory (or its chunk store on disk) until the file is built.
    const QByteArray video = noise(3 * 1024 * 1024 + 5, 42);
    pair.writeStage(QStringLiteral("media/video.bin"), video);
    pair.writeStage(QStringLiteral("index.html"), "<video src=media/video.bin>");
    QCOMPARE(pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")}).process.exitCode, 0);
    QCOMPARE(pair.readProd(QStringLiteral("media/video.bin")), video);
    const QString store = pair.prod().homePath() + QStringLiteral("/sites/") + siteUuid(pair) + QStringLiteral("/chunks");
    QCOMPARE(QFileInfo(store).isDir(), !agentArguments.isEmpty());  // on disk: the chunks went through it
    QCOMPARE(filesIn(store), QStringList());

    // An edit to the middle travels as a few chunks, which leave the store in turn, and the
    // file is rebuilt from the copy in place.
    QByteArray edited = video;
    edited.replace(1500000, 11, "edited here");
    pair.writeStage(QStringLiteral("media/video.bin"), edited);
    const SyncOutcome again = pair.sync(QStringLiteral("up"));
    QCOMPARE(again.process.exitCode, 0);
    QVERIFY(again.json.value(QStringLiteral("bytesOut")).toInteger() < 1024 * 1024);
    QCOMPARE(pair.readProd(QStringLiteral("media/video.bin")), edited);
    QCOMPARE(filesIn(store), QStringList());
}

void TestSyncVersions::aChunkTheAgentSaidItHoldsIsNotSwept()
{
    // A run killed after its upload and resumed more than a week later: the agent answers "I have
    // it" for the chunk waiting in its store, so the run does not send it again; the sweep that
    // runs as the apply opens the site must then leave it, or the file could not be built.
    SyncPair pair;
    QCOMPARE(pair.setUp(), QString());
    const QByteArray content = noise(16000, 9);  // under the smallest chunk: one chunk, the file's hash
    const QString chunk = pair.prod().homePath() + QStringLiteral("/sites/") + siteUuid(pair) + QStringLiteral("/chunks/")
                          + QString::fromLatin1(ContentHasher::hex(ContentHasher::sha256(content)));
    writeAt(pair.prod(), chunk, content);
    QVERIFY(age(chunk, 8));
    pair.writeStage(QStringLiteral("late.bin"), content);
    QCOMPARE(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}), QString());
    const SyncOutcome run = pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QVERIFY2(run.process.exitCode == 0, qPrintable(run.process.err + run.process.out));
    QCOMPARE(pair.readProd(QStringLiteral("late.bin")), content);
    QVERIFY(run.json.value(QStringLiteral("bytesOut")).toInteger() < 16000);  // the chunk did not travel
    QVERIFY(!QFileInfo::exists(chunk));  // used, then released
}

QTEST_GUILESS_MAIN(TestSyncVersions)
#include "tst_sync_versions.moc"
