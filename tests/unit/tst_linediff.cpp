// LineDiff: known cases line by line, and random pairs whose diff must rebuild both sides with
// as many shared lines as a longest common subsequence has.

#include "common/LineDiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ferry;
using Kind = DiffLine::Kind;

namespace {

QString render(const std::vector<DiffLine>& diff)
{
    QString out;
    for (const DiffLine& line : diff) {
        out += line.kind == Kind::Same     ? QLatin1Char(' ')
            : line.kind == Kind::LocalOnly ? QLatin1Char('-')
                                           : QLatin1Char('+');
        out += line.text + QLatin1Char('|');
    }
    return out;
}

int lcsLength(const QStringList& a, const QStringList& b)
{
    std::vector<std::vector<int>> t(std::size_t(a.size() + 1), std::vector<int>(std::size_t(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
        }
    }
    return t[0][0];
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void knownCases_data();
    void knownCases();
    void numbersTheLinesOfEachSide();
    void splitsTextIntoLines();
    void randomPairsRebuildBothSidesMinimally();
    void hugeInputsFallBackToReplacingTheMiddle();
};

void TestLineDiff::knownCases_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same") << "a\nb\n"
                          << "a\nb\n"
                          << " a| b|";
    QTest::newRow("both empty") << ""
                                << ""
                                << "";
    QTest::newRow("local empty") << ""
                                 << "x\n"
                                 << "+x|";
    QTest::newRow("remote empty") << "x\ny"
                                  << ""
                                  << "-x|-y|";
    QTest::newRow("insert in middle") << "a\nc"
                                      << "a\nb\nc"
                                      << " a|+b| c|";
    QTest::newRow("delete at end") << "a\nb\nc"
                                   << "a\nb"
                                   << " a| b|-c|";
    QTest::newRow("change") << "a\nold\nc"
                            << "a\nnew\nc"
                            << " a|-old|+new| c|";
    QTest::newRow("moved line") << "a\nb\nc"
                                << "b\nc\na"
                                << "-a| b| c|+a|";
    QTest::newRow("crlf") << "a\r\nb\r\n"
                          << "a\nb\n"
                          << " a| b|";
}

void TestLineDiff::knownCases()
{
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(QString, expected);
    QCOMPARE(render(LineDiff::compare(LineDiff::lines(local), LineDiff::lines(remote))), expected);
}

void TestLineDiff::numbersTheLinesOfEachSide()
{
    const auto diff = LineDiff::compare({ QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("c") },
        { QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d") });
    const std::vector<DiffLine> expected { { Kind::Same, 1, 1, QStringLiteral("a") },
        { Kind::LocalOnly, 2, 0, QStringLiteral("x") }, { Kind::Same, 3, 2, QStringLiteral("c") },
        { Kind::RemoteOnly, 0, 3, QStringLiteral("d") } };
    QVERIFY(diff == expected);
}

void TestLineDiff::splitsTextIntoLines()
{
    QCOMPARE(LineDiff::lines(QStringLiteral("a\nb")), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(LineDiff::lines(QStringLiteral("a\n\n")), (QStringList { QStringLiteral("a"), QString() }));
    QCOMPARE(LineDiff::lines(QString()), QStringList());
}

void TestLineDiff::randomPairsRebuildBothSidesMinimally()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 2000; ++round) {
        QStringList a;
        QStringList b;
        const int alphabet = 1 + int(random.bounded(5));
        for (int i = int(random.bounded(15)); i > 0; --i) {
            a << QString::number(random.bounded(alphabet));
        }
        for (int i = int(random.bounded(15)); i > 0; --i) {
            b << QString::number(random.bounded(alphabet));
        }
        const auto diff = LineDiff::compare(a, b);
        QStringList rebuiltA;
        QStringList rebuiltB;
        int same = 0;
        for (const DiffLine& line : diff) {
            if (line.kind != Kind::RemoteOnly) {
                rebuiltA << line.text;
                QCOMPARE(line.localLine, int(rebuiltA.size()));
            }
            if (line.kind != Kind::LocalOnly) {
                rebuiltB << line.text;
                QCOMPARE(line.remoteLine, int(rebuiltB.size()));
            }
            same += line.kind == Kind::Same;
        }
        QCOMPARE(rebuiltA, a);
        QCOMPARE(rebuiltB, b);
        QCOMPARE(same, lcsLength(a, b));
    }
}

void TestLineDiff::hugeInputsFallBackToReplacingTheMiddle()
{
    QStringList a { QStringLiteral("head") };
    QStringList b { QStringLiteral("head") };
    for (int i = 0; i < 3000; ++i) {
        a << QStringLiteral("a%1").arg(i);
        b << QStringLiteral("b%1").arg(i);
    }
    a << QStringLiteral("tail");
    b << QStringLiteral("tail");
    const auto diff = LineDiff::compare(a, b);
    QCOMPARE(diff.size(), std::size_t(6002));
    QCOMPARE(diff.front().kind, Kind::Same);
    QCOMPARE(diff[1].kind, Kind::LocalOnly);
    QCOMPARE(diff[3001].kind, Kind::RemoteOnly);
    QCOMPARE(diff.back().text, QStringLiteral("tail"));
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
