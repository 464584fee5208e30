// ferryctl sync between two real installations: a staging home and a production home served by
// a real ferryd on 127.0.0.1 over mutual TLS. Each direction, each conflict policy, deletions
// and renames, the guards, and what the files on both sides hold afterwards.

#include "SyncPair.h"
#include "site/ContentHasher.h"
#include "store/LiveRunRepository.h"
#include "store/RunRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>

using namespace ferry;
using namespace ferry::test;

namespace {

QStringList versionsOf(const TempHome& home)
{
    QStringList kept;
    QDirIterator it(home.homePath() + QStringLiteral("/versions"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        kept.append(QString::fromUtf8(readAll(it.next())));
    }
    kept.sort();
    return kept;
}

QStringList conflictCopies(const QString& root)
{
    return QDir(root).entryList({QStringLiteral("*(conflict *")}, QDir::Files);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    // A pair with both sites in step: the same files on both, joined by a first run.
    std::unique_ptr<SyncPair> inStep(const QString& profile, const QStringList& options,
                                     const QMap<QString, QByteArray>& files)
    {
        auto pair = std::make_unique<SyncPair>();
        const QString ready = pair->setUp();
        if (!ready.isEmpty()) {
            qWarning("%s", qPrintable(ready));
            return nullptr;
        }
        for (auto it = files.begin(); it != files.end(); ++it) {
            pair->writeStage(it.key(), it.value());
            pair->writeProd(it.key(), it.value());
        }
        if (!pair->addProfile(profile, options).isEmpty()) {
            return nullptr;
        }
        const SyncOutcome first = pair->sync(profile, {QStringLiteral("--yes"), QStringLiteral("--initial"), QStringLiteral("upload")});
        if (first.process.exitCode != 0) {
            qWarning("%s", qPrintable(first.process.err));
            return nullptr;
        }
        return pair;
    }

private slots:
    void initialCopyAsksBeforeOverwriting();
    void initialCopyIntoAnEmptySiteNeedsNoConfirmation();
    void uploadProfileMovesChangesUpOnly();
    void smallNewFilesTravelInsideTheApplyBatch();
    void aFileEditedAfterThePlanIsLeftForTheNextRun();
    void aFileRewrittenBehindTheScansBackIsRefusedByTheAgent();
    void downloadProfileMovesChangesDownOnly();
    void bidirectionalMovesBothWays();
    void deletionsAndRenamesTravel();
    void smallEditTravelsAsADelta_data();
    void smallEditTravelsAsADelta();
    void rewrittenFilesTravelWhole();
    void conflictPolicies_data();
    void conflictPolicies();
    void reviewedConflictIsAppliedOnTheNextRun();
    void massDeletionStopsUntilConfirmed();
    void missingFilesRootStopsTheRun();
    void pushWithoutTheRightIsRefused();
    void dryRunChangesNothing();
    void killedRunLeavesNothingTornAndResumes();
    void terminatedRunIsCancelledCleanly();
    void largeRunsCountWhatTheyDoNotList();
    void unknownProfileIsNamed();
};

void TestSync::initialCopyAsksBeforeOverwriting()
{
    SyncPair pair;
    QCOMPARE(pair.setUp(), QString());
    pair.writeStage(QStringLiteral("index.html"), "<h1>staging</h1>");
    pair.writeStage(QStringLiteral("img/logo.bin"), noise(700 * 1024, 1));
    pair.writeProd(QStringLiteral("index.html"), "<h1>old production</h1>");
    pair.writeProd(QStringLiteral("stale.txt"), "only on production");
    QCOMPARE(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}), QString());

    // Without --yes: exit 3, a sentence that says what would be overwritten, nothing touched.
    const SyncOutcome asked = pair.sync(QStringLiteral("up"));
    QCOMPARE(asked.process.exitCode, 3);
    QVERIFY2(asked.process.err.contains(QStringLiteral("initial copy from this site to the remote: it overwrites or "
                                                       "deletes 2 items")),
             qPrintable(asked.process.err));
    QVERIFY(asked.json.value(QStringLiteral("needsConfirmation")).toBool());
    // The plan the administrator reads lists the deletion first.
    QCOMPARE(asked.json.value(QStringLiteral("plan")).toArray().first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("delete-remote"));
    QCOMPARE(pair.readProd(QStringLiteral("index.html")), QByteArray("<h1>old production</h1>"));
    QCOMPARE(pair.readProd(QStringLiteral("stale.txt")), QByteArray("only on production"));

    const SyncOutcome copied = pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QCOMPARE(copied.process.exitCode, 0);
    QCOMPARE(copied.json.value(QStringLiteral("filesSent")).toInt(), 2);
    QCOMPARE(copied.json.value(QStringLiteral("filesDeleted")).toInt(), 1);
    QVERIFY(copied.json.value(QStringLiteral("bytesOut")).toInteger() > 700 * 1024);
    QCOMPARE(SyncPair::contents(pair.prodRoot()), SyncPair::contents(pair.stageRoot()));
    // What production held went to its versions area, outside the files root.
    QCOMPARE(versionsOf(pair.prod()),
             (QStringList{QStringLiteral("<h1>old production</h1>"), QStringLiteral("only on production")}));

