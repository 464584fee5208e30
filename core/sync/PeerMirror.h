#pragma once
// What this side knows of a remote site's items, kept between runs in
// HOME/sites/LOCAL-UUID/peers/REMOTE-UUID.db: every item's version, timestamp, hash, size and
// tombstone, as the remote's change feed last reported them, with the feed position read up to.
// A run reads only the feed's new entries, yet plans over the remote's whole state (as Syncthing
// keeps a peer's index). The mirror is a cache of the remote's truth: advancing it before the
// run applies anything is safe, because the plan compares full states, never "changes since".

#include "ItemState.h"
#include "common/Result.h"
#include "site/SiteIndex.h"

#include <QCoreApplication>
#include <QUuid>

#include <memory>
#include <vector>

namespace ferry {

class PeerMirror
{
    Q_DECLARE_TR_FUNCTIONS(PeerMirror)

public:
    static QString pathFor(const QString& homePath, const QUuid& localSite, const QUuid& remoteSite);
    static Result<std::unique_ptr<PeerMirror>> open(const QString& path);
    ~PeerMirror();

    PeerMirror(const PeerMirror&) = delete;
    PeerMirror& operator=(const PeerMirror&) = delete;

    Result<qint64> lastSequence() const;
    // Takes in one page of the remote's feed and its position, in one transaction.
    Result<void> take(const FeedPage& page);
    Result<std::vector<ItemState>> states() const;

private:
    explicit PeerMirror(QString connectionName);
    QString m_connectionName;
};

// A feed entry or an index item as the planner sees it.
ItemState itemStateOf(const FeedEntry& entry);

} // namespace ferry
