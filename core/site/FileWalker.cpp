#include "FileWalker.h"

#include "OpenBeneath.h"

#include <QString>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <numeric>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace ferry {
namespace {

bool isUtf8(const std::string& name)
{
    if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        return true;  // plain ASCII, as most names in a web root are
    }
    const QByteArray bytes = QByteArray::fromRawData(name.data(), qsizetype(name.size()));
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

std::string join(const std::string& folder, const char* name)
{
    return folder.empty() ? std::string(name) : folder + '/' + name;
}

} // namespace

FileWalker::FileWalker(std::string root, const GlobMatcher& matcher)
    : m_root(std::move(root))
    , m_matcher(matcher)
    , m_everything(matcher.matchesEverything())
{
}

bool FileWalker::walk(const Visitor& visit, const std::atomic_bool& cancelled, WalkProblems& problems, int threads)
{
    const int rootFd = ::open(m_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0) {
        problems.unreadableFolders.push_back(std::string());
        return true;
    }
    if (threads <= 1) {
        return walkFolder(rootFd, std::string(), visit, cancelled, problems);
    }
    // Most of a walk is the kernel looking up each file (fstatat), which runs on every core at
    // once: the top of the tree here, level by level until there are a few folders per thread,
    // then their subtrees on the threads.
    std::vector<std::string> frontier;
    if (!walkFolder(::dup(rootFd), std::string(), visit, cancelled, problems, &frontier)) {
        ::close(rootFd);
        return false;
    }
    for (int depth = 1; depth < 3 && !frontier.empty() && frontier.size() < std::size_t(4 * threads); ++depth) {
        std::vector<std::string> next;
        for (const std::string& folder : frontier) {
            const int fd = openBeneath(rootFd, folder, true);
            if (fd < 0) {
                problems.unreadableFolders.push_back(folder);
                continue;
            }
            if (!walkFolder(fd, folder, visit, cancelled, problems, &next)) {
                ::close(rootFd);
                return false;
            }
        }
        frontier = std::move(next);
    }
    std::vector<WalkProblems> found(frontier.size());
    std::atomic_bool stopped = false;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    std::vector<std::size_t> order(frontier.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    QtConcurrent::blockingMap(&pool, order, [&](std::size_t i) {
        const int fd = openBeneath(rootFd, frontier[i], true);
        if (fd < 0) {
            found[i].unreadableFolders.push_back(frontier[i]);
        } else if (!walkFolder(fd, frontier[i], visit, cancelled, found[i])) {
            stopped = true;
        }
    });
    ::close(rootFd);
    for (WalkProblems& each : found) {
        const auto append = [](std::vector<std::string>& to, std::vector<std::string>& from) {
            to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
        };
        append(problems.unreadableFolders, each.unreadableFolders);
        append(problems.linksOutsideRoot, each.linksOutsideRoot);
        append(problems.otherSkipped, each.otherSkipped);
        problems.temporaryFiles += each.temporaryFiles;
    }
    // In the same order whatever thread met them first: reports and --json stay stable.
    for (auto* list : {&problems.unreadableFolders, &problems.linksOutsideRoot, &problems.otherSkipped}) {
        std::sort(list->begin(), list->end());
    }
    return !stopped;
}

bool FileWalker::linkStaysInside(const std::string& linkPath, const std::string& target) const
{
    if (target.empty() || target.front() == '/') {
        return false;  // absolute targets point at the server's layout, not the site's
    }
    // Resolve lexically against the link's folder: every ".." must stay within the root.
    std::vector<std::string> parts;
    const std::size_t slash = linkPath.rfind('/');
    std::string combined = (slash == std::string::npos ? std::string() : linkPath.substr(0, slash + 1)) + target;
    std::size_t start = 0;
    while (start <= combined.size()) {
        const std::size_t end = std::min(combined.find('/', start), combined.size());
        const std::string part = combined.substr(start, end - start);
        if (part == "..") {
            if (parts.empty()) {
                return false;
            }
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    return true;
}

bool FileWalker::walkFolder(int folderFd, const std::string& relative, const Visitor& visit,
                            const std::atomic_bool& cancelled, WalkProblems& problems, std::vector<std::string>* deferred)
{
    DIR* folder = ::fdopendir(folderFd);
    if (!folder) {
        ::close(folderFd);
        problems.unreadableFolders.push_back(relative);
        return true;
    }
    std::vector<std::string> subfolders;
    errno = 0;
    while (dirent* entry = ::readdir(folder)) {
        if (cancelled.load(std::memory_order_relaxed)) {
            ::closedir(folder);
            return false;
        }
        const char* name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) {
            continue;
        }
        if (std::strncmp(name, temporaryFilePrefix, sizeof temporaryFilePrefix - 1) == 0) {
            ++problems.temporaryFiles;
            continue;  // a file Ferry is writing, or one a crash left behind: cleaned up, never synced
        }
        std::string path = join(relative, name);
        if (!isUtf8(path)) {
            problems.otherSkipped.push_back(path);
            continue;
        }
        WalkEntry walked{std::move(path), {}, {}};
        if (::fstatat(::dirfd(folder), name, &walked.status, AT_SYMLINK_NOFOLLOW) != 0) {
            problems.otherSkipped.push_back(walked.path);  // vanished or unreadable: not "deleted"
            continue;
        }
        const mode_t type = walked.status.st_mode & S_IFMT;
        if (type == S_IFDIR) {
            if (m_everything || m_matcher.entersFolder(QString::fromStdString(walked.path))) {
                subfolders.push_back(std::move(walked.path));
            }
            continue;
        }
        if (type != S_IFREG && type != S_IFLNK) {
            problems.otherSkipped.push_back(walked.path);
            continue;
        }
        if (!m_everything && !m_matcher.includesFile(QString::fromStdString(walked.path))) {
            continue;
        }
        if (type == S_IFLNK) {
            char target[4096];
            const ssize_t length = ::readlinkat(::dirfd(folder), name, target, sizeof target - 1);
            if (length < 0) {
                problems.otherSkipped.push_back(walked.path);
                continue;
            }
            walked.linkTarget.assign(target, std::size_t(length));
            if (!linkStaysInside(walked.path, walked.linkTarget)) {
                problems.linksOutsideRoot.push_back(walked.path);
                continue;
            }
        }
        visit(std::move(walked));
    }
    if (deferred) {
        deferred->insert(deferred->end(), std::make_move_iterator(subfolders.begin()),
                         std::make_move_iterator(subfolders.end()));
        ::closedir(folder);
        return true;
    }
    const int folderDescriptor = ::dirfd(folder);
    for (const std::string& subfolder : subfolders) {
        const std::size_t slash = subfolder.rfind('/');
        const std::string name = slash == std::string::npos ? subfolder : subfolder.substr(slash + 1);
        const int childFd = ::openat(folderDescriptor, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (childFd < 0) {
            problems.unreadableFolders.push_back(subfolder);
            continue;
        }
        if (!walkFolder(childFd, subfolder, visit, cancelled, problems)) {
            ::closedir(folder);
            return false;
        }
    }
    ::closedir(folder);
    return true;
}

} // namespace ferry
