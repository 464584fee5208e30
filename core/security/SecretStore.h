#pragma once
// Secrets (passphrases, proxy passwords, shared secrets) in the system keychain through
// QtKeychain — the Secret Service on Linux (GNOME Keyring, KWallet), the Keychain on macOS, the
// Credential Store on Windows — never in state.db, config files, logs or command output.
//
// QtKeychain jobs are asynchronous; these calls wait for one with a local event loop on the
// calling thread. On Linux the Secret Service answers on the main thread's event loop, so call
// them either from the main thread (ferryctl) or from a worker while the main thread runs its
// event loop (the GUI's CertificateService), never from a worker while the main thread waits.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ferry {

class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    static constexpr char serviceName[] = "Ferry";
    // FERRY_KEYCHAIN=off makes Ferry behave as on a server without a keychain.
    static constexpr char switchVariable[] = "FERRY_KEYCHAIN";
    static constexpr int timeoutMs = 20000;

    enum class Status {
        Done,         // written, read or removed
        NotFound,     // nothing is stored under that key
        Unavailable,  // there is no keychain here (a headless server)
        Failed,       // the keychain refused or did not answer; message says why
    };

    struct Outcome {
        Status status = Status::Failed;
        QByteArray secret;
        QString message;
        bool done() const { return status == Status::Done; }
    };

    // Whether a keychain may be asked at all: there is a D-Bus session (on Linux) and
    // FERRY_KEYCHAIN is not "off".
    static bool isAvailable();

    static Outcome write(const QString& key, const QByteArray& secret);
    static Outcome read(const QString& key);
    static Outcome remove(const QString& key);
};

} // namespace ferry
