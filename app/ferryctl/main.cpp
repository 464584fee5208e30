// ferryctl: Ferry from a shell. All the work is in ferry::cli::CtlApplication.

#include "cli/CtlApplication.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferryctl"));
    // Scripts read stderr for the one-line reason of a failure: keep progress chatter out of it
    // unless QT_LOGGING_RULES asks for it.
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.info=false"));
    // Output stays English, for scripts; only the English plural forms ("1 item", "2 items").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/ferry_en.qm"))) {
        QCoreApplication::installTranslator(&plurals);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    ferry::cli::CtlApplication ctl;
    return ctl.run(QCoreApplication::arguments().mid(1), out, err);
}
