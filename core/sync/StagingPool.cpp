#include "StagingPool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace ferry {
namespace {

class StagingThreads : public QThreadPool
{
public:
    StagingThreads() { setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 2, 4)); }
};
Q_GLOBAL_STATIC(StagingThreads, threads)

} // namespace

QThreadPool* stagingPool()
{
    return threads();
}

} // namespace ferry
