#pragma once
// Where a site's overwritten and deleted files go: HOME/versions/SITE-UUID/PATH~STAMP, outside
// the files root (often a public web root, which after a run holds the site's files and nothing
// else). Kept for a set number of days, listable and restorable.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QUuid>

#include <optional>
#include <vector>

namespace ferry {

struct KeptVersion {
    QString relativePath;  // the file's path in the files root
    QDateTime keptAt;      // UTC
    QString storedPath;    // where the bytes are
    qint64 size = 0;
};

class VersionsArea
{
    Q_DECLARE_TR_FUNCTIONS(VersionsArea)

public:
    VersionsArea(const QString& homePath, const QUuid& siteUuid);

    const QString& folder() const { return m_folder; }

    // Keeps the file `name` in the folder open as folderFd (the file at relativePath): hard-linked
    // when the home is on the same file system, copied when it is not or when the file has other
    // names it could still change through. Returns where it went.
    Result<QString> keep(int folderFd, const char* name, const QString& relativePath, const QDateTime& when);

    Result<std::vector<KeptVersion>> versionsOf(const QString& relativePath) const;
    // Every kept version of every file at or under relativePath (the whole area when empty), by
    // path and then oldest first.
    Result<std::vector<KeptVersion>> versionsUnder(const QString& relativePath = {}) const;
    // Removes versions kept before the cut-off; returns how many.
    Result<int> prune(const QDateTime& keptBefore);

private:
    // The version a file of the area holds: its path in the files root and when it was kept
    // (nothing for a name without a valid stamp).
    std::optional<KeptVersion> versionAt(const QFileInfo& stored) const;
    QString storedPathFor(const QString& relativePath, const QDateTime& when) const;

    QString m_folder;
};

} // namespace ferry
