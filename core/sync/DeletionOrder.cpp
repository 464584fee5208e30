#include "DeletionOrder.h"

#include "common/StablePartitionFew.h"

#include <QSet>

#include <algorithm>

namespace ferry {

// File deletions go after the content they travel with: a file renamed or moved on one side
// arrives as a deletion and a new file, and the receiver builds the new file from the chunks of
// the old one (it told the sender it had them), so deleting first made the new file fail. A
// deletion stays first when it clears the way: a file where a folder is to be, or the reverse.
void putDeletionsLast(std::vector<std::pair<std::size_t, ApplyItem>>& applies)
{
    QSet<QString> files;
    QSet<QString> folders;
    for (const auto& [index, apply] : applies) {
        if (apply.kind == FeedEntry::Kind::File && !apply.deleted) {
            files.insert(apply.path);
            for (qsizetype slash = apply.path.indexOf(QLatin1Char('/')); slash > 0;
                 slash = apply.path.indexOf(QLatin1Char('/'), slash + 1)) {
                folders.insert(apply.path.left(slash));
            }
        }
    }
    const auto clearsTheWay = [&](const QString& path) {
        if (folders.contains(path)) {
            return true;
        }
        for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0; slash = path.indexOf(QLatin1Char('/'), slash + 1)) {
            if (files.contains(path.left(slash))) {
                return true;
            }
        }
        return false;
    };
    stablePartitionFew(applies, [&](const auto& entry) {
        const ApplyItem& apply = entry.second;
        return apply.kind != FeedEntry::Kind::File || !apply.deleted || clearsTheWay(apply.path);
    });
}

} // namespace ferry
