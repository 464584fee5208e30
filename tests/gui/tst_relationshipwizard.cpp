// The new-relationship wizard on the offscreen platform against a real ferryd on 127.0.0.1 with
// real certificates: from a home with a site and a certificate but no relationship to a stored
// relationship and profile, and every bad entry a user can make (wrong port, an agent whose CA is
// not trusted, an agent that is down, one speaking another protocol, a site without the push
// right) shown on the page where it happens, in the words the user reads.

#include "Screenshot.h"
#include "ProcessRunner.h"
#include "SecurityFixtures.h"
#include "TempHome.h"
#include "Translations.h"
#include "net/HelloMessage.h"
#include "net/WireLimits.h"
#include "security/CertificateAuthority.h"
#include "security/TrustStore.h"
#include "services/HomeService.h"
#include "services/RelationshipService.h"
#include "sync/ProfileRegistry.h"
#include "sync/RelationshipRegistry.h"
#include "wizards/relationship/ConnectionPage.h"
#include "wizards/relationship/RelationshipWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

namespace {

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no widget named %s", name);
    }
    return found;
}

QString labelOnPage(QWizard& wizard, const char* name)
{
    QLabel* label = wizard.currentPage()->findChild<QLabel*>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}

void makeDatabase(const QString& path, const QStringList& tables)
{
    const QString connection = QStringLiteral("setup-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& table : tables) {
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, body TEXT)").arg(table)));
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

void addSite(const TempHome& home, const QString& name, const QStringList& tables)
{
    const QString files = home.makeFolder(QStringLiteral("sites/") + name);
    home.writeFile(QStringLiteral("sites/") + name + QStringLiteral("/index.html"), "<h1>" + name.toUtf8() + "</h1>");
    QStringList arguments{QStringLiteral("--home"), home.homePath(), QStringLiteral("site"), QStringLiteral("add"), name,
                          QStringLiteral("--files"), files};
    if (!tables.isEmpty()) {
        const QString db = home.root() + QStringLiteral("/") + name + QStringLiteral(".db");
        makeDatabase(db, tables);
        arguments << QStringLiteral("--db") << QStringLiteral("sqlite://") + db << QStringLiteral("--tables")
                  << tables.join(QLatin1Char(','));
    }
    const auto added = ProcessRunner::run(QStringLiteral("ferryctl"), arguments);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

HomeSnapshot snapshotOf(const QString& homePath)
{
    HomeService service(homePath);
    QSignalSpy ready(&service, &HomeService::snapshotReady);
    service.refresh();
    if (!ready.wait(20000)) {
        qFatal("no snapshot");
    }
    return ready.takeFirst().at(0).value<HomeSnapshot>();
}

struct Agent {
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
};

Agent startAgent(const QString& homePath)
{
    Agent agent;
    agent.process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ferry.*.info=false"));
    agent.process->setProcessEnvironment(environment);
    agent.process->setProgram(ProcessRunner::binary(QStringLiteral("ferryd")));
    agent.process->setArguments({QStringLiteral("--home"), homePath, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    agent.process->start();
    if (!agent.process->waitForStarted()) {
        qFatal("ferryd did not start");
    }
    QByteArray out;
    while (!out.contains('\n') && agent.process->waitForReadyRead(10000)) {
        out += agent.process->readAllStandardOutput();
    }
    const auto match = QRegularExpression(QStringLiteral("https://127\\.0\\.0\\.1:(\\d+)/")).match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        qFatal("ferryd: %s %s", out.constData(), agent.process->readAllStandardError().constData());
    }
    agent.port = quint16(match.captured(1).toUInt());
    return agent;
}

void stopAgent(Agent& agent)
{
    agent.process->terminate();
    agent.process->waitForFinished(10000);
}

// A stand-in agent with the real agent's certificate that answers every request with one hello.
class StandIn
{
public:
    StandIn(const IssuedCertificate& identity, const QByteArray& body)
        : m_response("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(identity.certificate.pem));
        configuration.setPrivateKey(QSslKey(identity.key.toPem(), QSsl::Ec));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (socket->readAll().contains("\r\n\r\n")) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
    QByteArray m_response;
};

} // namespace

class TestRelationshipWizard : public QObject
{
    Q_OBJECT

private:
    // Fills the first three pages and waits for the connection page's checks.
    void reachConnectionPage(RelationshipWizard& wizard, quint16 port, const QString& site)
    {
        wizard.show();
        QCOMPARE(wizard.currentId(), int(RelationshipWizard::LocalSitePageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RelationshipWizard::AddressPageId));
        child<QLineEdit>(&wizard, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(&wizard, "portSpin")->setValue(port);
        child<QLineEdit>(&wizard, "remoteSiteEdit")->setText(site);
        child<QRadioButton>(&wizard, "bypassProxyChoice")->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RelationshipWizard::CertificatePageId));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RelationshipWizard::ConnectionPageId), 20000);
        waitForChecks(wizard);
    }

    void waitForChecks(RelationshipWizard& wizard)
    {
        auto* page = qobject_cast<ConnectionPage*>(wizard.page(RelationshipWizard::ConnectionPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isTesting(), 30000);
    }

private slots:
    void initTestCase();
    void fromAnEmptyHomeToARelationshipAndProfile();
    void wrongPortIsNamedOnTheAddressAndConnectionPages();
    void agentDownSaysSo();
    void untrustedAgentCertificateIsNamed();
    void incompatibleProtocolIsNamed();
    void noPushRightsLeavesOnlyDownload();
    void clockSkewIsMeasured();
    void cleanupTestCase();

private:
    TempHome m_production;  // the agent's home
    TempHome m_staging;     // the wizard's home: a site and a certificate, no relationship
    QString m_certs;
    std::optional<CertificateAuthority> m_ca;
    IssuedCertificate m_agentIdentity;
    IssuedCertificate m_stagingIdentity;
    Agent m_agent;
};

void TestRelationshipWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    auto ca = CertificateAuthority::create(QStringLiteral("Staging CA"), KeyType::EcP256);
    QVERIFY(ca.ok());
    m_ca = std::move(ca).value();
    auto agent = m_ca->issue({QStringLiteral("prod1"), {}, {QStringLiteral("127.0.0.1")}});
    auto staging = m_ca->issue({QStringLiteral("staging")});
    QVERIFY(agent.ok() && staging.ok());
    m_agentIdentity = agent.value();
    m_stagingIdentity = staging.value();

    addSite(m_production, QStringLiteral("www"), {QStringLiteral("posts"), QStringLiteral("comments")});
    addSite(m_production, QStringLiteral("archive"), {});
    auto production = TrustStore::open(m_production.homePath());
    QVERIFY(production.ok());
    QVERIFY(production->trustCa(m_ca->certificate()).ok());
    QVERIFY(production->applyNode(m_agentIdentity.certificate, m_agentIdentity.key).ok());
    // staging may push to www; archive has no pinned peers, so staging may read it but not push.
    QVERIFY(production->allowPeer({m_stagingIdentity.certificate.fingerprint, QStringLiteral("staging"), {},
                                   QStringLiteral("www"), true, {}})
                .ok());

    addSite(m_staging, QStringLiteral("www"), {QStringLiteral("posts"), QStringLiteral("pages")});
    auto staging2 = TrustStore::open(m_staging.homePath());
    QVERIFY(staging2.ok());
    QVERIFY(staging2->trustCa(m_ca->certificate()).ok());
    QVERIFY(staging2->applyNode(m_stagingIdentity.certificate, m_stagingIdentity.key).ok());
    m_certs = m_staging.makeFolder(QStringLiteral("certs"));

    m_agent = startAgent(m_production.homePath());
}

