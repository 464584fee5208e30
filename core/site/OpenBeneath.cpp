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

// openat2 (Linux 5.6) is missing on older kernels and refused by some container sandboxes:
// after the first ENOSYS or EPERM it is not asked again.
std::atomic_bool kernelResolvesBeneath{true};

} // namespace

int openBeneathStepwise(int rootFd, const std::string& relative, bool folder)
{
    int fd = ::dup(rootFd);
    for (std::size_t from = 0; fd >= 0 && from <= relative.size();) {
        const std::size_t slash = std::min(relative.find('/', from), relative.size());
        const bool last = slash == relative.size();
        const std::string name = relative.substr(from, slash - from);
        const int next = ::openat(fd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (last && !folder ? 0 : O_DIRECTORY));
        ::close(fd);
        fd = next;
        from = slash + 1;
    }
    return fd;
}

int openBeneath(int rootFd, const std::string& relative, bool folder)
{
    // One system call instead of an openat and a close for each component: the kernel refuses a
    // link at any step (RESOLVE_NO_SYMLINKS) and any way out of rootFd (RESOLVE_BENEATH) itself.
    // Whatever it refuses is opened again step by step, so that a failure sets the same errno
    // as it always did (callers tell a link from a missing file by it).
    if (kernelResolvesBeneath.load(std::memory_order_relaxed) && !relative.empty()) {
        open_how how{};
        how.flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (folder ? O_DIRECTORY : 0);
        how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
        const long fd = ::syscall(SYS_openat2, rootFd, relative.c_str(), &how, sizeof how);
        if (fd >= 0) {
            return int(fd);
        }
        if (errno == ENOSYS || errno == EPERM) {
            kernelResolvesBeneath = false;
        }
    }
    return openBeneathStepwise(rootFd, relative, folder);
}

} // namespace ferry
