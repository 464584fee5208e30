// VersionRestore: a kept version put back in the files root, written as a run writes (whole or not
// at all, the file it replaces kept first), under the site's write lock.

#include "TempHome.h"
#include "sync/FileApplier.h"
#include "sync/SiteLock.h"
#include "sync/VersionRestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace ferry;

namespace {

struct Setup {
    Setup()
    {
        site.uuid = QUuid::createUuid();
        site.name = QStringLiteral("www");
        site.filesRoot = home.makeFolder(QStringLiteral("www"));
    }
    // Writes content to path as a run would, at when (what was there is kept at when).
    void write(const QString& path, const QByteArray& content, const QDateTime& when)
    {
        VersionsArea versions(home.homePath(), site.uuid);
        auto applier = FileApplier::open(site.filesRoot, versions);
        QVERIFY(applier.ok());
        QVERIFY(applier.value()->write(path, content, ContentHasher::digest(content).hash, when).ok());
    }
    QByteArray read(const QString& path) const { return test::readAll(site.filesRoot + QLatin1Char('/') + path); }
    std::vector<KeptVersion> kept(const QString& path) const
    {
        return VersionsArea(home.homePath(), site.uuid).versionsOf(path).value();
    }

    test::TempHome home;
    Site site;
};

const QDateTime monday = QDateTime::fromMSecsSinceEpoch(1767571200000, Qt::UTC);  // 2026-01-05

} // namespace

class TestVersionRestore : public QObject
{
    Q_OBJECT

private slots:
    void theNewestVersionComesBackAndTheCurrentOneIsKept();
    void aVersionIsChosenByTheTimeItWasKept();
    void aDeletedFileComesBack();
    void nothingKeptIsAClearError();
    void aSiteBeingWrittenIsLeftAlone();
    void aPathOutOfTheFilesRootIsRefused();
    void hiddenNamesAndBracketsAreFound();
    void aLinkInTheAreaIsNotFollowed();
};

void TestVersionRestore::theNewestVersionComesBackAndTheCurrentOneIsKept()
{
    Setup s;
    s.write(QStringLiteral("a/page.html"), "one", monday);
    s.write(QStringLiteral("a/page.html"), "two", monday.addDays(1));
    s.write(QStringLiteral("a/page.html"), "three", monday.addDays(2));

    auto restored = VersionRestore::restore(s.home.homePath(), s.site, QStringLiteral("a/page.html"), std::nullopt);
    if (!restored) {
        QFAIL(qPrintable(restored.errorMessage()));
    }
    QCOMPARE(restored->keptAt, monday.addDays(2));
    QCOMPARE(s.read(QStringLiteral("a/page.html")), QByteArray("two"));
    // "three" was replaced by the restore: kept too, so the restore can be undone.
    const auto kept = s.kept(QStringLiteral("a/page.html"));
    QCOMPARE(kept.size(), std::size_t(3));
    QCOMPARE(test::readAll(kept.back().storedPath), QByteArray("three"));
    QVERIFY(kept.back().keptAt > monday.addDays(2));
}

void TestVersionRestore::aVersionIsChosenByTheTimeItWasKept()
{
    Setup s;
    s.write(QStringLiteral("page.html"), "one", monday);
    s.write(QStringLiteral("page.html"), "two", monday.addDays(1));
    s.write(QStringLiteral("page.html"), "three", monday.addDays(2));

    QVERIFY(VersionRestore::restore(s.home.homePath(), s.site, QStringLiteral("page.html"), monday.addDays(1)).ok());
    QCOMPARE(s.read(QStringLiteral("page.html")), QByteArray("one"));

    auto missing = VersionRestore::restore(s.home.homePath(), s.site, QStringLiteral("page.html"), monday.addDays(9));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errorMessage(), QStringLiteral("No version of page.html was kept at 2026-01-14T00:00:00.000Z. See "
                                                    "'ferryctl versions list SITE page.html'."));
    QCOMPARE(s.read(QStringLiteral("page.html")), QByteArray("one"));
}

