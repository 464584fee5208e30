#pragma once
// Hashes the files a scan found new or changed, on a pool of worker threads. A file is read
// through one descriptor and stat'ed before and after: if it changed while being read, it is
// read once more, then reported rather than recorded half-old, half-new.

#include "ContentHasher.h"
#include "FileWalker.h"
#include "common/Progress.h"

#include <atomic>
#include <vector>

namespace ferry {

struct HashTask {
    enum class Outcome { Pending, Hashed, Unreadable, Vanished, ChangedWhileReading };
    WalkEntry entry;
    std::ptrdiff_t indexPosition = -1;  // the file's place in the index, -1 when new
    ContentDigest digest;
    Outcome outcome = Outcome::Pending;
    struct stat readStatus {};  // the status that belongs to the content hashed
};

class FileHashing
{
public:
    FileHashing(std::string root, int threads);

    // Returns false if cancelled.
    bool run(std::vector<HashTask>& tasks, const std::atomic_bool& cancelled, ProgressMeter& meter);

private:
    void hashOne(HashTask& task) const;

    std::string m_root;
    int m_threads;
    int m_rootFd = -1;  // open while run() hashes: each file is opened beneath it
};

} // namespace ferry
