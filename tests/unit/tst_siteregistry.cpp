// SiteRegistry: what a site may be, and that a refused site changes nothing.

#include "TempHome.h"
#include "site/SiteRegistry.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ferry;

class TestSiteRegistry : public QObject
{
    Q_OBJECT

private slots:
    void addsASiteWithANewUuidAndCanonicalFolder();
    void uuidIsKeptAcrossReopening();
    void refusesBadNames_data();
    void refusesBadNames();
    void acceptsGoodNames_data();
    void acceptsGoodNames();
    void refusesABadFolder_data();
    void refusesABadFolder();
    void refusesADuplicateNameWhateverItsCase();
    void refusesAFolderThatBelongsToAnotherSite();
    void refusesAStageOutOfRange();
    void keepsVersionsThirtyDaysUnlessTold();
    void refusesKeepingVersionsOutOfRange();
};

void TestSiteRegistry::addsASiteWithANewUuidAndCanonicalFolder()
{
    test::TempHome home;
    const QString folder = home.makeFolder(QStringLiteral("www"));
    auto store = home.openStore();
    auto site = SiteRegistry(*store).add({.name = QStringLiteral("www"), .filesRoot = folder + QStringLiteral("/../www/."), .stage = 0});
    QVERIFY2(site.ok(), qPrintable(site.ok() ? QString() : site.errorMessage()));
    QVERIFY(!site->uuid.isNull());
    QCOMPARE(site->filesRoot, QDir(folder).canonicalPath());
    QVERIFY(site->id > 0);
    QVERIFY(qAbs(site->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestSiteRegistry::uuidIsKeptAcrossReopening()
{
    test::TempHome home;
    const QString folder = home.makeFolder(QStringLiteral("www"));
    QUuid made;
    {
        auto store = home.openStore();
        made = SiteRegistry(*store).add({.name = QStringLiteral("www"), .filesRoot = folder, .stage = 2}).value().uuid;
    }
    auto store = home.openStore();
    auto sites = SiteRegistry(*store).list();
    QCOMPARE(sites->size(), std::size_t(1));
    QCOMPARE(sites->front().uuid, made);
    QCOMPARE(sites->front().stage, 2);
}

void TestSiteRegistry::refusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("A site needs a name.");
    QTest::newRow("space") << QStringLiteral("my site") << QStringLiteral("is not a valid site name");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("is not a valid site name");
    QTest::newRow("dot first") << QStringLiteral(".hidden") << QStringLiteral("is not a valid site name");
    QTest::newRow("dash first") << QStringLiteral("-rf") << QStringLiteral("is not a valid site name");
    QTest::newRow("non-ascii") << QStringLiteral("café") << QStringLiteral("is not a valid site name");
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) << QStringLiteral("is not a valid site name");
    QTest::newRow("uuid") << QStringLiteral("5b0e8a3c-6f7e-4c2b-9d1a-2f4b6c8d0e1f") << QStringLiteral("looks like a UUID");
}

void TestSiteRegistry::refusesBadNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    test::TempHome home;
    const QString folder = home.makeFolder(QStringLiteral("www"));
    auto store = home.openStore();
    SiteRegistry registry(*store);
    auto site = registry.add({.name = name, .filesRoot = folder, .stage = 0});
    QVERIFY(!site.ok());
    QVERIFY2(site.errorMessage().contains(expected), qPrintable(site.errorMessage()));
    QCOMPARE(registry.list()->size(), std::size_t(0));
}

void TestSiteRegistry::acceptsGoodNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("www");
    QTest::newRow("dotted") << QStringLiteral("shop.example.org");
    QTest::newRow("mixed") << QStringLiteral("Staging_2-new");
    QTest::newRow("64 long") << QString(64, QLatin1Char('a'));
}

void TestSiteRegistry::acceptsGoodNames()
{
    QFETCH(QString, name);
    QVERIFY(SiteRegistry::validateName(name).ok());
}

void TestSiteRegistry::refusesABadFolder_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("a file") << QStringLiteral("file") << QStringLiteral("is not a folder");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("A site needs a files folder.");
}

void TestSiteRegistry::refusesABadFolder()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    test::TempHome home;
    QString path;
    if (kind == QLatin1String("missing")) {
        path = home.root() + QStringLiteral("/nowhere");
    } else if (kind == QLatin1String("file")) {
        path = home.writeFile(QStringLiteral("index.html"), "<html>");
    }
    auto store = home.openStore();
    SiteRegistry registry(*store);
    auto site = registry.add({.name = QStringLiteral("www"), .filesRoot = path, .stage = 0});
    QVERIFY(!site.ok());
    QVERIFY2(site.errorMessage().contains(expected), qPrintable(site.errorMessage()));
    QCOMPARE(registry.list()->size(), std::size_t(0));
}

