// DemoHome: the throwaway installation `ferry --demo` opens: this side's home with the staging
// site, and the agent's home with the production site, both trusting a fresh demo CA.

#include "TempHome.h"
#include "demo/DemoHome.h"
#include "security/TrustStore.h"
#include "site/SiteRegistry.h"
#include "store/StateStore.h"

#include <QFile>
#include <QTest>

using namespace ferry;

class TestDemoHome : public QObject
{
    Q_OBJECT

private slots:
    void hasAStagingHomeAndAProductionAgentHome();
};

void TestDemoHome::hasAStagingHomeAndAProductionAgentHome()
{
    test::TempHome root;
    auto homePath = DemoHome::create(root.root());
    QVERIFY2(homePath.ok(), qPrintable(homePath.ok() ? QString() : homePath.errorMessage()));
    auto store = StateStore::open(homePath.value() + QStringLiteral("/state.db"));
    QVERIFY(store.ok());
    const auto sites = SiteRegistry(*store.value()).list().value();
    QCOMPARE(sites.size(), std::size_t(1));
    QCOMPARE(sites[0].name, QStringLiteral("staging"));
    QCOMPARE(sites[0].stage, 0);
    QCOMPARE(sites[0].tables, QStringList{QStringLiteral("pages")});
    QVERIFY(test::readAll(sites[0].filesRoot + QStringLiteral("/index.html")).contains("New spring range"));
    QVERIFY(QFile::exists(sites[0].filesRoot + QStringLiteral("/images/logo.svg")));

    auto agentStore = StateStore::open(DemoHome::agentHomePath(root.root()) + QStringLiteral("/state.db"));
    QVERIFY(agentStore.ok());
    const auto production = SiteRegistry(*agentStore.value()).list().value();
    QCOMPARE(production.size(), std::size_t(1));
    QCOMPARE(production[0].name, QStringLiteral("production"));
    QCOMPARE(production[0].stage, 1);
    QVERIFY(test::readAll(production[0].filesRoot + QStringLiteral("/index.html")).contains("Winter range"));

    // The agent has its own certificate and lets staging push; the key is the owner's only.
    auto trust = TrustStore::open(DemoHome::agentHomePath(root.root()));
    QVERIFY(trust.ok());
    QCOMPARE(trust->peers().size(), std::size_t(1));
    QVERIFY(trust->peers().front().mayPush);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(root.root() + QStringLiteral("/certs/staging.key")) & others, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestDemoHome)
#include "tst_demohome.moc"
