#include "FileApplier.h"

#include "common/TestKillPoint.h"
#include "net/RelativePath.h"
#include "site/FileWalker.h"
#include "site/OpenBeneath.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry {
namespace {

constexpr qsizetype maxNameBytes = 255;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

FileApplier::FileApplier(QString filesRoot, int rootFd, VersionsArea& versions)
    : m_filesRoot(std::move(filesRoot))
    , m_rootFd(rootFd)
    , m_versions(versions)
{
}

FileApplier::~FileApplier()
{
    ::close(m_rootFd);
}

Result<std::unique_ptr<FileApplier>> FileApplier::open(const QString& filesRoot, VersionsArea& versions)
{
    const int fd = ::open(QFile::encodeName(filesRoot).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return fail(tr("Cannot open the files folder %1 (%2).").arg(filesRoot, systemError()));
    }
    return std::unique_ptr<FileApplier>(new FileApplier(filesRoot, fd, versions));
}

Result<QStringList> FileApplier::checkPath(const QString& relativePath)
{
    // The wire's rules (no "..", ".", empty parts, absolute paths, NUL, backslashes, bounded
    // length and depth), plus what only matters where files are written: names the file system
    // takes, and never one of Ferry's own temporary names.
    const auto checked = RelativePath::parse(relativePath);
    if (!checked) {
        return fail(tr("'%1' is not a path inside the files folder.").arg(relativePath));
    }
    const QStringList parts = checked->text().split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.toUtf8().size() > maxNameBytes || part.startsWith(QLatin1String(temporaryFilePrefix))) {
            return fail(tr("'%1' is not a path inside the files folder.").arg(relativePath));
        }
    }
    return parts;
}

Result<int> FileApplier::openParent(const QStringList& parts, bool create) const
{
    // Most files go into a folder that is already there: opened in one system call. Otherwise
    // folder by folder, creating what is missing and saying which one is a link.
    if (parts.size() > 1) {
        const QByteArray parent = QFile::encodeName(parts.mid(0, parts.size() - 1).join(QLatin1Char('/')));
        if (const int folder = openBeneathAtOnce(m_rootFd, parent.toStdString(), true); folder >= 0) {
            return folder;
        }
    }
    int fd = ::dup(m_rootFd);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QByteArray part = QFile::encodeName(parts[i]);
        int next = ::openat(fd, part.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0 && errno == ENOENT && create) {
            if (::mkdirat(fd, part.constData(), 0755) != 0 && errno != EEXIST) {
                const QString reason = systemError();
                ::close(fd);
                return fail(tr("Cannot create the folder %1 (%2).").arg(parts.mid(0, i + 1).join(QLatin1Char('/')), reason));
            }
            next = ::openat(fd, part.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (next < 0 && errno == ENOENT && !create) {
            ::close(fd);
            return -1;  // the folder is not there: neither is anything in it
        }
        if (next < 0) {
            const int error = errno;
            ::close(fd);
            const QString where = parts.mid(0, i + 1).join(QLatin1Char('/'));
            if (error == ELOOP || error == ENOTDIR) {
                return fail(tr("%1 is a link or a file, not a folder: Ferry never writes through a link.").arg(where));
            }
            errno = error;
            return fail(tr("Cannot open the folder %1 (%2).").arg(where, systemError()));
        }
        ::close(fd);
        fd = next;
    }
    return fd;
}

Result<std::unique_ptr<PendingFile>> FileApplier::begin(const QString& relativePath)
{
    auto parts = checkPath(relativePath);
    if (!parts) {
        return parts.error();
    }
    auto folder = openParent(parts.value(), true);
    if (!folder) {
        return folder.error();
    }
    const QByteArray temporary = QByteArray(temporaryFilePrefix)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const int fd = ::openat(folder.value(), temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        const QString reason = systemError();
        ::close(folder.value());
        return fail(tr("Cannot write in the folder of %1 (%2).").arg(relativePath, reason));
    }
    return std::unique_ptr<PendingFile>(new PendingFile(relativePath, folder.value(),
                                                        QFile::encodeName(parts->last()), temporary, fd, m_versions));
}

Result<void> FileApplier::write(const QString& relativePath, const QByteArray& content, const Sha256& expected,
                                const QDateTime& when)
{
    auto pending = begin(relativePath);
    if (!pending) {
        return pending.error();
    }
    if (auto appended = pending.value()->appendChunks(content, ContentHasher::digest(content).chunks); !appended) {
        return appended;
    }
    return pending.value()->commit(expected, when);
}

Result<void> FileApplier::remove(const QString& relativePath, const QDateTime& when)
{
    auto parts = checkPath(relativePath);
    if (!parts) {
        return parts.error();
    }
    auto folder = openParent(parts.value(), false);
    if (!folder) {
        return folder.error();
    }
    if (folder.value() < 0) {
        return {};  // its folder is gone already
    }
    const QByteArray name = QFile::encodeName(parts->last());
    Result<void> outcome;
    struct stat status {};
    if (::fstatat(folder.value(), name.constData(), &status, AT_SYMLINK_NOFOLLOW) != 0) {
        outcome = errno == ENOENT ? Result<void>() : fail(tr("Cannot delete %1 (%2).").arg(relativePath, systemError()));
    } else if (S_ISDIR(status.st_mode)) {
        outcome = fail(tr("%1 is a folder, not a file.").arg(relativePath));
    } else if (auto kept = m_versions.keep(folder.value(), name.constData(), relativePath, when); !kept) {
        outcome = kept.error();
    } else if (::unlinkat(folder.value(), name.constData(), 0) != 0 || ::fsync(folder.value()) != 0) {
        outcome = fail(tr("Cannot delete %1 (%2).").arg(relativePath, systemError()));
    }
    ::close(folder.value());
    return outcome;
}

Result<int> FileApplier::removeLeftoverTemporaryFiles()
{
    int removed = 0;
    QDirIterator it(m_filesRoot, {QLatin1String(temporaryFilePrefix) + QLatin1Char('*')}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!QFile::remove(it.next())) {
            return fail(tr("Cannot remove the leftover temporary file %1.").arg(it.filePath()));
        }
        ++removed;
    }
    return removed;
}

