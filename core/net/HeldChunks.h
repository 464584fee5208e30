#pragma once
// Chunks pushed to a long-running process (the agent) and not yet built into files, held in
// memory instead of the chunk store on disk. A copy uploads a large file's chunks before the batch
// that builds the file: in the store each became a file of its own, written out to the disk by
// the next batch's syncfs, read back, checked a second time and removed (0.8 s of the benchmark's
// initial copy). Held chunks are no less safe than stored ones: the store is a cache that is never
// fsynced, every chunk was checked against its hash on arrival, and what a process that dies held
// is lost as a crash loses unsynced store files: the next "which do you lack" asks for it again.
// Shared by every thread of the process; within its budget only, the rest goes to disk.

#include "site/ContentHasher.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ferry {

class HeldChunks
{
public:
    // What the process may hold at once, in bytes; 0 (the default) holds nothing.
    static void setBudget(qint64 bytes);
    // Holds a chunk for the store at storeFolder: bytes already checked against hash. False when
    // the budget does not leave room for them (the caller stores them on disk instead).
    static bool hold(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes);
    // A held chunk's bytes; touching it counts as use (see spillUnused).
    static std::optional<QByteArray> find(const QString& storeFolder, const Sha256& hash);
    static bool contains(const QString& storeFolder, const Sha256& hash);
    // The files built from these chunks are in place and recorded: they are let go.
    static void release(const QString& storeFolder, const std::vector<Sha256>& hashes);
    // Chunks unused for idleMs (a run cancelled between its upload and its apply, or never
    // resumed) move to the store on disk through write, so that they stop taking the budget but
    // are still there for the run that resumes. A chunk write fails to keep stays held. Returns
    // how many moved.
    using Writer = std::function<bool(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes)>;
    static int spillUnused(qint64 idleMs, const Writer& write);
    // What the held chunks take (their buffers' capacity).
    static qint64 heldBytes();
    // Lets every chunk go (tests).
    static void clear();
};

} // namespace ferry
