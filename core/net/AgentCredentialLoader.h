#pragma once
// The certificate, key and trusted CAs the agent serves with: by default this home's node
// certificate and key (HOME/trust/node.crt, node.key) and the CAs its trust store trusts; or the
// files given with --cert, --key and --ca. Everything is checked before the agent listens: the
// key file readable by its owner only, the certificate within its validity, the key its own.

#include "AgentServer.h"
#include "common/Result.h"
#include "security/CertificateInfo.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ferry {

struct AgentCredentialFiles {
    QString certificate;  // empty: the home's node.crt
    QString key;          // empty: the home's node.key
    QString ca;           // empty: the trust store's CAs
};

struct AgentCredentials {
    AgentTls tls;
    CertificateInfo certificate;
    std::vector<CertificateInfo> cas;
    QString certificatePath;
    QString keyPath;
};

class AgentCredentialLoader
{
    Q_DECLARE_TR_FUNCTIONS(AgentCredentialLoader)

public:
    static Result<AgentCredentials> load(const QString& homePath, const AgentCredentialFiles& files,
                                         const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace ferry
