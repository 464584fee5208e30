#include "SecretStore.h"

#include "SecurityLogging.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace ferry {
namespace {

SecretStore::Outcome runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop]() {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(SecretStore::timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished) {
        loop.exec();
    }
    SecretStore::Outcome outcome;
    if (!finished) {
        outcome.status = SecretStore::Status::Failed;
        outcome.message = SecretStore::tr("The system keychain did not answer within %1 seconds.")
                              .arg(SecretStore::timeoutMs / 1000);
        return outcome;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        outcome.status = SecretStore::Status::Done;
        break;
    case QKeychain::EntryNotFound:
        outcome.status = SecretStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        outcome.status = SecretStore::Status::Unavailable;
        outcome.message = SecretStore::tr("No system keychain is available: %1").arg(job.errorString());
        break;
    default:
        outcome.status = SecretStore::Status::Failed;
        outcome.message = SecretStore::tr("The system keychain refused: %1").arg(job.errorString());
        break;
    }
    return outcome;
}

template<typename Work>
SecretStore::Outcome onMainThread(Work work)
{
    QCoreApplication* application = QCoreApplication::instance();
    if (!application || QThread::currentThread() == application->thread()) {
        return work();
    }
    SecretStore::Outcome outcome;
    QMetaObject::invokeMethod(application, [&outcome, &work]() { outcome = work(); }, Qt::BlockingQueuedConnection);
    return outcome;
}

SecretStore::Outcome unavailable()
{
    return SecretStore::Outcome{SecretStore::Status::Unavailable, {},
                                SecretStore::tr("No system keychain is available on this machine.")};
}

} // namespace

bool SecretStore::isAvailable()
{
    if (qEnvironmentVariable(switchVariable).compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
        return false;
    }
#if defined(Q_OS_LINUX)
    // Without a session bus there is no Secret Service to ask, and asking would only wait.
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

SecretStore::Outcome SecretStore::write(const QString& key, const QByteArray& secret)
{
    if (!isAvailable()) {
        return unavailable();
    }
    const Outcome outcome = onMainThread([&key, &secret]() {
        QKeychain::WritePasswordJob job(QString::fromLatin1(serviceName));
        job.setKey(key);
        job.setBinaryData(secret);
        return runJob(job);
    });
    qCDebug(lcSecurity) << "keychain write" << key << (outcome.done() ? "done" : "failed");
    return outcome;
}

SecretStore::Outcome SecretStore::read(const QString& key)
{
    if (!isAvailable()) {
        return unavailable();
    }
    return onMainThread([&key]() {
        QKeychain::ReadPasswordJob job(QString::fromLatin1(serviceName));
        job.setKey(key);
        Outcome outcome = runJob(job);
        if (outcome.done()) {
            outcome.secret = job.binaryData();
        }
        return outcome;
    });
}

SecretStore::Outcome SecretStore::remove(const QString& key)
{
    if (!isAvailable()) {
        return unavailable();
    }
    return onMainThread([&key]() {
        QKeychain::DeletePasswordJob job(QString::fromLatin1(serviceName));
        job.setKey(key);
        return runJob(job);
    });
}

} // namespace ferry
