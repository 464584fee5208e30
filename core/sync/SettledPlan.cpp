#include "SettledPlan.h"

#include "site/SiteIndex.h"

#include <QCryptographicHash>

#include <map>

namespace ferry {

namespace {

// Bumped whenever the planner decides an item differently from the same two states: points
// settled by an older planner then no longer apply.
constexpr int plannerRevision = 1;

} // namespace

QString SettledPlan::fingerprint(const PlanInput& settings, const Profile& profile, const QStringList& tables)
{
    const QChar separator(0x1F);
    const QStringList parts { QString::number(plannerRevision), QString::number(int(settings.direction)),
        QString::number(int(settings.policy)),
        settings.propagateDeletes ? QStringLiteral("deletes") : QStringLiteral("no-deletes"),
        settings.localSite.toString(QUuid::WithoutBraces), settings.remoteSite.toString(QUuid::WithoutBraces),
        settings.masterSite.toString(QUuid::WithoutBraces), profile.includes.join(separator),
        profile.excludes.join(separator), tables.join(separator) };
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1E)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<std::optional<MovedItems>> SettledPlan::movedSince(const SettledPoint& point, const SiteIndex& index,
    qint64 localSequence, const PeerMirror& mirror, qint64 remoteSequence, std::size_t limit)
{
    if (point.localGeneration != index.generation() || point.localSequence > localSequence
        || point.remoteSequence > remoteSequence) {
        return std::optional<MovedItems>();
    }
    auto local = index.changesSince(point.localSequence, int(limit) + 1);
    if (!local) {
        return local.error();
    }
    if (local->more) {
        return std::optional<MovedItems>();
    }
    auto remote = mirror.statesSince(point.remoteSequence);
    if (!remote) {
        return remote.error();
    }
    // Each moved item once, with both of its states.
    std::map<ItemKey, std::pair<std::optional<ItemState>, std::optional<ItemState>>> moved;
    for (const FeedEntry& entry : local->entries) {
        const ItemState state = itemStateOf(entry);
        moved[state.key].first = state;
    }
    for (ItemState& state : remote.value()) {
        const ItemKey key = state.key;
        moved[key].second = std::move(state);
    }
    if (moved.size() > limit) {
        return std::optional<MovedItems>();
    }
    std::vector<ItemKey> lackingRemote;
    MovedItems items;
    for (auto& [key, sides] : moved) {
        if (sides.first) {
            items.local.push_back(*sides.first);
        } else {
            auto state = key.kind == ItemKey::Kind::File
                ? index.item(FeedEntry::Kind::File, key.name)
                : index.item(
                    FeedEntry::Kind::Row, key.tableAndKey().first, key.tableAndKey().second);
            if (!state) {
                return state.error();
            }
            if (state.value()) {
                items.local.push_back(itemStateOf(*state.value()));
            }
        }
        if (sides.second) {
            items.remote.push_back(*sides.second);
        } else {
            lackingRemote.push_back(key);
        }
    }
    auto remoteStates = mirror.statesOf(lackingRemote);
    if (!remoteStates) {
        return remoteStates.error();
    }
    for (std::optional<ItemState>& state : remoteStates.value()) {
        if (state) {
            items.remote.push_back(std::move(*state));
        }
    }
    return std::optional(std::move(items));
}

QString SettledPlan::difference(const Plan& fromPoint, const Plan& full)
{
    std::map<ItemKey, PlanAction> actions;
    for (const PlannedItem& item : full.items) {
        actions[item.key] = item.action;
    }
    for (const PlannedItem& item : fromPoint.items) {
        const auto it = actions.find(item.key);
        if (it == actions.end()) {
            return QStringLiteral("%1 is planned from the point only").arg(item.key.name);
        }
        if (it->second != item.action) {
            return QStringLiteral("%1 is planned differently (%2, in full %3)")
                .arg(item.key.name)
                .arg(int(item.action))
                .arg(int(it->second));
        }
        actions.erase(it);
    }
    if (!actions.empty()) {
        return QStringLiteral("%1 is planned in full only").arg(actions.begin()->first.name);
    }
    return {};
}

} // namespace ferry
