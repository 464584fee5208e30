// Translations: the GUI speaks German and French, and every string in the sources is translated.

#include "MainWindow.h"
#include "TempHome.h"
#include "Translations.h"
#include "services/HomeService.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace ferry;

namespace {

struct TsCount {
    int messages = 0;
    int unfinished = 0;
    QStringList untranslated;
};

TsCount countTs(const QString& path)
{
    TsCount count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return count;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++count.messages;
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty()) {
                ++count.unfinished;
                count.untranslated << source;
            }
        }
    }
    return count;
}

QStringList navigationTexts(const QString& language, const test::TempHome& home)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/ferry_%1.qm").arg(language))) {
        qWarning("cannot load the %s translation", qPrintable(language));
        return {};
    }
    QCoreApplication::installTranslator(&translator);
    HomeService service(home.homePath());
    ui::MainWindow window(&service);
    QStringList texts;
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        texts << navigation->item(row)->text();
    }
    texts << window.findChild<QWidget*>(QStringLiteral("sitesView"))->findChild<QLabel*>(QStringLiteral("viewTitle"))->text();
    QCoreApplication::removeTranslator(&translator);
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void germanWindow();
    void frenchWindow();
    void forcedLanguageIsInstalled();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void translationFilesAreUpToDateWithTheSources();
    void englishPluralsCoverEveryPluralMessage();
};

void TestTranslations::germanWindow()
{
    test::TempHome home;
    QCOMPARE(navigationTexts(QStringLiteral("de"), home),
             (QStringList{QStringLiteral("Übersicht"), QStringLiteral("Websites"), QStringLiteral("Beziehungen"),
                          QStringLiteral("Profile"), QStringLiteral("Zeitpläne"), QStringLiteral("Zertifikate"),
                          QStringLiteral("Aktivität"), QStringLiteral("Konflikte"), QStringLiteral("Websites")}));
}

void TestTranslations::frenchWindow()
{
    test::TempHome home;
    QCOMPARE(navigationTexts(QStringLiteral("fr"), home),
             (QStringList{QStringLiteral("Tableau de bord"), QStringLiteral("Sites"), QStringLiteral("Relations"),
                          QStringLiteral("Profils"), QStringLiteral("Planifications"), QStringLiteral("Certificats"),
                          QStringLiteral("Activité"), QStringLiteral("Conflits"), QStringLiteral("Sites")}));
}

void TestTranslations::forcedLanguageIsInstalled()
{
    const QLocale locale = ui::Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(locale.language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("ferry::ui::MainWindow", "Certificates"), QStringLiteral("Zertifikate"));
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << QStringLiteral(FERRY_SOURCE_DIR "/translations/ferry_de.ts");
    QTest::newRow("French") << QStringLiteral(FERRY_SOURCE_DIR "/translations/ferry_fr.ts");
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, file);
    const TsCount count = countTs(file);
    QVERIFY(count.messages > 100);
    QVERIFY2(count.unfinished == 0, qPrintable(count.untranslated.join(QStringLiteral(" | "))));
}

void TestTranslations::translationFilesAreUpToDateWithTheSources()
{
    // lupdate over today's sources must find nothing the .ts files lack.
    QTemporaryDir scratch;
    for (const char* language : {"de", "fr"}) {
        const QString copy = scratch.filePath(QStringLiteral("ferry_%1.ts").arg(QLatin1String(language)));
        QVERIFY(QFile::copy(QStringLiteral(FERRY_SOURCE_DIR "/translations/ferry_%1.ts").arg(QLatin1String(language)), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(FERRY_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-silent"), QStringLiteral(FERRY_SOURCE_DIR "/core"),
                       QStringLiteral(FERRY_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsCount count = countTs(copy);
        QVERIFY2(count.unfinished == 0,
                 qPrintable(QStringLiteral("new or changed strings not in ferry_%1.ts (run the ferry_ui_lupdate target): %2")
                                .arg(QLatin1String(language), count.untranslated.join(QStringLiteral(" | ")))));
    }
}

void TestTranslations::englishPluralsCoverEveryPluralMessage()
{
    // "%n day(s)" must read "1 day" in English too: ferry_en.ts carries the plural forms.
    auto pluralSources = [](const QString& path) {
        QStringList sources;
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QXmlStreamReader xml(&file);
        bool plural = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source") && plural) {
                sources << xml.readElementText();
            }
        }
        sources.sort();
        return sources;
    };
    const QStringList german = pluralSources(QStringLiteral(FERRY_SOURCE_DIR "/translations/ferry_de.ts"));
    QVERIFY(german.size() >= 10);
    QVERIFY2(pluralSources(QStringLiteral(FERRY_SOURCE_DIR "/translations/ferry_en.ts")) == german,
             "translations/ferry_en.ts is behind: run scripts/translations-apply.py --english-plurals");
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/ferry_en.qm")));
    // The translator hands out the form; QCoreApplication::translate fills in the number.
    QCOMPARE(english.translate("Formatting", "Every %n hour(s)", nullptr, 1), QStringLiteral("Every %n hour"));
    QCOMPARE(english.translate("Formatting", "Every %n hour(s)", nullptr, 3), QStringLiteral("Every %n hours"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
