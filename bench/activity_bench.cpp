// Issue 8's figures for the Activity view: with a state.db of N sync-log entries, the time from
// creating the view to its first page on screen, and from applying each filter to its first page.
// Usage: activity_bench HOME [ENTRIES]   (the home's log is made once, then reused)

#include "Translations.h"
#include "home/Home.h"
#include "models/SyncLogModel.h"
#include "store/StateStore.h"
#include "views/ActivityView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>

#include <cstdio>

using namespace ferry;

namespace {

const QDateTime base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

// A log as a busy installation writes it: five relationships, twenty resources, one entry every
// three seconds, runs of 200 entries, 1 % errors and 4 % warnings.
bool fillLog(StateStore& store, qint64 entries)
{
    const QStringList relationships { QStringLiteral("www-prod"), QStringLiteral("www-preview"),
        QStringLiteral("shop-prod"), QStringLiteral("blog-prod"), QStringLiteral("intranet-mirror") };
    const QStringList actions { QStringLiteral("update"), QStringLiteral("create"), QStringLiteral("delete"),
        QStringLiteral("check") };
    QRandomGenerator random(8);
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("BEGIN"));
    query.prepare(QStringLiteral("INSERT INTO sync_log (time, run_id, relationship, site, resource, mode, action, "
                                 "result, remote_error, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qint64 n = 0; n < entries; ++n) {
        const int roll = int(random.bounded(100));
        const QString result = roll == 0 ? QStringLiteral("error")
            : roll < 5                   ? QStringLiteral("warning")
                                         : QStringLiteral("ok");
        const qint64 file = random.bounded(50000);
        const QString message = roll == 0 ? QStringLiteral("Permission denied writing uploads/img-%1.jpg").arg(file)
            : roll < 5 ? QStringLiteral("Skipped uploads/img-%1.jpg: changed during the scan").arg(file)
                       : QStringLiteral("Sent uploads/img-%1.jpg (%2 KiB)").arg(file).arg(random.bounded(4000));
        const int r = int(n / 200 % relationships.size());
        query.addBindValue(base.addSecs(n * 3).toMSecsSinceEpoch());
        query.addBindValue(n / 200 + 1);
        query.addBindValue(relationships[r]);
        query.addBindValue(relationships[r].section(QLatin1Char('-'), 0, 0));
        query.addBindValue(QStringLiteral("folder-%1").arg(random.bounded(20)));
        query.addBindValue(random.bounded(2) ? QStringLiteral("push") : QStringLiteral("pull"));
        query.addBindValue(actions[int(random.bounded(4))]);
        query.addBindValue(result);
        query.addBindValue(roll == 0 && random.bounded(2) ? 1 : 0);
        query.addBindValue(message);
        if (!query.exec()) {
            return false;
        }
        if (n % 100000 == 99999) {
            std::fprintf(stderr, "  %lld entries …\n", static_cast<long long>(n + 1));
        }
    }
    return query.exec(QStringLiteral("COMMIT"));
}

// Applies filter and returns the milliseconds until its first page is in the model.
double timeFilter(ui::SyncLogModel* model, const SyncLogFilter& filter)
{
    QSignalSpy loaded(model, &ui::SyncLogModel::loaded);
    QElapsedTimer timer;
    timer.start();
    model->setFilter(filter);
    loaded.wait(60000);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: activity_bench HOME [ENTRIES]\n", stderr);
        return 2;
    }
    const QString homePath = args[1];
    const qint64 entries = args.size() > 2 ? args[2].toLongLong() : 1000000;
    ui::Translations::install(app, QStringLiteral("en"));
    {
        auto home = Home::open(homePath);
        auto store
            = home ? StateStore::open(home->stateDatabasePath()) : Result<std::unique_ptr<StateStore>>(home.error());
        if (!store) {
            std::fprintf(stderr, "activity_bench: %s\n", qPrintable(store.errorMessage()));
            return 1;
        }
        QSqlQuery count(store.value()->database());
        count.exec(QStringLiteral("SELECT count(*) FROM sync_log"));
        count.next();
        if (count.value(0).toLongLong() != entries) {
            std::fprintf(
                stderr, "writing %lld log entries to %s …\n", static_cast<long long>(entries), qPrintable(homePath));
            QSqlQuery(store.value()->database()).exec(QStringLiteral("DELETE FROM sync_log"));
            if (!fillLog(*store.value(), entries)) {
                std::fputs("activity_bench: could not write the log\n", stderr);
                return 1;
            }
        }
    }

    // Opening: a new view (its own worker thread and connection) until the first page is in.
    QElapsedTimer timer;
    timer.start();
    ui::ActivityView view(homePath);
    view.resize(1200, 800);
    QSignalSpy firstPage(view.model(), &ui::SyncLogModel::loaded);
    view.show();
    firstPage.wait(60000);
    QCoreApplication::processEvents(); // the rows laid out and painted
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("entries in the log                 %lld\n", static_cast<long long>(entries));
    std::printf(
        "open the view, first page          %8.1f ms  (%d rows)   goal < 1000 ms\n", openMs, view.model()->rowCount());

    const QDateTime lastDay = base.addSecs(entries * 3 - 86400);
    const struct {
        const char* name;
        SyncLogFilter filter;
    } cases[] = {
        { "relationship", { .relationship = QStringLiteral("shop-prod") } },
        { "site", { .site = QStringLiteral("blog") } },
        { "resource", { .resource = QStringLiteral("folder-7") } },
        { "mode", { .mode = LogMode::Pull } },
        { "result = error (1 %)", { .result = LogResult::Error } },
        { "time range (one day, a week ago)", { .from = lastDay.addDays(-7), .to = lastDay.addDays(-6) } },
        { "time range (the first day)", { .from = base, .to = base.addDays(1) } },
        { "one run", { .runId = entries / 400 } },
        { "search, common word", { .text = QStringLiteral("sent") } },
        { "search, rare word", { .text = QStringLiteral("permission") } },
        { "search, one file", { .text = QStringLiteral("img-4242") } },
        { "relationship + error", { .relationship = QStringLiteral("www-prod"), .result = LogResult::Error } },
        { "relationship + search", { .relationship = QStringLiteral("blog-prod"), .text = QStringLiteral("skipped") } },
        { "no match", { .relationship = QStringLiteral("gone") } },
        { "all again", {} },
    };
    double worst = 0;
    for (const auto& c : cases) {
        const double ms = timeFilter(view.model(), c.filter);
        worst = std::max(worst, ms);
        std::printf("filter: %-32s %8.1f ms  (%d rows)\n", c.name, ms, view.model()->rowCount());
    }
    std::printf("slowest filter                     %8.1f ms   goal < 300 ms\n", worst);
    return openMs < 1000 && worst < 300 ? 0 : 1;
}