    // In step: the next run moves nothing.
    const SyncOutcome again = pair.sync(QStringLiteral("up"));
    QCOMPARE(again.process.exitCode, 0);
    QCOMPARE(again.json.value(QStringLiteral("plan")).toArray().size(), 0);
    QCOMPARE(again.json.value(QStringLiteral("filesSent")).toInt(), 0);
}

void TestSync::initialCopyIntoAnEmptySiteNeedsNoConfirmation()
{
    SyncPair pair;
    QCOMPARE(pair.setUp(), QString());
    pair.writeProd(QStringLiteral("a.txt"), "from production");
    QCOMPARE(pair.addProfile(QStringLiteral("down"), {QStringLiteral("--direction"), QStringLiteral("download")}), QString());
    pair.writeStage(QStringLiteral(".keep"), "");  // an empty files root is refused as a missing mount
    const SyncOutcome copied = pair.sync(QStringLiteral("down"));
    QCOMPARE(copied.process.exitCode, 3);  // .keep would be deleted: that is an overwrite
    const SyncOutcome confirmed = pair.sync(QStringLiteral("down"), {QStringLiteral("--yes")});
    QCOMPARE(confirmed.process.exitCode, 0);
    QCOMPARE(pair.readStage(QStringLiteral("a.txt")), QByteArray("from production"));
    QVERIFY(!QFile::exists(pair.stageRoot() + QStringLiteral("/.keep")));
}

void TestSync::uploadProfileMovesChangesUpOnly()
{
    auto pair = inStep(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")},
                       {{QStringLiteral("a.txt"), "a1"}, {QStringLiteral("b.txt"), "b1"}});
    QVERIFY(pair);
    pair->writeStage(QStringLiteral("a.txt"), "a2 from staging");
    pair->writeProd(QStringLiteral("b.txt"), "b2 from production");
    const SyncOutcome run = pair->sync(QStringLiteral("up"));
    QCOMPARE(run.process.exitCode, 0);
    QCOMPARE(pair->readProd(QStringLiteral("a.txt")), QByteArray("a2 from staging"));
    QCOMPARE(pair->readStage(QStringLiteral("b.txt")), QByteArray("b1"));  // not pulled
    QCOMPARE(pair->readProd(QStringLiteral("b.txt")), QByteArray("b2 from production"));
    const QJsonArray plan = run.json.value(QStringLiteral("plan")).toArray();
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(1).toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("Changed on the remote site, but this profile only uploads."));
}

void TestSync::smallNewFilesTravelInsideTheApplyBatch()
{
    SyncPair pair;
    const QString ready = pair.setUp();
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
    QMap<QString, QByteArray> small;
    for (int i = 0; i < 300; ++i) {
        small.insert(QStringLiteral("pages/%1/page-%2.html").arg(i % 7).arg(i),
                     QByteArray("<p>page ") + QByteArray::number(i) + "</p>\n" + noise(i * 997 % 150000, quint32(i)));
    }
    for (auto it = small.begin(); it != small.end(); ++it) {
        pair.writeStage(it.key(), it.value());
    }
    const QByteArray large = noise(3 * 1024 * 1024, 77);  // above what travels inline: as chunks
    pair.writeStage(QStringLiteral("media/large.bin"), large);
    pair.writeProd(QStringLiteral("index.txt"), "coming soon");  // never an empty files root
    QVERIFY(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}).isEmpty());
    const auto storedChunks = [&] {  // the names of the files in the agent's chunk stores
        QSet<QString> stored;
        QDirIterator it(pair.prod().homePath() + QStringLiteral("/sites"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (const QFileInfo file(it.next()); file.dir().dirName() == QLatin1String("chunks")) {
                stored.insert(file.fileName());
            }
        }
        return stored;
    };
    // Killed once the chunks are uploaded, before the first apply batch: the agent holds the large
    // file's chunks, in memory, and none of the small files' (they travel in the batches and are
    // written once, straight into place). Stopped, the agent moves what it holds to its chunk
    // store on disk, for the run that resumes.
    qputenv("FERRY_TEST_KILL_AT", "apply-batches:1");
    const SyncOutcome killed = pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")});
    qunsetenv("FERRY_TEST_KILL_AT");
    QVERIFY(killed.process.crashed || killed.process.exitCode != 0);
    QVERIFY(storedChunks().isEmpty());
    pair.stopAgent();
    const QSet<QString> waiting = storedChunks();
    for (const Chunk& chunk : ContentHasher::digest(large).chunks) {
        QVERIFY(waiting.contains(QString::fromLatin1(ContentHasher::hex(chunk.hash))));
    }
    for (const QByteArray& content : small) {
        for (const Chunk& chunk : ContentHasher::digest(content).chunks) {
            QVERIFY(!waiting.contains(QString::fromLatin1(ContentHasher::hex(chunk.hash))));
        }
    }
    QCOMPARE(pair.startAgent(), QString());
    const SyncOutcome run = pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QVERIFY2(run.process.exitCode == 0, qPrintable(run.process.err + run.process.out));
    // The large file's chunks were not sent again: the small files' content and little else.
    qint64 smallBytes = 0;
    for (const QByteArray& content : small) {
        smallBytes += content.size();
    }
    QVERIFY2(run.json.value(QStringLiteral("bytesOut")).toInteger() < smallBytes + 512 * 1024,
             qPrintable(QStringLiteral("%1 bytes sent, %2 in the small files")
                            .arg(run.json.value(QStringLiteral("bytesOut")).toInteger())
                            .arg(smallBytes)));
    QCOMPARE(run.json.value(QStringLiteral("filesSent")).toInt(), 301);
    QCOMPARE(SyncPair::contents(pair.prodRoot()), SyncPair::contents(pair.stageRoot()));
    // The large file is in place: its chunks are read from it now, and left the store.
    QVERIFY(storedChunks().intersect(waiting).isEmpty());
    // Everything arrived whole and is recorded: the next run has nothing to do.
    QCOMPARE(pair.sync(QStringLiteral("up")).json.value(QStringLiteral("plan")).toArray().size(), 0);
}

