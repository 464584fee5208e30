#pragma once
// A run as it happens, seen from any process on the home: the run, who runs it, and how far it
// has got (written by the run's own process about once a second).

#include "Run.h"
#include "common/Progress.h"

#include <QMetaType>

namespace ferry {

struct LiveRun {
    Run run;
    QString owner;         // the program running it: "ferry", "ferryd" or "ferryctl"
    qint64 ownerPid = 0;
    Progress progress;
    QDateTime updatedAt;
    bool cancelRequested = false;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::LiveRun)
