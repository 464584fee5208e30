#include "FileHashing.h"

#include "OpenBeneath.h"

#include <QThread>
#include <QThreadPool>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace ferry {
namespace {

bool sameContentStatus(const struct stat& a, const struct stat& b)
{
    return a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec
        && a.st_ino == b.st_ino;
}

} // namespace

FileHashing::FileHashing(std::string root, int threads)
    : m_root(std::move(root))
    , m_threads(threads > 0 ? threads : QThread::idealThreadCount())
{
}

void FileHashing::hashOne(HashTask& task) const
{
    if (S_ISLNK(task.entry.status.st_mode)) {
        task.digest = ContentHasher::digest(QByteArray::fromStdString(task.entry.linkTarget));
        task.readStatus = task.entry.status;
        task.outcome = HashTask::Outcome::Hashed;
        return;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        // Beneath the root, through no link: a folder the walk met and that has since become a
        // link (out of the root, perhaps) is gone as far as this scan is concerned.
        const int fd = openBeneath(m_rootFd, task.entry.path, false);
        if (fd < 0) {
            task.outcome = errno == ENOENT || errno == ELOOP || errno == ENOTDIR || errno == EXDEV
                ? HashTask::Outcome::Vanished
                : HashTask::Outcome::Unreadable;
            return;
        }
        struct stat before {};
        struct stat after {};
        if (::fstat(fd, &before) != 0 || !S_ISREG(before.st_mode)) {
            ::close(fd);
            task.outcome = HashTask::Outcome::Vanished;
            return;
        }
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        auto digest = ContentHasher::digestFile(fd);
        const bool stable = ::fstat(fd, &after) == 0 && sameContentStatus(before, after);
        ::close(fd);
        if (!digest) {
            task.outcome = HashTask::Outcome::Unreadable;
            return;
        }
        if (stable && qint64(digest->size) == before.st_size) {
            task.digest = std::move(digest).value();
            task.readStatus = before;
            task.outcome = HashTask::Outcome::Hashed;
            return;
        }
    }
    task.outcome = HashTask::Outcome::ChangedWhileReading;
}

bool FileHashing::run(std::vector<HashTask>& tasks, const std::atomic_bool& cancelled, ProgressMeter& meter)
{
    qint64 bytesTotal = 0;
    for (const HashTask& task : tasks) {
        bytesTotal += task.entry.status.st_size;
    }
    m_rootFd = ::open(m_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_rootFd < 0) {
        for (HashTask& task : tasks) {
            task.outcome = HashTask::Outcome::Unreadable;  // the root the walk just read: rare
        }
        return !cancelled.load();
    }
    std::atomic<std::size_t> next{0};
    std::atomic<qint64> filesDone{0};
    std::atomic<qint64> bytesDone{0};
    QThreadPool pool;
    pool.setMaxThreadCount(m_threads);
    for (int worker = 0; worker < m_threads; ++worker) {
        pool.start([&]() {
            for (std::size_t i = next++; i < tasks.size() && !cancelled.load(std::memory_order_relaxed); i = next++) {
                hashOne(tasks[i]);
                bytesDone += tasks[i].entry.status.st_size;
                ++filesDone;
            }
        });
    }
    const qint64 filesTotal = qint64(tasks.size());
    while (!pool.waitForDone(100)) {
        meter.report({QStringLiteral("hash"), filesDone.load(), filesTotal, bytesDone.load(), bytesTotal, 0, -1, {}});
    }
    meter.report({QStringLiteral("hash"), filesDone.load(), filesTotal, bytesDone.load(), bytesTotal, 0, -1, {}}, true);
    ::close(m_rootFd);
    m_rootFd = -1;
    return !cancelled.load();
}

} // namespace ferry
