// DemoHome: the throwaway home `ferry --demo` opens.

#include "TempHome.h"
#include "demo/DemoHome.h"
#include "site/SiteRegistry.h"
#include "store/StateStore.h"

#include <QFile>
#include <QTest>

using namespace ferry;

class TestDemoHome : public QObject
{
    Q_OBJECT

private slots:
    void hasAStagingAndAProductionSiteWithFiles();
};

void TestDemoHome::hasAStagingAndAProductionSiteWithFiles()
{
    test::TempHome root;
    auto homePath = DemoHome::create(root.root());
    QVERIFY2(homePath.ok(), qPrintable(homePath.ok() ? QString() : homePath.errorMessage()));
    auto store = StateStore::open(homePath.value() + QStringLiteral("/state.db"));
    QVERIFY(store.ok());
    const auto sites = SiteRegistry(*store.value()).list().value();
    QCOMPARE(sites.size(), std::size_t(2));
    QCOMPARE(sites[0].name, QStringLiteral("staging"));
    QCOMPARE(sites[0].stage, 0);
    QCOMPARE(sites[1].name, QStringLiteral("production"));
    QCOMPARE(sites[1].stage, 1);
    QVERIFY(test::readAll(sites[0].filesRoot + QStringLiteral("/index.html")).contains("New spring range"));
    QVERIFY(test::readAll(sites[1].filesRoot + QStringLiteral("/index.html")).contains("Winter range"));
    QVERIFY(QFile::exists(sites[0].filesRoot + QStringLiteral("/images/logo.svg")));
}

QTEST_GUILESS_MAIN(TestDemoHome)
#include "tst_demohome.moc"
