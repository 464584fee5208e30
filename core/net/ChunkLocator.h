#pragma once
// Where a site's chunks are: in its files (as the index last saw them) or in the site's chunk
// store in the home (HOME/sites/UUID/chunks/HEX), where chunks pushed by a peer wait until a
// run applies them (in the agent's memory first, see HeldChunks). Never inside the files root:
// that is often a public web root.

#include "common/Result.h"
#include "site/ContentHasher.h"
#include "site/SiteIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ferry {

class RelativePath;

class ChunkLocator
{
    Q_DECLARE_TR_FUNCTIONS(ChunkLocator)

public:
    static QString storeFolder(const QString& homePath, const QUuid& siteUuid);
    // What a read from a file checks before it returns a chunk as the index lists it.
    enum class Checks {
        // Every chunk against its hash. For whatever writes a site from the chunks it reads.
        EveryChunk,
        // Only chunks of files changed since the scan: a file whose size, modification time and
        // inode are still what the index recorded is taken as holding what it listed, unhashed,
        // as the scanner takes it. For a sender only, whose receiver checks every chunk's hash
        // again and refuses content that does not match (a file rewritten within the same clock
        // tick, keeping its size, is caught there). Saves hashing every byte sent a second time.
        ChangedFilesOnly,
    };
    // Reads the chunk lists of every live file in the index. filesRoot is where they are read from.
    static Result<ChunkLocator> build(const SiteIndex& index, QString filesRoot, QString storeFolder,
                                      Checks checks = Checks::EveryChunk);

    // A locator of the store alone, made without reading the index: for a write whose every
    // chunk the store holds (isStored), so that it need not read every file's chunk list.
    static ChunkLocator storeOnly(QString filesRoot, QString storeFolder);
    static bool isStored(const QString& storeFolder, const Sha256& hash);

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
    // through one descriptor, each chunk checked against its hash (see Checks); should the file
    // not hold them any more, chunk by chunk from wherever each is (readAll), with readAll's
    // errors.
    Result<QByteArray> readFile(const QString& path, const std::vector<Chunk>& chunks) const;
    // Stores a pushed chunk after checking its bytes against its hash; atomic, 0600.
    static Result<void> store(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes);
    // The same for bytes the caller has just checked against hash (ChunkBatchCodec::decode
    // returns only such chunks): not hashed a second time. Held in memory while the process's
    // budget allows (HeldChunks), else written to the store on disk.
    static Result<void> storeChecked(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes);
    // Writes checked bytes to the store on disk, whatever HeldChunks holds.
    static Result<void> writeStored(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes);
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
    // the file cannot be opened. unchanged: the file is as the index recorded it when this
    // locator was built, checked after reading (always false unless Checks::ChangedFilesOnly).
    std::optional<QByteArray> readRange(const RelativePath& path, quint64 offset, qint64 length, bool* unchanged) const;
    // The chunk's bytes at one place, checked against its hash.
    Result<QByteArray> readAt(const Location& place, const Sha256& hash) const;

    // The file as the index recorded it, with the content hash its chunk list makes.
    struct Scanned {
        FileStamp stamp;
        Sha256 hash{};
    };

    QString m_filesRoot;
    QString m_storeFolder;
    QHash<QString, Scanned> m_scanned;  // filled for Checks::ChangedFilesOnly only
    // Every place the index (or a write since) puts each chunk, the surest first: a file changed
    // since the last scan no longer holds it, and another file that does is read instead.
    std::map<Sha256, std::vector<Location>> m_inFiles;
};

} // namespace ferry
