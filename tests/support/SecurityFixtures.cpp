#include "SecurityFixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <sys/stat.h>

namespace ferry::test {
namespace {

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input,
                         const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(30000)) {
        result.crashed = true;
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

ProcessResult runOpenSsl(const QStringList& arguments, const QByteArray& input)
{
    return runProcess(QStringLiteral("openssl"), arguments, input, QProcessEnvironment::systemEnvironment());
}

ProcessResult runWithInput(const QString& program, const QStringList& arguments, const QByteArray& input,
                           const QProcessEnvironment& environment)
{
    return runProcess(ProcessRunner::binary(program), arguments, input, environment);
}

QMap<QString, QByteArray> snapshotFolder(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        QFile file(path);
        if (it.fileInfo().isDir()) {
            files.insert(relative + QStringLiteral("/"), QByteArray::number(fileMode(path), 8));
        } else if (file.open(QIODevice::ReadOnly)) {
            files.insert(relative, file.readAll() + "\nmode " + QByteArray::number(fileMode(path), 8));
        }
    }
    return files;
}

QString writeOwnerOnly(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

int fileMode(const QString& path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

bool keychainAvailable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !qEnvironmentVariableIsEmpty("GNOME_KEYRING_CONTROL");
}

QStringList filesContaining(const QString& folder, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            found << file.fileName();
        }
    }
    return found;
}

} // namespace ferry::test