PendingFile::PendingFile(QString relativePath, int folderFd, QByteArray name, QByteArray temporaryName, int fd,
                         VersionsArea& versions)
    : m_relativePath(std::move(relativePath))
    , m_folderFd(folderFd)
    , m_name(std::move(name))
    , m_temporaryName(std::move(temporaryName))
    , m_fd(fd)
    , m_versions(versions)
{
}

PendingFile::~PendingFile()
{
    if (!m_finished) {
        discard();
    }
    ::close(m_folderFd);
}

void PendingFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    ::unlinkat(m_folderFd, m_temporaryName.constData(), 0);
    m_finished = true;
}

Result<void> PendingFile::appendChunks(const QByteArray& content, const std::vector<Chunk>& chunks)
{
    if (m_finished) {
        return fail(tr("%1 is already finished.").arg(m_relativePath));
    }
    // Checked before anything is written: content that is not what its list says, or not cut
    // where the chunker cuts (the file's hash is made of its chunks'), never reaches the disk.
    std::vector<Sha256> hashes;
    hashes.reserve(chunks.size());
    bool ended = m_ended;
    quint64 covered = 0;
    for (const Chunk& chunk : chunks) {
        if (chunk.offset != covered || chunk.length == 0 || chunk.offset + chunk.length > quint64(content.size())) {
            return refuseChunkList();
        }
        const QByteArray bytes = QByteArray::fromRawData(content.constData() + chunk.offset, qsizetype(chunk.length));
        if (!followsInFile(bytes, ended) || ContentHasher::sha256(bytes) != chunk.hash) {
            return refuseChunkList();
        }
        covered += chunk.length;
        hashes.push_back(chunk.hash);
    }
    if (covered != quint64(content.size())) {
        return refuseChunkList();
    }
    if (auto written = writeAll(content.constData(), content.size()); !written) {
        return written;
    }
    m_chunkHashes.insert(m_chunkHashes.end(), hashes.begin(), hashes.end());
    m_ended = ended;
    return {};
}