namespace {

// Stages small pages with these names (over a production site holding index.txt) and starts their
// initial upload copy, stopped (SIGSTOP) before its first apply batch is made; null if it never
// stops.
std::unique_ptr<QProcess> copyStoppedBeforeItsApplyBatches(SyncPair& pair, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        pair.writeStage(QString::fromLatin1(name), QByteArray("<p>") + name + "</p>\n" + noise(4000, quint32(name[0])));
    }
    pair.writeProd(QStringLiteral("index.txt"), "coming soon");
    if (!pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}).isEmpty()) {
        return nullptr;
    }
    qputenv("FERRY_TEST_STOP_AT", "apply-batches:1");
    auto run = pair.startSync(QStringLiteral("up"), {QStringLiteral("--yes")});
    qunsetenv("FERRY_TEST_STOP_AT");
    const auto stopped = [&] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(run->processId()));
        return stat.open(QIODevice::ReadOnly) && stat.readAll().split(' ').value(2) == "T";
    };
    return QTest::qWaitFor(stopped, 20000) ? std::move(run) : nullptr;
}

} // namespace

void TestSync::aFileEditedAfterThePlanIsLeftForTheNextRun()
{
    // Small files travel inside the apply batches, read when their batch is made, after the
    // plan: one edited in between must not arrive with content its plan did not see, and the
    // rest of its batch arrives as planned.
    SyncPair pair;
    const QString ready = pair.setUp();
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
    auto run = copyStoppedBeforeItsApplyBatches(pair, {"a.html", "b.html", "c.html", "d.html"});
    QVERIFY(run);
    pair.writeStage(QStringLiteral("b.html"), "<p>edited after the plan</p>\n");
    QVERIFY(::kill(pid_t(run->processId()), SIGCONT) == 0);
    QVERIFY(run->waitForFinished(20000));
    const QJsonObject json = QJsonDocument::fromJson(run->readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("filesSent")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 1);
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QStringLiteral("item")).toString(), QStringLiteral("b.html"));
    QVERIFY(!errors.first().toObject().value(QStringLiteral("remote")).toBool());  // found here, never sent
    QVERIFY(!QFile::exists(pair.prodRoot() + QStringLiteral("/b.html")));
    for (const char* name : {"a.html", "c.html", "d.html"}) {
        QFile sent(pair.prodRoot() + QLatin1Char('/') + QString::fromLatin1(name));
        QVERIFY(sent.open(QIODevice::ReadOnly));
        QVERIFY(sent.readAll().startsWith(QByteArray(QByteArray("<p>") + name)));
    }
    // The next run sees the edit and sends it.
    const SyncOutcome next = pair.sync(QStringLiteral("up"));
    QVERIFY2(next.process.exitCode == 0, qPrintable(next.process.err + next.process.out));
    QCOMPARE(SyncPair::contents(pair.prodRoot()), SyncPair::contents(pair.stageRoot()));
}

