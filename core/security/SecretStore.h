#pragma once
// Secrets (passphrases, proxy passwords, shared secrets) in the system keychain through
// QtKeychain — the Secret Service on Linux (GNOME Keyring, KWallet), the Keychain on macOS, the
// Credential Store on Windows — never in state.db, config files, logs or command output.
//
// QtKeychain jobs are asynchronous, and QtKeychain queues them all through one object on the main
// thread: a job run on another thread is finished there after it is gone. So these calls always
// run the job on the main thread and wait for it with a local event loop: directly when called
// there (ferryctl), and from a worker (the GUI's CertificateService) by handing it to the main
// thread and blocking until it is done — which needs the main thread to be running its event
// loop, never waiting for that worker.

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
