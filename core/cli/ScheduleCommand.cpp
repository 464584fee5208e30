#include "ScheduleCommand.h"

#include "ActionParser.h"
#include "CommandStore.h"
#include "store/ProfileRepository.h"
#include "sync/ScheduleRegistry.h"
#include "sync/ScheduleTimes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ferry::cli {
namespace {

const char* const dayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QStringList dayNames(int weekdays)
{
    QStringList names;
    for (int day = 0; day < 7; ++day) {
        if (weekdays & (1 << day)) {
            names << QString::fromLatin1(dayKeys[day]);
        }
    }
    return names;
}

// ISO 8601 in this machine's zone, with its offset, so a reader sees which hour is meant.
QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toTimeZone(QTimeZone::systemTimeZone()).toString(Qt::ISODate) : QString();
}

QJsonValue jsonTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue();
}

std::optional<QDateTime> parseStart(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return std::nullopt;
        }
        time = date.startOfDay();
    }
    return time.toUTC();
}

// "2h", "30m": the interval in minutes.
std::optional<int> parseEvery(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})([mh])$"));
    const auto match = pattern.match(text.trimmed().toLower());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int count = match.captured(1).toInt();
    return match.captured(2) == QLatin1String("h") ? count * 60 : count;
}

std::optional<int> parseWeekdays(const QString& text)
{
    int mask = 0;
    for (const QString& word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool known = false;
        for (int day = 0; day < 7; ++day) {
            if (word.trimmed().compare(QLatin1String(dayKeys[day]), Qt::CaseInsensitive) == 0) {
                mask |= 1 << day;
                known = true;
            }
        }
        if (!known) {
            return std::nullopt;
        }
    }
    return mask == 0 ? std::nullopt : std::optional<int>(mask);
}

} // namespace

QString ScheduleCommand::summary() const
{
    return tr("when profiles run on their own (add, list, remove, enable, disable)");
}

QString ScheduleCommand::usage() const
{
    return tr("Usage:\n"
              "  ferryctl [--home DIR] schedule add PROFILE --every 30m|2h | --daily HH:MM | --weekdays mon,wed --at HH:MM\n"
              "           [--start ISO] [--disabled]\n"
              "  ferryctl [--home DIR] schedule list [--json]\n"
              "  ferryctl [--home DIR] schedule remove ID\n"
              "  ferryctl [--home DIR] schedule enable|disable ID\n"
              "\n"
              "--every runs the profile at the start, then every so many minutes (m) or hours (h) of elapsed\n"
              "time. --daily and --weekdays run it at a time of day on this machine's clock: a time skipped\n"
              "when the clocks go forward runs once, when they jump; a time repeated when they go back runs\n"
              "once, the first time. Weekdays are mon, tue, wed, thu, fri, sat, sun.\n"
              "--start (e.g. 2026-12-01T08:00, in local time unless it names an offset): nothing runs before\n"
              "it; the default is the next full minute.\n"
              "Runs missed while no scheduler was running (ferryd, or the GUI while it is open) run once,\n"
              "not once for each, and a profile never has two runs queued or running.\n");
}

int ScheduleCommand::run(const QStringList& arguments, const CliContext& context)
{
    return ActionParser::dispatch(
        QStringLiteral("schedule"), arguments, context, usage(),
        {
            {QStringLiteral("add"), [&](const QStringList& rest) { return add(rest, context); }},
            {QStringLiteral("list"), [&](const QStringList& rest) { return list(rest, context); }},
            {QStringLiteral("remove"), [&](const QStringList& rest) { return remove(rest, context); }},
            {QStringLiteral("enable"), [&](const QStringList& rest) { return setEnabled(rest, context, true); }},
            {QStringLiteral("disable"), [&](const QStringList& rest) { return setEnabled(rest, context, false); }},
        });
}

