// The schedule wizard and the Schedules view, driven on the offscreen platform over a real home
// on a clock in Europe/Berlin: from an empty home with one profile to a stored schedule, checking
// the next five runs the wizard shows; then edit, switch off, run now and delete from the view.

#include "Screenshot.h"
#include "Fixtures.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TempHome.h"
#include "Translations.h"
#include "services/HomeService.h"
#include "store/ScheduleRepository.h"
#include "views/SchedulesView.h"
#include "wizards/schedule/ScheduleWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

#include <ctime>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

namespace {

template<typename T>
T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no widget named %s", name);
    }
    return found;
}

// The labels of the preview on the wizard's current page.
QStringList previewOnPage(QWizard& wizard)
{
    QStringList texts;
    for (int i = 1; i <= 5; ++i) {
        auto* label = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("nextRun%1").arg(i));
        if (label && label->isVisible()) {
            texts << label->text();
        }
    }
    return texts;
}

QString visibleText(QWizard& wizard, const char* name)
{
    auto* label = wizard.currentPage()->findChild<QLabel*>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}

std::vector<Schedule> stored(const TempHome& home)
{
    auto store = home.openStore();
    return ScheduleRepository(store->database()).list().value();
}

// The main window over a home, shown on the Schedules view once the home has been read.
struct Window {
    explicit Window(const TempHome& home)
        : service(home.homePath())
        , window(&service)
    {
        QSignalSpy loaded(&service, &HomeService::snapshotReady);
        window.show();
        window.showView(QStringLiteral("schedulesView"));
        if (!loaded.wait(10000)) {
            qFatal("the home was not read");
        }
    }
    QTableView* table() { return child<QTableView>(&window, "schedulesTable"); }
    ScheduleWizard* wizard() { return window.findChild<ScheduleWizard*>(QStringLiteral("scheduleWizard")); }

    HomeService service;
    MainWindow window;
};

} // namespace

class TestScheduleWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");  // the runs shown below are Berlin's
        tzset();
        QStandardPaths::setTestModeEnabled(true);
        ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void addsAScheduleFromAnEmptyHome()
    {
        TempHome home;
        {
            auto store = home.openStore();
            storeProfileChain(*store, QStringLiteral("nightly"));
        }
        Window w(home);
        auto* schedulesView = child<SchedulesView>(&w.window, "schedulesView");
        QVERIFY(schedulesView->isShowingEmptyState());
        screenshot(w.window, QStringLiteral("schedules-view-empty"));
        QTest::mouseClick(child<QPushButton>(&w.window, "addFirstScheduleButton"), Qt::LeftButton);
        ScheduleWizard* wizard = w.wizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        auto* next = child<QPushButton>(wizard, "wizardNextButton");

        QCOMPARE(wizard->currentId(), int(ScheduleWizard::ProfilePageId));
        QCOMPARE(child<QComboBox>(wizard, "profileCombo")->currentText(), QStringLiteral("nightly"));
        QCOMPARE(visibleText(*wizard, "profileDetails"), QStringLiteral("Relationship: r"));
        screenshot(*wizard, QStringLiteral("schedule-wizard-profile"));
        QTest::mouseClick(next, Qt::LeftButton);

        QCOMPARE(wizard->currentId(), int(ScheduleWizard::TimingPageId));
        QVERIFY(child<QRadioButton>(wizard, "dailyChoice")->isChecked());
        // Every 90 minutes is an hour and a half, not 90 hours, when the unit changes; only its inputs are open.
        auto* every = child<QRadioButton>(wizard, "intervalChoice");
        QTest::mouseClick(every, Qt::LeftButton, {}, QPoint(8, every->height() / 2));  // on its button, left
        QVERIFY(child<QRadioButton>(wizard, "intervalChoice")->isChecked());
        QVERIFY(child<QSpinBox>(wizard, "intervalSpin")->isEnabled());
        QVERIFY(!child<QTimeEdit>(wizard, "dailyTimeEdit")->isEnabled());
        child<QComboBox>(wizard, "intervalUnitCombo")->setCurrentIndex(0);  // minutes
        QCOMPARE(child<QSpinBox>(wizard, "intervalSpin")->value(), 60);
        child<QSpinBox>(wizard, "intervalSpin")->setValue(90);
        QCOMPARE(wizard->draft().intervalMinutes, 90);
        child<QComboBox>(wizard, "intervalUnitCombo")->setCurrentIndex(1);  // hours
        QCOMPARE(child<QSpinBox>(wizard, "intervalSpin")->value(), 2);
        QCOMPARE(wizard->draft().intervalMinutes, 120);
        QTest::mouseClick(child<QRadioButton>(wizard, "weekdaysChoice"), Qt::LeftButton);
        QCOMPARE(visibleText(*wizard, "timingError"), QStringLiteral("Choose at least one weekday for the schedule."));
        QVERIFY(!next->isEnabled());
        QVERIFY(previewOnPage(*wizard).isEmpty());
        QCOMPARE(visibleText(*wizard, "nextRunsNote"), QStringLiteral("It never runs as it stands."));
        QTest::mouseClick(child<QCheckBox>(wizard, "weekday1"), Qt::LeftButton);  // Monday
        QTest::mouseClick(child<QCheckBox>(wizard, "weekday3"), Qt::LeftButton);  // Wednesday
        child<QTimeEdit>(wizard, "weekdaysTimeEdit")->setTime(QTime(8, 15));
        QVERIFY(next->isEnabled());
        QCOMPARE(visibleText(*wizard, "timingError"), QString());
        QCOMPARE(previewOnPage(*wizard).size(), 5);
        screenshot(*wizard, QStringLiteral("schedule-wizard-when"));
        QTest::mouseClick(next, Qt::LeftButton);

        QCOMPARE(wizard->currentId(), int(ScheduleWizard::StartPageId));
        child<QDateTimeEdit>(wizard, "startEdit")->setDateTime(QDateTime(QDate(2030, 1, 1), QTime(0, 0)));
        QVERIFY(child<QCheckBox>(wizard, "enabledCheck")->isChecked());
        const QStringList expected{
            QStringLiteral("Wednesday, January 2, 2030 at 8:15 AM"), QStringLiteral("Monday, January 7, 2030 at 8:15 AM"),
            QStringLiteral("Wednesday, January 9, 2030 at 8:15 AM"), QStringLiteral("Monday, January 14, 2030 at 8:15 AM"),
            QStringLiteral("Wednesday, January 16, 2030 at 8:15 AM")};
        QCOMPARE(previewOnPage(*wizard), expected);
        QCOMPARE(visibleText(*wizard, "scheduleSummary"), QStringLiteral("Profile nightly: Mon, Wed at 8:15 AM."));
        QCOMPARE(visibleText(*wizard, "nextRunsNote"), QStringLiteral("Times on this computer's clock (Europe/Berlin)."));

        // Back keeps what was typed, on both pages.
        QTest::mouseClick(child<QPushButton>(wizard, "wizardBackButton"), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ScheduleWizard::TimingPageId));
        QVERIFY(child<QRadioButton>(wizard, "weekdaysChoice")->isChecked());
        QVERIFY(child<QCheckBox>(wizard, "weekday1")->isChecked());
        QVERIFY(child<QCheckBox>(wizard, "weekday3")->isChecked());
        QVERIFY(!child<QCheckBox>(wizard, "weekday2")->isChecked());
        QCOMPARE(child<QTimeEdit>(wizard, "weekdaysTimeEdit")->time(), QTime(8, 15));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(child<QDateTimeEdit>(wizard, "startEdit")->dateTime(), QDateTime(QDate(2030, 1, 1), QTime(0, 0)));
        QCOMPARE(previewOnPage(*wizard), expected);
        screenshot(*wizard, QStringLiteral("schedule-wizard-start"));

        QSignalSpy closed(wizard, &QDialog::finished);
        QTest::mouseClick(child<QPushButton>(wizard, "wizardFinishButton"), Qt::LeftButton);
        QVERIFY(closed.wait(10000));
        QCOMPARE(closed.at(0).at(0).toInt(), int(QDialog::Accepted));
        const std::vector<Schedule> schedules = stored(home);
        QCOMPARE(schedules.size(), std::size_t(1));
        QCOMPARE(schedules[0].kind, ScheduleKind::Weekdays);
        QCOMPARE(schedules[0].weekdays, 0b101);
        QCOMPARE(schedules[0].timeOfDay, QTime(8, 15));
        QCOMPARE(schedules[0].startAt, QDateTime(QDate(2029, 12, 31), QTime(23, 0), Qt::UTC));
        QVERIFY(schedules[0].enabled);

        // The view lists it with its next run, once the home is read again.
        QTRY_COMPARE_WITH_TIMEOUT(w.table()->model()->rowCount(), 1, 10000);
        QCOMPARE(w.table()->model()->index(0, 1).data().toString(), QStringLiteral("Mon, Wed at 8:15 AM"));
        QCOMPARE(w.table()->model()->index(0, 2).data().toString(), QStringLiteral("1/2/30 8:15 AM"));
        w.table()->selectRow(0);
        screenshot(w.window, QStringLiteral("schedules-view"));
    }

    void editsSwitchesOffRunsNowAndDeletes()
    {
        TempHome home;
        Schedule schedule;
        {
            auto store = home.openStore();
            const Profile profile = storeProfileChain(*store, QStringLiteral("nightly"));
            schedule.profileId = profile.id;
            schedule.kind = ScheduleKind::Daily;
            schedule.timeOfDay = QTime(2, 30);
            schedule.startAt = QDateTime(QDate(2030, 3, 30), QTime(12, 0), Qt::UTC);
            schedule.createdAt = QDateTime::currentDateTimeUtc();
            schedule = ScheduleRepository(store->database()).insert(schedule).value();
        }
        Window w(home);
        QTRY_COMPARE_WITH_TIMEOUT(w.table()->model()->rowCount(), 1, 10000);
        w.table()->selectRow(0);

        // Edit: the same pages, filled in; 31 March 2030 loses 02:00–03:00 in Berlin.
        QTest::mouseClick(child<QPushButton>(&w.window, "editScheduleButton"), Qt::LeftButton);
        ScheduleWizard* wizard = w.wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Edit Schedule"));
        auto* next = child<QPushButton>(wizard, "wizardNextButton");
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(child<QRadioButton>(wizard, "dailyChoice")->isChecked());
        QCOMPARE(child<QTimeEdit>(wizard, "dailyTimeEdit")->time(), QTime(2, 30));
        QCOMPARE(previewOnPage(*wizard).mid(0, 2),
                 (QStringList{QStringLiteral("Sunday, March 31, 2030 at 3:00 AM"), QStringLiteral("Monday, April 1, 2030 at 2:30 AM")}));
        child<QTimeEdit>(wizard, "dailyTimeEdit")->setTime(QTime(3, 45));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(child<QPushButton>(wizard, "wizardFinishButton")->text(), QStringLiteral("Save"));
        QSignalSpy closed(wizard, &QDialog::finished);
        QTest::mouseClick(child<QPushButton>(wizard, "wizardFinishButton"), Qt::LeftButton);
        QVERIFY(closed.wait(10000));
        QCOMPARE(stored(home).at(0).id, schedule.id);
        QCOMPARE(stored(home).at(0).timeOfDay, QTime(3, 45));
        QTRY_COMPARE_WITH_TIMEOUT(w.table()->model()->index(0, 1).data().toString(), QStringLiteral("Daily at 3:45 AM"), 10000);

        // Switch off, and on again.
        w.table()->selectRow(0);
        auto* toggle = child<QPushButton>(&w.window, "toggleScheduleButton");
        QCOMPARE(toggle->text(), QStringLiteral("Disable"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!stored(home).at(0).enabled, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.table()->model()->index(0, 2).data().toString(), QStringLiteral("Disabled"), 10000);
        w.table()->selectRow(0);
        QCOMPARE(toggle->text(), QStringLiteral("Enable"));

        // Run now names the profile; the run queue decides.
        QSignalSpy runNow(&w.window, &MainWindow::runNowRequested);
        QTest::mouseClick(child<QPushButton>(&w.window, "runScheduleNowButton"), Qt::LeftButton);
        QCOMPARE(runNow.size(), 1);
        QCOMPARE(runNow.at(0).at(0).toLongLong(), schedule.profileId);

        // Delete asks first; No keeps it.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(&w.window, "deleteScheduleButton"), Qt::LeftButton);
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("Delete the schedule “Daily at 3:45 AM” of profile nightly? The profile stays; it no "
                                "longer runs on this schedule."));
        QTest::qWait(200);
        QCOMPARE(stored(home).size(), std::size_t(1));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&w.window, "deleteScheduleButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stored(home).empty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(child<SchedulesView>(&w.window, "schedulesView")->isShowingEmptyState(), 10000);
    }
};

QTEST_MAIN(TestScheduleWizard)
#include "tst_schedulewizard.moc"
