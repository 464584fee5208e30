#pragma once
// What this side knows of a remote site's items, kept between runs in
// HOME/sites/LOCAL-UUID/peers/REMOTE-UUID.db: every item's version, timestamp, hash, size and
// tombstone, as the remote's change feed last reported them, with the feed position read up to.
// A run reads only the feed's new entries, yet plans over the remote's whole state (as Syncthing
// keeps a peer's index). The mirror is a cache of the remote's truth: advancing it before the
// run applies anything is safe, because the plan compares full states, never "changes since".
//
// Each item also keeps the remote feed position it came in at, and the mirror keeps the points
// where a profile's plan was settled (see SettledPoint), so a run can plan only what moved since.

#include "ItemState.h"
#include "common/Result.h"
#include "site/SiteIndex.h"

#include <QCoreApplication>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

namespace ferry {

// A point where planning a profile over every item left nothing to do: the local index's
// generation and last sequence, and the mirror's feed position, when that plan was made. An item
// whose state has not moved on either side since then still plans nothing, since the planner
// decides each item from its two states and the profile's settings alone (the fingerprint).
struct SettledPoint {
    QString fingerprint;
    QString localGeneration;
    qint64 localSequence = 0;
    qint64 remoteSequence = 0;
};

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
    // The items the remote's feed moved after that position.
    Result<std::vector<ItemState>> statesSince(qint64 sequence) const;
    // The mirror's state of each key, nothing where the remote never had the item.
    Result<std::vector<std::optional<ItemState>>> statesOf(const std::vector<ItemKey>& keys) const;

    Result<std::optional<SettledPoint>> settled(const QString& fingerprint) const;
    Result<void> settle(const SettledPoint& point);

private:
    explicit PeerMirror(QString connectionName);
    Result<void> migrate();
    static Result<void> startAgainBeforeFormat(const QSqlDatabase& db);
    Result<std::vector<ItemState>> select(const QString& statement, const QVariantList& values) const;
    QString m_connectionName;
};

// A feed entry or an index item as the planner sees it.
ItemState itemStateOf(const FeedEntry& entry);

} // namespace ferry
