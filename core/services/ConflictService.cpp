#include "ConflictService.h"

#include "RemoteConflictCopy.h"

#include "home/Home.h"
#include "store/ConflictRepository.h"
#include "store/StateStore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <pwd.h>
#include <unistd.h>

namespace ferry {

ConflictService::ConflictService(QString homePath, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
{
    qRegisterMetaType<ferry::ConflictContent>();
}

QString ConflictService::currentUserName()
{
    // The account, not a display name: what an administrator finds in the system's own logs.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name) {
        return QString::fromLocal8Bit(entry->pw_name);
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("uid %1").arg(geteuid()) : user;
}

void ConflictService::loadContent(const Conflict& conflict)
{
    auto* watcher = new QFutureWatcher<ConflictContent>(this);
    connect(watcher, &QFutureWatcher<ConflictContent>::finished, this, [this, watcher]() {
        emit contentReady(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([conflict, home = m_homePath]() {
        return ConflictContent::load(conflict, [&]() { return RemoteConflictCopy::fetch(home, conflict, ConflictContent::maxBytes); });
    }));
}

void ConflictService::resolve(const QList<qint64>& ids, ConflictWinner winner)
{
    const QString user = currentUserName();
    auto future = QtConcurrent::run([homePath = m_homePath, ids, winner, user]() -> Result<QList<qint64>> {
        auto home = Home::open(homePath);
        if (!home) {
            return home.error();
        }
        auto store = StateStore::open(home->stateDatabasePath());
        if (!store) {
            return store.error();
        }
        ConflictRepository conflicts(store.value()->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto written = store.value()->write([&]() -> Result<void> {
            for (qint64 id : ids) {
                if (auto done = conflicts.resolve(id, winner, user, now); !done) {
                    return done;
                }
            }
            return {};
        });
        if (!written) {
            return written.error();
        }
        // The decision stands even if the profiles cannot be read: the next run applies it then.
        auto profiles = conflicts.profilesThatFound(ids);
        return profiles ? *profiles : QList<qint64>{};
    });
    auto* watcher = new QFutureWatcher<Result<QList<qint64>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<qint64>>>::finished, this, [this, watcher, count = int(ids.size()), winner]() {
        const Result<QList<qint64>> result = watcher->result();
        watcher->deleteLater();
        if (result) {
            emit resolved(count, winner, *result);
        } else {
            emit resolveFailed(result.errorMessage());
        }
    });
    watcher->setFuture(future);
}

} // namespace ferry
