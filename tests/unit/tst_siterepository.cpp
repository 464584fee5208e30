// SiteRepository: sites stored and read back whole.

#include "Fixtures.h"
#include "TempHome.h"
#include "store/SiteRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace ferry;

class TestSiteRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField();
    void findsByNameIgnoringCaseAndByUuid();
    void listsByStageThenName();
    void aSiteWithARelationshipCannotBeRemoved();
};

void TestSiteRepository::roundTripsEveryField()
{
    test::TempHome home;
    auto store = home.openStore();
    Site site;
    site.uuid = QUuid::createUuid();
    site.name = QStringLiteral("shop");
    site.filesRoot = QStringLiteral("/srv/shop");
    site.databaseUrl = QStringLiteral("postgresql://ferry@db.example.org/shop");
    site.tables = {QStringLiteral("products"), QStringLiteral("pages")};
    site.stage = 3;
    site.createdAt = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
    SiteRepository repository(store->database());
    const Site stored = repository.insert(site).value();
    const auto found = repository.findByUuid(site.uuid).value();
    QVERIFY(found.has_value());
    QCOMPARE(found->id, stored.id);
    QCOMPARE(found->name, site.name);
    QCOMPARE(found->filesRoot, site.filesRoot);
    QCOMPARE(found->databaseUrl, site.databaseUrl);
    QCOMPARE(found->tables, site.tables);
    QCOMPARE(found->stage, 3);
    QCOMPARE(found->createdAt, site.createdAt);
}

void TestSiteRepository::findsByNameIgnoringCaseAndByUuid()
{
    test::TempHome home;
    auto store = home.openStore();
    const Site www = test::storeSite(*store, QStringLiteral("www"));
    SiteRepository repository(store->database());
    QCOMPARE(repository.findByName(QStringLiteral("WWW")).value()->id, www.id);
    QVERIFY(!repository.findByName(QStringLiteral("other")).value().has_value());
    QVERIFY(!repository.findByUuid(QUuid::createUuid()).value().has_value());
}

void TestSiteRepository::listsByStageThenName()
{
    test::TempHome home;
    auto store = home.openStore();
    SiteRepository repository(store->database());
    for (const auto& [name, stage] : {std::pair{"public-b", 2}, std::pair{"author", 0}, std::pair{"public-a", 2}}) {
        Site site = test::storeSite(*store, QString::fromLatin1(name));
        QSqlQuery(store->database()).exec(QStringLiteral("UPDATE sites SET stage = %1 WHERE id = %2").arg(stage).arg(site.id));
    }
    QStringList names;
    for (const Site& site : repository.list().value()) {
        names << site.name;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("author"), QStringLiteral("public-a"), QStringLiteral("public-b")}));
}

void TestSiteRepository::aSiteWithARelationshipCannotBeRemoved()
{
    test::TempHome home;
    auto store = home.openStore();
    const Site www = test::storeSite(*store, QStringLiteral("www"));
    test::storeRelationship(*store, www, QStringLiteral("www-prod"));
    SiteRepository repository(store->database());
    auto removed = repository.remove(www.id);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.errorMessage().contains(QLatin1String("FOREIGN KEY")), qPrintable(removed.errorMessage()));
    QCOMPARE(repository.list()->size(), std::size_t(1));
    QVERIFY(!repository.remove(9999).ok());
}

QTEST_GUILESS_MAIN(TestSiteRepository)
#include "tst_siterepository.moc"
