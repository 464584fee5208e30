#pragma once
// POST /v1/sites/SITE/manifest: "how are these files made?" — for each path, its hash, size and
// chunk list as the site's index has it, so the asker fetches only the chunks it lacks.
//   {"v": 2, "paths": [text]}  →  {"v": 2, "files": [{"path", "hash", "size", "chunks"} | {"path", "missing": true}]}
// decode functions are pure over bytes and check every bound and path.

#include "common/Result.h"
#include "site/ContentHasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace ferry {

struct FileManifest {
    QString path;
    bool missing = false;  // the site has no such live file (any more)
    Sha256 hash{};
    qint64 size = 0;
    std::vector<Chunk> chunks;
};

class FileManifestCodec
{
    Q_DECLARE_TR_FUNCTIONS(FileManifestCodec)

public:
    static QByteArray encodeRequest(const QStringList& paths);
    static Result<QStringList> decodeRequest(const QByteArray& bytes);
    static QByteArray encode(const std::vector<FileManifest>& files);
    static Result<std::vector<FileManifest>> decode(const QByteArray& bytes);
};

} // namespace ferry
