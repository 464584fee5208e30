#pragma once
// The GUI's way into a home's trust store. Every call returns at once; OpenSSL's key generation
// and the file work run on the global thread pool (keychain calls are handed to the main thread by
// SecretStore), and the outcome arrives on the caller's thread: overviewReady for refresh(), a
// callback for each operation.

#include "security/SecurityConfigurator.h"

#include <QObject>

#include <functional>

namespace ferry {

// Everything the Certificates view shows, read in one go.
struct TrustOverview {
    std::vector<TrustEntry> entries;
    int expiryWarningDays = TrustStore::defaultExpiryWarningDays;
    bool hasCa = false;
    CertificateInfo ca;
};

// What the wizard needs after issuing: the certificate with its key (kept in memory only until
// it is exported) and the CA that issued it.
struct IssuedNode {
    IssuedCertificate issued;
    CertificateInfo ca;
};

class CertificateService : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const Result<T>&)>;

    explicit CertificateService(QString homePath, QObject* parent = nullptr);

    const QString& homePath() const { return m_homePath; }

    void refresh();
    void createCa(const QString& name, KeyType keyType, Done<CaCreated> done);
    void issue(const NodeRequest& request, Done<IssuedNode> done);
    void exportBundle(const IssuedNode& node, const QString& path, const QByteArray& passphrase, Done<QString> done);
    void inspect(const ImportRequest& request, Done<ImportPreview> done);
    void importFile(const ImportRequest& request, Done<ImportPreview> done);
    void untrust(const QString& fingerprint, Done<TrustEntry> done);

signals:
    void overviewReady(const ferry::TrustOverview& overview);
    void loadFailed(const QString& message);
    // After anything that changed the store.
    void changed();

private:
    template<typename T, typename Work>
    void start(Work work, Done<T> done, bool changes);

    QString m_homePath;
    bool m_refreshRunning = false;
    bool m_refreshPending = false;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::TrustOverview)
