// Pkcs12Bundle: round trip, what `openssl pkcs12` makes of it and makes for it, and bad input.

#include "SecurityFixtures.h"
#include "TempHome.h"
#include "security/CertificateAuthority.h"
#include "security/Pkcs12Bundle.h"

#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestPkcs12Bundle : public QObject
{
    Q_OBJECT

    std::optional<CertificateAuthority> m_ca;
    IssuedCertificate m_node;

private slots:
    void initTestCase()
    {
        auto ca = CertificateAuthority::create(QStringLiteral("Bundle CA"), KeyType::EcP256);
        QVERIFY(ca);
        m_ca = ca.value();
        NodeRequest request;
        request.name = QStringLiteral("node1");
        auto node = m_ca->issue(request);
        QVERIFY(node);
        m_node = node.value();
    }

    void roundTripsAndOpensslReadsIt()
    {
        auto bytes = Pkcs12Bundle{m_node.certificate, m_node.key, {m_ca->certificate()}}.encode("a good passphrase");
        QVERIFY(bytes);
        auto decoded = Pkcs12Bundle::decode(bytes.value(), "a good passphrase", QStringLiteral("b.p12"));
        QVERIFY(decoded);
        QCOMPARE(decoded->certificate.fingerprint, m_node.certificate.fingerprint);
        QCOMPARE(decoded->caCertificates.size(), std::size_t(1));
        QCOMPARE(decoded->caCertificates.front().fingerprint, m_ca->certificate().fingerprint);
        QVERIFY(decoded->key.matches(m_node.certificate));

        TempHome temp;
        const QString path = temp.writeFile(QStringLiteral("b.p12"), bytes.value());
        const ProcessResult info = runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-nokeys"),
                                               QStringLiteral("-passin"), QStringLiteral("pass:a good passphrase")});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("friendlyName: node1")));
        QVERIFY(info.out.contains(QStringLiteral("subject=O = Ferry, CN = Bundle CA")));
    }

    void readsWhatOpensslMakes()
    {
        TempHome temp;
        const QString key = temp.writeFile(QStringLiteral("n.key"), m_node.key.toPem());
        const QString crt = temp.writeFile(QStringLiteral("n.crt"), m_node.certificate.pem);
        const QString ca = temp.writeFile(QStringLiteral("ca.crt"), m_ca->certificate().pem);
        const QString out = temp.root() + QStringLiteral("/o.p12");
        QCOMPARE(runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), key,
                             QStringLiteral("-in"), crt, QStringLiteral("-certfile"), ca, QStringLiteral("-out"), out,
                             QStringLiteral("-passout"), QStringLiteral("pass:made by openssl")})
                     .exitCode,
                 0);
        auto decoded = Pkcs12Bundle::decode(readAll(out), "made by openssl", out);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.errorMessage()));
        QCOMPARE(decoded->certificate.fingerprint, m_node.certificate.fingerprint);
    }

    void namesWhatIsWrong()
    {
        auto bytes = Pkcs12Bundle{m_node.certificate, m_node.key, {m_ca->certificate()}}.encode("a good passphrase");
        QVERIFY(bytes);
        auto wrong = Pkcs12Bundle::decode(bytes.value(), "another passphrase", QStringLiteral("b.p12"));
        QCOMPARE(wrong.errorMessage(), QStringLiteral("The passphrase for b.p12 is wrong."));
        auto cut = Pkcs12Bundle::decode(bytes->left(bytes->size() - 40), "a good passphrase", QStringLiteral("b.p12"));
        QCOMPARE(cut.errorMessage(), QStringLiteral("b.p12 is not a PKCS#12 bundle, or it is damaged or truncated."));
        auto garbage = Pkcs12Bundle::decode("not a bundle at all", "a good passphrase", QStringLiteral("b.p12"));
        QVERIFY(!garbage);
        auto noCa = Pkcs12Bundle{m_node.certificate, m_node.key, {}}.encode("a good passphrase");
        auto decodedNoCa = Pkcs12Bundle::decode(noCa.value(), "a good passphrase", QStringLiteral("b.p12"));
        QVERIFY(decodedNoCa.errorMessage().contains(QStringLiteral("does not include the CA certificate")));
        auto shortPass = Pkcs12Bundle{m_node.certificate, m_node.key, {m_ca->certificate()}}.encode("short");
        QVERIFY(shortPass.errorMessage().contains(QStringLiteral("at least 8 characters")));
        QVERIFY(Pkcs12Bundle::isPkcs12(bytes.value()));
        QVERIFY(!Pkcs12Bundle::isPkcs12(m_node.certificate.pem));
    }
};

QTEST_GUILESS_MAIN(TestPkcs12Bundle)
#include "tst_pkcs12bundle.moc"
