// Randomized model test of the sync engine (label random). A seeded generator makes a short
// history over two sites — file creates, edits, renames, deletes and folder moves, row inserts,
// updates and deletes, on both sides — interleaved with runs in every direction and policy, some
// of them dry, some with edits made while the run transfers (from its progress callback). After
// every run and at the end it checks:
//   - no temporary file (.ferry-tmp-*) is left in either files root;
//   - a dry run changes nothing;
//   - every file version a run overwrote or deleted is in that side's versions area (or still in
//     the files root, e.g. as a keep-both copy);
//   - an item changed on both sides since they last agreed got a conflict record;
//   - a run that plans from a settled point plans exactly what planning every item plans;
//   - after enough bidirectional runs with a non-manual policy, both sites hold the same files
//     and rows, and one more run plans nothing.
// A failing seed prints itself and its history; `tst_random_sync --seed N` replays it exactly.
// `--seeds N --first F` runs N seeds from F (scripts/random-sync.sh); FERRY_RANDOM_SEEDS sets the
// default count.

#include "SyncPair.h"
#include "store/StateStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <optional>
#include <random>
#include <set>

using namespace ferry;
using namespace ferry::test;

namespace {

qint64 g_first = 1;
qint64 g_count = 1000;  // ctest runs two such shards: seeds 1–1000 and 1001–2000

using Content = std::optional<QByteArray>;  // nullopt: absent

const QStringList folders{QString(), QStringLiteral("a/"), QStringLiteral("a/b/"), QStringLiteral("c/")};
const QStringList names{QStringLiteral("x.txt"), QStringLiteral("y.html"), QStringLiteral("z.css")};
const QStringList moveTargets{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e/f")};
constexpr int rowIds = 6;

// The staging home's state.db, read directly: the conflict log as the engine left it.
QSqlDatabase stateDatabase(const SyncPair& pair)
{
    const QString name = QStringLiteral("conflicts");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(pair.homeOf(Side::Stage) + QStringLiteral("/state.db"));
    return db;
}

class History
{
public:
    History(SyncPair& pair, qint64 seed)
        : m_pair(pair)
        , m_seed(seed)
        , m_rng(quint64(seed) * 0x9E3779B97F4A7C15ULL + 1)
    {
    }

    // Empty when every invariant held; otherwise what broke, with the history that led there.
    QString play();

private:
    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    bool chance(int percent) { return pick(100) < percent; }
    Side anySide() { return chance(50) ? Side::Stage : Side::Prod; }
    static QString sideName(Side side) { return side == Side::Stage ? QStringLiteral("stage") : QStringLiteral("prod"); }

    QByteArray newContent(Side side);
    void note(const QString& line) { m_trace.append(line); }

    // One change made by a person on one side; false when there was nothing to change.
    bool fileOp(Side side, int kind, bool midRun);
    bool rowOp(Side side, int kind);
    void randomChange(bool midRun);

    QString runOnce(const QString& profile, bool dryRun, bool midRun, int* planned = nullptr);
    QString checkConflicts(const std::set<QString>& expected, qint64 before);
    void recordAgreement();
    QString checkNoTemporaries();
    QString failure(const QString& what) const;

    // Items of both sides by model key: "f:PATH" or "r:ID" → content.
    QMap<QString, QByteArray> stateOf(Side side) const;
    qint64 lastConflictId() const;
    std::set<QByteArray> keptVersions(Side side) const;

    SyncPair& m_pair;
    qint64 m_seed;
    std::mt19937_64 m_rng;
    int m_op = 0;
    QStringList m_trace;
    QMap<QString, Content> m_agreed;     // what both sides held when they last agreed
    QMap<QString, qint64> m_agreedAt;    // the last conflict id at that time
    QMap<QString, QByteArray> m_midRun;  // "side|key" → content written while a run was going
    QSet<QString> m_midRunDeleted;       // "side|key" deleted while a run was going
    bool m_midRunAny = false;            // anything changed while the run was going
    // Items changed while a run was going: whether the change came before or after the run's
    // apply is not known, so neither is their last agreement until both sides agree again.
    QSet<QString> m_unknownAgreement;
    bool m_inRun = false;
};

QByteArray History::newContent(Side side)
{
    QByteArray bytes = QStringLiteral("seed %1 op %2 on %3\n").arg(m_seed).arg(++m_op).arg(sideName(side)).toUtf8();
    // Now and then a file of several chunks, so transfers resume and share chunks.
    const int size = chance(6) ? 70000 + pick(150000) : pick(300);
    bytes.reserve(bytes.size() + size);
    for (int i = 0; i < size; ++i) {
        bytes.append(char('a' + pick(26)));
    }
    return bytes;
}

bool History::fileOp(Side side, int kind, bool midRun)
{
    const QString root = m_pair.filesOf(side);
    QStringList existing = filesUnder(root).keys();
    existing.removeIf([](const QString& path) { return path.startsWith(QStringLiteral("keep/")); });
    const auto write = [&](const QString& relative) {
        if (midRun) {
            m_unknownAgreement.insert(QStringLiteral("f:") + relative);
        }
        QDir().mkpath(QFileInfo(root + QLatin1Char('/') + relative).path());
        QFile file(root + QLatin1Char('/') + relative);
        const QByteArray content = newContent(side);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(content);
        }
        if (midRun) {
            m_midRun.insert(sideName(side) + QStringLiteral("|f:") + relative, content);
        }
    };
    switch (kind) {
    case 0: {  // create (or edit, when taken)
        const QString path = folders[pick(folders.size())] + names[pick(names.size())];
        write(path);
        note(QStringLiteral("%1 write %2").arg(sideName(side), path));
        return true;
    }
    case 1:  // edit
        if (existing.isEmpty()) {
            return false;
        } else {
            const QString path = existing[pick(existing.size())];
            write(path);
            note(QStringLiteral("%1 edit %2").arg(sideName(side), path));
            return true;
        }
    case 2:  // rename
        if (existing.isEmpty()) {
            return false;
        } else {
            const QString from = existing[pick(existing.size())];
            const QString to = folders[pick(folders.size())] + QStringLiteral("r") + QString::number(pick(3)) + QStringLiteral(".txt");
            if (existing.contains(to) || QFileInfo::exists(root + QLatin1Char('/') + to)) {
                return false;
            }
            QDir().mkpath(QFileInfo(root + QLatin1Char('/') + to).path());
            note(QStringLiteral("%1 rename %2 -> %3").arg(sideName(side), from, to));
            return QFile::rename(root + QLatin1Char('/') + from, root + QLatin1Char('/') + to);
        }
    case 3:  // delete
        if (existing.isEmpty()) {
            return false;
        } else {
            const QString path = existing[pick(existing.size())];
            note(QStringLiteral("%1 delete %2").arg(sideName(side), path));
            if (midRun) {
                m_midRunDeleted.insert(sideName(side) + QStringLiteral("|f:") + path);
                m_unknownAgreement.insert(QStringLiteral("f:") + path);
            }
            return QFile::remove(root + QLatin1Char('/') + path);
        }
    default: {  // move a folder
        const QString from = moveTargets[pick(moveTargets.size())];
        const QString to = moveTargets[pick(moveTargets.size())];
        if (from == to || !QFileInfo(root + QLatin1Char('/') + from).isDir() || QFileInfo::exists(root + QLatin1Char('/') + to)
            || to.startsWith(from + QLatin1Char('/'))) {
            return false;
        }
        QDir().mkpath(QFileInfo(root + QLatin1Char('/') + to).path());
        note(QStringLiteral("%1 move folder %2 -> %3").arg(sideName(side), from, to));
        return QDir().rename(root + QLatin1Char('/') + from, root + QLatin1Char('/') + to);
    }
    }
}

bool History::rowOp(Side side, int kind)
{
    const QString db = m_pair.databaseOf(side);
    const qint64 id = 1 + pick(rowIds);
    const QString body = QString::fromUtf8(newContent(side).left(40)).trimmed();
    if (m_inRun) {
        m_unknownAgreement.insert(QStringLiteral("r:") + QString::number(id));
    }
    bool done = false;
    switch (kind) {
    case 0:
        done = execSql(db, QStringLiteral("INSERT OR REPLACE INTO posts (id, body) VALUES (?, ?)"), {id, body});
        note(QStringLiteral("%1 row put %2%3").arg(sideName(side)).arg(id).arg(done ? QString() : QStringLiteral(" (refused)")));
        break;
    case 1:
        done = execSql(db, QStringLiteral("UPDATE posts SET body = ? WHERE id = ?"), {body, id});
        note(QStringLiteral("%1 row update %2%3").arg(sideName(side)).arg(id).arg(done ? QString() : QStringLiteral(" (refused)")));
        break;
    default:
        done = execSql(db, QStringLiteral("DELETE FROM posts WHERE id = ?"), {id});
        note(QStringLiteral("%1 row delete %2%3").arg(sideName(side)).arg(id).arg(done ? QString() : QStringLiteral(" (refused)")));
        break;
    }
    return done;
}

void History::randomChange(bool midRun)
{
    const Side side = anySide();
    if (chance(65)) {
        // While a run goes on, only writes and deletes: folder moves under a transfer are the
        // fault suite's business.
        const int kind = midRun ? (chance(70) ? 0 : 3) : pick(5);
        fileOp(side, kind, midRun);
    } else {
        rowOp(side, pick(3));
    }
}

QMap<QString, QByteArray> History::stateOf(Side side) const
{
    QMap<QString, QByteArray> state;
    const auto files = filesUnder(m_pair.filesOf(side));
    for (auto it = files.begin(); it != files.end(); ++it) {
        state.insert(QStringLiteral("f:") + it.key(), it.value());
    }
    const auto rows = postsOf(m_pair.databaseOf(side));
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        state.insert(QStringLiteral("r:") + QString::number(it.key()), it.value().toUtf8());
    }
    return state;
}

