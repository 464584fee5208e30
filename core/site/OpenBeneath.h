#pragma once
// Opens a file or folder below a folder, never through a link (O_NOFOLLOW at every step) and
// never out of it ("..", refused): what a scan saw as a folder or file and has since been
// replaced by a link is not followed, so nothing outside a site's files root is read or walked
// through it.

#include <string>

namespace ferry {

// relative: '/'-separated, in the file system's encoding, non-empty. The last component is opened
// as a folder (folder) or as a file. Returns a descriptor the caller closes, or -1 with errno set
// (ELOOP or ENOTDIR for a link, EXDEV for "..", ENOENT for an empty component). In one system
// call where the kernel can; anything that refuses is opened step by step, for the errno.
int openBeneath(int rootFd, const std::string& relative, bool folder);

// The one system call alone (openat2 with RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS): -1 when it
// refuses or the kernel lacks it, with an errno that does not say which; for a caller that walks
// step by step itself when this fails.
int openBeneathAtOnce(int rootFd, const std::string& relative, bool folder);

// One component at a time: openat with O_NOFOLLOW, then the folder before it closed.
int openBeneathStepwise(int rootFd, const std::string& relative, bool folder);

} // namespace ferry
