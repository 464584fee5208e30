// SecretStore against a real Secret Service (GNOME Keyring in scripts/dev.sh's D-Bus session),
// checked from the outside with secret-tool where it matters.

#include "SecurityFixtures.h"
#include "security/SecretStore.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>

using namespace ferry;
using namespace ferry::test;

class TestSecretStore : public QObject
{
    Q_OBJECT

    static QString uniqueKey() { return QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces); }

private slots:
    void initTestCase()
    {
        QVERIFY2(keychainAvailable(), "run through scripts/dev.sh test (a D-Bus session with GNOME Keyring)");
        QVERIFY(SecretStore::isAvailable());
    }

    void writesReadsAndRemoves()
    {
        const QString key = uniqueKey();
        const QByteArray secret("s3cret \x01\xff binary", 17);
        QVERIFY(SecretStore::write(key, secret).done());
        const SecretStore::Outcome read = SecretStore::read(key);
        QCOMPARE(read.status, SecretStore::Status::Done);
        QCOMPARE(read.secret, secret);
        QVERIFY(SecretStore::remove(key).done());
        QCOMPARE(SecretStore::read(key).status, SecretStore::Status::NotFound);
    }

    void isStoredInTheSystemKeychain()
    {
        // secret-tool, another client of the same Secret Service, finds the entry: it is in the
        // keyring, not in a file of Ferry's.
        const QString key = uniqueKey();
        QVERIFY(SecretStore::write(key, "visible-to-secret-tool").done());
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
        QVERIFY(tool.waitForFinished(20000));
        const QString said = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        QVERIFY2(said.contains(key), qPrintable(said));
        QVERIFY(SecretStore::remove(key).done());
    }

    void worksFromAWorkerWhileTheMainThreadRunsItsLoop()
    {
        const QString key = uniqueKey();
        QFutureWatcher<QByteArray> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<QByteArray>::finished);
        watcher.setFuture(QtConcurrent::run([key]() {
            SecretStore::write(key, "from a worker");
            const QByteArray secret = SecretStore::read(key).secret;
            SecretStore::remove(key);
            return secret;
        }));
        QVERIFY(finished.wait(30000));
        QCOMPARE(watcher.result(), QByteArray("from a worker"));
    }

    void switchedOffMeansUnavailable()
    {
        qputenv(SecretStore::switchVariable, "off");
        QVERIFY(!SecretStore::isAvailable());
        const SecretStore::Outcome outcome = SecretStore::write(uniqueKey(), "x");
        QCOMPARE(outcome.status, SecretStore::Status::Unavailable);
        QVERIFY(outcome.message.contains(QStringLiteral("No system keychain")));
        qunsetenv(SecretStore::switchVariable);
        QVERIFY(SecretStore::isAvailable());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
