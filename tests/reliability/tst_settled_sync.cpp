// Planning from a settled point (label integration): once a profile's plan was empty, or every
// item of it carried out, the next run compares only the items that moved since on either side.
// Each case is a way that shortcut could lose a change — a run that failed midway, a conflict
// held for review and decided later, a profile whose patterns changed, a mirror moved by a dry
// run, an index made anew — and checks, on the sites' files and rows, that the change arrives.

#include "ProcessRunner.h"
#include "SyncPair.h"
#include "store/ConflictRepository.h"
#include "store/ProfileRepository.h"
#include "store/StateStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

QString biLocalWins()
{
    return SyncPair::profileName(Direction::Bidirectional, ConflictPolicy::LocalWins);
}

QString biManual()
{
    return SyncPair::profileName(Direction::Bidirectional, ConflictPolicy::Manual);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSettledSync : public QObject
{
    Q_OBJECT

private:
    SyncPair m_pair;

    QString stage(const QString& path) const { return m_pair.filesOf(Side::Stage) + QLatin1Char('/') + path; }
    QString prod(const QString& path) const { return m_pair.filesOf(Side::Prod) + QLatin1Char('/') + path; }

    bool converged() const
    {
        return filesUnder(m_pair.filesOf(Side::Stage)) == filesUnder(m_pair.filesOf(Side::Prod))
            && postsOf(m_pair.databaseOf(Side::Stage)) == postsOf(m_pair.databaseOf(Side::Prod));
    }

    // Runs the profile until a run plans nothing; that run settles the profile's plan.
    void settle(const QString& profile)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto result = m_pair.run(profile);
            QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
            QCOMPARE(result->failedItems(), 0);
            if (result->plan.items.empty()) {
                return;
            }
        }
        QFAIL("three runs and still something planned");
    }

    // A run of the profile that must succeed, planned from its settled point.
    Result<SyncRunResult> runFromPoint(const QString& profile)
    {
        auto result = m_pair.run(profile);
        if (result && !result->fromSettledPoint) {
            return fail(QStringLiteral("the run did not plan from the settled point"));
        }
        return result;
    }

    std::unique_ptr<StateStore> stageStore()
    {
        auto store = StateStore::open(m_pair.homeOf(Side::Stage) + QStringLiteral("/state.db"));
        return store ? std::move(store).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_pair.build();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        const QString error = m_pair.reset();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void nothingChangedComparesNothing()
    {
        QVERIFY(writeFile(stage(QStringLiteral("a.txt")), "a\n"));
        QVERIFY(execSql(m_pair.databaseOf(Side::Prod), QStringLiteral("INSERT INTO posts VALUES (1, 'one')")));
        settle(biLocalWins());
        auto result = runFromPoint(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->comparedItems, 0);
        QVERIFY(result->plan.items.empty());
        QVERIFY(converged());
    }

    void changesOnEitherSideArrive()
    {
        settle(biLocalWins());
        QVERIFY(writeFile(stage(QStringLiteral("docs/new.txt")), "new here\n"));
        QVERIFY(writeFile(prod(QStringLiteral("keep/README")), "edited on production\n"));
        QVERIFY(
            execSql(m_pair.databaseOf(Side::Prod), QStringLiteral("INSERT INTO posts VALUES (7, 'from production')")));
        auto result = runFromPoint(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->failedItems(), 0);
        QCOMPARE(result->plan.items.size(), std::size_t(3));
        QCOMPARE(readFile(prod(QStringLiteral("docs/new.txt"))), QByteArray("new here\n"));
        QCOMPARE(readFile(stage(QStringLiteral("keep/README"))), QByteArray("edited on production\n"));
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Stage)).value(7), QStringLiteral("from production"));
        // What the run wrote comes back as moved, and plans nothing.
        auto next = runFromPoint(biLocalWins());
        QVERIFY2(next, qPrintable(next ? QString() : next.errorMessage()));
        QVERIFY(next->plan.items.empty());
        QVERIFY(converged());
    }

    // A failed run writes no settled point: its items have not moved since, and must still go.
    void failedRunLeavesItsItemsToTheNext()
    {
        settle(biLocalWins());
        QVERIFY(
            execSql(m_pair.databaseOf(Side::Prod), QStringLiteral("CREATE UNIQUE INDEX posts_body ON posts (body)")));
        QVERIFY(execSql(m_pair.databaseOf(Side::Stage),
            QStringLiteral("INSERT INTO posts VALUES (1, 'same'), (2, 'same'), (3, 'fine')")));
        auto failed = runFromPoint(biLocalWins());
        QVERIFY2(failed, qPrintable(failed ? QString() : failed.errorMessage()));
        QCOMPARE(failed->failedItems(), 3);
        QVERIFY(postsOf(m_pair.databaseOf(Side::Prod)).isEmpty());
        // The cause goes away; the rows themselves do not change again.
        QVERIFY(execSql(m_pair.databaseOf(Side::Prod), QStringLiteral("DROP INDEX posts_body")));
        auto next = runFromPoint(biLocalWins());
        QVERIFY2(next, qPrintable(next ? QString() : next.errorMessage()));
        QCOMPARE(next->failedItems(), 0);
        QCOMPARE(next->run.totals.rowsSent, 3);
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Prod)).value(3), QStringLiteral("fine"));
        QVERIFY(converged());
    }

    // A conflict held for review writes no settled point; decided later, the decision is carried
    // out, though neither side touched the item again.
    void conflictDecidedOnReview()
    {
        QVERIFY(execSql(m_pair.databaseOf(Side::Stage), QStringLiteral("INSERT INTO posts VALUES (5, 'first')")));
        settle(biManual());
        QVERIFY(
            execSql(m_pair.databaseOf(Side::Stage), QStringLiteral("UPDATE posts SET body = 'staging' WHERE id = 5")));
        QVERIFY(execSql(
            m_pair.databaseOf(Side::Prod), QStringLiteral("UPDATE posts SET body = 'production' WHERE id = 5")));
        auto held = runFromPoint(biManual());
        QVERIFY2(held, qPrintable(held ? QString() : held.errorMessage()));
        QCOMPARE(held->plan.pendingConflicts(), 1);
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Stage)).value(5), QStringLiteral("staging"));
        {
            auto store = stageStore();
            QVERIFY(store);
            ConflictRepository conflicts(store->database());
            auto latest = conflicts.latest(1);
            QVERIFY(latest && latest->size() == 1);
            QVERIFY(conflicts.resolve(latest->front().id, ConflictWinner::Remote, QStringLiteral("reviewer"),
                QDateTime::currentDateTimeUtc()));
        }
        auto decided = runFromPoint(biManual());
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.errorMessage()));
        QCOMPARE(decided->failedItems(), 0);
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Stage)).value(5), QStringLiteral("production"));
        QVERIFY(converged());
    }

    // Another scope is another plan: a file the old patterns left out goes once they take it in.
    void changedPatternsPlanEveryItem()
    {
        QVERIFY(writeFile(stage(QStringLiteral("notes.log")), "left out\n"));
        QVERIFY(writeFile(stage(QStringLiteral("page.html")), "<p>in</p>\n"));
        Profile profile;
        {
            auto store = stageStore();
            QVERIFY(store);
            auto found = ProfileRepository(store->database()).findByName(biLocalWins());
            QVERIFY(found && found.value());
            profile = *found.value();
            profile.excludes = { QStringLiteral("*.log") };
            QVERIFY(ProfileRepository(store->database()).update(profile));
        }
        settle(biLocalWins());
        QVERIFY(QFile::exists(prod(QStringLiteral("page.html"))));
        QVERIFY(!QFile::exists(prod(QStringLiteral("notes.log"))));
        {
            auto store = stageStore();
            QVERIFY(store);
            profile.excludes.clear();
            QVERIFY(ProfileRepository(store->database()).update(profile));
        }
        auto result = m_pair.run(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(readFile(prod(QStringLiteral("notes.log"))), QByteArray("left out\n"));
        QVERIFY(!result->fromSettledPoint);
        QVERIFY(converged());
    }

    // A dry run takes the remote's changes into the mirror and settles nothing: the real run after
    // it must still see them, though its own exchange brings nothing new.
    void dryRunMovedTheMirror()
    {
        settle(biLocalWins());
        QVERIFY(execSql(
            m_pair.databaseOf(Side::Prod), QStringLiteral("INSERT INTO posts VALUES (9, 'seen by the dry run')")));
        QVERIFY(writeFile(prod(QStringLiteral("keep/more.txt")), "more\n"));
        auto dry = m_pair.run(biLocalWins(), true);
        QVERIFY2(dry, qPrintable(dry ? QString() : dry.errorMessage()));
        QCOMPARE(dry->plan.items.size(), std::size_t(2));
        QVERIFY(!postsOf(m_pair.databaseOf(Side::Stage)).contains(9));
        auto result = runFromPoint(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(postsOf(m_pair.databaseOf(Side::Stage)).value(9), QStringLiteral("seen by the dry run"));
        QCOMPARE(readFile(stage(QStringLiteral("keep/more.txt"))), QByteArray("more\n"));
        QVERIFY(converged());
    }

    // An index made anew counts its sequence from 1 again: its numbers say nothing about the
    // point's, even once they are past it, so every item is planned.
    void indexMadeAnew()
    {
        QVERIFY(writeFile(stage(QStringLiteral("a.txt")), "a\n"));
        settle(biLocalWins());
        QDirIterator it(m_pair.homeOf(Side::Stage) + QStringLiteral("/sites"), { QStringLiteral("index.db*") },
            QDir::Files, QDirIterator::Subdirectories);
        int removed = 0;
        while (it.hasNext()) {
            removed += QFile::remove(it.next()) ? 1 : 0;
        }
        QVERIFY(removed > 0);
        // Scanned first, this one takes one of the new index's first numbers, below the point's.
        QVERIFY(writeFile(stage(QStringLiteral("0-first.txt")), "first\n"));
        for (int i = 0; i < 30; ++i) {
            QVERIFY(writeFile(stage(QStringLiteral("z/%1.txt").arg(i)), QByteArray::number(i)));
        }
        auto result = m_pair.run(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(readFile(prod(QStringLiteral("0-first.txt"))), QByteArray("first\n"));
        QCOMPARE(readFile(prod(QStringLiteral("z/29.txt"))), QByteArray("29"));
        QVERIFY(!result->fromSettledPoint);
        settle(biLocalWins());
        QVERIFY(converged());
    }

    // An older Ferry taking the feed into the mirror writes items without their position: the
    // points settled before could not see them move, so they are dropped, and all is planned.
    void olderFerryWroteTheMirror()
    {
        settle(biLocalWins());
        QDirIterator it(m_pair.homeOf(Side::Stage) + QStringLiteral("/sites"), { QStringLiteral("*.db") }, QDir::Files,
            QDirIterator::Subdirectories);
        QString mirror;
        while (it.hasNext()) {
            const QString path = it.next();
            mirror = path.contains(QStringLiteral("/peers/")) ? path : mirror;
        }
        QVERIFY(!mirror.isEmpty());
        QVERIFY(execSql(mirror,
            QStringLiteral("INSERT OR REPLACE INTO items (kind, name, deleted, version, hlc, hash, size) "
                           "SELECT kind, name, deleted, version, hlc, hash, size FROM items LIMIT 1")));
        auto result = m_pair.run(biLocalWins());
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QVERIFY(!result->fromSettledPoint);
        QVERIFY(result->comparedItems > 0);
    }
};

QTEST_GUILESS_MAIN(TestSettledSync)

#include "tst_settled_sync.moc"
