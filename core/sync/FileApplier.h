#pragma once
// Writes and deletes files in a site's files root so that nothing is ever torn or lost: new
// content goes to a temporary file beside its target, is checked against the hash it must have,
// made durable, and only then renamed over the old file, whose content is first kept in the
// versions area. Every folder on the way is opened without following links, so a link inside the
// files root can never send a write outside it.

#include "VersionsArea.h"
#include "site/ContentHasher.h"

#include <QCoreApplication>

#include <memory>

namespace ferry {

class PendingFile;

class FileApplier
{
    Q_DECLARE_TR_FUNCTIONS(FileApplier)

public:
    static Result<std::unique_ptr<FileApplier>> open(const QString& filesRoot, VersionsArea& versions);
    ~FileApplier();

    FileApplier(const FileApplier&) = delete;
    FileApplier& operator=(const FileApplier&) = delete;

    // A path received from a peer, checked: relative, no empty, "." or ".." parts, no NUL, not one
    // of Ferry's temporary names, within length limits. Returns its parts.
    static Result<QStringList> checkPath(const QString& relativePath);

    // Starts writing relativePath; the file is only put in place by PendingFile::commit.
    Result<std::unique_ptr<PendingFile>> begin(const QString& relativePath);
    // Writes relativePath whole: content, chunked here, must have the content hash expected.
    Result<void> write(const QString& relativePath, const QByteArray& content, const Sha256& expected,
                       const QDateTime& when);
    // Deletes relativePath, keeping its content in the versions area first.
    Result<void> remove(const QString& relativePath, const QDateTime& when);
    // Makes everything written to the files root's file system so far durable (syncfs): one call
    // for a whole batch of sealed files, instead of a fsync each.
    Result<void> flush();
    // Removes temporary files an interrupted run left in the files root; returns how many.
    Result<int> removeLeftoverTemporaryFiles();

private:
    FileApplier(QString filesRoot, int rootFd, VersionsArea& versions);
    // The folder that holds the last part, opened without following links (made when create;
    // -1 when it does not exist and create is false).
    Result<int> openParent(const QStringList& parts, bool create) const;

    QString m_filesRoot;
    int m_rootFd;
    VersionsArea& m_versions;
};

class PendingFile
{
    Q_DECLARE_TR_FUNCTIONS(FileApplier)

public:
    ~PendingFile();  // a file never committed is removed: nothing half-written stays

    // The content arrives chunk by chunk, in order, and the file's hash is made of the chunks'
    // hashes (ContentHasher::hashOfChunks), so every byte is hashed once. Each of these fails, and
    // leaves nothing, when a write fails or a chunk is not what its list says.
    //
    // content, made of these chunks (offsets and lengths within it, covering it exactly), each
    // hashed here and checked against its listed hash, and cut where the chunker cuts; written
    // with one call.
    Result<void> appendChunks(const QByteArray& content, const std::vector<Chunk>& chunks);
    // One chunk whose bytes the caller has already checked against listed's hash (a chunk
    // store's chunk); its length and cut are checked here.
    Result<void> appendCheckedChunk(const QByteArray& bytes, const Chunk& listed);
    // Checks the hash, makes the file durable, keeps the previous version, and renames it into place.
    Result<void> commit(const Sha256& expected, const QDateTime& when);

    // The same in two steps, for a batch: seal() checks the hash and closes the file (durable
    // when asked); then, after FileApplier::flush() made every sealed file durable at once,
    // install() keeps the previous version and renames the new one into place. A batch flushes
    // again after its installs.
    Result<void> seal(const Sha256& expected, bool durable);
    Result<void> install(const QDateTime& when);

private:
    friend class FileApplier;
    PendingFile(QString relativePath, int folderFd, QByteArray name, QByteArray temporaryName, int fd,
                VersionsArea& versions);
    Result<void> writeAll(const char* data, qsizetype size);
    Result<void> refuseChunkList();
    // Whether chunk is cut where the chunker cuts and may come next (ended: a chunk that can
    // only end a file came before; updated for the next one).
    static bool followsInFile(const QByteArray& chunk, bool& ended);
    void discard();

    QString m_relativePath;
    int m_folderFd;
    QByteArray m_name;
    QByteArray m_temporaryName;
    int m_fd;
    VersionsArea& m_versions;
    std::vector<Sha256> m_chunkHashes;  // of what was appended, in order
    bool m_ended = false;  // a chunk with no cut at its end was appended: nothing may follow it
    bool m_sealed = false;
    bool m_finished = false;
};

} // namespace ferry
