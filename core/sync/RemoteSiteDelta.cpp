// RemoteSite's part of the delta exchange (ChunkDeltaCodec); the rest of RemoteSite is in
// RemoteSite.cpp.
#include "RemoteSite.h"
#include "net/ChunkListCodec.h"
#include "net/WireLimits.h"

namespace ferry {

namespace {

const QByteArray cborType = QByteArrayLiteral("application/cbor");

} // namespace

Result<std::vector<BasisSignature>> RemoteSite::signatures(const std::vector<BasisQuestion>& questions)
{
    auto response
        = call("POST", QStringLiteral("chunks/signatures"), ChunkDeltaCodec::encodeQuestions(questions), cborType);
    if (!response) {
        return response.error();
    }
    auto answer = ChunkDeltaCodec::decodeSignatures(response->body, wire::maxManifestBytes);
    if (answer && answer->size() != questions.size()) {
        return fail(tr("Site %1 sent %2 signatures when asked for %3.")
                        .arg(describe())
                        .arg(answer->size())
                        .arg(questions.size()));
    }
    return answer;
}

Result<std::vector<Sha256>> RemoteSite::sendDeltas(const std::vector<ChunkDeltaBytes>& deltas)
{
    auto response = call("POST", QStringLiteral("chunks/deltas"), ChunkDeltaCodec::encodeDeltas(deltas), cborType);
    if (!response) {
        return response.error();
    }
    return ChunkListCodec::decode(response->body);
}

Result<std::vector<ChunkDeltaBytes>> RemoteSite::fetchDeltas(const std::vector<DeltaQuestion>& questions)
{
    auto response = call(
        "POST", QStringLiteral("chunks/delta-fetch"), ChunkDeltaCodec::encodeDeltaQuestions(questions), cborType);
    if (!response) {
        return response.error();
    }
    auto answer = ChunkDeltaCodec::decodeDeltas(response->body, wire::maxManifestBytes);
    if (!answer) {
        return answer.error();
    }
    if (answer->size() != questions.size()) {
        return fail(
            tr("Site %1 sent %2 deltas when asked for %3.").arg(describe()).arg(answer->size()).arg(questions.size()));
    }
    for (std::size_t i = 0; i < answer->size(); ++i) {
        if (answer->at(i).hash != questions[i].hash) {
            return fail(tr("Site %1 sent deltas of other chunks than were asked for.").arg(describe()));
        }
    }
    return answer;
}

} // namespace ferry
