#include "OpenBeneath.h"

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace ferry {

int openBeneath(int rootFd, const std::string& relative, bool folder)
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

} // namespace ferry
