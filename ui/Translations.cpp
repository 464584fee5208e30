#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "ferry.ui.translations", QtInfoMsg)

namespace ferry::ui {

QLocale Translations::install(QCoreApplication& app, const QString& forcedLanguage)
{
    const QLocale locale = forcedLanguage.isEmpty() ? QLocale::system() : QLocale(forcedLanguage);
    QLocale::setDefault(locale);

    // English plural forms underneath every language: a language without a translation of its
    // own still says "1 day", not "1 day(s)".
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/ferry_en.qm"))) {
        QCoreApplication::installTranslator(plurals);
    } else {
        delete plurals;
    }
    auto* ferry = new QTranslator(&app);
    if (ferry->load(locale, QStringLiteral("ferry"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ferry);
    } else {
        delete ferry;
        if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
            qCInfo(lcTranslations) << "no Ferry translation for" << locale.name() << "- using English";
        }
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return locale;
}

} // namespace ferry::ui