void TestVersionRestore::aDeletedFileComesBack()
{
    Setup s;
    s.write(QStringLiteral("gone/old.txt"), "still wanted", monday);
    {
        VersionsArea versions(s.home.homePath(), s.site.uuid);
        QVERIFY(FileApplier::open(s.site.filesRoot, versions).value()->remove(QStringLiteral("gone/old.txt"), monday).ok());
    }
    QVERIFY(!QFileInfo::exists(s.site.filesRoot + QStringLiteral("/gone/old.txt")));

    QVERIFY(VersionRestore::restore(s.home.homePath(), s.site, QStringLiteral("gone/old.txt"), std::nullopt).ok());
    QCOMPARE(s.read(QStringLiteral("gone/old.txt")), QByteArray("still wanted"));
}

void TestVersionRestore::nothingKeptIsAClearError()
{
    Setup s;
    s.write(QStringLiteral("page.html"), "only", monday);
    auto restored = VersionRestore::restore(s.home.homePath(), s.site, QStringLiteral("page.html"), std::nullopt);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.errorMessage(), QStringLiteral("No version of page.html is kept. See 'ferryctl versions list SITE'."));
    QCOMPARE(s.read(QStringLiteral("page.html")), QByteArray("only"));
}

void TestVersionRestore::aSiteBeingWrittenIsLeftAlone()
{
    Setup s;
    s.write(QStringLiteral("page.html"), "one", monday);
    s.write(QStringLiteral("page.html"), "two", monday.addDays(1));
    auto held = SiteLock::acquire(s.home.homePath(), s.site.uuid, s.site.name);
    QVERIFY(held.ok());
    auto restored = VersionRestore::restore(s.home.homePath(), s.site, QStringLiteral("page.html"), std::nullopt, 100);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(QLatin1String("www")), qPrintable(restored.errorMessage()));
    QCOMPARE(s.read(QStringLiteral("page.html")), QByteArray("two"));
}

void TestVersionRestore::aPathOutOfTheFilesRootIsRefused()
{
    Setup s;
    // Something that looks like a version of "../outside.txt" beside the site's area: refused for
    // its path, never written beside the files root.
    s.home.writeFile(QStringLiteral("home/versions/outside.txt~20260105T000000.000Z"), "not the site's");
    auto restored = VersionRestore::restore(s.home.homePath(), s.site, QStringLiteral("../outside.txt"), std::nullopt);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(QLatin1String("../outside.txt")), qPrintable(restored.errorMessage()));
    QVERIFY2(!restored.errorMessage().startsWith(QLatin1String("No version")), qPrintable(restored.errorMessage()));
    QVERIFY(!QFileInfo::exists(s.home.root() + QStringLiteral("/outside.txt")));
}

void TestVersionRestore::hiddenNamesAndBracketsAreFound()
{
    Setup s;
    for (const QString& path : {QStringLiteral(".htaccess"), QStringLiteral("img/photo[1].jpg")}) {
        s.write(path, "old " + path.toUtf8(), monday);
        s.write(path, "new", monday.addDays(1));
        QVERIFY(VersionRestore::restore(s.home.homePath(), s.site, path, std::nullopt).ok());
        QCOMPARE(s.read(path), "old " + path.toUtf8());
    }
}

void TestVersionRestore::aLinkInTheAreaIsNotFollowed()
{
    Setup s;
    s.write(QStringLiteral("page.html"), "live", monday);
    const QString secret = s.home.writeFile(QStringLiteral("secret.txt"), "not for the web root");
    const QString area = VersionsArea(s.home.homePath(), s.site.uuid).folder();
    QVERIFY(QDir().mkpath(area));
    QVERIFY(QFile::link(secret, area + QStringLiteral("/page.html~20260105T000000.000Z")));
    auto restored = VersionRestore::restore(s.home.homePath(), s.site, QStringLiteral("page.html"), std::nullopt);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorMessage().contains(QLatin1String("not a regular file")), qPrintable(restored.errorMessage()));
    QCOMPARE(s.read(QStringLiteral("page.html")), QByteArray("live"));
}

QTEST_GUILESS_MAIN(TestVersionRestore)
#include "tst_versionrestore.moc"