void TestSiteRegistry::refusesADuplicateNameWhateverItsCase()
{
    test::TempHome home;
    auto store = home.openStore();
    SiteRegistry registry(*store);
    QVERIFY(registry.add({.name = QStringLiteral("www"), .filesRoot = home.makeFolder(QStringLiteral("a")), .stage = 0}).ok());
    auto second = registry.add({.name = QStringLiteral("WWW"), .filesRoot = home.makeFolder(QStringLiteral("b")), .stage = 0});
    QVERIFY(!second.ok());
    QCOMPARE(second.errorMessage(),
             QStringLiteral("A site named 'www' already exists (files at %1).").arg(QDir(home.root() + QStringLiteral("/a")).canonicalPath()));
    QCOMPARE(registry.list()->size(), std::size_t(1));
}

void TestSiteRegistry::refusesAFolderThatBelongsToAnotherSite()
{
    test::TempHome home;
    const QString folder = home.makeFolder(QStringLiteral("shared"));
    auto store = home.openStore();
    SiteRegistry registry(*store);
    QVERIFY(registry.add({.name = QStringLiteral("one"), .filesRoot = folder, .stage = 0}).ok());
    auto second = registry.add({.name = QStringLiteral("two"), .filesRoot = folder, .stage = 1});
    QVERIFY(!second.ok());
    QVERIFY2(second.errorMessage().contains(QLatin1String("already belongs to site 'one'")),
             qPrintable(second.errorMessage()));
    QCOMPARE(registry.list()->size(), std::size_t(1));
}

void TestSiteRegistry::refusesAStageOutOfRange()
{
    test::TempHome home;
    auto store = home.openStore();
    SiteRegistry registry(*store);
    for (int stage : {-1, SiteRegistry::maxStage + 1}) {
        auto site = registry.add({.name = QStringLiteral("www"), .filesRoot = home.makeFolder(QStringLiteral("www")), .stage = stage});
        QVERIFY(!site.ok());
        QCOMPARE(site.errorMessage(), QStringLiteral("The stage must be a number from 0 (author) to 99."));
    }
}

void TestSiteRegistry::keepsVersionsThirtyDaysUnlessTold()
{
    test::TempHome home;
    {
        auto store = home.openStore();
        SiteRegistry registry(*store);
        QCOMPARE(registry.add({.name = QStringLiteral("www"), .filesRoot = home.makeFolder(QStringLiteral("www"))})->keepVersionsDays, 30);
        QCOMPARE(registry.add({.name = QStringLiteral("shop"), .filesRoot = home.makeFolder(QStringLiteral("shop")),
                               .keepVersionsDays = 7})->keepVersionsDays,
                 7);
        QCOMPARE(registry.setKeepVersionsDays(QStringLiteral("www"), 90)->keepVersionsDays, 90);
    }
    // Stored, not only returned.
    auto store = home.openStore();
    SiteRegistry registry(*store);
    QCOMPARE(registry.find(QStringLiteral("www"))->keepVersionsDays, 90);
    QCOMPARE(registry.find(QStringLiteral("shop"))->keepVersionsDays, 7);
    auto unknown = registry.setKeepVersionsDays(QStringLiteral("blog"), 5);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.errorMessage(), QStringLiteral("There is no site named 'blog'. See 'ferryctl site list'."));
}

void TestSiteRegistry::refusesKeepingVersionsOutOfRange()
{
    test::TempHome home;
    auto store = home.openStore();
    SiteRegistry registry(*store);
    for (int days : {0, -3, SiteRegistry::maxKeepVersionsDays + 1}) {
        auto site = registry.add({.name = QStringLiteral("www"), .filesRoot = home.makeFolder(QStringLiteral("www")),
                                  .keepVersionsDays = days});
        QVERIFY(!site.ok());
        QCOMPARE(site.errorMessage(),
                 QStringLiteral("A site keeps overwritten and deleted files from 1 to 3650 days, not %1.").arg(days));
    }
    QVERIFY(registry.list()->empty());
    QVERIFY(registry.add({.name = QStringLiteral("www"), .filesRoot = home.makeFolder(QStringLiteral("www"))}).ok());
    QVERIFY(!registry.setKeepVersionsDays(QStringLiteral("www"), 0).ok());
    QCOMPARE(registry.find(QStringLiteral("www"))->keepVersionsDays, 30);
}

QTEST_GUILESS_MAIN(TestSiteRegistry)
#include "tst_siteregistry.moc"
