// json::appendString: the escapes RFC 8259 requires, and random text (control characters,
// quotes, backslashes, non-ASCII, surrogate pairs) that QJsonDocument must read back unchanged.

#include "common/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace ferry;

namespace {

QByteArray quoted(const QString& text)
{
    QByteArray out;
    json::appendString(out, text);
    return out;
}

QString readBack(const QByteArray& literal)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson("[" + literal + "]", &error);
    if (error.error != QJsonParseError::NoError) {
        return QStringLiteral("<not JSON: %1>").arg(error.errorString());
    }
    return document.array().at(0).toString();
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void escapesWhatJsonRequires_data();
    void escapesWhatJsonRequires();
    void randomTextReadsBackUnchanged();
    void appendsToWhatIsThere();
};

void TestJsonText::escapesWhatJsonRequires_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("literal");
    QTest::newRow("plain") << QStringLiteral("d01/s00/f01003.bin") << QByteArray("\"d01/s00/f01003.bin\"");
    QTest::newRow("empty") << QString() << QByteArray("\"\"");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("line breaks and tab") << QStringLiteral("a\nb\rc\td") << QByteArray("\"a\\nb\\rc\\td\"");
    QTest::newRow("backspace and form feed") << QStringLiteral("\b\f") << QByteArray("\"\\b\\f\"");
    QTest::newRow("other control characters") << QString(QChar(0x01)) + QChar(0x1F) << QByteArray("\"\\u0001\\u001f\"");
    QTest::newRow("row key separator") << QStringLiteral("posts") + QChar(0x1F) + QStringLiteral("[7]")
                                       << QByteArray("\"posts\\u001f[7]\"");
    QTest::newRow("non-ASCII stays UTF-8") << QStringLiteral("café/été.html") << QStringLiteral("\"café/été.html\"").toUtf8();
    QTest::newRow("slash is not escaped") << QStringLiteral("a/b") << QByteArray("\"a/b\"");
}

void TestJsonText::escapesWhatJsonRequires()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, literal);
    QCOMPARE(quoted(text), literal);
    QCOMPARE(readBack(literal), text);
}

void TestJsonText::randomTextReadsBackUnchanged()
{
    QRandomGenerator random(20261207);
    const QList<char32_t> interesting{0x00, 0x08, 0x0A, 0x1F, U'"', U'\\', U'/', 0x7F, 0xE9, 0x2028, 0xFFFD, 0x1F600};
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int length = int(random.bounded(40));
        for (int i = 0; i < length; ++i) {
            const char32_t c = random.bounded(3) == 0 ? interesting.at(qsizetype(random.bounded(interesting.size())))
                                                     : char32_t(0x20 + random.bounded(0x5F));
            text += QString::fromUcs4(&c, 1);
        }
        const QByteArray literal = quoted(text);
        QCOMPARE(readBack(literal), text);
        // The very bytes QJsonDocument writes for the same text.
        QCOMPARE(literal, QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    }
}

void TestJsonText::appendsToWhatIsThere()
{
    QByteArray out = "{\"item\":";
    json::appendString(out, QStringLiteral("x\"y"));
    out += '}';
    QCOMPARE(out, QByteArray("{\"item\":\"x\\\"y\"}"));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
