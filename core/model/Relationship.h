#pragma once
// A relationship: a local site paired with a remote site served by an agent (DESIGN.md section 2).

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ferry {

struct Relationship {
    qint64 id = 0;
    QString name;
    qint64 siteId = 0;            // the local site
    QUrl remoteUrl;               // https://HOST:PORT/SITE
    QString clientCertificatePath;
    QString clientKeyPath;        // a file with 0600 permissions; its passphrase lives in the keychain
    QString caCertificatePath;
    QString pinnedFingerprint;    // SHA-256 of the remote's certificate, hex
    QUrl proxyUrl;                // no credentials: those live in the keychain
    bool bypassProxy = false;
    bool acceptPushes = false;
    bool initialCopyDone = false; // the first run is an explicit initial copy
    QDateTime createdAt;
};

} // namespace ferry