void TestSync::aFileRewrittenBehindTheScansBackIsRefusedByTheAgent()
{
    // The sender does not hash again a file whose size, time and inode are still the scan's: a
    // rewrite that keeps all three (within one clock tick, or a tool setting the time back) is
    // sent as it now is, and the agent, which checks every chunk against the list it was given,
    // refuses it. Nothing of it is written there; the rest of its batch is.
    SyncPair pair;
    const QString ready = pair.setUp();
    QVERIFY2(ready.isEmpty(), qPrintable(ready));
    auto run = copyStoppedBeforeItsApplyBatches(pair, {"a.html", "b.html", "c.html"});
    QVERIFY(run);
    const QByteArray path = QFile::encodeName(pair.stageRoot() + QStringLiteral("/b.html"));
    struct stat scanned {};
    QVERIFY(::stat(path.constData(), &scanned) == 0);
    QByteArray rewritten = pair.readStage(QStringLiteral("b.html"));
    rewritten[1] = 'P';  // same size
    QFile file(QString::fromLocal8Bit(path));
    QVERIFY(file.open(QIODevice::ReadWrite) && file.write(rewritten) == rewritten.size());
    file.close();
    const struct timespec times[2] = {scanned.st_atim, scanned.st_mtim};
    QVERIFY(::utimensat(AT_FDCWD, path.constData(), times, 0) == 0);
    QVERIFY(::kill(pid_t(run->processId()), SIGCONT) == 0);
    QVERIFY(run->waitForFinished(20000));
    const QJsonObject json = QJsonDocument::fromJson(run->readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("filesSent")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 1);
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors.first().toObject();
    QCOMPARE(error.value(QStringLiteral("item")).toString(), QStringLiteral("b.html"));
    QVERIFY(error.value(QStringLiteral("remote")).toBool());  // refused there
    QCOMPARE(error.value(QStringLiteral("error")).toString(),
             QStringLiteral("The content received for b.html does not match its chunk list; nothing was changed."));
    QVERIFY(!QFile::exists(pair.prodRoot() + QStringLiteral("/b.html")));
    const QStringList left = QDir(pair.prodRoot()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(left, QStringList({QStringLiteral("a.html"), QStringLiteral("c.html")}));  // index.txt: replaced by the copy
}

void TestSync::downloadProfileMovesChangesDownOnly()
{
    auto pair = inStep(QStringLiteral("down"), {QStringLiteral("--direction"), QStringLiteral("download")},
                       {{QStringLiteral("a.txt"), "a1"}});
    QVERIFY(pair);
    pair->writeProd(QStringLiteral("a.txt"), "a2 from production");
    pair->writeStage(QStringLiteral("new.txt"), "staging only");
    const SyncOutcome run = pair->sync(QStringLiteral("down"));
    QCOMPARE(run.process.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("filesReceived")).toInt(), 1);
    QCOMPARE(pair->readStage(QStringLiteral("a.txt")), QByteArray("a2 from production"));
    QVERIFY(!QFile::exists(pair->prodRoot() + QStringLiteral("/new.txt")));
}

void TestSync::bidirectionalMovesBothWays()
{
    auto pair = inStep(QStringLiteral("both"), {QStringLiteral("--direction"), QStringLiteral("bidirectional")},
                       {{QStringLiteral("a.txt"), "a1"}, {QStringLiteral("b.txt"), "b1"}});
    QVERIFY(pair);
    pair->writeStage(QStringLiteral("a.txt"), "a2 from staging");
    pair->writeProd(QStringLiteral("b.txt"), "b2 from production");
    pair->writeProd(QStringLiteral("deep/new/c.bin"), noise(300 * 1024, 3));
    const SyncOutcome run = pair->sync(QStringLiteral("both"));
    QCOMPARE(run.process.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("filesSent")).toInt(), 1);
    QCOMPARE(run.json.value(QStringLiteral("filesReceived")).toInt(), 2);
    QCOMPARE(SyncPair::contents(pair->stageRoot()), SyncPair::contents(pair->prodRoot()));
    QCOMPARE(pair->readStage(QStringLiteral("deep/new/c.bin")), noise(300 * 1024, 3));
    QCOMPARE(pair->sync(QStringLiteral("both")).json.value(QStringLiteral("plan")).toArray().size(), 0);
}

void TestSync::deletionsAndRenamesTravel()
{
    const QByteArray big = noise(600 * 1024, 4);
    auto pair = inStep(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload"),
                                              QStringLiteral("--delete-guard"), QStringLiteral("100")},
                       {{QStringLiteral("old/name.bin"), big}, {QStringLiteral("gone.txt"), "to be deleted"},
                        {QStringLiteral("stays.txt"), "stays"}});
    QVERIFY(pair);
    QVERIFY(QDir().rename(pair->stageRoot() + QStringLiteral("/old"), pair->stageRoot() + QStringLiteral("/new")));
    QVERIFY(QFile::remove(pair->stageRoot() + QStringLiteral("/gone.txt")));
    const SyncOutcome run = pair->sync(QStringLiteral("up"));
    QVERIFY2(run.process.exitCode == 0, qPrintable(run.process.err + run.process.out));
    QCOMPARE(run.json.value(QStringLiteral("filesDeleted")).toInt(), 2);
    QCOMPARE(SyncPair::contents(pair->prodRoot()), SyncPair::contents(pair->stageRoot()));
    QCOMPARE(pair->readProd(QStringLiteral("new/name.bin")), big);
    // A rename moves no content: production had every chunk already.
    QVERIFY2(run.json.value(QStringLiteral("bytesOut")).toInteger() < 64 * 1024,
             qPrintable(QString::number(run.json.value(QStringLiteral("bytesOut")).toInteger())));
    QVERIFY(versionsOf(pair->prod()).contains(QStringLiteral("to be deleted")));
}

void TestSync::smallEditTravelsAsADelta_data()
{
    QTest::addColumn<QString>("direction");
    QTest::addColumn<bool>("insert");  // bytes inserted (the file grows) rather than overwritten
    QTest::newRow("upload, overwrite") << QStringLiteral("upload") << false;
    QTest::newRow("upload, insert") << QStringLiteral("upload") << true;
    QTest::newRow("download, overwrite") << QStringLiteral("download") << false;
    QTest::newRow("download, insert") << QStringLiteral("download") << true;
}

