#pragma once
// The threads that write files beside their targets before they are put in place (SiteWriter's
// staging, PrestagedFiles), shared by every writer of the process and made once: on several
// threads, the disk and the hashing of one file overlap the system calls of another.

class QThreadPool;

namespace ferry {

QThreadPool* stagingPool();

} // namespace ferry
