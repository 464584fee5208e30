// The security wizard and the Certificates view, driven on the offscreen platform against real
// homes, a real keychain and real OpenSSL: generate a CA, issue, export, then apply the bundle on a
// second home; the view lists what the store holds, colours expiry and untrusts.

#include "Screenshot.h"
#include "MainWindow.h"
#include "Translations.h"
#include "MessageBox.h"
#include "SecurityFixtures.h"
#include "TempHome.h"
#include "services/HomeService.h"
#include "views/CertificatesView.h"
#include "wizards/security/SecurityWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

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

TrustOverview overviewOf(CertificateService& service)
{
    QSignalSpy ready(&service, &CertificateService::overviewReady);
    service.refresh();
    if (!ready.wait(20000)) {
        qFatal("no overview");
    }
    return ready.takeFirst().at(0).value<TrustOverview>();
}

const QString passphrase = QStringLiteral("Four words, 2 ferries!");

} // namespace

class TestSecurityWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // the main window's settings stay out of the user's
        ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));  // as the application does
        QVERIFY2(keychainAvailable(), "run through scripts/dev.sh test (a D-Bus session with GNOME Keyring)");
    }

    void generateIssueExportThenApplyOnASecondHome()
    {
        TempHome staging;
        const QString bundle = staging.root() + QStringLiteral("/prod1.p12");
        {
            CertificateService service(staging.homePath());
            SecurityWizard wizard(&service, overviewOf(service));
            wizard.show();
            QCOMPARE(wizard.currentId(), int(SecurityWizard::IntroPageId));
            child<QRadioButton>(&wizard, "issueChoice")->setChecked(true);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(SecurityWizard::CaPageId));
            child<QLineEdit>(&wizard, "caNameEdit")->setText(QStringLiteral("Staging CA"));
            wizard.next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SecurityWizard::IssuePageId), 20000);
            QVERIFY(QFile::exists(staging.homePath() + QStringLiteral("/trust/ca.key")));

            child<QLineEdit>(&wizard, "nodeNameEdit")->setText(QStringLiteral("prod1"));
            child<QLineEdit>(&wizard, "hostsEdit")->setText(QStringLiteral("prod1.example.org"));
            child<QLineEdit>(&wizard, "addressesEdit")->setText(QStringLiteral("10.0.0.5"));
            wizard.next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SecurityWizard::ExportPageId), 20000);
            const QString issued = staging.homePath() + QStringLiteral("/trust/issued/prod1.crt");
            const QString fingerprint = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"), issued, QStringLiteral("-noout"),
                                                    QStringLiteral("-fingerprint"), QStringLiteral("-sha256")})
                                            .out.trimmed()
                                            .section(QLatin1Char('='), 1);
            QVERIFY(labelOnPage(wizard, "issuedSummary").contains(fingerprint));
            QVERIFY(labelOnPage(wizard, "issuedSummary").contains(QStringLiteral("prod1.example.org, 10.0.0.5")));

            QPushButton* next = qobject_cast<QPushButton*>(wizard.button(QWizard::NextButton));
            child<QLineEdit>(&wizard, "bundlePathEdit")->setText(bundle);
            child<QLineEdit>(&wizard, "passphraseEdit")->setText(QStringLiteral("short"));
            QVERIFY(labelOnPage(wizard, "strengthLabel").startsWith(QStringLiteral("Too short")));
            QVERIFY(!next->isEnabled());
            child<QLineEdit>(&wizard, "passphraseEdit")->setText(passphrase);
            child<QLineEdit>(&wizard, "repeatPassphraseEdit")->setText(passphrase + QLatin1Char('x'));
            QVERIFY(labelOnPage(wizard, "strengthLabel").contains(QStringLiteral("The two passphrases differ.")));
            QVERIFY(!next->isEnabled());
            child<QLineEdit>(&wizard, "repeatPassphraseEdit")->setText(passphrase);
            QCOMPARE(labelOnPage(wizard, "strengthLabel"), QStringLiteral("Strong."));
            QVERIFY(next->isEnabled());
            screenshot(wizard, QStringLiteral("security-wizard-export"));
            QTest::mouseClick(next, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SecurityWizard::DonePageId), 20000);
            QVERIFY(labelOnPage(wizard, "doneSummary").contains(bundle));
        }
        QCOMPARE(fileMode(bundle), 0600);
        const ProcessResult info = runOpenSsl({QStringLiteral("pkcs12"), QStringLiteral("-in"), bundle, QStringLiteral("-nokeys"),
                                               QStringLiteral("-passin"), QStringLiteral("pass:") + passphrase});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("subject=O = Ferry, CN = prod1")));
        QVERIFY(info.out.contains(QStringLiteral("subject=O = Ferry, CN = Staging CA")));

        // The production server applies it.
        TempHome production;
        CertificateService service(production.homePath());
        SecurityWizard wizard(&service, overviewOf(service));
        wizard.show();
        child<QRadioButton>(&wizard, "applyChoice")->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SecurityWizard::ApplyPageId));
        child<QLineEdit>(&wizard, "applyPathEdit")->setText(bundle);
        child<QLineEdit>(&wizard, "applyPassphraseEdit")->setText(QStringLiteral("not the passphrase"));
        const auto before = snapshotFolder(production.homePath());
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!labelOnPage(wizard, "errorLabel").isEmpty(), 20000);
        QCOMPARE(wizard.currentId(), int(SecurityWizard::ApplyPageId));
        QCOMPARE(labelOnPage(wizard, "errorLabel"), QStringLiteral("The passphrase for %1 is wrong.").arg(bundle));
        QCOMPARE(snapshotFolder(production.homePath()), before);

        child<QLineEdit>(&wizard, "applyPassphraseEdit")->setText(passphrase);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SecurityWizard::ConfirmPageId), 20000);
        const QString caFingerprint = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"),
                                                  staging.homePath() + QStringLiteral("/trust/ca.crt"), QStringLiteral("-noout"),
                                                  QStringLiteral("-fingerprint"), QStringLiteral("-sha256")})
                                          .out.trimmed()
                                          .section(QLatin1Char('='), 1);
        QVERIFY(labelOnPage(wizard, "bundleDetails").contains(caFingerprint));
        QCheckBox* trust = child<QCheckBox>(&wizard, "trustCaCheck");
        QVERIFY(trust->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        trust->setChecked(true);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(wizard, QStringLiteral("security-wizard-apply"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SecurityWizard::DonePageId), 20000);
        QVERIFY(labelOnPage(wizard, "doneSummary").contains(QStringLiteral("prod1, issued by Staging CA")));
        QCOMPARE(readAll(production.homePath() + QStringLiteral("/trust/node.crt")),
                 readAll(staging.homePath() + QStringLiteral("/trust/issued/prod1.crt")));
        QCOMPARE(fileMode(production.homePath() + QStringLiteral("/trust/node.key")), 0600);
        wizard.button(QWizard::FinishButton)->click();
    }

    void viewListsColoursAndUntrusts()
    {
        TempHome temp;
        CertificateService setup(temp.homePath());
        QSignalSpy done(&setup, &CertificateService::changed);
        setup.createCa(QStringLiteral("View CA"), KeyType::EcP256, {});
        QVERIFY(done.wait(20000));
        NodeRequest soon;
        soon.name = QStringLiteral("soon");
        soon.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        soon.validDays = 11;
        setup.issue(soon, {});
        QVERIFY(done.wait(20000));

        CertificatesView view(temp.homePath());
        view.resize(1000, 600);
        view.show();
        auto* table = child<QTableView>(&view, "certificatesTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 20000);
        QVERIFY(!view.isShowingEmptyState());
        QAbstractItemModel* model = table->model();
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("View CA"));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("This installation's CA"));
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("Issued"));
        QCOMPARE(model->index(1, 3).data().toString(), QStringLiteral("9"));
        QCOMPARE(model->index(0, 3).data(Qt::ForegroundRole).value<QColor>(), QColor(0x1b, 0x7f, 0x3b));
        QCOMPARE(model->index(1, 3).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb2, 0x5e, 0x00));
        auto* banner = child<QLabel>(&view, "expiryBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Expiring within 30 days: 1 certificate.")), qPrintable(banner->text()));

        auto* rotate = child<QPushButton>(&view, "rotateButton");
        auto* untrust = child<QPushButton>(&view, "untrustButton");
        table->selectRow(0);
        QVERIFY(!rotate->isEnabled());
        QVERIFY(!untrust->isEnabled());  // its own CA cannot be untrusted
        table->selectRow(1);
        QVERIFY(rotate->isEnabled());
        QVERIFY(untrust->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        untrust->click();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Revoke the certificate issued to soon?")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        untrust->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(1, 1).data().toString(), QStringLiteral("Revoked"), 20000);
        QVERIFY(!QFile::exists(temp.homePath() + QStringLiteral("/trust/issued/soon.crt")));
        QTRY_VERIFY(!banner->isVisible());
    }

    void rotationStartsAtTheIssuePageFilledIn()
    {
        TempHome temp;
        CertificateService service(temp.homePath());
        SecurityWizard wizard(&service, overviewOf(service));
        wizard.startRotation(QStringLiteral("prod1"), {QStringLiteral("prod1"), QStringLiteral("prod1.example.org")},
                             {QStringLiteral("10.0.0.5")});
        wizard.show();
        QCOMPARE(wizard.currentId(), int(SecurityWizard::IssuePageId));
        QCOMPARE(child<QLineEdit>(&wizard, "nodeNameEdit")->text(), QStringLiteral("prod1"));
        QCOMPARE(child<QLineEdit>(&wizard, "hostsEdit")->text(), QStringLiteral("prod1.example.org"));
        QCOMPARE(child<QLineEdit>(&wizard, "addressesEdit")->text(), QStringLiteral("10.0.0.5"));
        // Without a CA in this home, issuing says so and stays.
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!labelOnPage(wizard, "errorLabel").isEmpty(), 20000);
        QVERIFY(labelOnPage(wizard, "errorLabel").contains(QStringLiteral("no certificate authority yet")));
        QCOMPARE(wizard.currentId(), int(SecurityWizard::IssuePageId));
    }

    void mainWindowMenuOpensTheWizard()
    {
        TempHome temp;
        HomeService home(temp.homePath());
        MainWindow window(&home);
        window.show();
        QAction* action = window.findChild<QAction*>(QStringLiteral("securityWizardAction"));
        QVERIFY(action);
        action->trigger();
        QCOMPARE(window.currentViewName(), QStringLiteral("certificatesView"));
        QTRY_VERIFY(window.findChild<SecurityWizard*>(QStringLiteral("securityWizard")));
        QVERIFY(window.findChild<SecurityWizard*>(QStringLiteral("securityWizard"))->isVisible());
    }
};

QTEST_MAIN(TestSecurityWizard)
#include "tst_securitywizard.moc"
