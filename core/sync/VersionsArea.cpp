#include "VersionsArea.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry {
namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'");
constexpr QChar stampSeparator = QLatin1Char('~');

// The time a stamp names, read as UTC from the start: read as local time first, a stamp in the
// hour a daylight-saving change skips would not be a valid time.
QDateTime stampTime(const QString& stamp)
{
    if (stamp.size() != 20 || stamp.at(8) != QLatin1Char('T') || !stamp.endsWith(QLatin1Char('Z'))) {
        return {};
    }
    const QDate date = QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(stamp.mid(9, 10), QStringLiteral("HHmmss.zzz"));
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool copyDescriptor(int from, int to)
{
    char buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::read(from, buffer, sizeof buffer);
        if (got == 0) {
            return ::fsync(to) == 0;
        }
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        for (ssize_t done = 0; done < got;) {
            const ssize_t put = ::write(to, buffer + done, std::size_t(got - done));
            if (put < 0 && errno != EINTR) {
                return false;
            }
            done += put > 0 ? put : 0;
        }
    }
}

} // namespace

VersionsArea::VersionsArea(const QString& homePath, const QUuid& siteUuid)
    : m_folder(homePath + QStringLiteral("/versions/") + siteUuid.toString(QUuid::WithoutBraces))
{
}

QString VersionsArea::storedPathFor(const QString& relativePath, const QDateTime& when) const
{
    const QString base = m_folder + QLatin1Char('/') + relativePath + stampSeparator + when.toUTC().toString(stampFormat);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = base + QLatin1Char('-') + QString::number(n);
    }
    return candidate;
}

Result<QString> VersionsArea::keep(int folderFd, const char* name, const QString& relativePath, const QDateTime& when)
{
    const QString stored = storedPathFor(relativePath, when);
    if (!QDir().mkpath(QFileInfo(stored).absolutePath())) {
        return fail(tr("Cannot create the versions folder %1.").arg(QFileInfo(stored).absolutePath()));
    }
    const QByteArray target = QFile::encodeName(stored);
    // A file with other names (hard links, in the site or outside it) can still be changed
    // through them once the run has replaced this name: its kept version must be a copy of the
    // bytes as they are now, not one more name for the same file.
    struct stat status {};
    const bool otherNames = ::fstatat(folderFd, name, &status, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(status.st_mode)
                            && status.st_nlink > 1;
    if (!otherNames) {
        if (::linkat(folderFd, name, AT_FDCWD, target.constData(), 0) == 0) {
            return stored;
        }
        if (errno != EXDEV && errno != EPERM && errno != EMLINK) {
            return fail(tr("Cannot keep the previous version of %1 (%2).").arg(relativePath, systemError()));
        }
    }
    // The home is on another file system, or the file has other names: copy the bytes, durably,
    // before anything replaces them.
    const int from = ::openat(folderFd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    const int to = ::open(target.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    const bool copied = from >= 0 && to >= 0 && copyDescriptor(from, to);
    const QString reason = systemError();
    if (from >= 0) {
        ::close(from);
    }
    if (to >= 0) {
        ::close(to);
    }
    if (!copied) {
        ::unlink(target.constData());
        return fail(tr("Cannot keep the previous version of %1 (%2).").arg(relativePath, reason));
    }
    return stored;
}

std::optional<KeptVersion> VersionsArea::versionAt(const QFileInfo& stored) const
{
    const QString name = stored.fileName();
    const qsizetype at = name.lastIndexOf(stampSeparator);
    if (at <= 0) {
        return std::nullopt;
    }
    // A second version kept in the same millisecond has "-2", "-3" after its stamp.
    const QDateTime keptAt = stampTime(name.mid(at + 1).section(QLatin1Char('-'), 0, 0));
    if (!keptAt.isValid()) {
        return std::nullopt;
    }
    const QString folder = QDir(m_folder).relativeFilePath(stored.absolutePath());
    const QString file = name.left(at);
    return KeptVersion{folder == QLatin1String(".") ? file : folder + QLatin1Char('/') + file, keptAt,
                       stored.absoluteFilePath(), stored.size()};
}

Result<std::vector<KeptVersion>> VersionsArea::versionsOf(const QString& relativePath) const
{
    std::vector<KeptVersion> versions;
    const QFileInfo where(m_folder + QLatin1Char('/') + relativePath);
    const QString prefix = where.fileName() + stampSeparator;
    // No name filter: a wildcard would read "[1]" in photo[1].jpg as a set of characters. Hidden
    // names too: .htaccess is kept like any file.
    const QFileInfoList entries = QDir(where.absolutePath()).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (!entry.fileName().startsWith(prefix)) {
            continue;
        }
        if (auto version = versionAt(entry); version && version->relativePath == relativePath) {
            versions.push_back(std::move(*version));
        }
    }
    std::stable_sort(versions.begin(), versions.end(),
                     [](const KeptVersion& a, const KeptVersion& b) { return a.keptAt < b.keptAt; });
    return versions;
}

Result<std::vector<KeptVersion>> VersionsArea::versionsUnder(const QString& relativePath) const
{
    std::vector<KeptVersion> versions;
    if (!relativePath.isEmpty()) {
        auto ofFile = versionsOf(relativePath);  // a file's own versions sit beside the folder's name
        if (!ofFile) {
            return ofFile.error();
        }
        versions = std::move(ofFile).value();
    }
    const QString folder = relativePath.isEmpty() ? m_folder : m_folder + QLatin1Char('/') + relativePath;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (auto version = versionAt(it.fileInfo())) {
            versions.push_back(std::move(*version));
        }
    }
    std::sort(versions.begin(), versions.end(), [](const KeptVersion& a, const KeptVersion& b) {
        return std::tie(a.relativePath, a.keptAt, a.storedPath) < std::tie(b.relativePath, b.keptAt, b.storedPath);
    });
    return versions;
}

Result<int> VersionsArea::prune(const QDateTime& keptBefore)
{
    int removed = 0;
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const auto version = versionAt(it.fileInfo());
        if (version && version->keptAt < keptBefore) {
            if (!QFile::remove(it.filePath())) {
                return fail(tr("Cannot remove the old version %1.").arg(it.filePath()));
            }
            ++removed;
        }
    }
    // Folders the pruning emptied go too (the area mirrors the site's folders); the area's own
    // folder stays.
    QDirIterator folders(m_folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList emptied;
    while (folders.hasNext()) {
        emptied.append(folders.next());
    }
    // Longest paths first: a folder's subfolders go before it.
    std::sort(emptied.begin(), emptied.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& folder : emptied) {
        QDir().rmdir(folder);  // fails, harmlessly, for a folder still holding versions
    }
    return removed;
}

} // namespace ferry