void TestRelationshipWizard::cleanupTestCase()
{
    if (m_agent.process) {
        stopAgent(m_agent);
    }
}

void TestRelationshipWizard::fromAnEmptyHomeToARelationshipAndProfile()
{
    RelationshipService service(m_staging.homePath());
    RelationshipWizard wizard(&service, snapshotOf(m_staging.homePath()));
    QSignalSpy initialSync(&wizard, &RelationshipWizard::initialSyncRequested);
    wizard.show();
    QVERIFY(labelOnPage(wizard, "localSiteDetails").contains(QStringLiteral("Tables: posts, pages")));
    screenshot(wizard, QStringLiteral("relationship-wizard-1-site"));
    wizard.next();
    child<QLineEdit>(&wizard, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&wizard, "portSpin")->setValue(m_agent.port);
    child<QLineEdit>(&wizard, "remoteSiteEdit")->setText(QStringLiteral("www"));
    child<QRadioButton>(&wizard, "bypassProxyChoice")->setChecked(true);
    screenshot(wizard, QStringLiteral("relationship-wizard-2-address"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RelationshipWizard::CertificatePageId));
    QTRY_VERIFY_WITH_TIMEOUT(labelOnPage(wizard, "ownCertificateDetails").startsWith(QStringLiteral("staging, valid until")), 20000);
    QVERIFY(labelOnPage(wizard, "ownCertificateDetails").contains(m_stagingIdentity.certificate.fingerprint));
    screenshot(wizard, QStringLiteral("relationship-wizard-3-certificate"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RelationshipWizard::ConnectionPageId), 20000);
    waitForChecks(wizard);
    QCOMPARE(labelOnPage(wizard, "reachableCheck"), QStringLiteral("The server at 127.0.0.1:%1 answers.").arg(m_agent.port));
    QCOMPARE(labelOnPage(wizard, "tlsCheck"),
             QStringLiteral("The agent's certificate (prod1) was issued by a certificate authority this installation trusts."));
    QCOMPARE(labelOnPage(wizard, "fingerprintCheck"),
             QStringLiteral("The agent's certificate fingerprint: %1.").arg(m_agentIdentity.certificate.fingerprint));
    QVERIFY(labelOnPage(wizard, "protocolCheck").contains(QStringLiteral("speaks protocol %1, as we do.").arg(wire::protocolVersion)));
    QVERIFY2(QRegularExpression(QStringLiteral("^The agent's clock is -?\\d+\\.\\d s from ours \\(within ±2 minutes\\)\\.$"))
                 .match(labelOnPage(wizard, "clockCheck"))
                 .hasMatch(),
             qPrintable(labelOnPage(wizard, "clockCheck")));
    QCOMPARE(labelOnPage(wizard, "pushCheck"), QStringLiteral("This server may push to site www."));
    QCOMPARE(labelOnPage(wizard, "reachableMark"), QStringLiteral("✔"));
    QCOMPARE(labelOnPage(wizard, "errorLabel"), QString());
    QVERIFY(child<QCheckBox>(&wizard, "pinCheck")->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("relationship-wizard-4-connection"));

    // Back keeps what was typed.
    wizard.back();
    wizard.back();
    QCOMPARE(wizard.currentId(), int(RelationshipWizard::AddressPageId));
    QCOMPARE(child<QLineEdit>(&wizard, "hostEdit")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QSpinBox>(&wizard, "portSpin")->value(), int(m_agent.port));
    QVERIFY(child<QRadioButton>(&wizard, "bypassProxyChoice")->isChecked());
    wizard.next();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RelationshipWizard::ConnectionPageId), 20000);
    waitForChecks(wizard);
    wizard.next();

    QCOMPARE(wizard.currentId(), int(RelationshipWizard::RemoteSitePageId));
    auto* sites = child<QListWidget>(&wizard, "remoteSiteList");
    QCOMPARE(sites->count(), 2);
    QCOMPARE(sites->currentItem()->text(), QStringLiteral("www (stage 0)"));
    auto* tables = child<QListWidget>(&wizard, "tablesList");
    QCOMPARE(tables->count(), 1);
    QCOMPARE(tables->item(0)->text(), QStringLiteral("posts"));
    QCOMPARE(tables->item(0)->checkState(), Qt::Checked);
    QCOMPARE(labelOnPage(wizard, "tableDifferences"),
             QStringLiteral("Only on www (this server): pages. Not kept in step until the other site captures them too.\n"
                            "Only on www (remote): comments. Not kept in step until this site captures them too."));
    screenshot(wizard, QStringLiteral("relationship-wizard-5-remote-site"));
    wizard.next();

    QCOMPARE(wizard.currentId(), int(RelationshipWizard::DirectionPageId));
    auto* up = child<QRadioButton>(&wizard, "localToRemoteChoice");
    QVERIFY(up->isEnabled());
    QVERIFY(up->isChecked());
    QCOMPARE(labelOnPage(wizard, "directionWarning"),
             QStringLiteral("Warning: the files of site www on 127.0.0.1 and the rows of its tables posts will be made "
                            "identical to those of www here. Files and rows there that are not here will be deleted, and "
                            "those that differ will be overwritten. Replaced files are kept in that server's versions area."));
    child<QRadioButton>(&wizard, "remoteToLocalChoice")->setChecked(true);
    QVERIFY(labelOnPage(wizard, "directionWarning").startsWith(QStringLiteral("Warning: the files in %1 (site www, this server)")
                                                                    .arg(snapshotOf(m_staging.homePath()).sites.at(0).filesRoot)));
    screenshot(wizard, QStringLiteral("relationship-wizard-6-direction"));
    up->setChecked(true);
    wizard.next();

    QCOMPARE(wizard.currentId(), int(RelationshipWizard::CreatePageId));
    QCOMPARE(child<QLineEdit>(&wizard, "relationshipNameEdit")->text(), QStringLiteral("www-127"));
    child<QLineEdit>(&wizard, "relationshipNameEdit")->setText(QStringLiteral("www-prod1"));
    child<QLineEdit>(&wizard, "profileNameEdit")->setText(QStringLiteral("www-publish"));
    QVERIFY(labelOnPage(wizard, "createSummary")
                .contains(QStringLiteral("Agent's certificate pinned: %1").arg(m_agentIdentity.certificate.fingerprint)));
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QStringLiteral("&Create"));
    screenshot(wizard, QStringLiteral("relationship-wizard-7-create"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RelationshipWizard::FinishPageId), 20000);
    QVERIFY(labelOnPage(wizard, "finishSummary").startsWith(QStringLiteral("The relationship www-prod1 and its profile www-publish are stored.")));
    child<QCheckBox>(&wizard, "startSyncCheck")->setChecked(true);
    screenshot(wizard, QStringLiteral("relationship-wizard-8-finish"));
    wizard.button(QWizard::FinishButton)->click();

    // Stored, as ferryctl and the engine will read it.
    auto store = m_staging.openStore();
    auto relationship = RelationshipRegistry(*store, m_staging.homePath()).find(QStringLiteral("www-prod1"));
    QVERIFY(relationship.ok());
    QCOMPARE(relationship->remoteUrl, QUrl(QStringLiteral("https://127.0.0.1:%1/www").arg(m_agent.port)));
    QCOMPARE(relationship->pinnedFingerprint, m_agentIdentity.certificate.fingerprint);
    QVERIFY(relationship->bypassProxy);
    QCOMPARE(relationship->clientCertificatePath, m_staging.homePath() + QStringLiteral("/trust/node.crt"));
    auto profiles = ProfileRegistry(*store).list();
    QCOMPARE(profiles->size(), std::size_t(1));
    const Profile& profile = profiles->at(0);
    QCOMPARE(profile.name, QStringLiteral("www-publish"));
    QCOMPARE(profile.relationshipId, relationship->id);
    QCOMPARE(profile.direction, Direction::Upload);
    QCOMPARE(profile.tables, QStringList{QStringLiteral("posts")});
    QCOMPARE(initialSync.size(), 1);
    QCOMPARE(initialSync.at(0).at(0).toLongLong(), profile.id);
    QVERIFY(wizard.initialSyncChosen());

    // The same name again is refused on the create page, and nothing more is stored.
    RelationshipWizard again(&service, snapshotOf(m_staging.homePath()));
    reachConnectionPage(again, m_agent.port, QStringLiteral("www"));
    again.next();
    again.next();
    again.next();
    QCOMPARE(again.currentId(), int(RelationshipWizard::CreatePageId));
    child<QLineEdit>(&again, "relationshipNameEdit")->setText(QStringLiteral("www-prod1"));
    again.next();
    QTRY_VERIFY_WITH_TIMEOUT(!labelOnPage(again, "errorLabel").isEmpty(), 20000);
    QCOMPARE(labelOnPage(again, "errorLabel"), QStringLiteral("A relationship named 'www-prod1' already exists."));
    QCOMPARE(again.currentId(), int(RelationshipWizard::CreatePageId));
    QCOMPARE(ProfileRegistry(*store).list()->size(), std::size_t(1));
}

