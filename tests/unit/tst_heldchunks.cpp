// HeldChunks: chunks pushed to the agent wait in memory within its budget, the rest in the store
// on disk; ChunkLocator finds them in either; building their files lets them go; unused ones move
// to the disk for a run that resumes.

#include "RandomBytes.h"
#include "TempHome.h"
#include "net/ChunkLocator.h"
#include "net/ChunkStoreCleanup.h"
#include "net/HeldChunks.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace ferry;
using test::randomBytes;

class TestHeldChunks : public QObject
{
    Q_OBJECT

private:
    QStringList onDisk() const { return QDir(m_store).entryList(QDir::Files | QDir::Hidden); }

    test::TempHome m_home;
    QString m_store;
    QByteArray m_a = randomBytes(40000, 1);
    QByteArray m_b = randomBytes(30000, 2);
    Sha256 m_aHash = ContentHasher::sha256(m_a);
    Sha256 m_bHash = ContentHasher::sha256(m_b);

private slots:
    void init()
    {
        HeldChunks::clear();
        m_store = m_home.root() + QStringLiteral("/store-") + QString::number(QRandomGenerator::global()->generate());
    }

    void cleanup() { HeldChunks::setBudget(0); }

    void withoutABudgetEveryChunkGoesToDisk()
    {
        QVERIFY(ChunkLocator::storeChecked(m_store, m_aHash, m_a).ok());
        QCOMPARE(onDisk(), QStringList({QString::fromLatin1(ContentHasher::hex(m_aHash))}));
        QCOMPARE(HeldChunks::heldBytes(), 0);
        // The store is the agent's alone: a pushed chunk may be anything a site holds.
        const QFileInfo stored(ChunkLocator::storedPath(m_store, m_aHash));
        QCOMPARE(stored.permissions() & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(m_store).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFileDevice::Permissions());
    }

    void chunksAreHeldWithinTheBudgetAndFoundThere()
    {
        HeldChunks::setBudget(50000);
        QVERIFY(ChunkLocator::storeChecked(m_store, m_aHash, m_a).ok());
        QVERIFY(onDisk().isEmpty());
        QCOMPARE(HeldChunks::heldBytes(), m_a.size());
        // The budget has no room for the second: on disk.
        QVERIFY(ChunkLocator::storeChecked(m_store, m_bHash, m_b).ok());
        QCOMPARE(onDisk(), QStringList({QString::fromLatin1(ContentHasher::hex(m_bHash))}));
        QCOMPARE(HeldChunks::heldBytes(), m_a.size());
        // Both are there for whoever builds a file, held or not; another site's store has neither.
        const ChunkLocator locator = ChunkLocator::storeOnly(m_home.root(), m_store);
        QVERIFY(ChunkLocator::isStored(m_store, m_aHash) && locator.has(m_aHash) && locator.hasAndKeeps(m_aHash));
        QCOMPARE(locator.read(m_aHash).value(), m_a);
        QCOMPARE(locator.read(m_bHash).value(), m_b);
        QVERIFY(!ChunkLocator::isStored(m_store + QStringLiteral("-other"), m_aHash));
        // Built into a file: let go, from memory and disk alike; the budget is free again.
        ChunkStoreCleanup::release(m_store, {m_aHash, m_bHash});
        QCOMPARE(HeldChunks::heldBytes(), 0);
        QVERIFY(onDisk().isEmpty());
        QVERIFY(!locator.has(m_aHash) && !locator.has(m_bHash));
        QVERIFY(!locator.read(m_aHash).ok());
        QVERIFY(ChunkLocator::storeChecked(m_store, m_bHash, m_b).ok());
        QVERIFY(onDisk().isEmpty());
    }

    void aChunkIsHeldAsItsOwnBytes()
    {
        QVERIFY(!HeldChunks::hold(m_store, m_bHash, QByteArray()));  // no budget, not even for nothing
        HeldChunks::setBudget(1 << 20);
        // Bytes in someone else's buffer are copied: a later change to the buffer is not served.
        QByteArray buffer(m_a.constData(), m_a.size());
        QVERIFY(HeldChunks::hold(m_store, m_aHash, QByteArray::fromRawData(buffer.constData(), buffer.size())));
        buffer.fill('x');
        QCOMPARE(HeldChunks::find(m_store, m_aHash).value(), m_a);
        // A chunk cut short from a large buffer does not keep the buffer alive, nor count it.
        QByteArray large = m_b + QByteArray(512 * 1024, 'y');
        large.truncate(m_b.size());
        QVERIFY(HeldChunks::hold(m_store, m_bHash, large));
        QVERIFY(HeldChunks::heldBytes() < m_a.size() + m_b.size() + 8192);
        QCOMPARE(HeldChunks::find(m_store, m_bHash).value(), m_b);
    }

    void unusedChunksMoveToDisk()
    {
        HeldChunks::setBudget(1 << 20);
        QVERIFY(ChunkLocator::storeChecked(m_store, m_aHash, m_a).ok());
        QVERIFY(ChunkLocator::storeChecked(m_store, m_bHash, m_b).ok());
        // Used a moment ago: stays.
        const auto write = [](const QString& store, const Sha256& hash, const QByteArray& bytes) {
            return ChunkLocator::writeStored(store, hash, bytes).ok();
        };
        QCOMPARE(HeldChunks::spillUnused(60 * 1000, write), 0);
        QVERIFY(onDisk().isEmpty());
        // A write that fails keeps it held.
        QCOMPARE(HeldChunks::spillUnused(0, [](const QString&, const Sha256&, const QByteArray&) { return false; }), 0);
        QCOMPARE(HeldChunks::heldBytes(), m_a.size() + m_b.size());
        QCOMPARE(HeldChunks::spillUnused(0, write), 2);
        QCOMPARE(HeldChunks::heldBytes(), 0);
        QCOMPARE(onDisk().size(), 2);
        QCOMPARE(ChunkLocator::storeOnly(m_home.root(), m_store).read(m_bHash).value(), m_b);
    }
};

QTEST_GUILESS_MAIN(TestHeldChunks)
#include "tst_heldchunks.moc"
