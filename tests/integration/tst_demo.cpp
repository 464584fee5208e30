// The demo as `ferry --demo` builds it: a real ferryd for production, the relationship and
// profiles, the initial copy done, one conflict waiting for review and one change to publish.

#include "ProcessRunner.h"
#include "TempHome.h"
#include "demo/DemoAgent.h"
#include "demo/DemoHome.h"
#include "store/ConflictRepository.h"
#include "store/StateStore.h"

#include <QProcess>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void demoIsReadyToSync();
};

void TestDemo::demoIsReadyToSync()
{
    TempHome root;
    auto home = DemoHome::create(root.root());
    QVERIFY2(home.ok(), qPrintable(home.ok() ? QString() : home.errorMessage()));
    auto agent = DemoAgent::start(ProcessRunner::binary(QStringLiteral("ferryd")), DemoHome::agentHomePath(root.root()));
    QVERIFY2(agent.ok(), qPrintable(agent.ok() ? QString() : agent.errorMessage()));
    auto connected = DemoHome::connect(root.root(), agent.value()->port());
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.errorMessage()));

    // Production received staging's files and pages in the initial copy.
    QVERIFY(readAll(root.root() + QStringLiteral("/sites/production/images/logo.svg")).contains("<svg"));
    auto store = StateStore::open(home.value() + QStringLiteral("/state.db"));
    QVERIFY(store.ok());
    auto conflicts = ConflictRepository(store.value()->database()).latest(10);
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts->size(), std::size_t(1));
    QCOMPARE(conflicts->front().item, QStringLiteral("about.html"));
    QCOMPARE(conflicts->front().status, ConflictStatus::PendingReview);

    // "publish" has exactly the one waiting change, which the administrator can send.
    const QStringList base{QStringLiteral("--home"), home.value(), QStringLiteral("sync"), QStringLiteral("publish")};
    const ProcessResult dry = ProcessRunner::run(QStringLiteral("ferryctl"), base + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("push          index.html")), qPrintable(dry.out));
    const ProcessResult run = ProcessRunner::run(QStringLiteral("ferryctl"), base);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(readAll(root.root() + QStringLiteral("/sites/production/index.html")).contains("lemon cake"));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
