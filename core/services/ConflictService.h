#pragma once
// The conflict review's way into a home: reads both versions' content and records decisions
// (keep local, keep remote, keep both) in the conflicts table, with who decided and when. The
// sync engine applies a recorded decision on the profile's next run, or at once when the caller
// starts that run (resolved names the profiles). Every call returns at once; the work runs on the
// thread pool and its outcome arrives as a signal.

#include "ConflictContent.h"

#include <QList>
#include <QObject>

namespace ferry {

class ConflictService : public QObject
{
    Q_OBJECT

public:
    explicit ConflictService(QString homePath, QObject* parent = nullptr);

    // The name recorded as resolved_by: the operating-system account running Ferry.
    static QString currentUserName();

    void loadContent(const ferry::Conflict& conflict);
    // Records winner for every id, all or none: resolved or resolveFailed follows.
    void resolve(const QList<qint64>& ids, ferry::ConflictWinner winner);

signals:
    void contentReady(const ferry::ConflictContent& content);
    // profiles: the profiles whose runs found the conflicts, which apply the decision when run.
    void resolved(int count, ferry::ConflictWinner winner, const QList<qint64>& profiles);
    void resolveFailed(const QString& message);

private:
    QString m_homePath;
};

} // namespace ferry
