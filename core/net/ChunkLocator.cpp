#include "ChunkLocator.h"

#include "ChunkListCodec.h"
#include "HeldChunks.h"
#include "NetLogging.h"
#include "RelativePath.h"
#include "security/KeyFile.h"
#include "site/OpenBeneath.h"
#include "site/SiteIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

#include <fcntl.h>
#include <sys/stat.h>
#include <cstring>
#include <cerrno>
#include <unistd.h>

namespace ferry {

QString ChunkLocator::storeFolder(const QString& homePath, const QUuid& siteUuid)
{
    return homePath + QStringLiteral("/sites/") + siteUuid.toString(QUuid::WithoutBraces) + QStringLiteral("/chunks");
}

ChunkLocator::ChunkLocator(QString filesRoot, QString storeFolder)
    : m_filesRoot(std::move(filesRoot))
    , m_storeFolder(std::move(storeFolder))
{
}

int ChunkLocator::openBeneath(const QString& root, const RelativePath& path)
{
    const int rootFd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        return -1;
    }
    const int fd = ferry::openBeneath(rootFd, QFile::encodeName(path.text()).toStdString(), false);
    ::close(rootFd);
    return fd;
}

Result<ChunkLocator> ChunkLocator::build(const SiteIndex& index, QString filesRoot, QString storeFolder, Checks checks)
{
    ChunkLocator locator(std::move(filesRoot), std::move(storeFolder));
    auto files = index.allChunks();
    if (!files) {
        return files.error();
    }
    if (checks == Checks::ChangedFilesOnly) {
        locator.m_scanned.reserve(qsizetype(files->size()));
    }
    for (const SiteIndex::FileChunks& file : files.value()) {
        for (const Chunk& chunk : file.chunks) {
            locator.m_inFiles[chunk.hash].push_back(Location{file.path, chunk.offset, chunk.length});
        }
        if (checks == Checks::ChangedFilesOnly) {
            locator.m_scanned.insert(file.path, Scanned{file.stamp, file.hash});
        }
    }
    return locator;
}

ChunkLocator ChunkLocator::storeOnly(QString filesRoot, QString storeFolder)
{
    return ChunkLocator(std::move(filesRoot), std::move(storeFolder));
}

bool ChunkLocator::isStored(const QString& storeFolder, const Sha256& hash)
{
    return HeldChunks::contains(storeFolder, hash) || QFileInfo::exists(storedPath(storeFolder, hash));
}

void ChunkLocator::noteInFile(const QString& path, const std::vector<Chunk>& chunks)
{
    m_scanned.remove(path);  // written since the index was read: its stamp is not the one recorded
    for (const Chunk& chunk : chunks) {
        // This file was just written: surer than whichever files the index placed the chunk in.
        std::vector<Location>& places = m_inFiles[chunk.hash];
        std::erase_if(places, [&](const Location& place) { return place.path == path; });
        places.insert(places.begin(), Location{path, chunk.offset, chunk.length});
    }
}

QString ChunkLocator::storedPath(const QString& storeFolder, const Sha256& hash)
{
    return storeFolder + QChar(u'/') + ChunkListCodec::toHex(hash);
}

bool ChunkLocator::has(const Sha256& hash) const
{
    return m_inFiles.contains(hash) || isStored(m_storeFolder, hash);
}

bool ChunkLocator::hasAndKeeps(const Sha256& hash) const
{
    return m_inFiles.contains(hash) || HeldChunks::find(m_storeFolder, hash)
           || ::utimensat(AT_FDCWD, QFile::encodeName(storedPath(m_storeFolder, hash)).constData(), nullptr, 0) == 0;
}

QString ChunkLocator::fileHolding(const Sha256& hash) const
{
    if (isStored(m_storeFolder, hash)) {
        return {};
    }
    const auto found = m_inFiles.find(hash);
    return found == m_inFiles.end() || found->second.empty() ? QString() : found->second.front().path;
}

Result<QByteArray> ChunkLocator::readAll(const std::vector<Sha256>& hashes) const
{
    QByteArray bytes;
    for (const Sha256& hash : hashes) {
        auto read = this->read(hash);  // checked against its hash
        if (!read) {
            return read.error();
        }
        bytes += read.value();
    }
    return bytes;
}

Result<QByteArray> ChunkLocator::readAll(const std::vector<Chunk>& chunks) const
{
    std::vector<Sha256> hashes;
    hashes.reserve(chunks.size());
    for (const Chunk& chunk : chunks) {
        hashes.push_back(chunk.hash);
    }
    return readAll(hashes);
}

Result<QByteArray> ChunkLocator::readFile(const QString& path, const std::vector<Chunk>& chunks) const
{
    // A small file sent whole is read for every one of its chunks otherwise: a look in the store,
    // the root opened, the path walked, a read, for each. Here, once.
    qint64 size = 0;
    for (const Chunk& chunk : chunks) {
        if (chunk.offset != quint64(size)) {
            return readAll(chunks);  // not a file's list, one chunk after the other
        }
        size += chunk.length;
    }
    auto relative = RelativePath::parse(path);
    bool unchanged = false;
    std::optional<QByteArray> bytes = relative ? readRange(relative.value(), 0, size, &unchanged) : std::nullopt;
    // Unchanged since the scan, and these are the chunks the scan listed for it (the caller's
    // list may come from a later look at the index than this locator's).
    const bool listedByScan = unchanged && ContentHasher::hashOfChunks(chunks) == m_scanned.value(path).hash;
    const bool asListed = bytes && bytes->size() == size
        && (listedByScan || std::all_of(chunks.begin(), chunks.end(), [&](const Chunk& chunk) {
               return ContentHasher::sha256(QByteArray::fromRawData(bytes->constData() + chunk.offset, qsizetype(chunk.length)))
                      == chunk.hash;
           }));
    return asListed ? Result<QByteArray>(std::move(*bytes)) : readAll(chunks);
}