qint64 History::lastConflictId() const
{
    QSqlDatabase db = stateDatabase(m_pair);
    qint64 id = 0;
    if (db.open()) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM conflicts")) && query.next()) {
            id = query.value(0).toLongLong();
        }
    }
    db.close();
    return id;
}

std::set<QByteArray> History::keptVersions(Side side) const
{
    std::set<QByteArray> kept;
    for (const QByteArray& bytes : filesUnder(m_pair.homeOf(side) + QStringLiteral("/versions"))) {
        kept.insert(bytes);
    }
    return kept;
}

QString History::failure(const QString& what) const
{
    return QStringLiteral("seed %1: %2\nreplay: tst_random_sync --seed %1\nhistory:\n  %3")
        .arg(m_seed)
        .arg(what, m_trace.join(QStringLiteral("\n  ")));
}

QString History::checkNoTemporaries()
{
    for (Side side : {Side::Stage, Side::Prod}) {
        QDirIterator it(m_pair.filesOf(side), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (it.next().contains(QStringLiteral(".ferry-tmp-"))) {
                return failure(QStringLiteral("a temporary file was left behind: ") + it.filePath());
            }
        }
    }
    return {};
}

QString History::checkConflicts(const std::set<QString>& expected, qint64 before)
{
    if (expected.empty()) {
        return {};
    }
    QSqlDatabase db = stateDatabase(m_pair);
    QString problem;
    if (db.open()) {
        for (const QString& key : expected) {
            QSqlQuery query(db);
            const bool file = key.startsWith(QStringLiteral("f:"));
            query.prepare(QStringLiteral("SELECT count(*) FROM conflicts WHERE resource = ? AND item = ? AND id > ?"));
            query.addBindValue(file ? QStringLiteral("files") : QStringLiteral("posts"));
            // A row's item is its primary key as a JSON array.
            query.addBindValue(file ? key.mid(2) : QStringLiteral("[%1]").arg(key.mid(2)));
            query.addBindValue(m_agreedAt.value(key, 0));
            if (!query.exec() || !query.next() || query.value(0).toLongLong() == 0) {
                problem = QStringLiteral("%1 changed on both sides since they last agreed, but no conflict was recorded "
                                         "(conflicts before the run: %2)")
                              .arg(key)
                              .arg(before);
                break;
            }
        }
    }
    db.close();
    return problem.isEmpty() ? QString() : failure(problem);
}

