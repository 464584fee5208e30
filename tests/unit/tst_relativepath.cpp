// RelativePath: what a peer may name inside a files root, and every way out that is refused.

#include "net/RelativePath.h"

#include <QTest>

using ferry::RelativePath;

class TestRelativePath : public QObject
{
    Q_OBJECT

private slots:
    void acceptsPathsInsideTheRoot_data();
    void acceptsPathsInsideTheRoot();
    void refusesHostilePaths_data();
    void refusesHostilePaths();
    void refusesInvalidUtf8();
};

void TestRelativePath::acceptsPathsInsideTheRoot_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("file") << QStringLiteral("index.html");
    QTest::newRow("nested") << QStringLiteral("assets/css/site.css");
    QTest::newRow("dots in a name") << QStringLiteral("a/..b/c..");
    QTest::newRow("hidden file") << QStringLiteral(".htaccess");
    QTest::newRow("unicode") << QStringLiteral("bilder/größe.png");
    QTest::newRow("deepest allowed") << QStringLiteral("d/").repeated(63) + QStringLiteral("f");
}

void TestRelativePath::acceptsPathsInsideTheRoot()
{
    QFETCH(QString, path);
    auto parsed = RelativePath::parse(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    QCOMPARE(parsed->text(), path);
}

void TestRelativePath::refusesHostilePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("The path is empty.");
    QTest::newRow("parent") << QStringLiteral("../etc/passwd") << QStringLiteral("contains '..'");
    QTest::newRow("parent inside") << QStringLiteral("a/../../b") << QStringLiteral("contains '..'");
    QTest::newRow("parent at end") << QStringLiteral("a/..") << QStringLiteral("contains '..'");
    QTest::newRow("dot") << QStringLiteral("./a") << QStringLiteral("contains '.'");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("is absolute");
    QTest::newRow("double slash") << QStringLiteral("a//b") << QStringLiteral("empty component");
    QTest::newRow("trailing slash") << QStringLiteral("a/") << QStringLiteral("empty component");
    QTest::newRow("backslash") << QStringLiteral("..\\..\\windows") << QStringLiteral("backslash");
    QTest::newRow("drive letter") << QStringLiteral("C:/Windows") << QStringLiteral("drive letter");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(u'\0') + QStringLiteral(".php") << QStringLiteral("NUL");
    QTest::newRow("too deep") << QStringLiteral("d/").repeated(64) + QStringLiteral("f")
                              << QStringLiteral("deeper than 64");
    QTest::newRow("too long") << QStringLiteral("a/").repeated(2100) << QStringLiteral("longer than 4096 bytes");
    QTest::newRow("long name") << QString(256, QChar(u'x')) << QStringLiteral("longer than 255 bytes");
}

void TestRelativePath::refusesHostilePaths()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    auto parsed = RelativePath::parse(path);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errorMessage().contains(reason), qPrintable(parsed.errorMessage()));
}

void TestRelativePath::refusesInvalidUtf8()
{
    auto parsed = RelativePath::parseUtf8(QByteArray("a/\xff\xfe.txt"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), QStringLiteral("The path is not valid UTF-8."));
    QVERIFY(RelativePath::parseUtf8(QByteArray("a/b.txt")).ok());
}

QTEST_GUILESS_MAIN(TestRelativePath)
#include "tst_relativepath.moc"
