#pragma once
// Stops a run that would delete more than a set share of a resource until someone confirms: a
// wrong mount or a broken export looks exactly like "delete everything", and deserves a question.

#include "Plan.h"

#include <QCoreApplication>

#include <optional>

namespace ferry {

struct GuardedResource {
    QString name;          // "files" or a table
    qint64 localItems = 0;
    qint64 remoteItems = 0;
};

class DeletionGuard
{
    Q_DECLARE_TR_FUNCTIONS(DeletionGuard)

public:
    // The reason to stop, or nothing when the plan stays within the limit (percent of each side).
    static std::optional<QString> check(const Plan& plan, const GuardedResource& resource, int percent);
};

} // namespace ferry
