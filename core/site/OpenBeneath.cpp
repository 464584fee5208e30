#include "OpenBeneath.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ferry {

namespace {

// openat2 (Linux 5.6) is missing on older kernels and refused by some container sandboxes: once
// known to be, it is not asked again.
std::atomic_bool kernelOpensAtOnce{true};

// No empty component and no "..": the paths on which openat2 and the walk step by step agree
// (openat2 takes "a//b" and "a/../a", the walk refuses them).
bool plainComponents(const std::string& relative)
{
    for (std::size_t from = 0; from <= relative.size();) {
        const std::size_t slash = std::min(relative.find('/', from), relative.size());
        if (slash == from || relative.compare(from, slash - from, "..") == 0) {
            return false;
        }
        from = slash + 1;
    }
    return true;
}

} // namespace

int openBeneathStepwise(int rootFd, const std::string& relative, bool folder)
{
    int fd = ::dup(rootFd);
    for (std::size_t from = 0; fd >= 0 && from <= relative.size();) {
        const std::size_t slash = std::min(relative.find('/', from), relative.size());
        const bool last = slash == relative.size();
        const std::string name = relative.substr(from, slash - from);
        if (name == "..") {  // not a link, so O_NOFOLLOW would let it out of the root
            ::close(fd);
            errno = EXDEV;
            return -1;
        }
        const int next = ::openat(fd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (last && !folder ? 0 : O_DIRECTORY));
        ::close(fd);
        fd = next;
        from = slash + 1;
    }
    return fd;
}

int openBeneathAtOnce(int rootFd, const std::string& relative, bool folder)
{
    if (!kernelOpensAtOnce.load(std::memory_order_relaxed) || !plainComponents(relative)) {
        errno = ENOSYS;
        return -1;
    }
    open_how how{};
    how.flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (folder ? O_DIRECTORY : 0);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    const long fd = ::syscall(SYS_openat2, rootFd, relative.c_str(), &how, sizeof how);
    if (fd < 0 && errno == ENOSYS) {
        kernelOpensAtOnce = false;
    }
    return int(fd);
}

int openBeneath(int rootFd, const std::string& relative, bool folder)
{
    // One system call instead of a dup, then an openat and a close for each component.
    if (const int fd = openBeneathAtOnce(rootFd, relative, folder); fd >= 0) {
        return fd;
    }
    const bool refusedAsSuch = errno == EPERM;
    const int fd = openBeneathStepwise(rootFd, relative, folder);
    if (fd >= 0 && refusedAsSuch) {
        // A sandbox that forbids openat2 answers EPERM for a path the walk opens: stop asking.
        // (An EPERM about the file itself, from NFS or a scanner, fails the walk too.)
        kernelOpensAtOnce = false;
    }
    return fd;
}

} // namespace ferry
