#include "NetLogging.h"

Q_LOGGING_CATEGORY(lcAgent, "ferry.net.agent", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "ferry.net.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCodec, "ferry.net.codec", QtInfoMsg)
