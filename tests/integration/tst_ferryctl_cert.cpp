// ferryctl cert … and peer …, run as real processes, with the `openssl` command line as the
// independent witness of every file they write, and a real keychain (scripts/dev.sh test runs the
// suite in a private D-Bus session with GNOME Keyring).

#include "ProcessRunner.h"
#include "SecurityFixtures.h"
#include "TempHome.h"
#include "security/CertificateAuthority.h"
#include "security/Pkcs12Bundle.h"
#include "security/SecretStore.h"
#include "security/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

const QByteArray bundlePassphrase = "correct horse battery";

QString fingerprintByOpenSsl(const QString& certificatePath)
{
    const ProcessResult r = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), certificatePath,
                                        QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    return r.out.trimmed().section(QLatin1Char('='), 1);
}

QString publicKeyByOpenSsl(const QStringList& arguments)
{
    return runOpenSsl(arguments).out;
}

} // namespace

class TestFerryctlCert : public QObject
{
    Q_OBJECT

private:
    ProcessResult ctl(const QString& home, const QStringList& arguments,
                      const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        return runWithInput(QStringLiteral("ferryctl"), QStringList{QStringLiteral("--home"), home} + arguments, {},
                            environment);
    }

    // A home with a CA and a node certificate issued to prod1 in out/.
    struct Issued {
        QString home;
        QString out;
        QString passphraseFile;
    };
    Issued issueProd1(const TempHome& temp)
    {
        Issued issued{temp.homePath(), temp.makeFolder(QStringLiteral("out")),
                      writeOwnerOnly(temp.root() + QStringLiteral("/pass"), bundlePassphrase + "\n")};
        const ProcessResult ca = ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"),
                                                   QStringLiteral("Staging CA")});
        if (ca.exitCode != 0) {
            qFatal("cert ca failed: %s", qPrintable(ca.err));
        }
        const ProcessResult issue = ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("prod1"),
                                                      QStringLiteral("--out"), issued.out, QStringLiteral("--host"),
                                                      QStringLiteral("prod1.example.org"), QStringLiteral("--ip"),
                                                      QStringLiteral("10.0.0.5"), QStringLiteral("--passphrase-file"),
                                                      issued.passphraseFile});
        if (issue.exitCode != 0) {
            qFatal("cert issue failed: %s", qPrintable(issue.err));
        }
        return issued;
    }

    static QProcessEnvironment headless()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        return environment;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(runOpenSsl({QStringLiteral("version")}).exitCode == 0, "the openssl command line is needed");
        QVERIFY2(keychainAvailable(), "run the suite through scripts/dev.sh test: it needs a D-Bus session with "
                                      "GNOME Keyring (dbus-run-session -- scripts/with-keyring.sh ctest …)");
    }

    void caKeepsItsKeyEncryptedWithThePassphraseInTheKeychain()
    {
        TempHome temp;
        const ProcessResult r = ctl(temp.homePath(), {QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"),
                                                      QStringLiteral("Staging CA")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QString caPath = temp.homePath() + QStringLiteral("/trust/ca.crt");
        const QString keyPath = temp.homePath() + QStringLiteral("/trust/ca.key");
        QVERIFY(r.out.contains(QStringLiteral("SHA-256 fingerprint: ") + fingerprintByOpenSsl(caPath)));
        QVERIFY(r.out.contains(QStringLiteral("system keychain")));
        QVERIFY(!QFile::exists(temp.homePath() + QStringLiteral("/trust/ca.passphrase")));

        const ProcessResult text = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), caPath, QStringLiteral("-noout"),
                                               QStringLiteral("-text")});
        QVERIFY(text.out.contains(QStringLiteral("CA:TRUE")));
        QVERIFY(text.out.contains(QStringLiteral("prime256v1")));
        QVERIFY(text.out.contains(QStringLiteral("Subject: O = Ferry, CN = Staging CA")));
        auto info = CertificateInfo::fromBytes(readAll(caPath), caPath);
        QVERIFY(info);
        QCOMPARE(info->notBefore.daysTo(info->notAfter), qint64(CertificateAuthority::caValidDays));

        // The key is encrypted: openssl cannot open it without the passphrase, and can with the
        // one in the keychain.
        QCOMPARE(fileMode(keyPath), 0600);
        QVERIFY(readAll(keyPath).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), keyPath, QStringLiteral("-passin"),
                            QStringLiteral("pass:wrong")})
                    .exitCode
                != 0);
        auto store = TrustStore::open(temp.homePath());
        QVERIFY(store);
        const SecretStore::Outcome secret = SecretStore::read(store->caPassphraseSecretKey());
        QVERIFY2(secret.done(), qPrintable(secret.message));
        QVERIFY(secret.secret.size() >= 32);
        QCOMPARE(runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), keyPath, QStringLiteral("-passin"),
                             QStringLiteral("stdin"), QStringLiteral("-noout")},
                            secret.secret + "\n")
                     .exitCode,
                 0);
        // The passphrase is nowhere but in the keychain.
        QVERIFY(filesContaining(temp.root(), secret.secret).isEmpty());
        QVERIFY(!r.out.contains(QString::fromLatin1(secret.secret)));

        const ProcessResult again = ctl(temp.homePath(), {QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"),
                                                          QStringLiteral("Other")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already has a certificate authority")));
        SecretStore::remove(store->caPassphraseSecretKey());
    }

    void caCanBeRsa()
    {
        TempHome temp;
        QCOMPARE(ctl(temp.homePath(), {QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"), QStringLiteral("R"),
                                       QStringLiteral("--key-type"), QStringLiteral("rsa")})
                     .exitCode,
                 0);
        const ProcessResult text = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"),
                                               temp.homePath() + QStringLiteral("/trust/ca.crt"), QStringLiteral("-noout"),
                                               QStringLiteral("-text")});
        QVERIFY(text.out.contains(QStringLiteral("Public-Key: (3072 bit)")));
    }

    void commandLineMistakesExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("ca without name") << QStringList{QStringLiteral("cert"), QStringLiteral("ca")} << QStringLiteral("--name");
        QTest::newRow("ca bad key type") << QStringList{QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"),
                                                        QStringLiteral("x"), QStringLiteral("--key-type"), QStringLiteral("dsa")}
                                         << QStringLiteral("ec or rsa");
        QTest::newRow("issue without out") << QStringList{QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("n")}
                                           << QStringLiteral("--out DIR");
        QTest::newRow("issue bad ip") << QStringList{QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("n"),
                                                     QStringLiteral("--out"), QStringLiteral("/tmp"), QStringLiteral("--ip"),
                                                     QStringLiteral("999.1.1.1")}
                                      << QStringLiteral("not an IP address");
        QTest::newRow("issue bad host") << QStringList{QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("n"),
                                                       QStringLiteral("--out"), QStringLiteral("/tmp"), QStringLiteral("--host"),
                                                       QStringLiteral("bad host")}
                                        << QStringLiteral("not a valid host name");
        QTest::newRow("issue bad node") << QStringList{QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("../x"),
                                                       QStringLiteral("--out"), QStringLiteral("/tmp")}
                                        << QStringLiteral("not a valid node name");
        QTest::newRow("import bad trust-ca") << QStringList{QStringLiteral("cert"), QStringLiteral("import"), QStringLiteral("f"),
                                                            QStringLiteral("--trust-ca"), QStringLiteral("12:34")}
                                             << QStringLiteral("64 hex digits");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("cert"), QStringLiteral("sign")} << QStringLiteral("sign");
        QTest::newRow("peer bad fingerprint") << QStringList{QStringLiteral("peer"), QStringLiteral("allow"), QStringLiteral("zz")}
                                              << QStringLiteral("neither a certificate file nor");
    }

    void commandLineMistakesExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        TempHome temp;
        const ProcessResult r = ctl(temp.homePath(), arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("ferryctl: ")));
    }

    void helpSaysWherePassphrasesComeFrom()
    {
        TempHome temp;
        const ProcessResult r = ctl(temp.homePath(), {QStringLiteral("cert"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--passphrase-file FILE")));
        QVERIFY(r.out.contains(QStringLiteral("never taken as an argument")));
        QVERIFY(r.out.contains(QStringLiteral("standard input")));
    }

    void issueWritesFilesThatOpensslAccepts()
    {
        TempHome temp;
        const Issued issued = issueProd1(temp);
        const QString crt = issued.out + QStringLiteral("/prod1.crt");
        const QString key = issued.out + QStringLiteral("/prod1.key");
        const QString p12 = issued.out + QStringLiteral("/prod1.p12");
        const QString ca = issued.out + QStringLiteral("/ca.crt");
        QCOMPARE(fileMode(key), 0600);
        QCOMPARE(fileMode(p12), 0600);
        QCOMPARE(readAll(ca), readAll(temp.homePath() + QStringLiteral("/trust/ca.crt")));
        QCOMPARE(readAll(crt), readAll(temp.homePath() + QStringLiteral("/trust/issued/prod1.crt")));

        for (const QString& purpose : {QStringLiteral("sslserver"), QStringLiteral("sslclient")}) {
            const ProcessResult verify = runOpenSsl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca,
                                                     QStringLiteral("-purpose"), purpose, crt});
            QCOMPARE(verify.exitCode, 0);
            QCOMPARE(verify.out.trimmed(), crt + QStringLiteral(": OK"));
        }
        const ProcessResult names = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), crt, QStringLiteral("-noout"),
                                                QStringLiteral("-ext"), QStringLiteral("subjectAltName,extendedKeyUsage")});
        QVERIFY2(names.out.contains(QStringLiteral("DNS:prod1, DNS:prod1.example.org, IP Address:10.0.0.5")),
                 qPrintable(names.out));
        QVERIFY(names.out.contains(QStringLiteral("TLS Web Server Authentication, TLS Web Client Authentication")));
        auto info = CertificateInfo::fromBytes(readAll(crt), crt);
        QCOMPARE(info->notBefore.daysTo(info->notAfter), qint64(CertificateAuthority::nodeValidDays));

        // The key belongs to the certificate, and the bundle holds both behind the passphrase.
        QCOMPARE(publicKeyByOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout")}),
                 publicKeyByOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), crt, QStringLiteral("-noout"),
                                     QStringLiteral("-pubkey")}));
        const ProcessResult bundle = runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                                                 QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                                                 QStringLiteral("file:") + issued.passphraseFile});
        QCOMPARE(bundle.exitCode, 0);
        QVERIFY(bundle.err.contains(QStringLiteral("AES-256-CBC")));
        QVERIFY(bundle.err.contains(QStringLiteral("Shrouded Keybag")));
        const ProcessResult wrong = runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                                                QStringLiteral("-in"), p12, QStringLiteral("-passin"), QStringLiteral("pass:nope")});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY(wrong.err.contains(QStringLiteral("Mac verify error")));
        // The node key in the bundle is the one in NODE.key.
        const ProcessResult bundleKey = runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-nocerts"),
                                                    QStringLiteral("-nodes"), QStringLiteral("-passin"),
                                                    QStringLiteral("file:") + issued.passphraseFile});
        QVERIFY(bundleKey.out.contains(QString::fromLatin1(readAll(key)).trimmed().section(QLatin1Char('\n'), 1, 1)));
        // The passphrase never reaches the home or the output.
        QVERIFY(filesContaining(temp.homePath(), bundlePassphrase).isEmpty());
    }

    void issueReadsThePassphraseFromStandardInput()
    {
        TempHome temp;
        QCOMPARE(ctl(temp.homePath(), {QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"), QStringLiteral("CA")})
                     .exitCode,
                 0);
        const QString out = temp.makeFolder(QStringLiteral("out"));
        const ProcessResult r = runWithInput(QStringLiteral("ferryctl"),
                                             {QStringLiteral("--home"), temp.homePath(), QStringLiteral("cert"), QStringLiteral("issue"),
                                              QStringLiteral("web"), QStringLiteral("--out"), out},
                                             "from standard input\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QStringLiteral("from standard input")) && !r.err.contains(QStringLiteral("from standard input")));
        QCOMPARE(runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"), QStringLiteral("-in"),
                             out + QStringLiteral("/web.p12"), QStringLiteral("-passin"),
                             QStringLiteral("pass:from standard input")})
                     .exitCode,
                 0);
        // Nothing on standard input: refused, nothing written.
        const ProcessResult none = runWithInput(QStringLiteral("ferryctl"),
                                                {QStringLiteral("--home"), temp.homePath(), QStringLiteral("cert"),
                                                 QStringLiteral("issue"), QStringLiteral("web2"), QStringLiteral("--out"), out},
                                                {});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("No passphrase was given")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/web2.p12")));
    }

    void issueRefusesBadPassphrases_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("readable by others") << QByteArray("long enough passphrase\n") << 0644 << QStringLiteral("chmod 600 ");
        QTest::newRow("readable by group") << QByteArray("long enough passphrase\n") << 0640 << QStringLiteral("chmod 600 ");
        QTest::newRow("too short") << QByteArray("short\n") << 0600 << QStringLiteral("too short");
        QTest::newRow("empty") << QByteArray("\n") << 0600 << QStringLiteral("is empty");
    }

    void issueRefusesBadPassphrases()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(int, mode);
        QFETCH(QString, message);
        TempHome temp;
        QCOMPARE(ctl(temp.homePath(), {QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"), QStringLiteral("CA")})
                     .exitCode,
                 0);
        const QString file = writeOwnerOnly(temp.root() + QStringLiteral("/pass"), passphrase);
        QFile::setPermissions(file, QFileDevice::Permissions(((mode & 0700) ? QFile::ReadOwner | QFile::WriteOwner : 0)
                                                             | ((mode & 040) ? QFile::ReadGroup : 0)
                                                             | ((mode & 04) ? QFile::ReadOther : 0)));
        QCOMPARE(fileMode(file), mode);
        const auto before = snapshotFolder(temp.homePath() + QStringLiteral("/trust"));
        const QString out = temp.root() + QStringLiteral("/out");
        const ProcessResult r = ctl(temp.homePath(), {QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("web"),
                                                      QStringLiteral("--out"), out, QStringLiteral("--passphrase-file"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (message.startsWith(QStringLiteral("chmod"))) {
            QVERIFY(r.err.contains(QStringLiteral("chmod 600 ") + file));
        }
        QCOMPARE(snapshotFolder(temp.homePath() + QStringLiteral("/trust")), before);
        QVERIFY(!QFile::exists(out));
    }

    void issueNeedsACa()
    {
        TempHome temp;
        const QString file = writeOwnerOnly(temp.root() + QStringLiteral("/pass"), bundlePassphrase);
        const ProcessResult r = ctl(temp.homePath(), {QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("web"),
                                                      QStringLiteral("--out"), temp.root(), QStringLiteral("--passphrase-file"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no certificate authority yet")));
    }

    void bundleAppliesOnASecondHome()
    {
        TempHome staging;
        const Issued issued = issueProd1(staging);
        TempHome production;
        const QString home = production.homePath();

        const ProcessResult trust = ctl(home, {QStringLiteral("cert"), QStringLiteral("import"), issued.out + QStringLiteral("/ca.crt")});
        QCOMPARE(trust.exitCode, 0);
        QVERIFY(trust.out.contains(QStringLiteral("Trusted the CA Staging CA.")));
        const ProcessResult apply = ctl(home, {QStringLiteral("cert"), QStringLiteral("import"), issued.out + QStringLiteral("/prod1.p12"),
                                               QStringLiteral("--passphrase-file"), issued.passphraseFile});
        QCOMPARE(apply.exitCode, 0);
        QVERIFY(apply.out.contains(QStringLiteral("Applied the certificate of prod1 (issued by Staging CA)")));
        QCOMPARE(readAll(home + QStringLiteral("/trust/node.crt")), readAll(issued.out + QStringLiteral("/prod1.crt")));
        QCOMPARE(fileMode(home + QStringLiteral("/trust/node.key")), 0600);
        QCOMPARE(publicKeyByOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), home + QStringLiteral("/trust/node.key"),
                                     QStringLiteral("-pubout")}),
                 publicKeyByOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), issued.out + QStringLiteral("/prod1.key"),
                                     QStringLiteral("-pubout")}));
        // What the production home now trusts verifies the node certificate for openssl too.
        const QString trustedCa = QDir(home + QStringLiteral("/trust/trusted")).entryInfoList({QStringLiteral("*.crt")}).value(0).filePath();
        QCOMPARE(runOpenSsl({QStringLiteral("verify"), QStringLiteral("-CAfile"), trustedCa, home + QStringLiteral("/trust/node.crt")})
                     .exitCode,
                 0);

        const ProcessResult list = ctl(home, {QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(list.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("expiryWarningDays")).toInt(), 30);
        const QJsonArray certificates = json.value(QStringLiteral("certificates")).toArray();
        QCOMPARE(certificates.size(), 2);
        const QJsonObject node = certificates.at(0).toObject();
        QCOMPARE(node.value(QStringLiteral("role")).toString(), QStringLiteral("node"));
        QCOMPARE(node.value(QStringLiteral("subject")).toString(), QStringLiteral("prod1"));
        QCOMPARE(node.value(QStringLiteral("fingerprint")).toString(), fingerprintByOpenSsl(issued.out + QStringLiteral("/prod1.crt")));
        QCOMPARE(node.value(QStringLiteral("daysLeft")).toInt(), CertificateAuthority::nodeValidDays - 1);
        QCOMPARE(node.value(QStringLiteral("expiring")).toBool(), false);
        QCOMPARE(certificates.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("trusted-ca"));

        // The PEM pair applies as well.
        TempHome third;
        QCOMPARE(ctl(third.homePath(), {QStringLiteral("cert"), QStringLiteral("import"), issued.out + QStringLiteral("/ca.crt")}).exitCode, 0);
        const ProcessResult pem = ctl(third.homePath(), {QStringLiteral("cert"), QStringLiteral("import"),
                                                         issued.out + QStringLiteral("/prod1.crt"), QStringLiteral("--key"),
                                                         issued.out + QStringLiteral("/prod1.key")});
        QCOMPARE(pem.exitCode, 0);
        QCOMPARE(readAll(third.homePath() + QStringLiteral("/trust/node.key")), readAll(issued.out + QStringLiteral("/prod1.key")));
    }

    void bundleFromAnUntrustedCaNeedsItsFingerprint()
    {
        TempHome staging;
        const Issued issued = issueProd1(staging);
        const QString p12 = issued.out + QStringLiteral("/prod1.p12");
        const QString caFingerprint = fingerprintByOpenSsl(issued.out + QStringLiteral("/ca.crt"));
        TempHome production;
        const QString home = production.homePath();
        QCOMPARE(ctl(home, {QStringLiteral("cert"), QStringLiteral("list")}).exitCode, 0);  // creates the empty store
        const auto before = snapshotFolder(home);

        const ProcessResult refused = ctl(home, {QStringLiteral("cert"), QStringLiteral("import"), p12,
                                                 QStringLiteral("--passphrase-file"), issued.passphraseFile});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("which this installation does not trust")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(caFingerprint));
        QCOMPARE(snapshotFolder(home), before);

        const ProcessResult wrongFingerprint = ctl(home, {QStringLiteral("cert"), QStringLiteral("import"), p12,
                                                          QStringLiteral("--passphrase-file"), issued.passphraseFile,
                                                          QStringLiteral("--trust-ca"), QString(64, QLatin1Char('a'))});
        QCOMPARE(wrongFingerprint.exitCode, 1);
        QVERIFY(wrongFingerprint.err.contains(QStringLiteral("not the CA you meant to trust")));
        QCOMPARE(snapshotFolder(home), before);

        const QString typed = QString(caFingerprint).remove(QLatin1Char(':')).toLower();
        const ProcessResult accepted = ctl(home, {QStringLiteral("cert"), QStringLiteral("import"), p12,
                                                  QStringLiteral("--passphrase-file"), issued.passphraseFile,
                                                  QStringLiteral("--trust-ca"), typed});
        QCOMPARE(accepted.exitCode, 0);
        QVERIFY(accepted.out.contains(QStringLiteral("Trusted the CA Staging CA.")));
        QVERIFY(QFile::exists(home + QStringLiteral("/trust/node.key")));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("witness");  // what openssl says about the same file, when it has a say
        QTest::newRow("wrong passphrase") << QStringLiteral("wrong-passphrase") << QStringLiteral("passphrase for") << QStringLiteral("Mac verify error");
        QTest::newRow("truncated bundle") << QStringLiteral("truncated-p12") << QStringLiteral("damaged or truncated") << QString();
        QTest::newRow("corrupt certificate") << QStringLiteral("corrupt-pem") << QStringLiteral("damaged or truncated") << QString();
        QTest::newRow("not a certificate") << QStringLiteral("text") << QStringLiteral("is not a certificate") << QString();
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("is empty") << QString();
        QTest::newRow("expired CA") << QStringLiteral("expired-ca") << QStringLiteral("expired on") << QStringLiteral("certificate has expired");
        QTest::newRow("CA not yet valid") << QStringLiteral("future-ca") << QStringLiteral("is not valid yet") << QStringLiteral("certificate is not yet valid");
        QTest::newRow("expired bundle") << QStringLiteral("expired-bundle") << QStringLiteral("expired on") << QString();
        QTest::newRow("untrusted CA") << QStringLiteral("untrusted-bundle") << QStringLiteral("does not trust") << QString();
        QTest::newRow("key does not match") << QStringLiteral("mismatched-key") << QStringLiteral("does not match the certificate") << QString();
        QTest::newRow("node certificate without key") << QStringLiteral("node-pem") << QStringLiteral("not a CA") << QString();
        QTest::newRow("loose key file") << QStringLiteral("loose-key") << QStringLiteral("chmod 600") << QString();
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QFETCH(QString, witness);
        TempHome staging;
        const Issued issued = issueProd1(staging);
        TempHome production;
        const QString home = production.homePath();
        // The production home already trusts the staging CA: most bad inputs would otherwise be
        // refused for that reason alone.
        QCOMPARE(ctl(home, {QStringLiteral("cert"), QStringLiteral("import"), issued.out + QStringLiteral("/ca.crt")}).exitCode, 0);

        QStringList arguments{QStringLiteral("cert"), QStringLiteral("import")};
        const QString bundle = issued.out + QStringLiteral("/prod1.p12");
        const QString dir = production.makeFolder(QStringLiteral("in"));
        QString file;
        auto other = CertificateAuthority::create(QStringLiteral("Other CA"), KeyType::EcP256);
        QVERIFY(other);
        auto staleCa = [&](QDateTime notBefore, int days) {
            auto ca = CertificateAuthority::create(QStringLiteral("Stale CA"), KeyType::EcP256, notBefore, days);
            return ca->certificate().pem;
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (kind == QLatin1String("wrong-passphrase")) {
            file = bundle;
            arguments << file << QStringLiteral("--passphrase-file")
                      << writeOwnerOnly(dir + QStringLiteral("/wrong"), "not the passphrase");
        } else if (kind == QLatin1String("truncated-p12")) {
            const QByteArray bytes = readAll(bundle);
            file = production.writeFile(QStringLiteral("in/cut.p12"), bytes.left(bytes.size() / 2));
            arguments << file << QStringLiteral("--passphrase-file") << issued.passphraseFile;
        } else if (kind == QLatin1String("corrupt-pem")) {
            QByteArray bytes = readAll(issued.out + QStringLiteral("/ca.crt"));
            bytes.replace(100, 40, QByteArray(40, '!'));
            file = production.writeFile(QStringLiteral("in/corrupt.crt"), bytes);
            arguments << file;
        } else if (kind == QLatin1String("text")) {
            file = production.writeFile(QStringLiteral("in/notes.txt"), "just some notes\n");
            arguments << file;
        } else if (kind == QLatin1String("empty")) {
            file = production.writeFile(QStringLiteral("in/empty.crt"), {});
            arguments << file;
        } else if (kind == QLatin1String("expired-ca")) {
            file = production.writeFile(QStringLiteral("in/expired.crt"), staleCa(now.addDays(-20), 10));
            arguments << file;
        } else if (kind == QLatin1String("future-ca")) {
            file = production.writeFile(QStringLiteral("in/future.crt"), staleCa(now.addDays(10), 100));
            arguments << file;
        } else if (kind == QLatin1String("expired-bundle") || kind == QLatin1String("untrusted-bundle")) {
            // Issued by the staging CA (trusted) but expired, or by another CA (valid, untrusted).
            auto store = TrustStore::open(issued.home);
            const SecretStore::Outcome secret = SecretStore::read(store->caPassphraseSecretKey());
            QVERIFY(secret.done());
            auto stagingCa = store->loadCa(secret.secret);
            QVERIFY2(stagingCa, stagingCa ? "" : qPrintable(stagingCa.errorMessage()));
            const bool expired = kind == QLatin1String("expired-bundle");
            const CertificateAuthority& ca = expired ? stagingCa.value() : other.value();
            NodeRequest request;
            request.name = QStringLiteral("prod2");
            if (expired) {
                request.notBefore = now.addDays(-40);
                request.validDays = 30;
            }
            auto node = ca.issue(request);
            QVERIFY(node);
            auto bytes = Pkcs12Bundle{node->certificate, node->key, {ca.certificate()}}.encode(bundlePassphrase);
            QVERIFY(bytes);
            file = production.writeFile(QStringLiteral("in/prod2.p12"), bytes.value());
            arguments << file << QStringLiteral("--passphrase-file") << issued.passphraseFile;
        } else if (kind == QLatin1String("mismatched-key") || kind == QLatin1String("loose-key")) {
            auto otherKey = PrivateKey::generate(KeyType::EcP256);
            const bool loose = kind == QLatin1String("loose-key");
            const QString keyFile = loose ? production.writeFile(QStringLiteral("in/prod1.key"), readAll(issued.out + QStringLiteral("/prod1.key")))
                                          : writeOwnerOnly(dir + QStringLiteral("/other.key"), otherKey->toPem());
            QFile::setPermissions(keyFile, loose ? QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther
                                                 : QFile::ReadOwner | QFile::WriteOwner);
            file = issued.out + QStringLiteral("/prod1.crt");
            arguments << file << QStringLiteral("--key") << keyFile;
        } else if (kind == QLatin1String("node-pem")) {
            file = issued.out + QStringLiteral("/prod1.crt");
            arguments << file;
        }

        const auto before = snapshotFolder(home);
        const ProcessResult r = ctl(home, arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);  // one line
        QCOMPARE(snapshotFolder(home), before);

        if (!witness.isEmpty()) {
            const ProcessResult check = kind == QLatin1String("wrong-passphrase")
                                            ? runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                                                          QStringLiteral("-in"), file, QStringLiteral("-passin"),
                                                          QStringLiteral("pass:not the passphrase")})
                                            : runOpenSsl({QStringLiteral("verify"), QStringLiteral("-CAfile"), file, file});
            QVERIFY(check.exitCode != 0);
            const QString said = check.out + check.err;
            QVERIFY2(said.contains(witness), qPrintable(said));
        }
    }

    void listShowsEveryRoleAndWarnsBeforeExpiry()
    {
        TempHome temp;
        const Issued issued = issueProd1(temp);
        const ProcessResult text = ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ROLE")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("ca ")) && lines.at(1).contains(QStringLiteral("Staging CA")));
        QVERIFY(lines.at(1).endsWith(fingerprintByOpenSsl(issued.out + QStringLiteral("/ca.crt"))));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("issued ")) && lines.at(2).contains(QStringLiteral(" 729 ")));
        QVERIFY(text.err.isEmpty());

        const ProcessResult set = ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("expiry-warning"), QStringLiteral("800")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains(QStringLiteral("800 days")));
        const ProcessResult warned = ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("list")});
        QVERIFY(warned.out.contains(QStringLiteral("729!")));
        QVERIFY2(warned.err.contains(QStringLiteral("warning: expiring within 800 days, or expired: 1 certificate; rotate them.")), qPrintable(warned.err));
        const QJsonArray json = QJsonDocument::fromJson(ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("list"),
                                                                          QStringLiteral("--json")})
                                                            .out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("certificates"))
                                    .toArray();
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("expiring")).toBool(), false);
        QCOMPARE(json.at(1).toObject().value(QStringLiteral("expiring")).toBool(), true);
        QCOMPARE(ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("expiry-warning"), QStringLiteral("0")}).exitCode, 1);
    }

    void untrustTakesTrustBack()
    {
        TempHome staging;
        const Issued issued = issueProd1(staging);
        const QString caFingerprint = fingerprintByOpenSsl(issued.out + QStringLiteral("/ca.crt"));

        const ProcessResult revoke = ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("untrust"), QStringLiteral("prod1")});
        QCOMPARE(revoke.exitCode, 0);
        QVERIFY(revoke.out.contains(QStringLiteral("Revoked the certificate issued to prod1")));
        QVERIFY(!QFile::exists(issued.home + QStringLiteral("/trust/issued/prod1.crt")));
        QVERIFY(ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("list")}).out.contains(QStringLiteral("revoked ")));

        const ProcessResult own = ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("untrust"), caFingerprint});
        QCOMPARE(own.exitCode, 1);
        QVERIFY(own.err.contains(QStringLiteral("own certificate authority")));
        const ProcessResult unknown = ctl(issued.home, {QStringLiteral("cert"), QStringLiteral("untrust"), QStringLiteral("nobody")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("Nothing in the trust store")));

        TempHome production;
        QCOMPARE(ctl(production.homePath(), {QStringLiteral("cert"), QStringLiteral("import"), issued.out + QStringLiteral("/ca.crt")}).exitCode, 0);
        const ProcessResult forget = ctl(production.homePath(), {QStringLiteral("cert"), QStringLiteral("untrust"), caFingerprint});
        QCOMPARE(forget.exitCode, 0);
        QVERIFY(forget.out.contains(QStringLiteral("No longer trusts the CA Staging CA")));
        QVERIFY(QDir(production.homePath() + QStringLiteral("/trust/trusted")).isEmpty());
    }

    void peerAllowPinsByCertificateOrFingerprint()
    {
        TempHome staging;
        const Issued issued = issueProd1(staging);
        const QString crt = issued.out + QStringLiteral("/prod1.crt");
        const QString fingerprint = fingerprintByOpenSsl(crt);
        const QString home = issued.home;
        QCOMPARE(ctl(home, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"),
                            staging.makeFolder(QStringLiteral("www"))})
                     .exitCode,
                 0);

        const ProcessResult byFile = ctl(home, {QStringLiteral("peer"), QStringLiteral("allow"), crt, QStringLiteral("--site"),
                                                QStringLiteral("WWW"), QStringLiteral("--push")});
        QCOMPARE(byFile.exitCode, 0);
        QVERIFY(byFile.out.contains(QStringLiteral("Allowed prod1 (%1) to pull from and push to site www.").arg(fingerprint)));
        const QString other = QString(64, QLatin1Char('b'));
        const ProcessResult byFingerprint = ctl(home, {QStringLiteral("peer"), QStringLiteral("allow"), other});
        QCOMPARE(byFingerprint.exitCode, 0);
        QVERIFY(byFingerprint.out.contains(QStringLiteral("to pull from every site.")));

        const QJsonArray peers = QJsonDocument::fromJson(ctl(home, {QStringLiteral("peer"), QStringLiteral("list"), QStringLiteral("--json")})
                                                             .out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("peers"))
                                     .toArray();
        QCOMPARE(peers.size(), 2);
        QCOMPARE(peers.at(0).toObject().value(QStringLiteral("fingerprint")).toString(), fingerprint);
        QCOMPARE(peers.at(0).toObject().value(QStringLiteral("site")).toString(), QStringLiteral("www"));
        QCOMPARE(peers.at(0).toObject().value(QStringLiteral("push")).toBool(), true);
        QCOMPARE(peers.at(1).toObject().value(QStringLiteral("fingerprint")).toString(),
                 CertificateInfo::normalizeFingerprint(other));
        QCOMPARE(peers.at(1).toObject().value(QStringLiteral("push")).toBool(), false);

        const auto before = snapshotFolder(home + QStringLiteral("/trust"));
        const ProcessResult noSite = ctl(home, {QStringLiteral("peer"), QStringLiteral("allow"), crt, QStringLiteral("--site"),
                                                QStringLiteral("nope")});
        QCOMPARE(noSite.exitCode, 1);
        QVERIFY(noSite.err.contains(QStringLiteral("There is no site 'nope'")));
        const ProcessResult caFile = ctl(home, {QStringLiteral("peer"), QStringLiteral("allow"), issued.out + QStringLiteral("/ca.crt")});
        QCOMPARE(caFile.exitCode, 1);
        QVERIFY(caFile.err.contains(QStringLiteral("is a CA certificate")));
        QCOMPARE(snapshotFolder(home + QStringLiteral("/trust")), before);

        QCOMPARE(ctl(home, {QStringLiteral("peer"), QStringLiteral("deny"), fingerprint}).exitCode, 0);
        QCOMPARE(ctl(home, {QStringLiteral("peer"), QStringLiteral("deny"), fingerprint}).exitCode, 1);
        QVERIFY(!readAll(home + QStringLiteral("/trust/trust.json")).contains(fingerprint.toLatin1()));
    }

    void headlessServerKeepsKeyMaterialInOwnerOnlyFiles()
    {
        TempHome temp;
        const QString home = temp.homePath();
        const ProcessResult ca = ctl(home, {QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"), QStringLiteral("Agent CA")},
                                     headless());
        QCOMPARE(ca.exitCode, 0);
        const QString passphraseFile = home + QStringLiteral("/trust/ca.passphrase");
        QVERIFY2(ca.err.contains(QStringLiteral("no system keychain here")) && ca.err.contains(passphraseFile), qPrintable(ca.err));
        QCOMPARE(fileMode(passphraseFile), 0600);
        // The file holds the key's passphrase: openssl opens the key with it.
        QCOMPARE(runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), home + QStringLiteral("/trust/ca.key"),
                             QStringLiteral("-passin"), QStringLiteral("file:") + passphraseFile, QStringLiteral("-noout")})
                     .exitCode,
                 0);
        const QString pass = writeOwnerOnly(temp.root() + QStringLiteral("/pass"), bundlePassphrase);
        const QStringList issue{QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("agent"), QStringLiteral("--out"),
                                temp.root() + QStringLiteral("/out"), QStringLiteral("--passphrase-file"), pass};
        QCOMPARE(ctl(home, issue, headless()).exitCode, 0);

        for (const QString& name : {QStringLiteral("ca.passphrase"), QStringLiteral("ca.key")}) {
            const QString path = home + QStringLiteral("/trust/") + name;
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
            const auto before = snapshotFolder(home + QStringLiteral("/trust"));
            const ProcessResult refused = ctl(home, issue, headless());
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("can be read or changed by other users (mode 0644)")), qPrintable(refused.err));
            QVERIFY(refused.err.contains(QStringLiteral("Fix it with: chmod 600 ") + path));
            QCOMPARE(snapshotFolder(home + QStringLiteral("/trust")), before);
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        }
        QCOMPARE(ctl(home, issue, headless()).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestFerryctlCert)
#include "tst_ferryctl_cert.moc"
