#include "FileManifestCodec.h"

#include "CborMessage.h"
#include "RelativePath.h"
#include "WireLimits.h"

#include <QCborArray>

namespace ferry {

namespace {

const QString kPaths = QStringLiteral("paths");
const QString kFiles = QStringLiteral("files");
const QString kPath = QStringLiteral("path");
const QString kMissing = QStringLiteral("missing");
const QString kHash = QStringLiteral("hash");
const QString kSize = QStringLiteral("size");
const QString kChunks = QStringLiteral("chunks");

} // namespace

QByteArray FileManifestCodec::encodeRequest(const QStringList& paths)
{
    QCborMap root = cbor::root();
    root.insert(kPaths, QCborArray::fromStringList(paths));
    return root.toCborValue().toCbor();
}

Result<QStringList> FileManifestCodec::decodeRequest(const QByteArray& bytes)
{
    auto root = cbor::parseRoot(bytes, wire::maxRequestBodyBytes, tr("The manifest question"));
    if (!root) {
        return root.error();
    }
    const QCborArray array = root->value(kPaths).toArray();
    if (!root->value(kPaths).isArray() || array.size() > wire::maxManifestPaths) {
        return fail(tr("The manifest question must name at most %1 paths.").arg(wire::maxManifestPaths));
    }
    QStringList paths;
    for (const QCborValue& value : array) {
        if (!cbor::isText(value, wire::maxPathBytes)) {
            return fail(tr("The manifest question names a path that is not text."));
        }
        auto path = RelativePath::parse(value.toString());
        if (!path) {
            return path.error();
        }
        paths.append(path->text());
    }
    return paths;
}

QByteArray FileManifestCodec::encode(const std::vector<FileManifest>& files)
{
    QCborArray array;
    for (const FileManifest& file : files) {
        if (file.missing) {
            array.append(QCborMap{{kPath, file.path}, {kMissing, true}});
            continue;
        }
        ContentDigest digest;
        digest.chunks = file.chunks;
        array.append(QCborMap{{kPath, file.path},
                              {kHash, cbor::hashBytes(file.hash)},
                              {kSize, file.size},
                              {kChunks, digest.chunkListBytes()}});
    }
    QCborMap root = cbor::root();
    root.insert(kFiles, array);
    return root.toCborValue().toCbor();
}

Result<std::vector<FileManifest>> FileManifestCodec::decode(const QByteArray& bytes)
{
    auto root = cbor::parseRoot(bytes, wire::maxManifestBytes, tr("The manifest"));
    if (!root) {
        return root.error();
    }
    const QCborArray array = root->value(kFiles).toArray();
    if (!root->value(kFiles).isArray() || array.size() > wire::maxManifestPaths) {
        return fail(tr("The manifest must describe at most %1 files.").arg(wire::maxManifestPaths));
    }
    std::vector<FileManifest> files;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QCborMap map = array.at(i).toMap();
        const auto bad = [i](const QString& why) {
            return fail(tr("File %1 of the manifest is invalid: %2").arg(i + 1).arg(why));
        };
        if (!cbor::isText(map.value(kPath), wire::maxPathBytes)) {
            return bad(tr("it has no path."));
        }
        auto path = RelativePath::parse(map.value(kPath).toString());
        if (!path) {
            return bad(path.errorMessage());
        }
        FileManifest file;
        file.path = path->text();
        if (map.value(kMissing).toBool()) {
            file.missing = true;
        } else {
            if (!cbor::readHash(map.value(kHash), file.hash) || !cbor::isCount(map.value(kSize))) {
                return bad(tr("its hash or size is missing."));
            }
            file.size = map.value(kSize).toInteger();
            if (!cbor::readChunkList(map.value(kChunks), file.size, file.chunks)) {
                return bad(tr("its chunk list is malformed or does not add up to its size."));
            }
        }
        files.push_back(std::move(file));
    }
    return files;
}

} // namespace ferry
