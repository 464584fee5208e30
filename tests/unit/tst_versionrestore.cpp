// VersionRestore: a kept version put back in the files root, written as a run writes (whole or not
// at all, the file it replaces kept first), under the site's write lock.

#include "TempHome.h"
#include "sync/FileApplier.h"
#include "sync/SiteLock.h"
#include "sync/VersionRestore.h"

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
        QVERIFY(applier.value()->write(path, content, ContentHasher::sha256(content), when).ok());
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
    auto restored = VersionRestore::restore(s.home.homePath(), s.site, QStringLiteral("../outside.txt"), std::nullopt);
    QVERIFY(!restored.ok());
    QVERIFY(!QFileInfo::exists(s.home.root() + QStringLiteral("/outside.txt")));
}

QTEST_GUILESS_MAIN(TestVersionRestore)
#include "tst_versionrestore.moc"
