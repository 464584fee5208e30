// PeerMirror: what this side keeps of a remote site's items between runs, and a mirror taken under
// an older format of content hashes taken again from the start.

#include "TempHome.h"
#include "sync/PeerMirror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace ferry;

namespace {

FeedPage pageOfOneFile(const QUuid& remote)
{
    FeedEntry entry;
    entry.sequence = 7;
    entry.path = QStringLiteral("large.bin");
    entry.version.bump(remote);
    entry.timestamp = {1767225600000, 0};
    entry.hash = ContentHasher::sha256("the remote's content");
    entry.size = 600 * 1024;
    FeedPage page;
    page.entries.push_back(entry);
    page.lastSequence = 7;
    return page;
}

void setFormat(const QString& path, int format)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("by-hand"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(format)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("by-hand"));
}

} // namespace

class TestPeerMirror : public QObject
{
    Q_OBJECT

private slots:
    void keepsWhatItTookBetweenRuns();
    void aMirrorOfFormerContentHashesStartsAgain();
};

void TestPeerMirror::keepsWhatItTookBetweenRuns()
{
    test::TempHome home;
    const QString path = home.root() + QStringLiteral("/peer.db");
    const QUuid remote = QUuid::createUuid();
    {
        auto mirror = PeerMirror::open(path).value();
        QVERIFY(mirror->take(pageOfOneFile(remote)).ok());
        QVERIFY(mirror->settle({QStringLiteral("profile"), QStringLiteral("generation"), 3, 7}).ok());
    }
    auto mirror = PeerMirror::open(path).value();
    QCOMPARE(mirror->lastSequence().value(), qint64(7));
    const auto states = mirror->states().value();
    QCOMPARE(states.size(), std::size_t(1));
    QCOMPARE(states.front().hash, ContentHasher::sha256("the remote's content"));
    QVERIFY(mirror->settled(QStringLiteral("profile")).value().has_value());
}

void TestPeerMirror::aMirrorOfFormerContentHashesStartsAgain()
{
    // Format 1 named a file of several chunks by its bytes' hash; this version names it by its
    // chunks' hashes. A mirror of that time would make every such file look changed, so it is
    // emptied and read again from the start of the remote's feed.
    test::TempHome home;
    const QString path = home.root() + QStringLiteral("/peer.db");
    {
        auto mirror = PeerMirror::open(path).value();
        QVERIFY(mirror->take(pageOfOneFile(QUuid::createUuid())).ok());
        QVERIFY(mirror->settle({QStringLiteral("profile"), QStringLiteral("generation"), 3, 7}).ok());
    }
    setFormat(path, 1);
    auto mirror = PeerMirror::open(path).value();
    QCOMPARE(mirror->lastSequence().value(), qint64(0));
    QVERIFY(mirror->states().value().empty());
    QVERIFY(!mirror->settled(QStringLiteral("profile")).value().has_value());
}

QTEST_GUILESS_MAIN(TestPeerMirror)
#include "tst_peermirror.moc"
