#pragma once
// Opens a file or folder below a folder, never through a link (O_NOFOLLOW at every step): what a
// scan saw as a folder or file and has since been replaced by a link is not followed, so nothing
// outside a site's files root is read or walked through it.

#include <string>

namespace ferry {

// relative: '/'-separated, in the file system's encoding, non-empty. The last component is opened
// as a folder (folder) or as a file. Returns a descriptor the caller closes, or -1 with errno set.
// In one openat2 where the kernel has it; refused there, step by step as below.
int openBeneath(int rootFd, const std::string& relative, bool folder);

// The same, one component at a time (openat with O_NOFOLLOW, then close the folder before it).
int openBeneathStepwise(int rootFd, const std::string& relative, bool folder);

} // namespace ferry
