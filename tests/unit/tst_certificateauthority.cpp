// CertificateAuthority: what it makes, checked by `openssl`, and what it refuses.

#include "SecurityFixtures.h"
#include "TempHome.h"
#include "security/CertificateAuthority.h"

#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestCertificateAuthority : public QObject
{
    Q_OBJECT

private slots:
    void issuesCertificatesOpensslVerifies_data()
    {
        QTest::addColumn<KeyType>("keyType");
        QTest::addColumn<QString>("keyText");
        QTest::newRow("EC P-256") << KeyType::EcP256 << QStringLiteral("prime256v1");
        QTest::newRow("RSA 3072") << KeyType::Rsa3072 << QStringLiteral("(3072 bit)");
    }

    void issuesCertificatesOpensslVerifies()
    {
        QFETCH(KeyType, keyType);
        QFETCH(QString, keyText);
        auto ca = CertificateAuthority::create(QStringLiteral("Test CA"), keyType);
        QVERIFY(ca);
        QVERIFY(ca->certificate().isCa);
        NodeRequest request;
        request.name = QStringLiteral("web-1");
        request.hosts = {QStringLiteral("web-1.example.org"), QStringLiteral("*.cdn.example.org")};
        request.addresses = {QStringLiteral("192.0.2.7"), QStringLiteral("2001:db8::7")};
        request.keyType = keyType;
        auto node = ca->issue(request);
        QVERIFY(node);
        QVERIFY(!node->certificate.isCa);
        QCOMPARE(node->certificate.hosts, QStringList({QStringLiteral("web-1"), QStringLiteral("web-1.example.org"),
                                                       QStringLiteral("*.cdn.example.org")}));
        QCOMPARE(node->certificate.addresses, QStringList({QStringLiteral("192.0.2.7"), QStringLiteral("2001:db8::7")}));
        QCOMPARE(node->certificate.issuerCommonName, QStringLiteral("Test CA"));
        QVERIFY(node->key.matches(node->certificate));
        QVERIFY(!ca->key().matches(node->certificate));
        QVERIFY(CertificateAuthority::verify(node->certificate, {ca->certificate()}));
        QVERIFY(CertificateAuthority::isIssuedBy(node->certificate, ca->certificate()));

        TempHome temp;
        const QString caPath = temp.writeFile(QStringLiteral("ca.crt"), ca->certificate().pem);
        const QString nodePath = temp.writeFile(QStringLiteral("node.crt"), node->certificate.pem);
        const ProcessResult verify = runOpenSsl({QStringLiteral("verify"), QStringLiteral("-CAfile"), caPath, QStringLiteral("-purpose"),
                                                 QStringLiteral("sslserver"), nodePath});
        QCOMPARE(verify.out.trimmed(), nodePath + QStringLiteral(": OK"));
        const ProcessResult text = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), nodePath, QStringLiteral("-noout"),
                                               QStringLiteral("-text"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        QVERIFY(text.out.contains(keyText));
        QVERIFY(text.out.contains(QStringLiteral("CA:FALSE")));
        QVERIFY(text.out.contains(QStringLiteral("IP Address:2001:DB8:0:0:0:0:0:7")));
        QVERIFY(text.out.contains(QStringLiteral("sha256 Fingerprint=") + node->certificate.fingerprint));
    }

    void refusesWhatItCannotVouchFor()
    {
        auto ca = CertificateAuthority::create(QStringLiteral("A"), KeyType::EcP256);
        auto other = CertificateAuthority::create(QStringLiteral("B"), KeyType::EcP256);
        NodeRequest request;
        request.name = QStringLiteral("n");
        auto node = ca->issue(request);
        auto refused = CertificateAuthority::verify(node->certificate, {other->certificate()});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("unable to get local issuer certificate")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!CertificateAuthority::load(ca->certificate(), other->key()));
        QVERIFY(!CertificateAuthority::load(node->certificate, node->key));

        request.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
        request.validDays = 5;
        auto expired = ca->issue(request);
        QCOMPARE(expired->certificate.validityAt(QDateTime::currentDateTimeUtc()), CertificateInfo::Validity::Expired);
        QVERIFY(expired->certificate.daysLeft(QDateTime::currentDateTimeUtc()) < 0);
        QVERIFY(CertificateAuthority::verify(expired->certificate, {ca->certificate()}).errorMessage().contains(
            QStringLiteral("certificate has expired")));
    }

    void checksNamesAndAddresses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("address");
        QTest::newRow("node with slash") << QStringLiteral("a/b") << QString() << QString();
        QTest::newRow("node with dot-dot start") << QStringLiteral("..x") << QString() << QString();
        QTest::newRow("host with comma") << QStringLiteral("n") << QStringLiteral("a,DNS:evil") << QString();
        QTest::newRow("host with space") << QStringLiteral("n") << QStringLiteral("a b") << QString();
        QTest::newRow("address out of range") << QStringLiteral("n") << QString() << QStringLiteral("256.1.1.1");
        QTest::newRow("address is a name") << QStringLiteral("n") << QString() << QStringLiteral("localhost");
    }

    void checksNamesAndAddresses()
    {
        QFETCH(QString, name);
        QFETCH(QString, host);
        QFETCH(QString, address);
        auto ca = CertificateAuthority::create(QStringLiteral("A"), KeyType::EcP256);
        NodeRequest request;
        request.name = name;
        if (!host.isEmpty()) {
            request.hosts << host;
        }
        if (!address.isEmpty()) {
            request.addresses << address;
        }
        QVERIFY(!ca->issue(request));
    }

    void normalizesFingerprints()
    {
        const QString hex = QStringLiteral("ab").repeated(32);
        const QString expected = QStringList(32, QStringLiteral("AB")).join(QLatin1Char(':'));
        QCOMPARE(CertificateInfo::normalizeFingerprint(hex), expected);
        QCOMPARE(CertificateInfo::normalizeFingerprint(QStringLiteral("sha256 Fingerprint=") + expected), expected);
        QCOMPARE(CertificateInfo::normalizeFingerprint(QStringLiteral("ab:cd")), QString());
        QCOMPARE(CertificateInfo::normalizeFingerprint(QStringLiteral("zz").repeated(32)), QString());
    }
};

QTEST_GUILESS_MAIN(TestCertificateAuthority)
#include "tst_certificateauthority.moc"