void History::recordAgreement()
{
    const auto stage = stateOf(Side::Stage);
    const auto prod = stateOf(Side::Prod);
    QSet<QString> keys;
    for (const auto& map : {stage, prod}) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            keys.insert(it.key());
        }
    }
    for (auto it = m_agreed.begin(); it != m_agreed.end(); ++it) {
        keys.insert(it.key());
    }
    const qint64 conflictId = lastConflictId();
    for (const QString& key : keys) {
        const Content s = stage.contains(key) ? Content(stage.value(key)) : std::nullopt;
        const Content p = prod.contains(key) ? Content(prod.value(key)) : std::nullopt;
        if (s == p) {
            m_agreed[key] = s;
            m_agreedAt[key] = conflictId;
            m_unknownAgreement.remove(key);
        }
    }
}

QString History::runOnce(const QString& profile, bool dryRun, bool midRun, int* planned)
{
    const auto stageBefore = stateOf(Side::Stage);
    const auto prodBefore = stateOf(Side::Prod);
    // What changed on both sides since the last agreement, to different ends.
    std::set<QString> expected;
    QSet<QString> keys;
    for (const auto& map : {stageBefore, prodBefore}) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            keys.insert(it.key());
        }
    }
    for (auto it = m_agreed.begin(); it != m_agreed.end(); ++it) {
        keys.insert(it.key());
    }
    for (const QString& key : keys) {
        const Content s = stageBefore.contains(key) ? Content(stageBefore.value(key)) : std::nullopt;
        const Content p = prodBefore.contains(key) ? Content(prodBefore.value(key)) : std::nullopt;
        const Content agreed = m_agreed.value(key, std::nullopt);
        if (s != agreed && p != agreed && s != p && !m_unknownAgreement.contains(key)) {
            expected.insert(key);
        }
    }
    const qint64 conflictsBefore = lastConflictId();

    m_midRun.clear();
    m_midRunDeleted.clear();
    m_midRunAny = false;
    int callbacks = 0;
    const int editAt = midRun ? pick(4) : -1;
    const auto progress = [&](const Progress& p) {
        static const QStringList busy{QStringLiteral("transfer"), QStringLiteral("download"), QStringLiteral("upload"),
                                      QStringLiteral("apply")};
        if (editAt >= 0 && busy.contains(p.phase) && callbacks++ == editAt) {
            note(QStringLiteral("  (while the run is in %1:)").arg(p.phase));
            m_midRunAny = true;
            m_inRun = true;
            randomChange(true);
            m_inRun = false;
        }
    };
    note(QStringLiteral("run %1%2").arg(profile, dryRun ? QStringLiteral(" --dry-run") : QString()));
    auto result = m_pair.run(profile, dryRun, progress);
    if (!result) {
        return failure(QStringLiteral("the run failed: ") + result.errorMessage());
    }
    if (planned) {
        *planned = int(result->plan.items.size()) - result->plan.count(PlanAction::Hold);
    }
    if (result->failedItems() > 0) {
        QStringList errors;
        for (std::size_t i = 0; i < result->outcomes.size(); ++i) {
            if (!result->outcomes[i].error.isEmpty()) {
                errors.append(result->plan.items[i].key.name + QStringLiteral(": ") + result->outcomes[i].error);
            }
        }
        note(QStringLiteral("  failed items: ") + errors.join(QStringLiteral("; ")));
        // An item fails honestly when it was changed under the run; anything else is a bug.
        if (!m_midRunAny) {
            return failure(QStringLiteral("items failed with nobody changing them: ") + errors.join(QStringLiteral("; ")));
        }
    }
    if (QString leftover = checkNoTemporaries(); !leftover.isEmpty()) {
        return leftover;
    }
    const auto stageAfter = stateOf(Side::Stage);
    const auto prodAfter = stateOf(Side::Prod);
    if (dryRun && !m_midRunAny && (stageAfter != stageBefore || prodAfter != prodBefore)) {
        return failure(QStringLiteral("a dry run changed a site"));
    }
    // Every file version the run replaced or removed is kept somewhere.
    for (Side side : {Side::Stage, Side::Prod}) {
        auto before = side == Side::Stage ? stageBefore : prodBefore;
        const auto& after = side == Side::Stage ? stageAfter : prodAfter;
        for (auto it = m_midRun.begin(); it != m_midRun.end(); ++it) {
            if (it.key().startsWith(sideName(side) + QLatin1Char('|'))) {
                before.insert(it.key().section(QLatin1Char('|'), 1), it.value());
            }
        }
        std::optional<std::set<QByteArray>> kept;
        std::set<QByteArray> present;
        for (auto it = after.begin(); it != after.end(); ++it) {
            present.insert(it.value());
        }
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!it.key().startsWith(QStringLiteral("f:")) || after.value(it.key()) == it.value() || present.count(it.value())) {
                continue;
            }
            // A path changed mid-run whose earlier content the person replaced themselves.
            if (m_midRunDeleted.contains(sideName(side) + QLatin1Char('|') + it.key())) {
                continue;
            }
            if (!kept) {
                kept = keptVersions(side);
            }
            if (!kept->count(it.value())) {
                return failure(QStringLiteral("the version of %1 on %2 that the run replaced is in neither the versions "
                                              "area nor the files root (%3 bytes, starting \"%4\")")
                                   .arg(it.key().mid(2), sideName(side))
                                   .arg(it.value().size())
                                   .arg(QString::fromUtf8(it.value().left(30)).trimmed()));
            }
        }
    }
    if (!dryRun) {
        if (QString missing = checkConflicts(expected, conflictsBefore); !missing.isEmpty()) {
            return missing;
        }
    }
    recordAgreement();
    return {};
}