std::optional<QByteArray> ChunkLocator::readRange(const RelativePath& path, quint64 offset, qint64 length,
                                                  bool* unchanged) const
{
    *unchanged = false;
    const int fd = openBeneath(m_filesRoot, path);
    if (fd < 0) {
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    qint64 got = 0;
    while (got < length) {
        const ssize_t n = ::pread(fd, bytes.data() + got, std::size_t(length - got), off_t(offset + quint64(got)));
        if (n <= 0) {
            break;
        }
        got += n;
    }
    // After the reads, so that a write during them shows too.
    if (const auto scanned = m_scanned.constFind(path.text()); scanned != m_scanned.cend()) {
        struct stat status {};
        *unchanged = ::fstat(fd, &status) == 0 && FileStamp::of(status) == scanned->stamp;
    }
    ::close(fd);
    bytes.truncate(qsizetype(got));
    return bytes;
}

Result<QByteArray> ChunkLocator::read(const Sha256& hash) const
{
    if (auto held = HeldChunks::find(m_storeFolder, hash)) {
        return std::move(*held);  // checked against its hash as it arrived, and never on disk since
    }
    if (QFile stored(storedPath(m_storeFolder, hash)); stored.open(QIODevice::ReadOnly)) {
        QByteArray bytes = stored.readAll();
        if (ContentHasher::sha256(bytes) == hash) {
            return bytes;
        }
        // The store is written without fsync (see store()): a chunk cut short by a crash is
        // dropped here, so that the next "which do you lack" asks for it again.
        stored.remove();
    }
    const auto found = m_inFiles.find(hash);
    if (found == m_inFiles.end() || found->second.empty()) {
        return fail(tr("This site has no chunk %1.").arg(ChunkListCodec::toHex(hash)));
    }
    // The first place that still holds it; should none, the first place's reason.
    std::optional<Result<QByteArray>> firstFailure;
    for (const Location& place : found->second) {
        auto read = readAt(place, hash);
        if (read) {
            return read;
        }
        if (!firstFailure) {
            firstFailure = std::move(read);
        }
    }
    return std::move(*firstFailure);
}

Result<QByteArray> ChunkLocator::readAt(const Location& place, const Sha256& hash) const
{
    auto path = RelativePath::parse(place.path);
    if (!path) {
        return path.error();
    }
    bool unchanged = false;
    std::optional<QByteArray> bytes = readRange(path.value(), place.offset, place.length, &unchanged);
    if (!bytes) {
        return fail(tr("The file %1 holding this chunk cannot be read; scan the site again.").arg(path->text()));
    }
    // A place noted since the build has no recorded stamp, so is always checked.
    if (bytes->size() != qsizetype(place.length) || (!unchanged && ContentHasher::sha256(*bytes) != hash)) {
        return fail(tr("The file %1 changed since the site was last scanned; scan it again.").arg(path->text()));
    }
    return std::move(*bytes);
}

Result<void> ChunkLocator::store(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes)
{
    if (ContentHasher::sha256(bytes) != hash) {
        return fail(tr("The chunk's content does not match its hash %1 (a truncated or damaged upload); "
                       "nothing was stored.")
                        .arg(ChunkListCodec::toHex(hash)));
    }
    return storeChecked(storeFolder, hash, bytes);
}

Result<void> ChunkLocator::storeChecked(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes)
{
    if (HeldChunks::hold(storeFolder, hash, bytes)) {
        return {};
    }
    return writeStored(storeFolder, hash, bytes);
}

Result<void> ChunkLocator::writeStored(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes)
{
    if (auto folder = KeyFile::makePrivateFolder(storeFolder); !folder) {
        return folder;
    }
    // Written whole (a temporary name, then a rename) but not fsynced: the store is a cache whose
    // every chunk is checked against its hash when read, and a fsync per chunk made pushes of
    // many small files several times slower. A site's files are made durable when applied.
    const QString target = storedPath(storeFolder, hash);
    // Named for this process and thread: two threads may store the same chunk at once.
    const QByteArray temporary = QFile::encodeName(target + QStringLiteral(".part-") + QString::number(quint64(::getpid()))
                                                   + QChar(u'-') + QString::number(quintptr(QThread::currentThreadId())));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return fail(tr("Cannot store chunk %1 in %2 (%3).")
                        .arg(ChunkListCodec::toHex(hash), storeFolder, QString::fromLocal8Bit(std::strerror(errno))));
    }
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, std::size_t(bytes.size() - written));
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(temporary.constData());
            return fail(tr("Cannot store chunk %1 in %2 (%3).")
                            .arg(ChunkListCodec::toHex(hash), storeFolder, QString::fromLocal8Bit(std::strerror(error))));
        }
        written += n;
    }
    if (::close(fd) != 0 || ::rename(temporary.constData(), QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return fail(tr("Cannot store chunk %1 in %2 (%3).")
                        .arg(ChunkListCodec::toHex(hash), storeFolder, QString::fromLocal8Bit(std::strerror(error))));
    }
    return {};
}

} // namespace ferry
