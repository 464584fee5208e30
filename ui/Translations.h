#pragma once
// Loads the GUI's translations: Ferry's own (built into the program from translations/*.ts) and
// Qt's for its standard dialogs. The system locale decides unless --lang names a language.

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace ferry::ui {

class Translations
{
public:
    // Returns the locale in effect. An unknown or untranslated language falls back to English.
    static QLocale install(QCoreApplication& app, const QString& forcedLanguage = {});
};

} // namespace ferry::ui