void TestSync::smallEditTravelsAsADelta()
{
    QFETCH(QString, direction);
    QFETCH(bool, insert);
    // Random bytes do not compress: a whole chunk (16 KiB at the least, 64 KiB on average) would
    // show in the byte count.
    const QByteArray original = noise(1024 * 1024, 9);
    auto pair = inStep(QStringLiteral("p"), {QStringLiteral("--direction"), direction},
                       {{QStringLiteral("media/big.bin"), original}, {QStringLiteral("other.txt"), "unchanged"}});
    QVERIFY(pair);
    QByteArray edited = original;
    const QByteArray edit(64, 'E');
    if (insert) {
        edited.insert(512 * 1024 + 123, edit);
    } else {
        edited.replace(512 * 1024 + 123, edit.size(), edit);
    }
    if (direction == QStringLiteral("upload")) {
        pair->writeStage(QStringLiteral("media/big.bin"), edited);
    } else {
        pair->writeProd(QStringLiteral("media/big.bin"), edited);
    }
    const SyncOutcome run = pair->sync(QStringLiteral("p"));
    QVERIFY2(run.process.exitCode == 0, qPrintable(run.process.err + run.process.out));
    QCOMPARE(run.json.value(direction == QStringLiteral("upload") ? QStringLiteral("filesSent") : QStringLiteral("filesReceived"))
                 .toInt(),
             1);
    QCOMPARE(pair->readStage(QStringLiteral("media/big.bin")), edited);
    QCOMPARE(pair->readProd(QStringLiteral("media/big.bin")), edited);
    QCOMPARE(SyncPair::contents(pair->prodRoot()), SyncPair::contents(pair->stageRoot()));
    const qint64 moved = run.json.value(QStringLiteral("bytesOut")).toInteger() + run.json.value(QStringLiteral("bytesIn")).toInteger();
    QVERIFY2(moved < 12 * 1024, qPrintable(QStringLiteral("%1 bytes on the wire").arg(moved)));
}

void TestSync::rewrittenFilesTravelWhole()
{
    // Every file rewritten with new content: no delta pays, the chunks go whole, and asking for
    // the agent's signatures first costs little beside them.
    QMap<QString, QByteArray> files;
    for (int i = 0; i < 300; ++i) {
        files.insert(QStringLiteral("img/%1.bin").arg(i), noise(4096, quint32(100 + i)));
    }
    auto pair = inStep(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}, files);
    QVERIFY(pair);
    // This run reads back the change feed's entries of the first one's push, and moves nothing.
    QCOMPARE(pair->sync(QStringLiteral("up")).json.value(QStringLiteral("plan")).toArray().size(), 0);
    for (int i = 0; i < 300; ++i) {
        pair->writeStage(QStringLiteral("img/%1.bin").arg(i), noise(4096, quint32(1000 + i)));
    }
    const SyncOutcome run = pair->sync(QStringLiteral("up"));
    QVERIFY2(run.process.exitCode == 0, qPrintable(run.process.err + run.process.out));
    QCOMPARE(run.json.value(QStringLiteral("filesSent")).toInt(), 300);
    QCOMPARE(SyncPair::contents(pair->prodRoot()), SyncPair::contents(pair->stageRoot()));
    const qint64 out = run.json.value(QStringLiteral("bytesOut")).toInteger();
    const qint64 in = run.json.value(QStringLiteral("bytesIn")).toInteger();
    QVERIFY2(out > 300 * 4096 && in < out / 20, qPrintable(QStringLiteral("%1 bytes out, %2 in").arg(out).arg(in)));
}

void TestSync::conflictPolicies_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QByteArray>("stageAfter");
    QTest::addColumn<QByteArray>("prodAfter");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("copies");
    // Staging changes first, production later: production's change is the newer one. Both
    // sites are stage 0, so the master is this side (the site that plans).
    QTest::newRow("master-wins") << "master-wins" << QByteArray("staging") << QByteArray("staging") << "auto-resolved" << 0;
    QTest::newRow("newer-wins") << "newer-wins" << QByteArray("production") << QByteArray("production") << "auto-resolved" << 0;
    QTest::newRow("local-wins") << "local-wins" << QByteArray("staging") << QByteArray("staging") << "auto-resolved" << 0;
    QTest::newRow("remote-wins") << "remote-wins" << QByteArray("production") << QByteArray("production") << "auto-resolved" << 0;
    QTest::newRow("keep-both") << "keep-both" << QByteArray("production") << QByteArray("production") << "auto-resolved" << 1;
    QTest::newRow("manual") << "manual" << QByteArray("staging") << QByteArray("production") << "pending" << 0;
}

