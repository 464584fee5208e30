// FileApplier and VersionsArea: files written whole or not at all, previous versions kept, and
// nothing written outside the files root whatever the path says.

#include "TempHome.h"
#include "sync/FileApplier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <unistd.h>

using namespace ferry;

namespace {

QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(folder).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

struct Setup {
    Setup()
        : root(home.makeFolder(QStringLiteral("www")))
        , versions(home.homePath(), QUuid::createUuid())
        , applier(FileApplier::open(root, versions).value())
    {
    }
    test::TempHome home;
    QString root;
    VersionsArea versions;
    std::unique_ptr<FileApplier> applier;
};

const QDateTime when = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);

} // namespace

class TestFileApplier : public QObject
{
    Q_OBJECT

private slots:
    void writesANewFileWhole();
    void keepsThePreviousVersionWhenOverwriting();
    void aWrongHashChangesNothing();
    void contentUnlikeItsChunkListChangesNothing();
    void aFileOfSeveralChunksIsNamedByTheirHashes();
    void anAbandonedFileLeavesNoTrace();
    void deletingKeepsTheContent();
    void aFileWithOtherNamesIsKeptAsACopy();
    void hostilePathsAreRefused_data();
    void hostilePathsAreRefused();
    void neverWritesThroughALink();
    void leftoverTemporaryFilesAreCleanedAndNeverIndexed();
    void oldVersionsArePruned();
    void everyVersionIsListedByPathThenTime();
    void pruningRemovesTheFoldersItEmptied();
};

void TestFileApplier::writesANewFileWhole()
{
    Setup s;
    const QByteArray content("<h1>news</h1>");
    QVERIFY(s.applier->write(QStringLiteral("blog/2026/news.html"), content, ContentHasher::sha256(content), when).ok());
    QCOMPARE(test::readAll(s.root + QStringLiteral("/blog/2026/news.html")), content);
    QCOMPARE(filesUnder(s.root), QStringList{QStringLiteral("blog/2026/news.html")});
}

void TestFileApplier::keepsThePreviousVersionWhenOverwriting()
{
    Setup s;
    const QString path = s.home.writeFile(QStringLiteral("www/index.html"), "version one");
    const QByteArray next("version two");
    QVERIFY(s.applier->write(QStringLiteral("index.html"), next, ContentHasher::sha256(next), when).ok());
    QCOMPARE(test::readAll(path), next);
    const auto kept = s.versions.versionsOf(QStringLiteral("index.html")).value();
    QCOMPARE(kept.size(), std::size_t(1));
    QCOMPARE(test::readAll(kept.front().storedPath), QByteArray("version one"));
    QCOMPARE(kept.front().keptAt, when);
    QVERIFY(!kept.front().storedPath.startsWith(s.root));  // never inside the files root
    QCOMPARE(filesUnder(s.root), QStringList{QStringLiteral("index.html")});
}

void TestFileApplier::aWrongHashChangesNothing()
{
    Setup s;
    const QString path = s.home.writeFile(QStringLiteral("www/index.html"), "original");
    auto outcome = s.applier->write(QStringLiteral("index.html"), "tampered", ContentHasher::sha256("expected"), when);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errorMessage(),
             QStringLiteral("The content received for index.html does not match its hash; nothing was changed."));
    QCOMPARE(test::readAll(path), QByteArray("original"));
    QCOMPARE(filesUnder(s.root), QStringList{QStringLiteral("index.html")});
    QVERIFY(s.versions.versionsOf(QStringLiteral("index.html"))->empty());
}

