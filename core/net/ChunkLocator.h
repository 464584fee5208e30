#pragma once
// Where a site's chunks are: in its files (as the index last saw them) or in the site's chunk
// store in the home (HOME/sites/UUID/chunks/HEX), where chunks pushed by a peer wait until a
// run applies them. Never inside the files root: that is often a public web root.

#include "common/Result.h"
#include "site/ContentHasher.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ferry {

class RelativePath;
class SiteIndex;

class ChunkLocator
{
    Q_DECLARE_TR_FUNCTIONS(ChunkLocator)

public:
    static QString storeFolder(const QString& homePath, const QUuid& siteUuid);
    // Reads the chunk lists of every live file in the index. filesRoot is where they are read from.
    static Result<ChunkLocator> build(const SiteIndex& index, QString filesRoot, QString storeFolder);

    bool has(const Sha256& hash) const;
    // has(), for an answer to "which do you lack": a chunk found in the store has its time
    // refreshed, so that the sweep of unused chunks (ChunkStoreCleanup) leaves it to the run that
    // was just told it need not send it.
    bool hasAndKeeps(const Sha256& hash) const;
    // The file at path (just written and recorded) holds these chunks: they are read from it when
    // they are not in the store.
    void noteInFile(const QString& path, const std::vector<Chunk>& chunks);
    const QString& filesRoot() const { return m_filesRoot; }
    // The file the chunk would be read from; empty when it is in the store (or nowhere).
    QString fileHolding(const Sha256& hash) const;
    // The chunk's bytes, checked against its hash: a file changed since the last scan is reported,
    // never served as the old chunk.
    Result<QByteArray> read(const Sha256& hash) const;
    // Several chunks' bytes, one after the other (a file, or a delta's basis); the first chunk
    // that cannot be read is the error.
    Result<QByteArray> readAll(const std::vector<Sha256>& hashes) const;
    Result<QByteArray> readAll(const std::vector<Chunk>& chunks) const;
    // A file's content as its chunk list (from the index) describes it: read from the file itself
    // through one descriptor, each chunk checked against its hash; should the file not hold them
    // any more, chunk by chunk from wherever each is (readAll), with readAll's errors.
    Result<QByteArray> readFile(const QString& path, const std::vector<Chunk>& chunks) const;
    // Stores a pushed chunk after checking its bytes against its hash; atomic, 0600.
    static Result<void> store(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes);
    // The same for bytes the caller has just checked against hash (ChunkBatchCodec::decode
    // returns only such chunks): not hashed a second time.
    static Result<void> storeChecked(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes);
    // Where the store keeps a chunk (whether or not it is there).
    static QString storedPath(const QString& storeFolder, const Sha256& hash);

private:
    struct Location {
        QString path;
        quint64 offset = 0;
        quint32 length = 0;
    };

    ChunkLocator(QString filesRoot, QString storeFolder);
    // An fd for reading root/path that follows no link on the way (site/OpenBeneath); -1 when
    // there is none.
    static int openBeneath(const QString& root, const RelativePath& path);
    // Up to length bytes of root/path from offset (fewer where the file ends first); nothing when
    // the file cannot be opened.
    std::optional<QByteArray> readRange(const RelativePath& path, quint64 offset, qint64 length) const;
    // The chunk's bytes at one place, checked against its hash.
    Result<QByteArray> readAt(const Location& place, const Sha256& hash) const;

    QString m_filesRoot;
    QString m_storeFolder;
    // Every place the index (or a write since) puts each chunk, the surest first: a file changed
    // since the last scan no longer holds it, and another file that does is read instead.
    std::map<Sha256, std::vector<Location>> m_inFiles;
};

} // namespace ferry
