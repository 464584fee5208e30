#include "SiteScanner.h"

#include "FileHashing.h"
#include "FileWalker.h"
#include "RowHarvest.h"
#include "common/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <mutex>
#include <thread>

namespace ferry {
namespace {

// As many as hash (one per core unless the request says), at most four: past that the walk is
// bound by the disk, not the processor.
int walkThreads(const ScanRequest& request)
{
    return std::clamp(request.hashThreads > 0 ? request.hashThreads : QThread::idealThreadCount(), 1, 4);
}

bool sameStatus(const IndexedFile& indexed, const WalkEntry& walked)
{
    return indexed.stamp() == FileStamp::of(walked.status) && indexed.mode == walked.status.st_mode;
}

bool isBelowAny(const std::string& path, const std::vector<std::string>& folders)
{
    return std::any_of(folders.begin(), folders.end(), [&path](const std::string& folder) {
        return folder.empty() || (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0
                                  && path[folder.size()] == '/');
    });
}

QStringList toList(const std::vector<std::string>& paths)
{
    QStringList list;
    for (const std::string& path : paths) {
        list << QString::fromStdString(path);
    }
    return list;
}

Result<qint64> harvestRows(const QString& databaseUrl, SiteIndex& index, qint64 stampMs)
{
    auto database = ContentDatabase::open(databaseUrl);
    if (!database) {
        return database.error();
    }
    auto capture = ChangeCapture::forDatabase(*database.value());
    return RowHarvest::run(*capture, index, stampMs);
}

} // namespace

bool SiteScanner::isEmptyRoot(const QString& filesRoot)
{
    const QFileInfo root(filesRoot);
    return root.isDir() && QDir(filesRoot).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

Result<void> SiteScanner::checkRoot(const QString& siteName, const QString& filesRoot, bool allowEmpty)
{
    const QFileInfo root(filesRoot);
    if (!root.exists() || !root.isDir()) {
        return fail(tr("The files folder %1 of site %2 is missing. Ferry does not scan a missing folder: if it is a "
                       "mount, mount it again; an absent mount must never look like every file was deleted.")
                        .arg(filesRoot, siteName));
    }
    if (!allowEmpty && isEmptyRoot(filesRoot)) {
        return fail(tr("The files folder %1 of site %2 is empty. Ferry does not scan an empty folder: an absent "
                       "mount must never look like every file was deleted.")
                        .arg(filesRoot, siteName));
    }
    return {};
}

Result<ScanReport> SiteScanner::scan(const ScanRequest& request, const std::atomic_bool& cancelled,
                                     const ProgressMeter::Sink& progressSink)
{
    QElapsedTimer clock;
    clock.start();
    if (auto root = checkRoot(request.siteName, request.filesRoot, request.allowEmptyRoot); !root) {
        return root.error();
    }
    auto matcher = GlobMatcher::create(request.includes, request.excludes);
    if (!matcher) {
        return matcher.error();
    }
    auto index = SiteIndex::open(request.indexPath, request.siteUuid);
    if (!index) {
        return index.error();
    }
    auto indexed = index.value()->files();
    if (!indexed) {
        return indexed.error();
    }
    const std::vector<IndexedFile>& known = indexed.value();
    qCDebug(lcSite) << "phase: index loaded" << clock.elapsed() << "ms";
    std::vector<bool> seen(known.size(), false);
    ProgressMeter meter(progressSink);
    ScanReport report;

    // Walk: compare each file with the index as it is met; keep only what must be hashed.
    std::vector<HashTask> toHash;
    WalkProblems problems;
    qint64 walked = 0;
    FileWalker walker(QDir(request.filesRoot).absolutePath().toStdString(), matcher.value());
    std::mutex visiting;  // the walk visits from several threads
    // The meter's sink is not thread-safe (it may write state.db): the walk's count is reported
    // when the calling thread visits, which it does while it helps the pool; on a tree whose
    // folders the pool's threads take first, the count shown may pause until the walk ends.
    const std::thread::id caller = std::this_thread::get_id();
    const bool complete = walker.walk(
        [&](WalkEntry&& entry) {
            const std::lock_guard lock(visiting);
            ++walked;
            const auto it = std::lower_bound(known.begin(), known.end(), entry.path,
                                             [](const IndexedFile& file, const std::string& path) { return file.path < path; });
            const bool found = it != known.end() && it->path == entry.path;
            const std::ptrdiff_t position = found ? it - known.begin() : -1;
            if (found) {
                seen[std::size_t(position)] = true;
            }
            if (!found || it->deleted || !sameStatus(*it, entry)) {
                toHash.push_back({std::move(entry), position, {}, HashTask::Outcome::Pending, {}});
            }
            if (std::this_thread::get_id() == caller) {
                meter.report({QStringLiteral("walk"), walked, -1, 0, -1, 0, -1, {}});
            }
        },
        cancelled, problems, walkThreads(request));
    if (!complete || cancelled) {
        return fail(tr("The scan of %1 was cancelled; its index is as it was.").arg(request.siteName));
    }
    // The walk meets files in no set order: changes are recorded in the order of their paths.
    std::sort(toHash.begin(), toHash.end(), [](const HashTask& a, const HashTask& b) { return a.entry.path < b.entry.path; });

    qCDebug(lcSite) << "phase: walked" << clock.elapsed() << "ms";
    // Row changes are taken in on a thread of their own (and a connection of its own) while the
    // files hash: on a first scan both take seconds, and they need different things (the
    // processor and the disk; the index, whose writes SQLite takes one at a time).
    QFuture<Result<qint64>> rows;
    if (!request.databaseUrl.isEmpty()) {
        rows = QtConcurrent::run([request]() -> Result<qint64> {
            auto own = SiteIndex::open(request.indexPath, request.siteUuid);
            if (!own) {
                return own.error();
            }
            return harvestRows(request.databaseUrl, *own.value(), request.stampMs);
        });
    }
    const auto rowsTaken = qScopeGuard([&rows] { rows.waitForFinished(); });  // on every way out
    // Hash what is new or changed, on every core.
    FileHashing hashing(QDir(request.filesRoot).absolutePath().toStdString(), request.hashThreads);
    if (!hashing.run(toHash, cancelled, meter)) {
        return fail(tr("The scan of %1 was cancelled; its index is as it was.").arg(request.siteName));
    }

    std::vector<FileChange> changes;
    for (HashTask& task : toHash) {
        switch (task.outcome) {
        case HashTask::Outcome::Pending:
        case HashTask::Outcome::Vanished:
            continue;  // gone between the walk and the read: the next scan records it
        case HashTask::Outcome::Unreadable:
            report.unreadable << QString::fromStdString(task.entry.path);
            continue;  // kept as it was in the index, never recorded as deleted
        case HashTask::Outcome::ChangedWhileReading:
            report.changedWhileReading << QString::fromStdString(task.entry.path);
            continue;
        case HashTask::Outcome::Hashed:
            break;
        }
        ++report.hashedFiles;
        report.hashedBytes += qint64(task.digest.size);
        const IndexedFile* before = task.indexPosition >= 0 ? &known[std::size_t(task.indexPosition)] : nullptr;
        FileChange change;
        if (before && !before->deleted) {
            // Hash and size together name content (see ContentHasher).
            const bool same = before->hash == task.digest.hash && before->size == qint64(task.digest.size);
            change.kind = same ? FileChange::Kind::Touched : FileChange::Kind::Changed;
        } else {
            change.kind = FileChange::Kind::Added;
        }
        report.changed += change.kind == FileChange::Kind::Changed ? 1 : 0;
        report.added += change.kind == FileChange::Kind::Added ? 1 : 0;
        change.path = std::move(task.entry.path);
        change.size = task.readStatus.st_size;
        change.mtimeNs = FileStamp::mtimeNsOf(task.readStatus);
        change.inode = task.readStatus.st_ino;
        change.mode = task.readStatus.st_mode;
        change.digest = std::move(task.digest);
        change.linkTarget = QString::fromStdString(task.entry.linkTarget);
        changes.push_back(std::move(change));
    }

    qCDebug(lcSite) << "phase: hashed" << clock.elapsed() << "ms";
    // What the index knows but the walk did not meet is deleted, unless it could not be looked
    // at (an unreadable folder) or is outside the selection now.
    for (std::size_t i = 0; i < known.size(); ++i) {
        const IndexedFile& file = known[i];
        if (seen[i] || file.deleted || isBelowAny(file.path, problems.unreadableFolders)
            || !matcher->includesFile(QString::fromStdString(file.path))) {
            continue;
        }
        FileChange change;
        change.kind = FileChange::Kind::Deleted;
        change.path = file.path;
        changes.push_back(std::move(change));
        ++report.deleted;
    }
    if (cancelled) {
        return fail(tr("The scan of %1 was cancelled; its index is as it was.").arg(request.siteName));
    }
    meter.report({QStringLiteral("index"), qint64(changes.size()), qint64(changes.size()), report.hashedBytes,
                  report.hashedBytes, 0, -1, {}},
                 true);
    if (auto applied = index.value()->applyFileChanges(changes, request.stampMs > 0 ? request.stampMs : QDateTime::currentMSecsSinceEpoch()); !applied) {
        return applied.error();
    }
    qCDebug(lcSite) << "phase: applied" << clock.elapsed() << "ms";
    // What the index holds, including files kept as they were because they could not be read.
    // With nothing changed, the rows read from it before the walk say it: counting the table
    // again was a good part of a rescan that finds nothing. (A writer that is not this scan, in
    // the meantime, would show in the next scan's figures instead.)
    if (changes.empty()) {
        for (const IndexedFile& file : known) {
            report.files += file.deleted ? 0 : 1;
            report.bytes += file.deleted ? 0 : file.size;
        }
    } else {
        auto totals = index.value()->totals(false);
        if (!totals) {
            return totals.error();
        }
        report.files = totals->files;
        report.bytes = totals->bytes;
    }
    qCDebug(lcSite) << "phase: totals" << clock.elapsed() << "ms";
    if (!request.databaseUrl.isEmpty()) {
        meter.report({QStringLiteral("rows"), 0, -1, 0, -1, 0, -1, {}}, true);
        const Result<qint64> taken = rows.result();
        if (!taken) {
            return fail(tr("The files of %1 were indexed, but its row changes could not be taken in: %2")
                            .arg(request.siteName, taken.errorMessage()));
        }
        report.rowsChanged = taken.value();
        qCDebug(lcSite) << "phase: rows" << clock.elapsed() << "ms";
    }
    report.unreadable += toList(problems.unreadableFolders);
    report.linksOutsideRoot = toList(problems.linksOutsideRoot);
    report.skipped = toList(problems.otherSkipped);
    report.temporaryFiles = problems.temporaryFiles;
    report.elapsedMs = clock.elapsed();
    qCInfo(lcSite) << "scanned" << request.siteName << report.files << "files," << report.added << "added,"
                   << report.changed << "changed," << report.deleted << "deleted," << report.hashedBytes
                   << "bytes hashed in" << report.elapsedMs << "ms";
    return report;
}

} // namespace ferry
