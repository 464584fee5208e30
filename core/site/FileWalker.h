#pragma once
// Walks a files root with the bare system calls (openat, readdir, fstatat), as fast as `find`,
// without following symbolic links. Reports what it cannot enter or should not follow instead of
// treating it as absent: an unreadable folder must never look like deleted files.

#include "GlobMatcher.h"

#include <sys/stat.h>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace ferry {

// Files Ferry is writing (or left behind by a crash) carry this prefix: never part of a site.
inline constexpr char temporaryFilePrefix[] = ".ferry-tmp-";

struct WalkEntry {
    std::string path;  // relative, '/'-separated, UTF-8
    struct stat status;
    std::string linkTarget;  // symbolic links only
};

struct WalkProblems {
    std::vector<std::string> unreadableFolders;  // their contents are unknown, not gone
    std::vector<std::string> linksOutsideRoot;
    std::vector<std::string> otherSkipped;       // sockets, devices, names that are not UTF-8
    qint64 temporaryFiles = 0; // Ferry's own, being written or left by a crash
};

class FileWalker
{
public:
    using Visitor = std::function<void(WalkEntry&&)>;

    FileWalker(std::string root, const GlobMatcher& matcher);

    // Visits every included regular file and every symbolic link that stays inside the root, in
    // no particular order. Returns false if cancelled. With threads > 1, folders are walked on
    // that many threads at once and visit is called from all of them: it must be thread-safe.
    bool walk(const Visitor& visit, const std::atomic_bool& cancelled, WalkProblems& problems, int threads = 1);

private:
    // Walks one folder (and closes folderFd). Its subfolders are walked too, or, with deferred,
    // only listed there (relative paths) for the caller to walk.
    bool walkFolder(int folderFd, const std::string& relative, const Visitor& visit, const std::atomic_bool& cancelled,
                    WalkProblems& problems, std::vector<std::string>* deferred = nullptr);
    bool linkStaysInside(const std::string& linkPath, const std::string& target) const;

    std::string m_root;
    const GlobMatcher& m_matcher;
    bool m_everything;  // no patterns: skip matching, the common case
};

} // namespace ferry
