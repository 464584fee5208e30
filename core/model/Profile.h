#pragma once
// A profile: what a relationship keeps in step, in which direction and under which policies.

#include "EnumKeys.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ferry {

enum class Direction { Upload, Download, Bidirectional };

inline constexpr EnumKeyTable<Direction, 3> directionKeys{{
    {Direction::Upload, "upload"},
    {Direction::Download, "download"},
    {Direction::Bidirectional, "bidirectional"},
}};

enum class ConflictPolicy { MasterWins, NewerWins, LocalWins, RemoteWins, KeepBoth, Manual };

inline constexpr EnumKeyTable<ConflictPolicy, 6> conflictPolicyKeys{{
    {ConflictPolicy::MasterWins, "master-wins"},
    {ConflictPolicy::NewerWins, "newer-wins"},
    {ConflictPolicy::LocalWins, "local-wins"},
    {ConflictPolicy::RemoteWins, "remote-wins"},
    {ConflictPolicy::KeepBoth, "keep-both"},
    {ConflictPolicy::Manual, "manual"},
}};

struct Profile {
    qint64 id = 0;
    QString name;
    qint64 relationshipId = 0;
    Direction direction = Direction::Upload;
    QStringList includes;   // globs relative to the files root; empty = everything
    QStringList excludes;
    QStringList tables;
    bool propagateDeletes = true;
    ConflictPolicy conflictPolicy = ConflictPolicy::Manual;
    int bandwidthLimitKiBps = 0;  // 0 = unlimited
    int deleteGuardPercent = 25;  // a run deleting more than this share of a resource asks first
    QDateTime createdAt;
};

} // namespace ferry
