#include "KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry {

Result<void> KeyFile::checkPermissions(const QString& path, const QString& what)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return fail(tr("Cannot read %1 %2: %3.").arg(what, path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (!S_ISREG(status.st_mode)) {
        return fail(tr("%1 %2 is not a regular file.").arg(what, path));
    }
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return fail(tr("%1 %2 can be read or changed by other users (mode %3); Ferry only uses key material that "
                       "its owner alone can read. Fix it with: chmod 600 %2")
                        .arg(what, path, QStringLiteral("%1").arg(status.st_mode & 0777, 4, 8, QLatin1Char('0'))));
    }
    return {};
}

QByteArray KeyFile::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

Result<QByteArray> KeyFile::readPrivate(const QString& path, const QString& what)
{
    if (auto ok = checkPermissions(path, what); !ok) {
        return ok.error();
    }
    QString error;
    QByteArray bytes = readFile(path, &error);
    if (!error.isEmpty()) {
        return fail(tr("Cannot read %1 %2: %3.").arg(what, path, error));
    }
    return bytes;
}

Result<QByteArray> KeyFile::readPassphrase(const QString& path)
{
    auto bytes = readPrivate(path, tr("The passphrase file"));
    if (!bytes) {
        return bytes.error();
    }
    QByteArray line = bytes->left(bytes->indexOf('\n') < 0 ? bytes->size() : bytes->indexOf('\n'));
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        return fail(tr("The passphrase file %1 is empty.").arg(path));
    }
    return line;
}

Result<void> KeyFile::writePrivate(const QString& path, const QByteArray& bytes)
{
    // QSaveFile creates its temporary file with the umask's mode and cannot narrow it before the
    // first byte lands; QTemporaryFile starts at 0600, so a key is never readable by others, not
    // even for a moment. The rename makes the write atomic, as QSaveFile's would.
    QTemporaryFile file(path + QStringLiteral(".XXXXXX"));
    if (!file.open()) {
        return fail(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        return fail(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        return fail(tr("Cannot write %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    file.setAutoRemove(false);
    return {};
}

Result<void> KeyFile::writePublic(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return fail(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    if (!file.commit()) {
        return fail(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return {};
}

Result<void> KeyFile::makePrivateFolder(const QString& path)
{
    if (!QFileInfo(path).isDir() && !QDir().mkpath(path)) {
        return fail(tr("Cannot create the folder %1.").arg(path));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace ferry