void TestRelationshipWizard::wrongPortIsNamedOnTheAddressAndConnectionPages()
{
    RelationshipService service(m_staging.homePath());
    RelationshipWizard wizard(&service, snapshotOf(m_staging.homePath()));
    wizard.show();
    wizard.next();
    child<QLineEdit>(&wizard, "hostEdit")->setText(QStringLiteral("https://127.0.0.1/www"));
    child<QSpinBox>(&wizard, "portSpin")->setValue(0);
    child<QLineEdit>(&wizard, "remoteSiteEdit")->setText(QStringLiteral("www"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RelationshipWizard::AddressPageId));
    QCOMPARE(labelOnPage(wizard, "errorLabel"),
             QStringLiteral("'https://127.0.0.1/www' is not a host name or an IP address. Give the server's name "
                            "(prod1.example.org) or address (203.0.113.10), without https:// or a path."));
    child<QLineEdit>(&wizard, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RelationshipWizard::AddressPageId));
    QCOMPARE(labelOnPage(wizard, "errorLabel"),
             QStringLiteral("Enter the agent's port, from 1 to 65535 (ferryd --listen HOST:PORT on that server; 7443 by "
                            "default)."));

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 unused = probe.serverPort();
    probe.close();
    child<QSpinBox>(&wizard, "portSpin")->setValue(unused);
    wizard.next();
    QCOMPARE(labelOnPage(wizard, "errorLabel"), QString());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RelationshipWizard::ConnectionPageId), 20000);
    waitForChecks(wizard);
    const QString expected = QStringLiteral("Nothing answers at 127.0.0.1:%1. Check the port, and that ferryd is running on "
                                            "that server (systemctl status ferryd).")
                                 .arg(unused);
    QCOMPARE(labelOnPage(wizard, "reachableCheck"), expected);
    QCOMPARE(labelOnPage(wizard, "reachableMark"), QStringLiteral("✘"));
    QCOMPARE(labelOnPage(wizard, "tlsMark"), QStringLiteral("–"));
    QCOMPARE(labelOnPage(wizard, "errorLabel"), expected);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("relationship-wizard-error-port"));
}

