#include "RemoteConflictCopy.h"

#include "ServiceTasks.h"
#include "site/ContentHasher.h"
#include "store/StateStore.h"
#include "sync/RelationshipRegistry.h"
#include "sync/RemoteSite.h"

#include <QHash>

#include <atomic>

namespace ferry {

Result<QByteArray> RemoteConflictCopy::fetch(const QString& homePath, const Conflict& conflict, qint64 maxBytes)
{
    auto relationship = tasks::withStore<Relationship>(homePath, [&](StateStore& store, const QString& home) {
        return RelationshipRegistry(store, home).find(conflict.relationship);
    });
    if (!relationship) {
        return relationship.error();
    }
    auto remote = RemoteSite::connect(homePath, *relationship);
    if (!remote) {
        return remote.error();
    }
    auto manifests = remote.value()->manifest({conflict.item});
    if (!manifests) {
        return manifests.error();
    }
    if (manifests->empty() || manifests->front().missing) {
        return fail(tr("%1 is no longer on %2.").arg(conflict.item, remote.value()->describe()));
    }
    const FileManifest& file = manifests->front();
    if (file.size > maxBytes) {
        return fail(tr("Content not shown: %1 on %2 is larger than %3 bytes.")
                        .arg(conflict.item, remote.value()->describe())
                        .arg(maxBytes));
    }
    std::vector<ChunkRef> wanted;
    for (const Chunk& chunk : file.chunks) {
        wanted.push_back({.hash = chunk.hash, .length = chunk.length});
    }
    QHash<QByteArray, QByteArray> received;
    const std::atomic_bool never = false;
    auto downloaded = remote.value()->download(
        wanted,
        [&](const Sha256& hash, const QByteArray& bytes) -> Result<void> {
            received.insert(QByteArray(reinterpret_cast<const char*>(hash.data()), int(hash.size())), bytes);
            return {};
        },
        [](qint64) {}, never);
    if (!downloaded) {
        return downloaded.error();
    }
    QByteArray content;
    content.reserve(file.size);
    for (const Chunk& chunk : file.chunks) {
        content += received.value(QByteArray(reinterpret_cast<const char*>(chunk.hash.data()), int(chunk.hash.size())));
    }
    // Each chunk was checked against its hash as it arrived: the file's hash is made of theirs.
    if (content.size() != file.size || ContentHasher::hashOfChunks(file.chunks) != file.hash) {
        return fail(tr("%1 changed on %2 while it was read; open the conflict again.").arg(conflict.item, remote.value()->describe()));
    }
    return content;
}

} // namespace ferry