void TestSync::conflictPolicies()
{
    QFETCH(QString, policy);
    QFETCH(QByteArray, stageAfter);
    QFETCH(QByteArray, prodAfter);
    QFETCH(QString, status);
    QFETCH(int, copies);
    auto pair = inStep(QStringLiteral("both"),
                       {QStringLiteral("--direction"), QStringLiteral("bidirectional"), QStringLiteral("--conflict"), policy},
                       {{QStringLiteral("page.html"), "original"}});
    QVERIFY(pair);
    pair->writeStage(QStringLiteral("page.html"), "staging");
    pair->writeProd(QStringLiteral("page.html"), "production");
    const SyncOutcome run = pair->sync(QStringLiteral("both"));
    QCOMPARE(run.process.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("conflicts")).toInt(), 1);
    QCOMPARE(pair->readStage(QStringLiteral("page.html")), stageAfter);
    QCOMPARE(pair->readProd(QStringLiteral("page.html")), prodAfter);
    // keep-both: the loser, staging's version, is kept beside it on both sides.
    QCOMPARE(conflictCopies(pair->stageRoot()).size(), copies);
    QCOMPARE(conflictCopies(pair->prodRoot()), conflictCopies(pair->stageRoot()));
    if (copies > 0) {
        QCOMPARE(readAll(pair->prodRoot() + QLatin1Char('/') + conflictCopies(pair->prodRoot()).first()), QByteArray("staging"));
    }
    // Every conflict is in the conflict log with both sides' metadata, whatever the policy.
    const ProcessResult log = pair->stageCtl({QStringLiteral("conflicts"), QStringLiteral("--json")});
    const QJsonArray conflicts = QJsonDocument::fromJson(log.out.toUtf8()).object().value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.first().toObject();
    QCOMPARE(conflict.value(QStringLiteral("item")).toString(), QStringLiteral("page.html"));
    QCOMPARE(conflict.value(QStringLiteral("policy")).toString(), policy);
    QCOMPARE(conflict.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(conflict.value(QStringLiteral("local")).toObject().value(QStringLiteral("size")).toInt(), 7);
    QCOMPARE(conflict.value(QStringLiteral("remote")).toObject().value(QStringLiteral("size")).toInt(), 10);
    // A settled conflict leaves both sides in step; a manual one waits, and is not logged twice.
    const SyncOutcome next = pair->sync(QStringLiteral("both"));
    QCOMPARE(next.json.value(QStringLiteral("pendingConflicts")).toInt(), status == QStringLiteral("pending") ? 1 : 0);
    const ProcessResult again = pair->stageCtl({QStringLiteral("conflicts"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("conflicts")).toArray().size(), 1);
}

void TestSync::reviewedConflictIsAppliedOnTheNextRun()
{
    auto pair = inStep(QStringLiteral("both"), {QStringLiteral("--direction"), QStringLiteral("bidirectional")},
                       {{QStringLiteral("page.html"), "original"}});
    QVERIFY(pair);
    pair->writeStage(QStringLiteral("page.html"), "staging");
    pair->writeProd(QStringLiteral("page.html"), "production");
    QCOMPARE(pair->sync(QStringLiteral("both")).json.value(QStringLiteral("pendingConflicts")).toInt(), 1);
    // The reviewer keeps the remote version (what the conflict review screen records).
    auto store = pair->stage().openStore();
    QVERIFY(store);
    QSqlQuery resolve(store->database());
    QVERIFY(resolve.exec(QStringLiteral("UPDATE conflicts SET status = 'resolved', winner = 'remote', resolved_by = "
                                        "'reviewer', resolved_at = '2026-11-24T10:00:00.000Z'")));
    store.reset();
    const SyncOutcome run = pair->sync(QStringLiteral("both"));
    QCOMPARE(run.process.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("filesReceived")).toInt(), 1);
    QCOMPARE(pair->readStage(QStringLiteral("page.html")), QByteArray("production"));
    QCOMPARE(pair->sync(QStringLiteral("both")).json.value(QStringLiteral("plan")).toArray().size(), 0);
}

void TestSync::massDeletionStopsUntilConfirmed()
{
    QMap<QString, QByteArray> files;
    for (int i = 0; i < 8; ++i) {
        files.insert(QStringLiteral("f%1.txt").arg(i), QByteArray::number(i));
    }
    auto pair = inStep(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}, files);
    QVERIFY(pair);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(QFile::remove(pair->stageRoot() + QStringLiteral("/f%1.txt").arg(i)));
    }
    const SyncOutcome stopped = pair->sync(QStringLiteral("up"));
    QCOMPARE(stopped.process.exitCode, 3);
    QVERIFY2(stopped.process.err.contains(QStringLiteral("would delete 3 of the 8 items of files on the remote site (37%)")),
             qPrintable(stopped.process.err));
    QCOMPARE(SyncPair::contents(pair->prodRoot()).size(), 8);
    // The dry run shows the same plan; --yes executes it.
    const SyncOutcome dry = pair->sync(QStringLiteral("up"), {QStringLiteral("--dry-run")});
    QCOMPARE(dry.json.value(QStringLiteral("plan")).toArray(), stopped.json.value(QStringLiteral("plan")).toArray());
    const SyncOutcome confirmed = pair->sync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QCOMPARE(confirmed.process.exitCode, 0);
    QCOMPARE(confirmed.json.value(QStringLiteral("filesDeleted")).toInt(), 3);
    QCOMPARE(SyncPair::contents(pair->prodRoot()).size(), 5);
}