void TestRelationshipWizard::agentDownSaysSo()
{
    TempHome home;
    addSite(home, QStringLiteral("www"), {});
    auto trust = TrustStore::open(home.homePath());
    QVERIFY(trust->trustCa(m_ca->certificate()).ok());
    QVERIFY(trust->applyNode(m_agentIdentity.certificate, m_agentIdentity.key).ok());
    Agent agent = startAgent(home.homePath());

    RelationshipService service(m_staging.homePath());
    RelationshipWizard wizard(&service, snapshotOf(m_staging.homePath()));
    reachConnectionPage(wizard, agent.port, QStringLiteral("www"));
    QCOMPARE(labelOnPage(wizard, "reachableMark"), QStringLiteral("✔"));
    stopAgent(agent);
    child<QPushButton>(&wizard, "testAgainButton")->click();
    // Busy while the checks run: the indicator shows, and Next waits.
    QVERIFY(qobject_cast<ConnectionPage*>(wizard.currentPage())->isTesting());
    QCOMPARE(labelOnPage(wizard, "testingLabel"), QStringLiteral("Testing the connection…"));
    QVERIFY(child<QWidget>(&wizard, "testProgress")->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    waitForChecks(wizard);
    QVERIFY(!child<QWidget>(&wizard, "testProgress")->isVisible());
    QCOMPARE(labelOnPage(wizard, "reachableCheck"),
             QStringLiteral("Nothing answers at 127.0.0.1:%1. Check the port, and that ferryd is running on that server "
                            "(systemctl status ferryd).")
                 .arg(agent.port));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestRelationshipWizard::untrustedAgentCertificateIsNamed()
{
    // This server's certificate from files, with a CA that did not issue the agent's certificate.
    auto other = CertificateAuthority::create(QStringLiteral("Someone Else's CA"), KeyType::EcP256);
    QVERIFY(other.ok());
    const QString ca = m_certs + QStringLiteral("/other-ca.crt");
    writeOwnerOnly(ca, other->certificate().pem);
    const QString crt = writeOwnerOnly(m_certs + QStringLiteral("/staging.crt"), m_stagingIdentity.certificate.pem);
    const QString key = writeOwnerOnly(m_certs + QStringLiteral("/staging.key"), m_stagingIdentity.key.toPem());

    RelationshipService service(m_staging.homePath());
    RelationshipWizard wizard(&service, snapshotOf(m_staging.homePath()));
    wizard.show();
    wizard.next();
    child<QLineEdit>(&wizard, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&wizard, "portSpin")->setValue(m_agent.port);
    child<QLineEdit>(&wizard, "remoteSiteEdit")->setText(QStringLiteral("www"));
    wizard.next();
    child<QRadioButton>(&wizard, "certificateFilesChoice")->setChecked(true);
    wizard.next();
    QCOMPARE(labelOnPage(wizard, "errorLabel"),
             QStringLiteral("Give both the certificate file and its private key, or choose this server's certificate."));
    child<QLineEdit>(&wizard, "certificatePathEdit")->setText(crt);
    child<QLineEdit>(&wizard, "keyPathEdit")->setText(key);
    child<QLineEdit>(&wizard, "caPathEdit")->setText(ca);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RelationshipWizard::ConnectionPageId), 20000);
    waitForChecks(wizard);
    QCOMPARE(labelOnPage(wizard, "reachableMark"), QStringLiteral("✔"));
    QCOMPARE(labelOnPage(wizard, "tlsMark"), QStringLiteral("✘"));
    QCOMPARE(labelOnPage(wizard, "tlsCheck"),
             QStringLiteral("The agent's certificate at 127.0.0.1:%1 was not issued by a certificate authority this "
                            "installation trusts. Import that CA with 'ferryctl cert import ca.crt' if you trust it.")
                 .arg(m_agent.port));
    QCOMPARE(labelOnPage(wizard, "fingerprintCheck"), QStringLiteral("Not checked."));
    QVERIFY(!child<QCheckBox>(&wizard, "pinCheck")->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("relationship-wizard-error-untrusted"));
}

