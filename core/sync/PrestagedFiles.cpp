#include "PrestagedFiles.h"

#include "FileApplier.h"
#include "StagingPool.h"
#include "site/ContentHasher.h"

#include <QtConcurrent>

namespace ferry {

PrestagedFiles::PrestagedFiles(const QString& homePath, const Site& site, std::shared_ptr<const std::vector<ApplyItem>> items)
    : m_versions(homePath, site.uuid)
    , m_items(std::move(items))
{
}

PrestagedFiles::~PrestagedFiles()
{
    m_done.waitForFinished();  // then every file not taken is discarded with m_written
}

std::shared_ptr<PrestagedFiles> PrestagedFiles::start(const QString& homePath, const Site& site,
                                                      std::shared_ptr<const std::vector<ApplyItem>> items)
{
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const ApplyItem& item = items->at(i);
        if (item.deleted) {
            return nullptr;
        }
        if (item.kind == FeedEntry::Kind::File && item.content && !item.versionOnly) {
            positions.push_back(i);
        }
    }
    if (positions.empty() || positions.size() > maxFiles) {
        return nullptr;
    }
    std::shared_ptr<PrestagedFiles> prestaged(new PrestagedFiles(homePath, site, std::move(items)));
    auto files = FileApplier::open(site.filesRoot, prestaged->m_versions);
    if (!files) {
        return nullptr;  // the writer writes them itself, and reports what stops it
    }
    prestaged->m_files = std::move(files).value();
    prestaged->m_positions = std::move(positions);
    prestaged->m_written.resize(prestaged->m_items->size());
    PrestagedFiles* self = prestaged.get();  // outlived by the work: the destructor waits for it
    prestaged->m_done = QtConcurrent::map(stagingPool(), prestaged->m_positions, [self](std::size_t i) {
        self->m_written[i] = writeInline(*self->m_files, self->m_items->at(i));
    });
    return prestaged;
}

std::optional<Result<std::unique_ptr<PendingFile>>> PrestagedFiles::take(std::size_t i)
{
    m_done.waitForFinished();
    if (i >= m_written.size() || !m_written[i]) {
        return std::nullopt;
    }
    std::optional<Result<std::unique_ptr<PendingFile>>> taken = std::move(m_written[i]);
    m_written[i].reset();
    return taken;
}

Result<std::unique_ptr<PendingFile>> PrestagedFiles::writeInline(FileApplier& files, const ApplyItem& item)
{
    // A file of one chunk has the file's hash, which the sealing checks.
    const QByteArray& content = *item.content;
    const bool oneChunk = item.chunks.size() == 1 && item.chunks.front().hash == item.hash;
    for (std::size_t i = 0; i < item.chunks.size() && !oneChunk; ++i) {
        const Chunk& chunk = item.chunks[i];
        if (chunk.offset + chunk.length > quint64(content.size())
            || ContentHasher::sha256(QByteArray::fromRawData(content.constData() + chunk.offset, qsizetype(chunk.length)))
                   != chunk.hash) {
            return fail(tr("The content received for %1 does not match its chunk list; nothing was changed.")
                            .arg(item.path));
        }
    }
    auto pending = files.begin(item.path);
    if (!pending) {
        return pending.error();
    }
    if (auto appended = pending.value()->append(content); !appended) {
        return appended.error();
    }
    if (auto sealed = pending.value()->seal(item.hash, false); !sealed) {
        return sealed.error();
    }
    return pending;
}

} // namespace ferry
