// Adding a site from the GUI: the dialog, the core's verdict, and the Sites view afterwards.

#include "MainWindow.h"
#include "Screenshot.h"
#include "TempHome.h"
#include "dialogs/AddSiteDialog.h"
#include "services/HomeService.h"
#include "site/SiteRegistry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ferry;

namespace {

QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestAddSiteDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsASiteAndShowsItInTheSitesView();
    void okIsOnlyOfferedForAValidName();
    void showsTheCoresReasonAndStaysOpen();
};

void TestAddSiteDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAddSiteDialog::addsASiteAndShowsItInTheSitesView()
{
    test::TempHome home;
    const QString folder = home.makeFolder(QStringLiteral("www"));
    HomeService service(home.homePath());
    ui::MainWindow window(&service);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // From the dashboard's welcome: the empty home offers to add a site.
    auto* welcomeAction = window.findChild<QWidget*>(QStringLiteral("dashboardView"))
                              ->findChild<QPushButton*>(QStringLiteral("emptyStateAction"));
    QTRY_VERIFY(welcomeAction->isVisible());
    QTest::mouseClick(welcomeAction, Qt::LeftButton);
    QPointer<ui::AddSiteDialog> dialog = window.findChild<ui::AddSiteDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("siteNameEdit")), QStringLiteral("www"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("filesFolderEdit")), folder);
    dialog->findChild<QSpinBox*>(QStringLiteral("stageSpin"))->setValue(1);
    auto* keep = dialog->findChild<QSpinBox*>(QStringLiteral("keepVersionsSpin"));
    QCOMPARE(keep->value(), 30);
    QCOMPARE(keep->text(), QStringLiteral("30 days"));
    keep->setValue(90);
    QVERIFY(okButton(dialog)->isEnabled());
    test::screenshot(*dialog, QStringLiteral("add-site-dialog"));
    // Every label names its field with a shortcut, none shows a bare "&".
    const auto* form = dialog->findChild<QFormLayout*>();
    for (int row = 0; row < form->rowCount(); ++row) {
        const auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        QVERIFY(label->buddy() != nullptr);
    }
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
    QCOMPARE(window.currentViewName(), QStringLiteral("sitesView"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("sitesTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("www"));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("1"));

    auto store = home.openStore();
    const auto sites = SiteRegistry(*store).list().value();
    QCOMPARE(sites.size(), std::size_t(1));
    QCOMPARE(sites.front().stage, 1);
    QCOMPARE(sites.front().keepVersionsDays, 90);
}

void TestAddSiteDialog::okIsOnlyOfferedForAValidName()
{
    test::TempHome home;
    HomeService service(home.homePath());
    ui::AddSiteDialog dialog(&service);
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("siteNameEdit"));
    dialog.findChild<QLineEdit*>(QStringLiteral("filesFolderEdit"))->setText(home.root());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClicks(name, QStringLiteral("my site"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().startsWith(QLatin1String("'my site' is not a valid site name")));
    name->setText(QStringLiteral("my-site"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!error->isVisible());
}

void TestAddSiteDialog::showsTheCoresReasonAndStaysOpen()
{
    test::TempHome home;
    HomeService service(home.homePath());
    ui::AddSiteDialog dialog(&service);
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("siteNameEdit"))->setText(QStringLiteral("www"));
    dialog.findChild<QLineEdit*>(QStringLiteral("filesFolderEdit"))->setText(home.root() + QStringLiteral("/missing"));
    QSignalSpy failed(&service, &HomeService::siteAddFailed);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The files folder %1/missing does not exist.").arg(home.root()));
    QVERIFY(dialog.isVisible());
    QVERIFY(okButton(&dialog)->isEnabled());
}

QTEST_MAIN(TestAddSiteDialog)
#include "tst_addsitedialog.moc"