void TestRelationshipWizard::incompatibleProtocolIsNamed()
{
    Hello hello;
    hello.agentVersion = QStringLiteral("9.0");
    hello.protocolMin = wire::protocolVersion + 1;
    hello.protocolMax = wire::protocolVersion + 2;
    hello.serverTime = QDateTime::currentDateTimeUtc();
    StandIn future(m_agentIdentity, HelloMessage::encode(hello));

    RelationshipService service(m_staging.homePath());
    RelationshipWizard wizard(&service, snapshotOf(m_staging.homePath()));
    reachConnectionPage(wizard, future.port(), QStringLiteral("www"));
    QCOMPARE(labelOnPage(wizard, "tlsMark"), QStringLiteral("✔"));
    QCOMPARE(labelOnPage(wizard, "protocolMark"), QStringLiteral("✘"));
    QCOMPARE(labelOnPage(wizard, "protocolCheck"),
             QStringLiteral("This agent speaks protocol %1–%2, we speak %3: upgrade the older of the two.")
                 .arg(wire::protocolVersion + 1)
                 .arg(wire::protocolVersion + 2)
                 .arg(wire::protocolVersion));
    QCOMPARE(labelOnPage(wizard, "errorLabel"), labelOnPage(wizard, "protocolCheck"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestRelationshipWizard::noPushRightsLeavesOnlyDownload()
{
    RelationshipService service(m_staging.homePath());
    RelationshipWizard wizard(&service, snapshotOf(m_staging.homePath()));
    reachConnectionPage(wizard, m_agent.port, QStringLiteral("archive"));
    QCOMPARE(labelOnPage(wizard, "pushMark"), QStringLiteral("✘"));
    QCOMPARE(labelOnPage(wizard, "pushCheck"),
             QStringLiteral("This server may only read site archive, not push to it: copies from here to there will be "
                            "refused. On that server: ferryctl peer allow %1 --site archive --push")
                 .arg(m_stagingIdentity.certificate.fingerprint));
    // Reading is enough for a download: Next stays open, and the direction page offers only that.
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("relationship-wizard-error-push"));
    wizard.next();
    QCOMPARE(child<QListWidget>(&wizard, "remoteSiteList")->currentItem()->text(), QStringLiteral("archive (stage 0)"));
    QCOMPARE(labelOnPage(wizard, "tableDifferences"),
             QStringLiteral("Only on www (this server): posts, pages. Not kept in step until the other site captures them "
                            "too."));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(RelationshipWizard::DirectionPageId));
    QVERIFY(!child<QRadioButton>(&wizard, "localToRemoteChoice")->isEnabled());
    QVERIFY(child<QRadioButton>(&wizard, "remoteToLocalChoice")->isChecked());
    QCOMPARE(labelOnPage(wizard, "pushNote"),
             QStringLiteral("Not possible: the agent does not let this server push to archive."));
}

void TestRelationshipWizard::clockSkewIsMeasured()
{
    // An agent whose clock is five minutes behind ours, offering www with the push right.
    Hello hello;
    hello.agentVersion = QStringLiteral("0.1.0");
    hello.protocolMin = wire::protocolVersion;
    hello.protocolMax = wire::protocolVersion;
    hello.serverTime = QDateTime::currentDateTimeUtc().addSecs(-300);
    hello.sites.push_back({QUuid::createUuid(), QStringLiteral("www"), 0, {QStringLiteral("files")}, true});
    StandIn late(m_agentIdentity, HelloMessage::encode(hello));

    RelationshipService service(m_staging.homePath());
    RelationshipWizard wizard(&service, snapshotOf(m_staging.homePath()));
    reachConnectionPage(wizard, late.port(), QStringLiteral("www"));
    QCOMPARE(labelOnPage(wizard, "protocolMark"), QStringLiteral("✔"));
    QCOMPARE(labelOnPage(wizard, "clockMark"), QStringLiteral("✘"));
    QVERIFY2(QRegularExpression(QStringLiteral("^The agent's clock is -(299|300)\\.\\d s from ours, more than ±2 minutes: set "
                                               "both servers' clocks by NTP \\(timedatectl set-ntp true\\)\\.$"))
                 .match(labelOnPage(wizard, "clockCheck"))
                 .hasMatch(),
             qPrintable(labelOnPage(wizard, "clockCheck")));
    QCOMPARE(labelOnPage(wizard, "pushCheck"), QStringLiteral("This server may push to site www."));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestRelationshipWizard)
#include "tst_relationshipwizard.moc"