int ScheduleCommand::add(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption every(QStringLiteral("every"), tr("run every N minutes (30m) or hours (2h)"), tr("INTERVAL"));
    const QCommandLineOption daily(QStringLiteral("daily"), tr("run daily at this time"), tr("HH:MM"));
    const QCommandLineOption weekdays(QStringLiteral("weekdays"), tr("run on these days"), tr("DAYS"));
    const QCommandLineOption atTime(QStringLiteral("at"), tr("the time of day, with --weekdays"), tr("HH:MM"));
    const QCommandLineOption start(QStringLiteral("start"), tr("nothing runs before this time"), tr("ISO"));
    const QCommandLineOption disabled(QStringLiteral("disabled"), tr("store the schedule switched off"));
    parser.addOptions({every, daily, weekdays, atTime, start, disabled});
    if (auto done = ActionParser::parse(parser, QStringLiteral("schedule add"), arguments, context, 1, usage())) {
        return *done;
    }
    const int kinds = int(parser.isSet(every)) + int(parser.isSet(daily)) + int(parser.isSet(weekdays));
    if (kinds != 1) {
        return context.usageError(tr("schedule add needs one of --every, --daily or --weekdays."));
    }
    if (parser.isSet(atTime) != parser.isSet(weekdays)) {
        return context.usageError(tr("--at goes with --weekdays (use --daily HH:MM for every day)."));
    }
    Schedule schedule;
    schedule.enabled = !parser.isSet(disabled);
    if (parser.isSet(every)) {
        const auto minutes = parseEvery(parser.value(every));
        if (!minutes) {
            return context.usageError(tr("--every takes minutes or hours, e.g. 30m or 2h; not '%1'.").arg(parser.value(every)));
        }
        schedule.kind = ScheduleKind::Interval;
        schedule.intervalMinutes = *minutes;
    } else {
        const QString timeText = parser.isSet(daily) ? parser.value(daily) : parser.value(atTime);
        schedule.timeOfDay = QTime::fromString(timeText, QStringLiteral("H:mm"));
        if (!schedule.timeOfDay.isValid()) {
            return context.usageError(tr("A time of day is HH:MM, from 00:00 to 23:59; not '%1'.").arg(timeText));
        }
        schedule.kind = ScheduleKind::Daily;
        if (parser.isSet(weekdays)) {
            const auto mask = parseWeekdays(parser.value(weekdays));
            if (!mask) {
                return context.usageError(
                    tr("--weekdays takes days such as mon,wed (mon tue wed thu fri sat sun); not '%1'.").arg(parser.value(weekdays)));
            }
            schedule.kind = ScheduleKind::Weekdays;
            schedule.weekdays = *mask;
        }
    }
    if (parser.isSet(start)) {
        const auto startAt = parseStart(parser.value(start));
        if (!startAt) {
            return context.usageError(tr("--start takes a date and time such as 2026-12-01T08:00; not '%1'.").arg(parser.value(start)));
        }
        schedule.startAt = *startAt;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    const QString profileName = parser.positionalArguments().first();
    auto profile = ProfileRepository(store.value()->database()).findByName(profileName);
    if (!profile) {
        return context.failure(profile.errorMessage());
    }
    if (!profile->has_value()) {
        return context.failure(tr("There is no profile named '%1'. See 'ferryctl profile list'.").arg(profileName));
    }
    schedule.profileId = (*profile)->id;
    auto added = ScheduleRegistry(*store.value()).add(schedule);
    if (!added) {
        return context.failure(added.errorMessage());
    }
    const QDateTime next = ScheduleTimes::nextRun(added.value(), QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone());
    context.out << (added->enabled ? tr("Added schedule %1 for profile %2: %3; next run %4.")
                                         .arg(added->id)
                                         .arg((*profile)->name, ScheduleRegistry::describe(added.value()), isoTime(next))
                                   : tr("Added schedule %1 for profile %2: %3; disabled.")
                                         .arg(added->id)
                                         .arg((*profile)->name, ScheduleRegistry::describe(added.value())))
                << Qt::endl;
    return ExitSuccess;
}

int ScheduleCommand::list(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    parser.addOption(json);
    if (auto done = ActionParser::parse(parser, QStringLiteral("schedule list"), arguments, context, 0, usage())) {
        return *done;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto schedules = ScheduleRegistry(*store.value()).list();
    auto profiles = ProfileRepository(store.value()->database()).list();
    if (!schedules || !profiles) {
        return context.failure(!schedules ? schedules.errorMessage() : profiles.errorMessage());
    }
    auto profileName = [&](qint64 id) {
        for (const Profile& p : profiles.value()) {
            if (p.id == id) {
                return p.name;
            }
        }
        return QString();
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Schedule& s : schedules.value()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("profile"), profileName(s.profileId)},
                {QStringLiteral("kind"), enumKey(scheduleKindKeys, s.kind)},
                {QStringLiteral("everyMinutes"), s.kind == ScheduleKind::Interval ? QJsonValue(s.intervalMinutes) : QJsonValue()},
                {QStringLiteral("at"), s.kind == ScheduleKind::Interval ? QJsonValue() : QJsonValue(s.timeOfDay.toString(QStringLiteral("HH:mm")))},
                {QStringLiteral("weekdays"), QJsonArray::fromStringList(s.kind == ScheduleKind::Weekdays ? dayNames(s.weekdays) : QStringList())},
                {QStringLiteral("start"), jsonTime(s.startAt)},
                {QStringLiteral("enabled"), s.enabled},
                {QStringLiteral("lastRun"), jsonTime(s.lastRunAt)},
                {QStringLiteral("nextRun"), jsonTime(ScheduleTimes::nextRun(s, now, zone))},
            });
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("schedules"), array}}).toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return ExitSuccess;
    }
    if (schedules->empty()) {
        context.err << tr("No schedules yet. Add one with: ferryctl schedule add PROFILE --daily 02:30") << Qt::endl;
        return ExitSuccess;
    }
    for (const Schedule& s : schedules.value()) {
        const QDateTime next = ScheduleTimes::nextRun(s, now, zone);
        context.out << QStringLiteral("%1  %2  %3  %4")
                           .arg(QString::number(s.id), profileName(s.profileId), ScheduleRegistry::describe(s),
                                s.enabled ? tr("next run %1").arg(isoTime(next)) : tr("disabled"))
                    << Qt::endl;
    }
    return ExitSuccess;
}

