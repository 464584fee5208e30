// ConflictContent: both versions read from the engine's copies or row values, sorted into text
// (with a diff), image, rows, other, or not available, with a reason a person can read.

#include "TempHome.h"
#include "services/ConflictContent.h"

#include <QFile>
#include <QTest>

using namespace ferry;

namespace {

Conflict conflictOn(const QString& item, const QJsonObject& local, const QJsonObject& remote)
{
    return { .id = 9, .item = item, .local = local, .remote = remote };
}

QJsonObject copyOf(const QString& path)
{
    return { { QStringLiteral("copy"), path } };
}

} // namespace

class TestConflictContent : public QObject
{
    Q_OBJECT

private slots:
    void textIsDiffed();
    void imagesAreKeptAsBytes();
    void rowsListEveryColumnOfBothSides();
    void binaryIsNeitherTextNorPicture();
    void missingCopiesSayWhy();
};

void TestConflictContent::textIsDiffed()
{
    test::TempHome home;
    const auto content = ConflictContent::load(
        conflictOn(QStringLiteral("a.txt"), copyOf(home.writeFile(QStringLiteral("l"), "one\ntwo\n")),
            copyOf(home.writeFile(QStringLiteral("r"), "one\nthree\n"))));
    QCOMPARE(content.conflictId, qint64(9));
    QCOMPARE(content.kind, ConflictContent::Kind::Text);
    QCOMPARE(content.diff.size(), std::size_t(3));
    QCOMPARE(content.diff[1].kind, DiffLine::Kind::LocalOnly);
    QCOMPARE(content.diff[2].text, QStringLiteral("three"));
}

void TestConflictContent::imagesAreKeptAsBytes()
{
    test::TempHome home;
    const auto content = ConflictContent::load(
        conflictOn(QStringLiteral("img/Logo.PNG"), copyOf(home.writeFile(QStringLiteral("l"), "\x89PNG-l")),
            copyOf(home.writeFile(QStringLiteral("r"), "\x89PNG-r"))));
    QCOMPARE(content.kind, ConflictContent::Kind::Image);
    QCOMPARE(content.local.bytes, QByteArray("\x89PNG-l"));
    QVERIFY(content.diff.empty());
}

void TestConflictContent::rowsListEveryColumnOfBothSides()
{
    const auto content = ConflictContent::load(conflictOn(QStringLiteral("pages:1"),
        { { QStringLiteral("values"),
            QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("title"), QStringLiteral("a") } } } },
        { { QStringLiteral("values"),
            QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("body"), QStringLiteral("b") } } } }));
    QCOMPARE(content.kind, ConflictContent::Kind::Rows);
    QCOMPARE(content.columns, (QStringList { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("body") }));
}

void TestConflictContent::binaryIsNeitherTextNorPicture()
{
    test::TempHome home;
    const auto content = ConflictContent::load(
        conflictOn(QStringLiteral("data.bin"), copyOf(home.writeFile(QStringLiteral("l"), QByteArray("a\0b", 3))),
            copyOf(home.writeFile(QStringLiteral("r"), "text"))));
    QCOMPARE(content.kind, ConflictContent::Kind::Binary);
}

void TestConflictContent::missingCopiesSayWhy()
{
    test::TempHome home;
    const QString gone = home.root() + QStringLiteral("/gone.txt");
    auto content = ConflictContent::load(conflictOn(QStringLiteral("a.txt"), {}, copyOf(gone)));
    QCOMPARE(content.kind, ConflictContent::Kind::Unavailable);
    QCOMPARE(content.local.problem, QStringLiteral("Content not available: no copy of this version was kept."));
    QVERIFY2(content.remote.problem.startsWith(QStringLiteral("Content not available: %1 cannot be read").arg(gone)),
        qPrintable(content.remote.problem));

    // One side kept: still shown, the other side says why it is empty.
    content = ConflictContent::load(
        conflictOn(QStringLiteral("a.txt"), copyOf(home.writeFile(QStringLiteral("l"), "kept\n")), {}));
    QCOMPARE(content.kind, ConflictContent::Kind::Text);
    QVERIFY(content.local.available);
    QVERIFY(!content.remote.available);

    QFile big(home.root() + QStringLiteral("/big.txt"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(ConflictContent::maxBytes + 1));
    big.close();
    content = ConflictContent::load(conflictOn(QStringLiteral("big.txt"), copyOf(big.fileName()), {}));
    QCOMPARE(content.local.problem, QStringLiteral("Content not shown: %1 is larger than 8 MiB.").arg(big.fileName()));
}

QTEST_GUILESS_MAIN(TestConflictContent)
#include "tst_conflictcontent.moc"
