// ferry: the desktop application. Parses its arguments and hands over to the UI library.

#include "MainWindow.h"
#include "Translations.h"
#include "demo/DemoAgent.h"
#include "demo/DemoHome.h"
#include "home/Home.h"
#include "services/HomeService.h"
#include "services/SyncJobQueue.h"

#include "ferry/BuildInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const char helpText[] = "Usage: ferry [--home DIR] [--demo] [--lang LANGUAGE]\n"
                        "\n"
                        "Ferry keeps web sites in step across servers. This is its desktop application.\n"
                        "\n"
                        "Options:\n"
                        "  --home DIR         the Ferry home to open (default: $FERRY_HOME, else the XDG data folder)\n"
                        "  --demo             open a throwaway home with a staging and a production site\n"
                        "  --lang LANGUAGE    use this language instead of the system's (e.g. de, fr, en)\n"
                        "  -h, --help         show this help\n"
                        "  -v, --version      show the version\n";

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    const QCommandLineOption home(QStringLiteral("home"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"), QString());
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANGUAGE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    parser.addOptions({home, demo, lang, help, version});
    // --help and --version answer before QApplication exists, so they work without a display.
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "ferry: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) {
        std::fputs(helpText, stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("ferry %s\n", ferry::build::version);
        return 0;
    }
    if (parser.isSet(demo) && parser.isSet(home)) {
        std::fputs("ferry: --demo makes its own home; leave out --home.\n", stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ferry"));
    QApplication::setApplicationName(QStringLiteral("ferry"));
    QApplication::setApplicationVersion(QString::fromLatin1(ferry::build::version));
    QApplication::setDesktopFileName(QStringLiteral("org.ferry.Ferry"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ferry.svg")));
    ferry::ui::Translations::install(app, parser.value(lang));

    QTemporaryDir demoRoot(QDir::tempPath() + QStringLiteral("/ferry-demo-XXXXXX"));
    QString homePath = ferry::Home::resolvePath(parser.value(home));
    std::unique_ptr<ferry::DemoAgent> demoAgent;  // stopped when Ferry closes
    if (parser.isSet(demo)) {
        auto demoHome = demoRoot.isValid() ? ferry::DemoHome::create(demoRoot.path())
                                           : ferry::Result<QString>(ferry::fail(demoRoot.errorString()));
        if (!demoHome) {
            std::fprintf(stderr, "ferry: cannot create the demo: %s\n", qPrintable(demoHome.errorMessage()));
            return 1;
        }
        homePath = demoHome.value();
        std::fprintf(stderr, "ferry: demo home at %s (removed when Ferry closes)\n", qPrintable(homePath));
        // Production is served by a real agent for as long as the demo runs.
        auto agent = ferry::DemoAgent::start(QCoreApplication::applicationDirPath() + QStringLiteral("/ferryd"),
                                             ferry::DemoHome::agentHomePath(demoRoot.path()));
        auto connected = agent ? ferry::DemoHome::connect(demoRoot.path(), agent.value()->port())
                               : ferry::Result<void>(agent.error());
        if (!connected) {
            std::fprintf(stderr, "ferry: the demo runs without its production agent: %s\n",
                         qPrintable(connected.errorMessage()));
        } else {
            demoAgent = std::move(agent).value();
        }
    }

    ferry::HomeService service(homePath);
    // Declared before the window, so it outlives it: closing Ferry cancels what runs and waits.
    ferry::SyncJobQueue jobs(homePath);
    ferry::ui::MainWindow window(&service);
    window.setJobQueue(&jobs);
    if (parser.isSet(demo)) {
        window.setWindowTitle(QApplication::translate("ferry::ui::MainWindow", "Ferry") + QStringLiteral(" — demo"));
    }
    window.show();
    return app.exec();
}
