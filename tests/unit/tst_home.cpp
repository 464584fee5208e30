// Home: which folder is the home, and how it is created.

#include "TempHome.h"
#include "home/Home.h"

#include <QFileInfo>
#include <QTest>

using namespace ferry;

class TestHome : public QObject
{
    Q_OBJECT

private slots:
    void explicitPathWinsOverEnvironment();
    void environmentWinsOverDefault();
    void defaultIsTheXdgDataFolder();
    void createsTheFolderForItsOwnerOnly();
    void refusesAFile();
};

void TestHome::explicitPathWinsOverEnvironment()
{
    qputenv(Home::environmentVariable, "/from/env");
    QCOMPARE(Home::resolvePath(QStringLiteral("/from/option")), QStringLiteral("/from/option"));
}

void TestHome::environmentWinsOverDefault()
{
    qputenv(Home::environmentVariable, "/from/env");
    QCOMPARE(Home::resolvePath(QString()), QStringLiteral("/from/env"));
}

void TestHome::defaultIsTheXdgDataFolder()
{
    qunsetenv(Home::environmentVariable);
    qputenv("XDG_DATA_HOME", "/xdg/data");
    QCOMPARE(Home::resolvePath(QString()), QStringLiteral("/xdg/data/ferry"));
}

void TestHome::createsTheFolderForItsOwnerOnly()
{
    test::TempHome temp;
    auto home = Home::open(temp.root() + QStringLiteral("/nested/home"));
    QVERIFY(home.ok());
    const QFileInfo info(home->path());
    QVERIFY(info.isDir());
    QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(home->stateDatabasePath(), home->path() + QStringLiteral("/state.db"));
}

void TestHome::refusesAFile()
{
    test::TempHome temp;
    const QString file = temp.writeFile(QStringLiteral("not-a-folder"), "x");
    auto home = Home::open(file);
    QVERIFY(!home.ok());
    QCOMPARE(home.errorMessage(), QStringLiteral("The Ferry home %1 is a file, not a folder.").arg(file));
}

QTEST_GUILESS_MAIN(TestHome)
#include "tst_home.moc"
