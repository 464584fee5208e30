#include "VersionsArea.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry {
namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'");
constexpr QChar stampSeparator = QLatin1Char('~');

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
    if (::linkat(folderFd, name, AT_FDCWD, target.constData(), 0) == 0) {
        return stored;
    }
    if (errno != EXDEV && errno != EPERM && errno != EMLINK) {
        return fail(tr("Cannot keep the previous version of %1 (%2).").arg(relativePath, systemError()));
    }
    // The home is on another file system: copy the bytes, durably, before anything replaces them.
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

Result<std::vector<KeptVersion>> VersionsArea::versionsOf(const QString& relativePath) const
{
    std::vector<KeptVersion> versions;
    const QFileInfo where(m_folder + QLatin1Char('/') + relativePath);
    const QString prefix = where.fileName() + stampSeparator;
    const QFileInfoList entries = QDir(where.absolutePath()).entryInfoList({prefix + QLatin1Char('*')}, QDir::Files, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString stamp = entry.fileName().mid(prefix.size()).section(QLatin1Char('-'), 0, 0);
        QDateTime keptAt = QDateTime::fromString(stamp, stampFormat);
        keptAt.setTimeSpec(Qt::UTC);
        versions.push_back({relativePath, keptAt, entry.absoluteFilePath(), entry.size()});
    }
    return versions;
}

Result<int> VersionsArea::prune(const QDateTime& keptBefore)
{
    int removed = 0;
    QDirIterator it(m_folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        const qsizetype at = name.lastIndexOf(stampSeparator);
        if (at < 0) {
            continue;
        }
        QDateTime keptAt = QDateTime::fromString(name.mid(at + 1).section(QLatin1Char('-'), 0, 0), stampFormat);
        keptAt.setTimeSpec(Qt::UTC);
        if (keptAt.isValid() && keptAt < keptBefore) {
            if (!QFile::remove(path)) {
                return fail(tr("Cannot remove the old version %1.").arg(path));
            }
            ++removed;
        }
    }
    return removed;
}

} // namespace ferry
