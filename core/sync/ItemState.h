#pragma once
// What one side knows of one item (a file or a row) when a run plans: the input of the planner.

#include "site/ContentHasher.h"
#include "site/HybridClock.h"
#include "site/VersionVector.h"

#include <QString>

#include <utility>

namespace ferry {

struct ItemKey {
    enum class Kind { File, Row };
    Kind kind = Kind::File;
    QString name;  // a path relative to the files root, or "table\x1Fkey" for a row

    static ItemKey file(const QString& path) { return {Kind::File, path}; }
    static ItemKey row(const QString& table, const QString& key) { return {Kind::Row, table + QChar(0x1F) + key}; }

    // A row's table and key (for a file: the path and nothing).
    std::pair<QString, QString> tableAndKey() const
    {
        const qsizetype split = name.indexOf(QChar(0x1F));
        return {name.left(split), name.mid(split + 1)};
    }
    // The item within its resource: the path, or the row's key.
    QString itemName() const { return kind == Kind::File ? name : tableAndKey().second; }
    // For people: the path, or "table: key".
    QString displayName() const
    {
        if (kind == Kind::File) {
            return name;
        }
        const auto [table, row] = tableAndKey();
        return table + QStringLiteral(": ") + row;
    }

    // Qt 6.4's QString has no <=>: order by kind, then name.
    bool operator<(const ItemKey& other) const { return kind != other.kind ? kind < other.kind : name < other.name; }
    bool operator==(const ItemKey& other) const { return kind == other.kind && name == other.name; }
};

struct ItemState {
    ItemKey key;
    bool deleted = false;      // a tombstone: the item was here and was deleted
    VersionVector version;
    HybridTimestamp timestamp;
    Sha256 hash{};             // the content's hash (files) or the row's (all zero when unknown)
    qint64 size = 0;

    // Same content on both sides, whatever their histories (both deleted counts as the same). An
    // unknown hash (rows carry none) is never the same as anything: better a conflict recorded
    // than two different rows silently taken for one.
    bool sameContentAs(const ItemState& other) const
    {
        return deleted == other.deleted && (deleted || (hash != Sha256{} && holds(other.hash, other.size)));
    }
    // Whether this state names that content: hash and size together (see ContentHasher).
    bool holds(const Sha256& contentHash, qint64 contentSize) const
    {
        return hash == contentHash && size == contentSize;
    }
};

} // namespace ferry
