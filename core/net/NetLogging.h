#pragma once
// Logging categories of the network layer: the agent (server side), the client, and the wire
// codec. Enable with QT_LOGGING_RULES="ferry.net.*.debug=true".

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAgent)
Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcCodec)
