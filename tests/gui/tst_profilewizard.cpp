// The profile wizard, the Edit Profile dialog and the Relationships and Profiles views, driven
// through the real main window on the offscreen platform against a real home: patterns with a
// live count of the files they select, policies explained, the profile stored, edited, run,
// deleted after a confirmation that says what is lost, and a relationship deleted with its
// profiles.

#include "Screenshot.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TempHome.h"
#include "Translations.h"
#include "services/HomeService.h"
#include "store/RelationshipRepository.h"
#include "store/SiteRepository.h"
#include "sync/ProfileRegistry.h"
#include "sync/RelationshipRegistry.h"
#include "views/ProfilesView.h"
#include "dialogs/RelationshipDialog.h"
#include "views/RelationshipsView.h"
#include "wizards/profile/ProfileContentEditor.h"
#include "wizards/profile/ProfileDialog.h"
#include "wizards/profile/ProfileWizard.h"
#include "wizards/relationship/RelationshipWizard.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
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

QString visibleText(QWidget* parent, const char* name)
{
    QLabel* label = parent->findChild<QLabel*>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}

int rowOf(QTableView* table, const QString& name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestProfileWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        m_home = std::make_unique<TempHome>();
        m_root = m_home->makeFolder(QStringLiteral("www"));
        m_home->writeFile(QStringLiteral("www/index.html"), "<h1>hi</h1>");
        m_home->writeFile(QStringLiteral("www/assets/site.css"), "body{}");
        m_home->writeFile(QStringLiteral("www/assets/logo.svg"), "<svg/>");
        m_home->writeFile(QStringLiteral("www/assets/draft.tmp"), "x");
        m_home->writeFile(QStringLiteral("www/cache/page.html"), "x");
        auto store = m_home->openStore();
        Site site;
        site.uuid = QUuid::createUuid();
        site.name = QStringLiteral("www");
        site.filesRoot = m_root;
        site.databaseUrl = QStringLiteral("sqlite://") + m_home->root() + QStringLiteral("/www.db");
        site.tables = {QStringLiteral("pages"), QStringLiteral("posts")};
        site.createdAt = QDateTime::currentDateTimeUtc();
        auto stored = SiteRepository(store->database()).insert(site);
        QVERIFY(stored.ok());
        Relationship relationship;
        relationship.name = QStringLiteral("www-prod1");
        relationship.siteId = stored->id;
        relationship.remoteUrl = QUrl(QStringLiteral("https://prod1.example.org:7443/www"));
        relationship.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(RelationshipRepository(store->database()).insert(relationship).ok());
    }

    void wizardStoresAProfile()
    {
        HomeService home(m_home->homePath());
        MainWindow window(&home);
        window.resize(1100, 700);
        window.show();
        auto* profiles = child<QTableView>(&window, "profilesTable");
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>(&window, "relationshipsTable")->model()->rowCount(), 1, 20000);
        window.findChild<QAction*>(QStringLiteral("newProfileAction"))->trigger();
        QCOMPARE(window.currentViewName(), QStringLiteral("profilesView"));
        QTRY_VERIFY(window.findChild<ProfileWizard*>(QStringLiteral("profileWizard")));
        ProfileWizard& wizard = *window.findChild<ProfileWizard*>(QStringLiteral("profileWizard"));
        QCOMPARE(wizard.currentId(), int(ProfileWizard::ContentPageId));
        QCOMPARE(child<QComboBox>(&wizard, "relationshipCombo")->currentText(), QStringLiteral("www-prod1"));
        // No patterns: every file.
        QTRY_COMPARE_WITH_TIMEOUT(visibleText(&wizard, "matchCountLabel"), QStringLiteral("Matching files: 5 (in %1)").arg(m_root), 20000);

        child<QPlainTextEdit>(&wizard, "includesEdit")->setPlainText(QStringLiteral("assets/[abc"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleText(&wizard, "matchCountLabel"),
                                  QStringLiteral("The pattern 'assets/[abc' has a '[' without its ']'."), 20000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileWizard::ContentPageId));
        QCOMPARE(visibleText(&wizard, "errorLabel"), QStringLiteral("Give the profile a name, e.g. www-assets."));
        child<QLineEdit>(&wizard, "profileNameEdit")->setText(QStringLiteral("www-assets"));
        wizard.next();
        QCOMPARE(visibleText(&wizard, "errorLabel"), QStringLiteral("The pattern 'assets/[abc' has a '[' without its ']'."));

        child<QPlainTextEdit>(&wizard, "includesEdit")->setPlainText(QStringLiteral("assets/**\nindex.html"));
        child<QPlainTextEdit>(&wizard, "excludesEdit")->setPlainText(QStringLiteral("*.tmp"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleText(&wizard, "matchCountLabel"), QStringLiteral("Matching files: 3 (in %1)").arg(m_root), 20000);
        auto* tables = child<QListWidget>(&wizard, "profileTablesList");
        QCOMPARE(tables->count(), 2);
        tables->item(1)->setCheckState(Qt::Checked);  // posts
        screenshot(wizard, QStringLiteral("profile-wizard-1-content"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ProfileWizard::PolicyPageId));

        auto* preview = child<QPushButton>(&wizard, "previewButton");
        QVERIFY(!preview->isEnabled());
        QCOMPARE(preview->toolTip(), QStringLiteral("A preview needs the sync engine's dry run, which this version does not have yet."));
        auto* direction = child<QComboBox>(&wizard, "directionCombo");
        direction->setCurrentIndex(direction->findData(int(Direction::Bidirectional)));
        QCOMPARE(visibleText(&wizard, "directionExplanation"),
                 QStringLiteral("Both ways: each run first pulls the remote site's changes, then pushes ours."));
        child<QCheckBox>(&wizard, "deletesCheck")->setChecked(false);
        QCOMPARE(visibleText(&wizard, "deletesExplanation"),
                 QStringLiteral("Deletions stay on the side where they happened; the other side keeps its copy."));
        auto* policy = child<QComboBox>(&wizard, "conflictPolicyCombo");
        QCOMPARE(visibleText(&wizard, "policyExplanation"),
                 QStringLiteral("Both versions are kept apart and listed under Conflicts for you to choose; the run goes on."));
        policy->setCurrentIndex(policy->findData(int(ConflictPolicy::KeepBoth)));
        QCOMPARE(visibleText(&wizard, "policyExplanation"),
                 QStringLiteral("One version wins; the other is saved beside it, named after its site and time."));
        child<QSpinBox>(&wizard, "bandwidthSpin")->setValue(512);
        child<QSpinBox>(&wizard, "deleteGuardSpin")->setValue(10);
        screenshot(wizard, QStringLiteral("profile-wizard-2-policy"));

        // Back and forth keeps everything.
        wizard.back();
        QCOMPARE(child<QLineEdit>(&wizard, "profileNameEdit")->text(), QStringLiteral("www-assets"));
        wizard.next();
        QCOMPARE(child<QSpinBox>(&wizard, "bandwidthSpin")->value(), 512);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ProfileWizard::DonePageId), 20000);
        QVERIFY(visibleText(&wizard, "profileDoneSummary").startsWith(QStringLiteral("The profile www-assets is stored.")));
        wizard.button(QWizard::FinishButton)->click();

        auto store = m_home->openStore();
        auto stored = ProfileRegistry(*store).list();
        QCOMPARE(stored->size(), std::size_t(1));
        const Profile& profile = stored->at(0);
        QCOMPARE(profile.name, QStringLiteral("www-assets"));
        QCOMPARE(profile.includes, (QStringList{QStringLiteral("assets/**"), QStringLiteral("index.html")}));
        QCOMPARE(profile.excludes, QStringList{QStringLiteral("*.tmp")});
        QCOMPARE(profile.tables, QStringList{QStringLiteral("posts")});
        QCOMPARE(profile.direction, Direction::Bidirectional);
        QVERIFY(!profile.propagateDeletes);
        QCOMPARE(profile.conflictPolicy, ConflictPolicy::KeepBoth);
        QCOMPARE(profile.bandwidthLimitKiBps, 512);
        QCOMPARE(profile.deleteGuardPercent, 10);
        // The view reads it back.
        QTRY_COMPARE_WITH_TIMEOUT(profiles->model()->rowCount(), 1, 20000);
        QCOMPARE(profiles->model()->index(0, 2).data().toString(), QStringLiteral("Both ways"));
    }

    void viewsEditRunAndDelete()
    {
        {
            auto store = m_home->openStore();
            ProfileDraft draft;
            draft.name = QStringLiteral("www-all");
            draft.relationshipName = QStringLiteral("www-prod1");
            QVERIFY(ProfileRegistry(*store).add(draft).ok());
            draft.name = QStringLiteral("www-db");
            draft.tables = {QStringLiteral("pages")};
            QVERIFY(ProfileRegistry(*store).add(draft).ok());
        }
        HomeService home(m_home->homePath());
        MainWindow window(&home);
        window.resize(1100, 700);
        window.show();
        window.showView(QStringLiteral("profilesView"));
        auto* table = child<QTableView>(&window, "profilesTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 20000);
        auto* run = child<QPushButton>(&window, "runNowButton");
        auto* edit = child<QPushButton>(&window, "editProfileButton");
        QVERIFY(!run->isEnabled());
        QVERIFY(!edit->isEnabled());
        table->selectRow(rowOf(table, QStringLiteral("www-all")));
        QVERIFY(run->isEnabled());
        screenshot(window, QStringLiteral("profiles-view"));

        QSignalSpy runNow(&window, &MainWindow::runNowRequested);
        run->click();
        QCOMPARE(runNow.size(), 1);
        auto store = m_home->openStore();
        const auto all = ProfileRegistry(*store).list().value();
        const qint64 allId = all.at(0).name == QStringLiteral("www-all") ? all.at(0).id : all.at(1).id;
        QCOMPARE(runNow.at(0).at(0).toLongLong(), allId);

        // Edit: the same editors, filled in; a clash is named and nothing changes.
        edit->click();
        QTRY_VERIFY(window.findChild<ProfileDialog*>(QStringLiteral("profileDialog")));
        ProfileDialog& dialog = *window.findChild<ProfileDialog*>(QStringLiteral("profileDialog"));
        QCOMPARE(child<QLineEdit>(&dialog, "profileNameEdit")->text(), QStringLiteral("www-all"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.contentEditor()->countText(), QStringLiteral("Matching files: 5 (in %1)").arg(m_root), 20000);
        child<QLineEdit>(&dialog, "profileNameEdit")->setText(QStringLiteral("www-db"));
        child<QPushButton>(&dialog, "saveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.errorText(), QStringLiteral("A profile named 'www-db' already exists."), 20000);
        child<QLineEdit>(&dialog, "profileNameEdit")->setText(QStringLiteral("www-site"));
        child<QPlainTextEdit>(&dialog, "excludesEdit")->setPlainText(QStringLiteral("cache"));
        child<QSpinBox>(&dialog, "bandwidthSpin")->setValue(2048);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.contentEditor()->countText(), QStringLiteral("Matching files: 4 (in %1)").arg(m_root), 20000);
        screenshot(dialog, QStringLiteral("profile-edit-dialog"));
        QSignalSpy closed(&dialog, &QDialog::finished);
        child<QPushButton>(&dialog, "saveButton")->click();
        QVERIFY(closed.wait(20000));
        QCOMPARE(closed.at(0).at(0).toInt(), int(QDialog::Accepted));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, QStringLiteral("www-site")) >= 0, 20000);
        auto renamed = ProfileRegistry(*store).list().value();
        const Profile& site = renamed.at(0).name == QStringLiteral("www-site") ? renamed.at(0) : renamed.at(1);
        QCOMPARE(site.id, allId);
        QCOMPARE(site.excludes, QStringList{QStringLiteral("cache")});
        QCOMPARE(site.bandwidthLimitKiBps, 2048);

        // Delete: cancelled changes nothing; confirmed, the row goes.
        table->selectRow(rowOf(table, QStringLiteral("www-db")));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        child<QPushButton>(&window, "deleteProfileButton")->click();
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("Delete the profile www-db of www-prod1? Its schedules are deleted with it, and it no "
                                "longer runs. The sites' files and tables are not touched."));
        QCOMPARE(ProfileRegistry(*store).list()->size(), std::size_t(2));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(&window, "deleteProfileButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20000);
        QCOMPARE(ProfileRegistry(*store).list()->size(), std::size_t(1));

        // The relationship goes with its remaining profile, after saying so.
        window.showView(QStringLiteral("relationshipsView"));
        auto* relationships = child<QTableView>(&window, "relationshipsTable");
        relationships->selectRow(0);
        screenshot(window, QStringLiteral("relationships-view"));

        // Edit what can change without pairing again; a bad fingerprint is named and nothing is stored.
        child<QPushButton>(&window, "editRelationshipButton")->click();
        QTRY_VERIFY(window.findChild<RelationshipDialog*>(QStringLiteral("relationshipDialog")));
        RelationshipDialog& editor = *window.findChild<RelationshipDialog*>(QStringLiteral("relationshipDialog"));
        child<QLineEdit>(&editor, "pinEdit")->setText(QStringLiteral("abc"));
        child<QRadioButton>(&editor, "proxyChoice")->setChecked(true);
        child<QLineEdit>(&editor, "proxyUrlEdit")->setText(QStringLiteral("http://proxy.example.org:3128"));
        child<QCheckBox>(&editor, "acceptPushesCheck")->setChecked(true);
        child<QPushButton>(&editor, "saveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(editor.errorText(),
                                  QStringLiteral("'abc' is not a SHA-256 fingerprint (32 bytes in hex, with or without colons)."), 20000);
        QVERIFY(RelationshipRegistry(*store, m_home->homePath()).find(QStringLiteral("www-prod1"))->proxyUrl.isEmpty());
        const QString pin = QStringLiteral("ab").repeated(32);
        child<QLineEdit>(&editor, "pinEdit")->setText(pin);
        screenshot(editor, QStringLiteral("relationship-edit-dialog"));
        QSignalSpy editorClosed(&editor, &QDialog::finished);
        child<QPushButton>(&editor, "saveButton")->click();
        QVERIFY(editorClosed.wait(20000));
        const Relationship edited = RelationshipRegistry(*store, m_home->homePath()).find(QStringLiteral("www-prod1")).value();
        QCOMPARE(edited.proxyUrl, QUrl(QStringLiteral("http://proxy.example.org:3128")));
        QCOMPARE(edited.pinnedFingerprint, QStringLiteral("AB:").repeated(31) + QStringLiteral("AB"));
        QVERIFY(edited.acceptPushes);
        QVERIFY(!edited.bypassProxy);
        QTRY_COMPARE_WITH_TIMEOUT(relationships->model()->index(0, 3).data().toString(), QStringLiteral("Yes"), 20000);
        relationships->selectRow(0);  // the row was read again
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(&window, "deleteRelationshipButton")->click();
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("Delete the relationship www-prod1 with https://prod1.example.org:7443/www? Its profiles "
                                "are deleted with it, with their schedules: www-site. The sites' files and tables are not "
                                "touched; pairing them again starts with a new initial copy."));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<RelationshipsView*>()->isShowingEmptyState(), 20000);
        QCOMPARE(RelationshipRegistry(*store, m_home->homePath()).list()->size(), std::size_t(0));
        QCOMPARE(ProfileRegistry(*store).list()->size(), std::size_t(0));
        QVERIFY(QFile::exists(m_root + QStringLiteral("/index.html")));
    }

    void mainWindowOpensTheRelationshipWizardAndForwardsItsRequest()
    {
        HomeService home(m_home->homePath());
        MainWindow window(&home);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>(&window, "relationshipsTable")->model()->rowCount(), 1, 20000);
        window.findChild<QAction*>(QStringLiteral("newRelationshipAction"))->trigger();
        QCOMPARE(window.currentViewName(), QStringLiteral("relationshipsView"));
        QTRY_VERIFY(window.findChild<RelationshipWizard*>(QStringLiteral("relationshipWizard")));
        RelationshipWizard& wizard = *window.findChild<RelationshipWizard*>(QStringLiteral("relationshipWizard"));
        QCOMPARE(child<QComboBox>(&wizard, "localSiteCombo")->currentText(), QStringLiteral("www"));
        // What the wizard's last page asks for reaches the main window, where the engine listens.
        QSignalSpy initialSync(&window, &MainWindow::initialSyncRequested);
        emit wizard.initialSyncRequested(42);
        QCOMPARE(initialSync.size(), 1);
        QCOMPARE(initialSync.at(0).at(0).toLongLong(), 42);
    }

private:
    std::unique_ptr<TempHome> m_home;
    QString m_root;
};

QTEST_MAIN(TestProfileWizard)
#include "tst_profilewizard.moc"