void TestSync::missingFilesRootStopsTheRun()
{
    auto pair = inStep(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")},
                       {{QStringLiteral("a.txt"), "a"}});
    QVERIFY(pair);
    // An unmounted disk looks like an empty folder: the run must not read it as "delete all".
    QVERIFY(QDir(pair->stageRoot()).removeRecursively());
    QVERIFY(QDir().mkpath(pair->stageRoot()));
    const SyncOutcome empty = pair->sync(QStringLiteral("up"));
    QCOMPARE(empty.process.exitCode, 3);
    QVERIFY2(empty.process.err.contains(QStringLiteral("is empty")) && empty.process.err.contains(QStringLiteral("--yes")),
             qPrintable(empty.process.err));
    QCOMPARE(pair->readProd(QStringLiteral("a.txt")), QByteArray("a"));

    // A folder that is not there at all cannot be confirmed away.
    QVERIFY(QDir(pair->stageRoot()).removeRecursively());
    const SyncOutcome missing = pair->sync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QCOMPARE(missing.process.exitCode, 1);
    QVERIFY2(missing.process.err.contains(QStringLiteral("is missing")), qPrintable(missing.process.err));
    QCOMPARE(pair->readProd(QStringLiteral("a.txt")), QByteArray("a"));
    const ProcessResult log = pair->stageCtl({QStringLiteral("log"), QStringLiteral("--json")});
    QVERIFY(log.out.contains(QStringLiteral("\"result\":\"error\"")));
}

void TestSync::pushWithoutTheRightIsRefused()
{
    SyncPair pair;
    QCOMPARE(pair.setUp({.stageMayPush = false}), QString());
    pair.writeStage(QStringLiteral("a.txt"), "a");
    QCOMPARE(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}), QString());
    const SyncOutcome run = pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QCOMPARE(run.process.exitCode, 1);
    const QJsonArray errors = run.json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("may not push to site prod")),
             qPrintable(run.process.out));
    QVERIFY(errors.first().toObject().value(QStringLiteral("remote")).toBool());
    QVERIFY(!QFile::exists(pair.prodRoot() + QStringLiteral("/a.txt")));
}

void TestSync::dryRunChangesNothing()
{
    auto pair = inStep(QStringLiteral("both"), {QStringLiteral("--direction"), QStringLiteral("bidirectional")},
                       {{QStringLiteral("a.txt"), "a1"}});
    QVERIFY(pair);
    pair->writeStage(QStringLiteral("a.txt"), "a2");
    pair->writeProd(QStringLiteral("b.txt"), "b");
    const auto stageBefore = SyncPair::contents(pair->stageRoot());
    const auto prodBefore = SyncPair::contents(pair->prodRoot());
    const ProcessResult dry = pair->stageCtl({QStringLiteral("sync"), QStringLiteral("both"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("push          a.txt")), qPrintable(dry.out));
    QVERIFY(dry.out.contains(QStringLiteral("pull          b.txt")));
    QVERIFY(dry.out.contains(QStringLiteral("2 changes: 1 to push, 1 to pull")));
    QCOMPARE(SyncPair::contents(pair->stageRoot()), stageBefore);
    QCOMPARE(SyncPair::contents(pair->prodRoot()), prodBefore);
}

namespace {

// Files under a root whose name marks them as Ferry's unfinished writes.
QStringList temporaries(const QString& root)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName().startsWith(QStringLiteral(".ferry-tmp-"))) {
            found.append(path);
        }
    }
    return found;
}

// The agents of the tests that wait for this keep pushed chunks on disk (--chunk-memory 0), where
// the test can count them as they arrive.
bool waitForChunks(const SyncPair& pair, int atLeast)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        QDirIterator it(pair.prod().homePath() + QStringLiteral("/sites"), {QStringLiteral("*")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int chunks = 0;
        while (it.hasNext()) {
            chunks += it.next().contains(QStringLiteral("/chunks/")) ? 1 : 0;
        }
        if (chunks >= atLeast) {
            return true;
        }
        QTest::qWait(20);
    }
    return false;
}

} // namespace

