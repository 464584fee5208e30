#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "ferry.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHome, "ferry.core.home", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSite, "ferry.core.site", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServices, "ferry.core.services", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "ferry.cli", QtInfoMsg)