void TestFileApplier::contentUnlikeItsChunkListChangesNothing()
{
    Setup s;
    const QString path = s.home.writeFile(QStringLiteral("www/logo.svg"), "original");
    QByteArray content(600 * 1024, Qt::Uninitialized);
    QRandomGenerator(11).fillRange(reinterpret_cast<quint32*>(content.data()), content.size() / 4);
    const ContentDigest digest = ContentHasher::digest(content);
    QVERIFY(digest.chunks.size() > 1);

    std::vector<Chunk> wrongHash = digest.chunks;
    wrongHash.back().hash = ContentHasher::sha256("something else");
    std::vector<Chunk> gap = digest.chunks;
    gap.erase(gap.begin());  // the list no longer starts at the content's first byte
    std::vector<Chunk> short_ = digest.chunks;
    short_.pop_back();  // the content goes on past the list's end
    // Right hashes, cuts the chunker never makes: the file's hash, made of its chunks', would not
    // be the one a scan of the same bytes gives.
    const auto chunkAt = [&](quint64 offset, quint32 length) {
        return Chunk{offset, length, ContentHasher::sha256(content.mid(qsizetype(offset), length))};
    };
    std::vector<Chunk> merged = digest.chunks;
    merged[0] = chunkAt(0, merged[0].length + merged[1].length);
    merged.erase(merged.begin() + 1);
    std::vector<Chunk> split = digest.chunks;
    const quint32 half = split[0].length / 2;
    split.insert(split.begin() + 1, chunkAt(half, split[0].length - half));
    split[0] = chunkAt(0, half);
    for (const std::vector<Chunk>& listed : {wrongHash, gap, short_, merged, split}) {
        auto pending = s.applier->begin(QStringLiteral("logo.svg")).value();
        auto appended = pending->appendChunks(content, listed);
        QVERIFY(!appended.ok());
        QCOMPARE(appended.errorMessage(),
                 QStringLiteral("The content received for logo.svg does not match its chunk list; nothing was changed."));
        QCOMPARE(filesUnder(s.root), QStringList{QStringLiteral("logo.svg")});  // no temporary file left
    }
    QCOMPARE(test::readAll(path), QByteArray("original"));
}

void TestFileApplier::aFileOfSeveralChunksIsNamedByTheirHashes()
{
    Setup s;
    QByteArray content(700 * 1024, Qt::Uninitialized);
    QRandomGenerator(12).fillRange(reinterpret_cast<quint32*>(content.data()), content.size() / 4);
    // The SHA-256 of the bytes is not this content's hash; the one made of its chunks' hashes is.
    auto refused = s.applier->write(QStringLiteral("video.mp4"), content, ContentHasher::sha256(content), when);
    QVERIFY(!refused.ok());
    QVERIFY(!QFileInfo::exists(s.root + QStringLiteral("/video.mp4")));
    QVERIFY(s.applier->write(QStringLiteral("video.mp4"), content, ContentHasher::digest(content).hash, when).ok());
    QCOMPARE(test::readAll(s.root + QStringLiteral("/video.mp4")), content);

    // Chunks checked elsewhere (a chunk store's) are taken as checked, and still named in order.
    const ContentDigest digest = ContentHasher::digest(content);
    auto pending = s.applier->begin(QStringLiteral("copy.mp4")).value();
    for (const Chunk& chunk : digest.chunks) {
        QVERIFY(pending->appendCheckedChunk(content.mid(qsizetype(chunk.offset), chunk.length), chunk).ok());
    }
    QVERIFY(pending->commit(digest.hash, when).ok());
    QCOMPARE(test::readAll(s.root + QStringLiteral("/copy.mp4")), content);
}

void TestFileApplier::anAbandonedFileLeavesNoTrace()
{
    Setup s;
    s.home.writeFile(QStringLiteral("www/big.bin"), "old");
    {
        auto pending = s.applier->begin(QStringLiteral("big.bin")).value();
        const QByteArray content(100000, 'x');
        QVERIFY(pending->appendChunks(content, ContentHasher::digest(content).chunks).ok());
        QCOMPARE(filesUnder(s.root).size(), 2);  // the temporary file is there while writing
    }
    QCOMPARE(filesUnder(s.root), QStringList{QStringLiteral("big.bin")});
    QCOMPARE(test::readAll(s.root + QStringLiteral("/big.bin")), QByteArray("old"));
}