Result<void> PendingFile::appendCheckedChunk(const QByteArray& bytes, const Chunk& listed)
{
    if (m_finished) {
        return fail(tr("%1 is already finished.").arg(m_relativePath));
    }
    bool ended = m_ended;
    if (bytes.size() != qsizetype(listed.length) || !followsInFile(bytes, ended)) {
        return refuseChunkList();
    }
    if (auto written = writeAll(bytes.constData(), bytes.size()); !written) {
        return written;
    }
    m_chunkHashes.push_back(listed.hash);
    m_ended = ended;
    return {};
}

bool PendingFile::followsInFile(const QByteArray& chunk, bool& ended)
{
    const ChunkShape shape
        = ContentHasher::shapeOf(reinterpret_cast<const unsigned char*>(chunk.constData()), std::size_t(chunk.size()));
    if (ended || shape == ChunkShape::Invalid) {
        return false;
    }
    ended = shape == ChunkShape::EndsFile;
    return true;
}

Result<void> PendingFile::refuseChunkList()
{
    discard();
    return fail(tr("The content received for %1 does not match its chunk list; nothing was changed.").arg(m_relativePath));
}

Result<void> PendingFile::writeAll(const char* data, qsizetype size)
{
    for (qsizetype done = 0; done < size;) {
        const ssize_t put = ::write(m_fd, data + done, std::size_t(size - done));
        if (put < 0) {
            if (errno == EINTR) {
                continue;
            }
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            discard();
            return fail(tr("Cannot write %1 (%2); nothing was changed.").arg(m_relativePath, reason));
        }
        done += put;
    }
    return {};
}

Result<void> PendingFile::commit(const Sha256& expected, const QDateTime& when)
{
    if (auto sealed = seal(expected, true); !sealed) {
        return sealed;
    }
    if (auto installed = install(when); !installed) {
        return installed;
    }
    // The folder's fsync makes the rename stay.
    if (::fsync(m_folderFd) != 0) {
        return fail(tr("Cannot make %1 durable (%2).").arg(m_relativePath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

Result<void> PendingFile::seal(const Sha256& expected, bool durable)
{
    if (m_finished || m_sealed) {
        return fail(tr("%1 is already finished.").arg(m_relativePath));
    }
    if (ContentHasher::hashOfChunkHashes(m_chunkHashes) != expected) {
        discard();
        return fail(tr("The content received for %1 does not match its hash; nothing was changed.").arg(m_relativePath));
    }
    if (!durable) {
        // Made durable later, with the rest of its batch, by one syncfs (FileApplier::flush): its
        // pages start on their way to the disk now, while the batch's other files are written,
        // so that the syncfs waits only for what is left. Advice only: an error here is not one.
        (void)::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    }
    int error = 0;
    if (durable && ::fsync(m_fd) != 0) {
        error = errno;
    }
    // Closed whatever the fsync said: a failed one must not leave the descriptor open.
    if (::close(m_fd) != 0 && error == 0) {
        error = errno;
    }
    m_fd = -1;
    if (error != 0) {
        discard();
        return fail(tr("Cannot write %1 (%2); nothing was changed.")
                        .arg(m_relativePath, QString::fromLocal8Bit(std::strerror(error))));
    }
    m_sealed = true;
    return {};
}

Result<void> PendingFile::install(const QDateTime& when)
{
    if (!m_sealed || m_finished) {
        return fail(tr("%1 is not ready to be put in place.").arg(m_relativePath));
    }
    struct stat status {};
    if (::fstatat(m_folderFd, m_name.constData(), &status, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISDIR(status.st_mode)) {
            discard();
            return fail(tr("%1 is a folder on this side; nothing was changed.").arg(m_relativePath));
        }
        if (auto kept = m_versions.keep(m_folderFd, m_name.constData(), m_relativePath, when); !kept) {
            discard();
            return kept.error();
        }
    }
    testKillPoint("file-written");
    // The rename is the moment the new content appears, whole.
    if (::renameat(m_folderFd, m_temporaryName.constData(), m_folderFd, m_name.constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        discard();
        return fail(tr("Cannot put %1 in place (%2); nothing was changed.").arg(m_relativePath, reason));
    }
    m_finished = true;
    return {};
}

Result<void> FileApplier::flush()
{
    if (::syncfs(m_rootFd) != 0) {
        return fail(tr("Cannot make the files under %1 durable (%2).")
                        .arg(m_filesRoot, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

} // namespace ferry
