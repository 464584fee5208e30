#pragma once
// A conflict: one item changed on both sides since they last agreed, and what became of it.

#include "EnumKeys.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ferry {

enum class ConflictStatus { AutoResolved, PendingReview, Resolved };

inline constexpr EnumKeyTable<ConflictStatus, 3> conflictStatusKeys{{
    {ConflictStatus::AutoResolved, "auto-resolved"},
    {ConflictStatus::PendingReview, "pending"},
    {ConflictStatus::Resolved, "resolved"},
}};

enum class ConflictWinner { None, Local, Remote, Both };

inline constexpr EnumKeyTable<ConflictWinner, 4> conflictWinnerKeys{{
    {ConflictWinner::None, "none"},
    {ConflictWinner::Local, "local"},
    {ConflictWinner::Remote, "remote"},
    {ConflictWinner::Both, "both"},
}};

struct Conflict {
    qint64 id = 0;
    qint64 runId = 0;
    QString relationship;
    QString site;
    QString resource;
    QString item;              // a path inside the files root, or a table's primary key
    QJsonObject local;         // version vector, size, modification time, hash, …
    QJsonObject remote;
    QString policy;            // the conflict policy's key at the time
    ConflictWinner winner = ConflictWinner::None;
    QString loserLocation;     // where the losing version is kept
    ConflictStatus status = ConflictStatus::PendingReview;
    QString resolvedBy;
    QDateTime resolvedAt;
    QDateTime detectedAt;
};

} // namespace ferry
