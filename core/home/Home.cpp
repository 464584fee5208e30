#include "Home.h"

#include "common/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ferry {

Home::Home(QString path)
    : m_path(std::move(path))
{
}

QString Home::defaultPath()
{
    // GenericDataLocation, not AppDataLocation: ferry, ferryd and ferryctl share one home.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ferry");
}

QString Home::resolvePath(const QString& explicitPath)
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

Result<Home> Home::open(const QString& path)
{
    if (path.trimmed().isEmpty()) {
        return fail(tr("No home folder was given."));
    }
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir()) {
        return fail(tr("The Ferry home %1 is a file, not a folder.").arg(absolute));
    }
    if (!info.exists()) {
        if (!QDir().mkpath(absolute)) {
            return fail(tr("Cannot create the Ferry home %1: check that its parent folder exists and is writable.")
                            .arg(absolute));
        }
        // The home holds keys and the sync history: nobody but its owner reads it.
        QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qCInfo(lcHome) << "created home" << absolute;
    }
    if (!QFileInfo(absolute).isWritable()) {
        return fail(tr("The Ferry home %1 is not writable by this user.").arg(absolute));
    }
    return Home(absolute);
}

QString Home::stateDatabasePath() const
{
    return m_path + QStringLiteral("/state.db");
}

} // namespace ferry
