#include "SecurityLogging.h"

Q_LOGGING_CATEGORY(lcSecurity, "ferry.core.security", QtInfoMsg)