QString History::play()
{
    const int steps = 4 + pick(10);
    for (int step = 0; step < steps; ++step) {
        if (chance(30)) {
            const Direction direction = chance(50)   ? Direction::Bidirectional
                                        : chance(50) ? Direction::Upload
                                                     : Direction::Download;
            const ConflictPolicy policy = conflictPolicyKeys[std::size_t(pick(int(conflictPolicyKeys.size())))].first;
            const QString profile = SyncPair::profileName(direction, policy, !chance(15));
            if (QString broken = runOnce(profile, chance(10), chance(30)); !broken.isEmpty()) {
                return broken;
            }
        } else {
            randomChange(false);
        }
    }
    // Converge: bidirectional runs with one non-manual policy until one plans nothing.
    ConflictPolicy policy = ConflictPolicy::Manual;
    while (policy == ConflictPolicy::Manual) {
        policy = conflictPolicyKeys[std::size_t(pick(int(conflictPolicyKeys.size())))].first;
    }
    const QString profile = SyncPair::profileName(Direction::Bidirectional, policy);
    int planned = 0;
    for (int round = 0; round < 4; ++round) {
        if (QString broken = runOnce(profile, false, false, &planned); !broken.isEmpty()) {
            return broken;
        }
        if (planned == 0) {
            break;
        }
    }
    if (planned != 0) {
        return failure(QStringLiteral("four bidirectional runs and still %1 change(s) planned").arg(planned));
    }
    const auto stage = stateOf(Side::Stage);
    const auto prod = stateOf(Side::Prod);
    if (stage != prod) {
        QStringList differences;
        QSet<QString> keys;
        for (const auto& map : {stage, prod}) {
            for (auto it = map.begin(); it != map.end(); ++it) {
                keys.insert(it.key());
            }
        }
        for (const QString& key : keys) {
            if (stage.value(key, "<absent>") != prod.value(key, "<absent>")) {
                differences.append(QStringLiteral("%1 (stage %2 bytes, prod %3)")
                                       .arg(key)
                                       .arg(stage.contains(key) ? QString::number(stage.value(key).size()) : QStringLiteral("absent"),
                                            prod.contains(key) ? QString::number(prod.value(key).size()) : QStringLiteral("absent")));
            }
        }
        return failure(QStringLiteral("the sites did not converge: ") + differences.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

class TestRandomSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString error = m_pair.build();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Seeds that once found a bug, whatever range runs: 9 (a moved file's chunks deleted before
    // it was built), 3042 (a renamed file's chunks replaced by a new file at its old name).
    void regressions_data()
    {
        QTest::addColumn<qint64>("seed");
        for (qint64 seed : {9, 3042}) {
            QTest::addRow("seed %lld", seed) << seed;
        }
    }

    void regressions()
    {
        QFETCH(qint64, seed);
        const QString reset = m_pair.reset();
        QVERIFY2(reset.isEmpty(), qPrintable(reset));
        const QString broken = History(m_pair, seed).play();
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }

    void seeds()
    {
        QStringList failures;
        for (qint64 seed = g_first; seed < g_first + g_count; ++seed) {
            const QString reset = m_pair.reset();
            QVERIFY2(reset.isEmpty(), qPrintable(reset));
            const QString broken = History(m_pair, seed).play();
            if (!broken.isEmpty()) {
                qWarning().noquote() << broken;
                failures.append(QString::number(seed));
                if (failures.size() >= 5) {
                    break;
                }
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("failing seeds: ") + failures.join(QLatin1Char(' '))));
    }

private:
    SyncPair m_pair;
};

int main(int argc, char** argv)
{
    // A thousand seeds on a busy machine outlast Qt Test's five minutes per function.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT")) {
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    }
    // Every run planned from a settled point is also planned over every item, and stops when
    // the two plans differ: a shortcut that loses a change fails the seed that found it.
    qputenv("FERRY_CHECK_SETTLED_PLAN", "1");
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    bool ok = true;
    g_count = qEnvironmentVariableIsSet("FERRY_RANDOM_SEEDS") ? qEnvironmentVariable("FERRY_RANDOM_SEEDS").toLongLong(&ok) : g_count;
    for (const QString& option : {QStringLiteral("--seed"), QStringLiteral("--seeds"), QStringLiteral("--first")}) {
        const qsizetype at = arguments.indexOf(option);
        if (at < 0 || at + 1 >= arguments.size()) {
            continue;
        }
        const qint64 value = arguments[at + 1].toLongLong(&ok);
        if (!ok) {
            qCritical("%s needs a number", qPrintable(option));
            return 2;
        }
        if (option == QStringLiteral("--seed")) {
            g_first = value;
            g_count = 1;
        } else if (option == QStringLiteral("--seeds")) {
            g_count = value;
        } else {
            g_first = value;
        }
        arguments.remove(at, 2);
    }
    TestRandomSync test;
    return QTest::qExec(&test, arguments);
}

#include "tst_random_sync.moc"
