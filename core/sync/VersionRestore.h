#pragma once
// Puts a file's kept version (VersionsArea) back in its site's files root, as a run would write
// it: under the site's write lock, beside its target, checked, made durable, then renamed over
// what is there, whose content is kept in the versions area first. A restore is therefore undone
// by restoring again. The site's index learns of it at the next scan, and the next run carries it
// to the site's peers like any edit made here.

#include "VersionsArea.h"
#include "common/Result.h"
#include "model/Site.h"

#include <QCoreApplication>

#include <optional>

namespace ferry {

class VersionRestore
{
    Q_DECLARE_TR_FUNCTIONS(VersionRestore)

public:
    // Restores relativePath as it was kept at keptAt, or its newest kept version when there is no
    // keptAt. lockWaitMs: how long to wait for a run writing the site to finish. Returns the
    // version restored.
    static Result<KeptVersion> restore(const QString& homePath, const Site& site, const QString& relativePath,
                                       const std::optional<QDateTime>& keptAt, int lockWaitMs = 0);
};

} // namespace ferry