void TestFileApplier::deletingKeepsTheContent()
{
    Setup s;
    s.home.writeFile(QStringLiteral("www/old/page.html"), "goodbye");
    QVERIFY(s.applier->remove(QStringLiteral("old/page.html"), when).ok());
    QVERIFY(!QFile::exists(s.root + QStringLiteral("/old/page.html")));
    QCOMPARE(test::readAll(s.versions.versionsOf(QStringLiteral("old/page.html"))->front().storedPath), QByteArray("goodbye"));
    // Already gone, even its folder: nothing to do, and nothing is created on the way.
    QVERIFY(s.applier->remove(QStringLiteral("old/gone.html"), when).ok());
    QVERIFY(s.applier->remove(QStringLiteral("never/there.html"), when).ok());
    QVERIFY(!QFile::exists(s.root + QStringLiteral("/never")));
}

void TestFileApplier::aFileWithOtherNamesIsKeptAsACopy()
{
    // A file hard-linked elsewhere (a shared upload, a deployment tool's cache) keeps changing
    // through its other name after a run replaced this one: the kept version must not follow.
    Setup s;
    const QString path = s.home.writeFile(QStringLiteral("www/shared.css"), "body { color: red }");
    const QString elsewhere = s.home.root() + QStringLiteral("/cache-shared.css");
    QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(elsewhere).constData()) == 0);
    const QByteArray next("body { color: blue }");
    QVERIFY(s.applier->write(QStringLiteral("shared.css"), next, ContentHasher::sha256(next), when).ok());
    QFile other(elsewhere);
    QVERIFY(other.open(QIODevice::ReadWrite));  // in place, as an editor that does not rename would
    QVERIFY(other.write("CHANGED") == 7);
    other.close();
    const auto kept = s.versions.versionsOf(QStringLiteral("shared.css")).value();
    QCOMPARE(kept.size(), std::size_t(1));
    QCOMPARE(test::readAll(kept.front().storedPath), QByteArray("body { color: red }"));
    QCOMPARE(test::readAll(path), next);
}

void TestFileApplier::hostilePathsAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << QStringLiteral("../escape.html");
    QTest::newRow("parent inside") << QStringLiteral("a/../../escape.html");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("empty part") << QStringLiteral("a//b");
    QTest::newRow("dot") << QStringLiteral("a/./b");
    QTest::newRow("trailing slash") << QStringLiteral("a/");
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    QTest::newRow("empty") << QString();
    QTest::newRow("temporary name") << QStringLiteral(".ferry-tmp-1234");
    QTest::newRow("long name") << QString(256, QLatin1Char('n'));
}

void TestFileApplier::hostilePathsAreRefused()
{
    QFETCH(QString, path);
    Setup s;
    auto outcome = s.applier->write(path, "x", ContentHasher::sha256("x"), when);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.errorMessage().endsWith(QLatin1String("is not a path inside the files folder.")),
             qPrintable(outcome.errorMessage()));
    QVERIFY(!s.applier->remove(path, when).ok());
    QVERIFY(filesUnder(s.home.root()).filter(QStringLiteral("escape")).isEmpty());
    QVERIFY(filesUnder(s.root).isEmpty());
}

void TestFileApplier::neverWritesThroughALink()
{
    Setup s;
    const QString outside = s.home.makeFolder(QStringLiteral("outside"));
    QVERIFY(QFile::link(outside, s.root + QStringLiteral("/uploads")));
    auto outcome = s.applier->write(QStringLiteral("uploads/evil.php"), "x", ContentHasher::sha256("x"), when);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errorMessage(), QStringLiteral("uploads is a link or a file, not a folder: Ferry never writes through a link."));
    QVERIFY(filesUnder(outside).isEmpty());
}

void TestFileApplier::leftoverTemporaryFilesAreCleanedAndNeverIndexed()
{
    Setup s;
    s.home.writeFile(QStringLiteral("www/index.html"), "x");
    s.home.writeFile(QStringLiteral("www/a/.ferry-tmp-dead1"), "half written before a crash");
    QCOMPARE(s.applier->removeLeftoverTemporaryFiles().value(), 1);
    QCOMPARE(filesUnder(s.root), QStringList{QStringLiteral("index.html")});
}

