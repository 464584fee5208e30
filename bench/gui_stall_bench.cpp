// Issue 8's figure: the longest the GUI thread's event loop stalls while the main window runs a
// large sync. The real window (dashboard refreshing, the Runs panel, the run's detail view with
// its chart and item list open, Activity's live tail on) runs an initial copy of PROFILE through
// its run queue against the real agent the script started; a 1 ms timer on the GUI thread
// measures every gap between its ticks. Prints the longest gap, the 99.9th percentile, and how
// many gaps passed 16 ms (a frame) and 50 ms (the goal). Exits 1 when the goal is missed.
// Usage: gui_stall_bench --home STAGING_HOME --profile NAME   (bench/gui_stall_bench.sh)

#include "MainWindow.h"
#include "Translations.h"
#include "dialogs/RunDetailDialog.h"
#include "services/HomeService.h"
#include "services/SyncJobQueue.h"
#include "store/ProfileRepository.h"
#include "store/StateStore.h"
#include "widgets/JobRow.h"
#include "widgets/JobsPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ferry;

namespace {

// Times every event the GUI thread delivers (notify runs in every thread: only the GUI thread's
// count), so a stall can be traced to what handled it.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (QThread::currentThread() != thread()) {
            return QApplication::notify(receiver, event);  // a worker's event: not the GUI's business
        }
        QElapsedTimer timer;
        timer.start();
        const int type = event->type();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms > 16.0 && m_depth == 0) {  // the outermost event only: the one the loop waited on
            m_slow.push_back({ms, QStringLiteral("%1 '%2' event %3")
                                      .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
                                      .arg(type)});
        }
        return result;
    }

    void report() const
    {
        std::vector<std::pair<double, QString>> slow = m_slow;
        std::sort(slow.begin(), slow.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t i = 0; i < std::min<std::size_t>(slow.size(), 12); ++i) {
            std::printf("  slow handler: %6.1f ms  %s\n", slow[i].first, qPrintable(slow[i].second));
        }
    }

private:
    int m_depth = 0;
    std::vector<std::pair<double, QString>> m_slow;
};

} // namespace

int main(int argc, char** argv)
{
    TimingApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption homeOption(QStringLiteral("home"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    parser.addOptions({homeOption, profileOption});
    parser.process(app);
    const QString home = parser.value(homeOption);
    ui::Translations::install(app, QStringLiteral("en"));

    qint64 profileId = 0;
    {
        auto store = StateStore::open(home + QStringLiteral("/state.db"));
        auto profile = store ? ProfileRepository(store.value()->database()).findByName(parser.value(profileOption))
                             : Result<std::optional<Profile>>(store.error());
        if (!profile || !*profile) {
            std::fprintf(stderr, "gui_stall_bench: no profile %s in %s\n", qPrintable(parser.value(profileOption)),
                         qPrintable(home));
            return 2;
        }
        profileId = (*profile)->id;
    }

    HomeService service(home);
    SyncJobQueue queue(home);
    ui::MainWindow window(&service);
    window.setJobQueue(&queue);
    window.resize(1180, 720);
    window.show();
    window.showView(QStringLiteral("activityView"));
    if (auto* live = window.findChild<QCheckBox*>(QStringLiteral("activityLiveTail"))) {
        live->setChecked(true);
    }

    std::vector<double> gaps;
    gaps.reserve(1 << 20);
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&]() {
        const qint64 now = clock.nsecsElapsed();
        static qint64 last = now;
        gaps.push_back(double(now - last) / 1e6);
        last = now;
    });

    QElapsedTimer runClock;
    QObject::connect(&queue, &SyncJobQueue::jobStarted, [&](const SyncJob& job) {
        runClock.start();
        if (ui::JobRow* row = window.jobsPanel()->rowFor(job.id)) {
            row->findChild<QPushButton*>(QStringLiteral("details"))->click();  // chart and item list live too
        }
    });
    int exitCode = 0;
    QObject::connect(&queue, &SyncJobQueue::jobFinished, [&](const SyncJob& job) {
        ticker.stop();
        const double seconds = double(runClock.elapsed()) / 1000.0;
        std::vector<double> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        const double longest = sorted.empty() ? 0 : sorted.back();
        const double p999 = sorted.empty() ? 0 : sorted[std::size_t(double(sorted.size() - 1) * 0.999)];
        const auto over = [&](double ms) { return std::count_if(sorted.begin(), sorted.end(), [ms](double g) { return g > ms; }); };
        std::printf("run: %s in %.1f s (%s)\n", qPrintable(job.message), seconds,
                    job.result == RunState::Succeeded ? "succeeded" : "did not succeed");
        std::printf("event-loop ticks: %zu (1 ms timer)\n", sorted.size());
        std::printf("longest stall: %.1f ms   99.9th percentile: %.1f ms   over 16 ms: %lld   over 50 ms: %lld\n",
                    longest, p999, qlonglong(over(16.0)), qlonglong(over(50.0)));
        std::printf("goal: longest stall < 50 ms: %s\n", longest < 50.0 ? "met" : "MISSED");
        app.report();
        std::fflush(stdout);  // before the window and the queue go down
        exitCode = job.result != RunState::Succeeded ? 2 : longest < 50.0 ? 0 : 1;
        QTimer::singleShot(0, &app, [&]() { app.exit(exitCode); });
    });

    // Settle the window first (first snapshot, first paint), then start the clock and the run.
    QTimer::singleShot(1500, [&]() {
        clock.start();
        ticker.start();
        emit window.initialSyncRequested(profileId);  // the wizard's confirmed first copy
    });
    return app.exec();
}
