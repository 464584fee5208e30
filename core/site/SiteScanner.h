#pragma once
// Brings a site's index up to date with its files root: walks the tree, re-hashes only the files
// whose (size, modification time, inode) changed, and records additions, changes and deletions in
// one transaction. Cancelled or failed, it leaves the index exactly as it was. A missing or empty
// files root is refused: an absent mount must never look like every file was deleted.

#include "SiteIndex.h"
#include "common/Progress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

#include <atomic>

namespace ferry {

struct ScanRequest {
    QUuid siteUuid;
    QString siteName;
    QString filesRoot;
    QString indexPath;
    QStringList includes;
    QStringList excludes;
    QString databaseUrl;  // when set, captured row changes are taken in too
    int hashThreads = 0;  // 0: one per core
    // When the changes found are stamped (ms since the epoch; 0: when the scan records them). A
    // run stamps with the moment before it asks the other side to scan, so that a change made
    // on both sides is stamped here first, as if the two scans had run one after the other.
    qint64 stampMs = 0;
    bool allowEmptyRoot = false;  // confirmed by the administrator: the folder is meant to be empty
};

struct ScanReport {
    qint64 files = 0;  // files in the index after the scan (unreadable ones kept included)
    qint64 bytes = 0;
    qint64 added = 0;
    qint64 changed = 0;
    qint64 deleted = 0;
    qint64 hashedFiles = 0;
    qint64 hashedBytes = 0;
    qint64 rowsChanged = 0;
    qint64 temporaryFiles = 0; // Ferry's temporary files seen in the files root (and skipped)
    qint64 elapsedMs = 0;
    QStringList unreadable;        // files and folders that could not be read: kept as they were
    QStringList linksOutsideRoot;  // reported, not followed
    QStringList skipped;           // special files, names that are not UTF-8
    QStringList changedWhileReading;
};

class SiteScanner
{
    Q_DECLARE_TR_FUNCTIONS(SiteScanner)

public:
    static Result<void> checkRoot(const QString& siteName, const QString& filesRoot, bool allowEmpty = false);
    static bool isEmptyRoot(const QString& filesRoot);
    static Result<ScanReport> scan(const ScanRequest& request, const std::atomic_bool& cancelled,
                                   const ProgressMeter::Sink& progress = {});
};

} // namespace ferry
