// GlobMatcher: include and exclude patterns as administrators write them.

#include "site/GlobMatcher.h"

#include <QTest>

using namespace ferry;

class TestGlobMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void excludedFoldersAreNotEntered();
    void badPatternsAreRefused();
};

void TestGlobMatcher::matches_data()
{
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<QStringList>("excludes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("included");
    const QStringList none;
    QTest::newRow("no patterns") << none << none << QStringLiteral("a/b.html") << true;
    QTest::newRow("bare name at any depth") << none << QStringList{QStringLiteral("*.tmp")} << QStringLiteral("a/b/c.tmp") << false;
    QTest::newRow("bare name keeps others") << none << QStringList{QStringLiteral("*.tmp")} << QStringLiteral("a/c.html") << true;
    QTest::newRow("folder name excludes below") << none << QStringList{QStringLiteral("cache")} << QStringLiteral("x/cache/p.bin") << false;
    QTest::newRow("anchored path") << none << QStringList{QStringLiteral("/uploads")} << QStringLiteral("uploads/a.jpg") << false;
    QTest::newRow("anchored path elsewhere") << none << QStringList{QStringLiteral("/uploads")} << QStringLiteral("x/uploads/a.jpg") << true;
    QTest::newRow("star stays in segment") << QStringList{QStringLiteral("assets/*.css")} << none << QStringLiteral("assets/x/y.css") << false;
    QTest::newRow("double star crosses") << QStringList{QStringLiteral("assets/**/*.css")} << none << QStringLiteral("assets/x/y.css") << true;
    QTest::newRow("double star zero folders") << QStringList{QStringLiteral("assets/**/*.css")} << none << QStringLiteral("assets/y.css") << true;
    QTest::newRow("include misses") << QStringList{QStringLiteral("*.html")} << none << QStringLiteral("a.css") << false;
    QTest::newRow("exclude beats include") << QStringList{QStringLiteral("*.html")} << QStringList{QStringLiteral("draft-*")} << QStringLiteral("draft-1.html") << false;
    QTest::newRow("question mark") << QStringList{QStringLiteral("v?.txt")} << none << QStringLiteral("v2.txt") << true;
    QTest::newRow("character class") << QStringList{QStringLiteral("img[0-9].png")} << none << QStringLiteral("img7.png") << true;
    QTest::newRow("negated class") << QStringList{QStringLiteral("img[!0-9].png")} << none << QStringLiteral("img7.png") << false;
    QTest::newRow("dots are literal") << QStringList{QStringLiteral("*.html")} << none << QStringLiteral("ahtml") << false;
}

void TestGlobMatcher::matches()
{
    QFETCH(QStringList, includes);
    QFETCH(QStringList, excludes);
    QFETCH(QString, path);
    QFETCH(bool, included);
    auto matcher = GlobMatcher::create(includes, excludes);
    QVERIFY(matcher.ok());
    QCOMPARE(matcher->includesFile(path), included);
}

void TestGlobMatcher::excludedFoldersAreNotEntered()
{
    auto matcher = GlobMatcher::create({}, {QStringLiteral("node_modules"), QStringLiteral("/var/cache/")});
    QVERIFY(matcher.ok());
    QVERIFY(!matcher->entersFolder(QStringLiteral("app/node_modules")));
    QVERIFY(!matcher->entersFolder(QStringLiteral("var/cache")));
    QVERIFY(matcher->entersFolder(QStringLiteral("var")));
    QVERIFY(!matcher->matchesEverything());
    QVERIFY(GlobMatcher().matchesEverything());
}

void TestGlobMatcher::badPatternsAreRefused()
{
    auto unclosed = GlobMatcher::create({QStringLiteral("img[0-9.png")}, {});
    QVERIFY(!unclosed.ok());
    QCOMPARE(unclosed.errorMessage(), QStringLiteral("The pattern 'img[0-9.png' has a '[' without its ']'."));
    QVERIFY(!GlobMatcher::create({}, {QStringLiteral("  ")}).ok());
}

QTEST_GUILESS_MAIN(TestGlobMatcher)
#include "tst_globmatcher.moc"
