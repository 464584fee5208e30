#pragma once
// Logging categories of the core, one per module. Enable with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="ferry.core.store.debug=true". The sync log users read is data in state.db,
// never this output.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcHome)
Q_DECLARE_LOGGING_CATEGORY(lcSite)
Q_DECLARE_LOGGING_CATEGORY(lcServices)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
