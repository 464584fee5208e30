#pragma once
// The files that came whole inside an apply batch (ApplyItem::content), written beside their
// targets as soon as the batch has arrived, while the agent's site-writing thread is still busy
// with the batches before it. Without this the writer wrote a batch's files, made them durable,
// renamed and recorded them, and only then began the next batch's files: the staging of one
// batch and the syncs and index writes of the one before never overlapped.
//
// A file written here is only a temporary file beside its target, of the kind FileApplier
// writes (checked against the item's chunk list and hash): nothing is in place until the writer,
// holding the site's lock, has checked the item's base and installs it. An item the writer
// refuses, or a batch it cannot write at all, leaves nothing behind (the destructor discards
// what was not taken).

#include "VersionsArea.h"
#include "common/Result.h"
#include "model/Site.h"
#include "net/ApplyBatch.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>
#include <optional>
#include <vector>

namespace ferry {

class FileApplier;
class PendingFile;

class PrestagedFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrestagedFiles)

public:
    // Each file written here holds its folder open until it is installed: batches with more
    // inline files than this are written by the writer itself, in its own bounded groups.
    static constexpr std::size_t maxFiles = 64;

    // Starts writing the batch's inline files on the staging threads; nothing when it has none,
    // too many, or deletions (a batch with deletions is written alone, as it comes).
    static std::shared_ptr<PrestagedFiles> start(const QString& homePath, const Site& site,
                                                 std::shared_ptr<const std::vector<ApplyItem>> items);
    ~PrestagedFiles();
    PrestagedFiles(const PrestagedFiles&) = delete;
    PrestagedFiles& operator=(const PrestagedFiles&) = delete;

    // The file written for item i of the batch, or why it could not be written; nothing when the
    // item was not written here. Waits until the batch's files are written.
    std::optional<Result<std::unique_ptr<PendingFile>>> take(std::size_t i);

    // Writes one file whose content came with its item beside its target: the content checked
    // against the item's chunk list (the index records it, and the site later serves those
    // chunks), then sealed against the item's hash. Safe on several threads at once.
    static Result<std::unique_ptr<PendingFile>> writeInline(FileApplier& files, const ApplyItem& item);

private:
    PrestagedFiles(const QString& homePath, const Site& site, std::shared_ptr<const std::vector<ApplyItem>> items);

    // Declared in this order so that the files written go before the area and applier they refer to.
    VersionsArea m_versions;
    std::unique_ptr<FileApplier> m_files;
    std::shared_ptr<const std::vector<ApplyItem>> m_items;
    std::vector<std::size_t> m_positions;  // the items written here
    std::vector<std::optional<Result<std::unique_ptr<PendingFile>>>> m_written;  // by item
    QFuture<void> m_done;
};

} // namespace ferry
