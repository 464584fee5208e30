#pragma once
// Opens a file or folder below a folder one path component at a time, never through a link
// (O_NOFOLLOW at every step): what a scan saw as a folder or file and has since been replaced by a
// link is not followed, so nothing outside a site's files root is read or walked through it.

#include <string>

namespace ferry {

// relative: '/'-separated, in the file system's encoding, non-empty. The last component is opened
// as a folder (folder) or as a file. Returns a descriptor the caller closes, or -1 with errno set.
int openBeneath(int rootFd, const std::string& relative, bool folder);

} // namespace ferry
