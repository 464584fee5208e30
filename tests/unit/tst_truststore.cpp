// TrustStore: the layout in the home, what it trusts, pins and takes back, and expiry warnings.

#include "SecurityFixtures.h"
#include "TempHome.h"
#include "security/TrustStore.h"

#include <QFile>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestTrustStore : public QObject
{
    Q_OBJECT

private slots:
    void createsAPrivateLayout()
    {
        TempHome temp;
        auto store = TrustStore::open(temp.homePath());
        QVERIFY(store);
        QCOMPARE(fileMode(store->folder()), 0700);
        QCOMPARE(fileMode(store->folder() + QStringLiteral("/trusted")), 0700);
        QVERIFY(!store->storeId().isEmpty());
        QCOMPARE(store->expiryWarningDays(), 30);
        auto again = TrustStore::open(temp.homePath());
        QCOMPARE(again->storeId(), store->storeId());
        QVERIFY(store->caPassphraseSecretKey().contains(store->storeId()));
    }

    void installsOneCaAndLoadsItWithItsPassphrase()
    {
        TempHome temp;
        auto store = TrustStore::open(temp.homePath());
        auto ca = CertificateAuthority::create(QStringLiteral("Home CA"), KeyType::EcP256);
        QVERIFY(store->installCa(ca.value(), "passphrase-1234", false));
        QCOMPARE(fileMode(store->caKeyPath()), 0600);
        QVERIFY(!QFile::exists(store->caPassphrasePath()));
        QCOMPARE(store->loadCa("passphrase-1234")->certificate().fingerprint, ca->certificate().fingerprint);
        auto wrong = store->loadCa("not it");
        QVERIFY(!wrong);
        QVERIFY(wrong.errorMessage().contains(QStringLiteral("the passphrase is wrong")));
        auto second = CertificateAuthority::create(QStringLiteral("Second"), KeyType::EcP256);
        QVERIFY(!store->installCa(second.value(), "x", false));
        QCOMPARE(store->caCertificate()->commonName, QStringLiteral("Home CA"));
    }

    void listsUntrustsAndWarns()
    {
        TempHome temp;
        auto store = TrustStore::open(temp.homePath());
        auto own = CertificateAuthority::create(QStringLiteral("Own"), KeyType::EcP256);
        auto foreign = CertificateAuthority::create(QStringLiteral("Foreign"), KeyType::EcP256);
        QVERIFY(store->installCa(own.value(), "passphrase-1234", true));
        QCOMPARE(fileMode(store->caPassphrasePath()), 0600);
        QVERIFY(store->trustCa(foreign->certificate()));
        QVERIFY(!store->trustCa(own->issue(NodeRequest{QStringLiteral("leaf"), {}, {}, KeyType::EcP256, {}, 0})->certificate));
        NodeRequest soon{QStringLiteral("soon"), {}, {}, KeyType::EcP256, QDateTime::currentDateTimeUtc().addDays(-1), 10};
        auto expiring = own->issue(soon);
        QVERIFY(store->recordIssued(expiring->certificate));
        PinnedPeer peer;
        peer.fingerprint = expiring->certificate.fingerprint;
        peer.site = QStringLiteral("www");
        QVERIFY(store->allowPeer(peer));
        peer.mayPush = true;
        QVERIFY(store->allowPeer(peer));  // updates, does not duplicate
        QCOMPARE(store->peers().size(), std::size_t(1));
        QVERIFY(store->peers().front().mayPush);

        auto entries = store->entries();
        QCOMPARE(entries->size(), std::size_t(4));
        QCOMPARE(entries->at(0).role, TrustEntry::Role::OwnCa);
        QCOMPARE(entries->at(1).role, TrustEntry::Role::Issued);
        QCOMPARE(entries->at(2).role, TrustEntry::Role::TrustedCa);
        QCOMPARE(entries->at(3).role, TrustEntry::Role::Peer);
        QVERIFY(store->isTrustedCa(foreign->certificate().fingerprint));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(store->expiringSoon(now).size(), std::size_t(1));  // the issued one; the peer has no date
        QVERIFY(store->setExpiryWarningDays(3650));
        QCOMPARE(store->expiringSoon(now).size(), std::size_t(3));
        QVERIFY(!store->setExpiryWarningDays(0));
        QCOMPARE(TrustStore::open(temp.homePath())->expiryWarningDays(), 3650);

        QCOMPARE(store->untrust(QStringLiteral("Foreign"))->role, TrustEntry::Role::TrustedCa);
        QVERIFY(!store->isTrustedCa(foreign->certificate().fingerprint));
        QCOMPARE(store->untrust(QStringLiteral("soon"))->role, TrustEntry::Role::Issued);
        QVERIFY(!store->untrust(QStringLiteral("Own")));
        QVERIFY(!store->untrust(QStringLiteral("Foreign")));
        QCOMPARE(store->untrust(expiring->certificate.fingerprint)->role, TrustEntry::Role::Peer);
        QVERIFY(store->peers().empty());
        QCOMPARE(store->entries()->back().role, TrustEntry::Role::Revoked);
    }

    void refusesADamagedSettingsFile()
    {
        TempHome temp;
        QVERIFY(TrustStore::open(temp.homePath()));
        const QString path = temp.homePath() + QStringLiteral("/trust/trust.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"storeId\": ");
        file.close();
        auto store = TrustStore::open(temp.homePath());
        QVERIFY(!store);
        QVERIFY(store.errorMessage().contains(QStringLiteral("is damaged")));
        QCOMPARE(readAll(path), QByteArray("{\"storeId\": "));
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
