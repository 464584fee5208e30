#pragma once
// Turns Nagle's algorithm off on this process's TCP connections to one port. Ferry's requests
// leave in several writes (headers, then a body of a megabyte or more); with Nagle's algorithm the
// last, partial segment waits for the peer's delayed acknowledgement, up to 40 ms on Linux, once
// per request: seconds in a push of a few hundred batches. QNetworkAccessManager never sets
// TCP_NODELAY and does not hand out its sockets, so its connections are found among the process's
// open descriptors by their peer's port. Harmless on any other connection to that port.
// Linux only (it reads /proc/self/fd); elsewhere it does nothing.

#include <QtGlobal>

namespace ferry::LowDelaySockets {

// Returns how many connections were switched (or already were) to no delay.
int setForPeerPort(quint16 port);

} // namespace ferry::LowDelaySockets