void TestFileApplier::oldVersionsArePruned()
{
    Setup s;
    for (int day = 0; day < 3; ++day) {
        const QByteArray content = QByteArray::number(day);
        QVERIFY(s.applier->write(QStringLiteral("page.html"), content, ContentHasher::sha256(content), when.addDays(day)).ok());
    }
    QCOMPARE(s.versions.versionsOf(QStringLiteral("page.html"))->size(), std::size_t(2));
    QCOMPARE(s.versions.prune(when.addDays(2)).value(), 1);
    const auto left = s.versions.versionsOf(QStringLiteral("page.html")).value();
    QCOMPARE(left.size(), std::size_t(1));
    QCOMPARE(test::readAll(left.front().storedPath), QByteArray("1"));
}

void TestFileApplier::everyVersionIsListedByPathThenTime()
{
    Setup s;
    const auto write = [&](const QString& path, const QByteArray& content, int day) {
        QVERIFY(s.applier->write(path, content, ContentHasher::sha256(content), when.addDays(day)).ok());
    };
    write(QStringLiteral("news/today.html"), "first", 0);
    write(QStringLiteral("news/today.html"), "second", 2);
    write(QStringLiteral("news/today.html"), "third", 1);  // "second" kept at day 1, before "first" (day 2)
    write(QStringLiteral("odd~name.txt"), "a", 0);
    write(QStringLiteral("odd~name.txt"), "b", 0);
    QVERIFY(s.applier->remove(QStringLiteral("odd~name.txt"), when.addDays(3)).ok());

    const auto all = s.versions.versionsUnder().value();
    QStringList seen;
    for (const KeptVersion& version : all) {
        seen << version.relativePath + QLatin1Char(' ') + QString::fromUtf8(test::readAll(version.storedPath)) + QLatin1Char(' ')
                    + version.keptAt.toString(Qt::ISODate);
    }
    // "second" was replaced at day 1, "first" at day 2: oldest first, whatever order they came in.
    QCOMPARE(seen, (QStringList{QStringLiteral("news/today.html second 2026-01-02T00:00:00Z"),
                                QStringLiteral("news/today.html first 2026-01-03T00:00:00Z"),
                                QStringLiteral("odd~name.txt a 2026-01-01T00:00:00Z"),
                                QStringLiteral("odd~name.txt b 2026-01-04T00:00:00Z")}));
    QCOMPARE(all.front().size, qint64(6));
    QCOMPARE(s.versions.versionsUnder(QStringLiteral("news")).value().size(), std::size_t(2));
    QCOMPARE(s.versions.versionsUnder(QStringLiteral("odd~name.txt")).value().size(), std::size_t(2));
    QVERIFY(s.versions.versionsUnder(QStringLiteral("elsewhere")).value().empty());
}

void TestFileApplier::pruningRemovesTheFoldersItEmptied()
{
    Setup s;
    for (const QString& path : {QStringLiteral("old/deep/a.html"), QStringLiteral("kept/b.html")}) {
        QVERIFY(s.applier->write(path, "1", ContentHasher::sha256("1"), when).ok());
    }
    QVERIFY(s.applier->write(QStringLiteral("old/deep/a.html"), "2", ContentHasher::sha256("2"), when).ok());
    QVERIFY(s.applier->write(QStringLiteral("kept/b.html"), "2", ContentHasher::sha256("2"), when.addDays(5)).ok());
    QCOMPARE(s.versions.prune(when.addDays(1)).value(), 1);
    QCOMPARE(filesUnder(s.versions.folder()).size(), 1);
    QVERIFY(!QFileInfo::exists(s.versions.folder() + QStringLiteral("/old")));
    QVERIFY(QFileInfo::exists(s.versions.folder() + QStringLiteral("/kept")));
    QVERIFY(QFileInfo::exists(s.versions.folder()));
}

QTEST_GUILESS_MAIN(TestFileApplier)
#include "tst_fileapplier.moc"
