#pragma once
// An apply item for a file new to the site it is applied to: its hash, size and chunk list, its
// content to come from chunks (set item.content for a file that travels inline).

#include "net/ApplyBatch.h"
#include "site/ContentHasher.h"

#include <QUuid>

namespace ferry::test {

inline ApplyItem newFileItem(const QString& path, const QByteArray& content)
{
    const ContentDigest digest = ContentHasher::digest(content);
    ApplyItem item;
    item.path = path;
    item.version.bump(QUuid::createUuid());
    item.hash = digest.hash;
    item.size = content.size();
    item.chunks = digest.chunks;
    return item;
}

} // namespace ferry::test