int ScheduleCommand::remove(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    if (auto done = ActionParser::parse(parser, QStringLiteral("schedule remove"), arguments, context, 1, usage())) {
        return *done;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok) {
        return context.usageError(tr("A schedule is named by its number, as 'ferryctl schedule list' shows it."));
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto removed = ScheduleRegistry(*store.value()).remove(id);
    if (!removed) {
        return context.failure(removed.errorMessage());
    }
    context.out << tr("Removed schedule %1 (%2).").arg(removed->id).arg(ScheduleRegistry::describe(removed.value()))
                << Qt::endl;
    return ExitSuccess;
}

int ScheduleCommand::setEnabled(const QStringList& arguments, const CliContext& context, bool enabled)
{
    QCommandLineParser parser;
    const QString words = enabled ? QStringLiteral("schedule enable") : QStringLiteral("schedule disable");
    if (auto done = ActionParser::parse(parser, words, arguments, context, 1, usage())) {
        return *done;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok) {
        return context.usageError(tr("A schedule is named by its number, as 'ferryctl schedule list' shows it."));
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto changed = ScheduleRegistry(*store.value()).setEnabled(id, enabled);
    if (!changed) {
        return context.failure(changed.errorMessage());
    }
    context.out << (enabled ? tr("Enabled schedule %1.") : tr("Disabled schedule %1.")).arg(id) << Qt::endl;
    return ExitSuccess;
}

} // namespace ferry::cli