void TestSync::killedRunLeavesNothingTornAndResumes()
{
    SyncPair pair;
    QCOMPARE(pair.setUp({.agentArguments = {QStringLiteral("--chunk-memory"), QStringLiteral("0")}}), QString());
    QMap<QString, QByteArray> files;
    for (int i = 0; i < 8; ++i) {
        files.insert(QStringLiteral("media/part%1.bin").arg(i), noise(512 * 1024, quint32(10 + i)));
    }
    for (auto it = files.begin(); it != files.end(); ++it) {
        pair.writeStage(it.key(), it.value());
    }
    // 1 MiB/s: four seconds of transfer, so the kill lands in the middle of it.
    QCOMPARE(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload"),
                                                    QStringLiteral("--bandwidth"), QStringLiteral("1024")}),
             QString());
    auto run = pair.startSync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QVERIFY(waitForChunks(pair, 12));
    run->kill();  // SIGKILL: no chance to tidy up
    QVERIFY(run->waitForFinished(10000));
    QCOMPARE(run->exitStatus(), QProcess::CrashExit);

    // Production holds no torn and no temporary file: each file is absent or whole.
    QCOMPARE(temporaries(pair.prodRoot()), QStringList());
    for (auto [path, bytes] : SyncPair::contents(pair.prodRoot()).asKeyValueRange()) {
        QCOMPARE(bytes, files.value(path));
    }
    // The next run completes, sending only the chunks production does not have yet.
    qint64 stored = 0;
    QDirIterator chunks(pair.prod().homePath() + QStringLiteral("/sites"), QDir::Files, QDirIterator::Subdirectories);
    while (chunks.hasNext()) {
        const QString path = chunks.next();
        stored += path.contains(QStringLiteral("/chunks/")) ? QFileInfo(path).size() : 0;
    }
    QVERIFY(stored >= 12 * 16 * 1024);
    const SyncOutcome resumed = pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QVERIFY2(resumed.process.exitCode == 0, qPrintable(resumed.process.err));
    QCOMPARE(SyncPair::contents(pair.prodRoot()), files);
    // The killed run no longer reads "running" anywhere: the next run closed it as interrupted.
    {
        auto store = pair.stage().openStore();
        const std::vector<Run> runs = RunRepository(store->database()).recent(10).value();
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(runs[0].state, RunState::Succeeded);
        QCOMPARE(runs[1].state, RunState::Failed);
        QVERIFY2(runs[1].message.startsWith(QStringLiteral("Interrupted: ")), qPrintable(runs[1].message));
        QVERIFY(runs[1].finishedAt.isValid());
        QVERIFY(LiveRunRepository(store->database()).running().value().empty());
    }
    QVERIFY2(resumed.json.value(QStringLiteral("bytesOut")).toInteger() <= 8 * 512 * 1024 - stored + 64 * 1024,
             qPrintable(QString::number(resumed.json.value(QStringLiteral("bytesOut")).toInteger())));
    // The profile's limit held: at 1 MiB/s the bytes sent took at least their time, less the two
    // batches of 256 KiB that may leave at once (a lower bound only: a slow machine passes too).
    const double sent = double(resumed.json.value(QStringLiteral("bytesOut")).toInteger());
    QVERIFY2(resumed.json.value(QStringLiteral("seconds")).toDouble() >= (sent - 512 * 1024) / (1024 * 1024),
             qPrintable(QStringLiteral("%1 bytes in %2 s").arg(sent).arg(resumed.json.value(QStringLiteral("seconds")).toDouble())));
    QCOMPARE(temporaries(pair.stageRoot()), QStringList());
}

void TestSync::terminatedRunIsCancelledCleanly()
{
    SyncPair pair;
    QCOMPARE(pair.setUp({.agentArguments = {QStringLiteral("--chunk-memory"), QStringLiteral("0")}}), QString());
    for (int i = 0; i < 6; ++i) {
        pair.writeStage(QStringLiteral("media/part%1.bin").arg(i), noise(512 * 1024, quint32(30 + i)));
    }
    QCOMPARE(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload"),
                                                    QStringLiteral("--bandwidth"), QStringLiteral("1024")}),
             QString());
    auto run = pair.startSync(QStringLiteral("up"), {QStringLiteral("--yes")});
    QVERIFY(waitForChunks(pair, 4));
    run->terminate();  // SIGTERM, as systemd or Ctrl+C would
    QVERIFY(run->waitForFinished(20000));
    QCOMPARE(run->exitStatus(), QProcess::NormalExit);
    QCOMPARE(run->exitCode(), 1);
    QVERIFY2(run->readAllStandardError().contains("The run was cancelled; the next run completes it."), "no message");
    QCOMPARE(temporaries(pair.prodRoot()), QStringList());
    const ProcessResult log = pair.stageCtl({QStringLiteral("log"), QStringLiteral("--json")});
    QVERIFY2(log.out.contains(QStringLiteral("Cancelled: ")), qPrintable(log.out));
    QCOMPARE(pair.sync(QStringLiteral("up"), {QStringLiteral("--yes")}).process.exitCode, 0);
    QCOMPARE(SyncPair::contents(pair.prodRoot()), SyncPair::contents(pair.stageRoot()));
}

void TestSync::largeRunsCountWhatTheyDoNotList()
{
    SyncPair pair;
    QCOMPARE(pair.setUp(), QString());
    for (int i = 0; i < 520; ++i) {
        pair.writeStage(QStringLiteral("pages/p%1.html").arg(i), QByteArray::number(i));
    }
    QCOMPARE(pair.addProfile(QStringLiteral("up"), {QStringLiteral("--direction"), QStringLiteral("upload")}), QString());
    const SyncOutcome run = pair.sync(QStringLiteral("up"));
    QCOMPARE(run.process.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("filesSent")).toInt(), 520);
    const ProcessResult log = pair.stageCtl({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                             QStringLiteral("1000")});
    const QJsonArray entries = QJsonDocument::fromJson(log.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
    int listed = 0;
    QStringList summaries;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("action")).toString() == QStringLiteral("add")) {
            const QString message = entry.value(QStringLiteral("message")).toString();
            message.startsWith(QStringLiteral("pages/")) ? ++listed : (summaries.append(message), 0);
        }
    }
    QCOMPARE(listed, 500);
    QCOMPARE(summaries, QStringList{QStringLiteral("… and 20 more like the above")});
}

void TestSync::unknownProfileIsNamed()
{
    SyncPair pair;
    QCOMPARE(pair.setUp(), QString());
    const SyncOutcome run = pair.sync(QStringLiteral("nope"));
    QCOMPARE(run.process.exitCode, 1);
    QCOMPARE(run.process.err, QStringLiteral("ferryctl: There is no profile 'nope'; `ferryctl profile list` shows the profiles.\n"));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
