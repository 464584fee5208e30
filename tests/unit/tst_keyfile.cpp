// KeyFile: key material only from files that their owner alone can read; atomic writes.

#include "SecurityFixtures.h"
#include "TempHome.h"
#include "security/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

class TestKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void writesPrivateFilesOwnerOnly()
    {
        TempHome temp;
        const QString path = temp.root() + QStringLiteral("/a.key");
        QVERIFY(KeyFile::writePrivate(path, "first"));
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(KeyFile::writePrivate(path, "second"));
        QCOMPARE(readAll(path), QByteArray("second"));
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(QDir(temp.root()).entryList(QDir::Files).size(), 1);  // no temporary file left
    }

    void writesPublicFilesReadable()
    {
        TempHome temp;
        const QString path = temp.root() + QStringLiteral("/a.crt");
        QVERIFY(KeyFile::writePublic(path, "cert"));
        QCOMPARE(fileMode(path), 0644);
        QCOMPARE(readAll(path), QByteArray("cert"));
    }

    void refusesLoosePermissions_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("mode");
        QTest::newRow("0644") << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther) << QStringLiteral("0644");
        QTest::newRow("0640") << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup) << QStringLiteral("0640");
        QTest::newRow("0620") << int(QFile::ReadOwner | QFile::WriteOwner | QFile::WriteGroup) << QStringLiteral("0620");
        QTest::newRow("0604") << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther) << QStringLiteral("0604");
    }

    void refusesLoosePermissions()
    {
        QFETCH(int, permissions);
        QFETCH(QString, mode);
        TempHome temp;
        const QString path = writeOwnerOnly(temp.root() + QStringLiteral("/node.key"), "key\n");
        QFile::setPermissions(path, QFileDevice::Permissions(permissions));
        auto read = KeyFile::readPrivate(path, QStringLiteral("The key file"));
        QVERIFY(!read);
        QCOMPARE(read.errorMessage(),
                 QStringLiteral("The key file %1 can be read or changed by other users (mode %2); Ferry only uses key "
                                "material that its owner alone can read. Fix it with: chmod 600 %1")
                     .arg(path, mode));
    }

    void readsOwnerOnlyFilesAndPassphraseLines()
    {
        TempHome temp;
        const QString path = writeOwnerOnly(temp.root() + QStringLiteral("/pass"), "first line\r\nsecond\n");
        QCOMPARE(KeyFile::readPassphrase(path).value(), QByteArray("first line"));
        QFile::setPermissions(path, QFile::ReadOwner);  // 0400 is stricter, and fine
        QVERIFY(KeyFile::readPassphrase(path));
        auto missing = KeyFile::readPrivate(temp.root() + QStringLiteral("/none"), QStringLiteral("The key file"));
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().contains(QStringLiteral("No such file")));
        QVERIFY(!KeyFile::readPassphrase(writeOwnerOnly(temp.root() + QStringLiteral("/empty"), "\n")));
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
