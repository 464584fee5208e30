// `ferryctl sync --json` against a real ferryd on 127.0.0.1, set up as README's walk-through does
// it: the totals and the per-phase seconds the sync benchmark (bench/sync_bench.sh) reads, and
// that production then holds exactly what staging holds, files and rows.

#include "ProcessRunner.h"
#include "TempHome.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace ferry::test;

namespace {

QProcessEnvironment quiet()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ferry.*.info=false"));
    return environment;
}

// A SQLite content database with a table `posts` of count rows.
bool makeDatabase(const QString& path, int count)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
        for (int i = 1; ok && i <= count; ++i) {
            ok = query.exec(QStringLiteral("INSERT INTO posts VALUES (%1, 'post %1')").arg(i));
        }
    }
    QSqlDatabase::removeDatabase(path);
    return ok;
}

QStringList column(const QString& path, const QString& sql)
{
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(sql);
        while (query.next()) {
            values.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(path);
    return values;
}

} // namespace

class TestFerryctlSyncJson : public QObject
{
    Q_OBJECT

private:
    ProcessResult ctl(const QString& home, QStringList arguments)
    {
        arguments.prepend(home);
        arguments.prepend(QStringLiteral("--home"));
        return ProcessRunner::run(QStringLiteral("ferryctl"), arguments, quiet());
    }

    QJsonObject sync()
    {
        const ProcessResult run = ctl(m_stage, {QStringLiteral("sync"), QStringLiteral("up"), QStringLiteral("--yes"),
                                                QStringLiteral("--json")});
        if (run.exitCode != 0) {
            qWarning().noquote() << run.out << run.err;
        }
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void initTestCase();
    void reportsTotalsAndPhases();
    void changedRowsAreAppliedAndTimed();
    void cleanupTestCase();

private:
    TempHome m_root;
    QString m_prod;
    QString m_stage;
    std::unique_ptr<QProcess> m_agent;
};

void TestFerryctlSyncJson::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_prod = m_root.root() + QStringLiteral("/prod-home");
    m_stage = m_root.root() + QStringLiteral("/stage-home");
    const QString prodFiles = m_root.makeFolder(QStringLiteral("prod"));
    m_root.makeFolder(QStringLiteral("stage"));
    // Ferry never scans an empty files folder; the initial copy replaces this one with staging's.
    m_root.writeFile(QStringLiteral("prod/coming-soon.txt"), "soon\n");
    m_root.writeFile(QStringLiteral("stage/index.html"), "<html>hello</html>\n");
    m_root.writeFile(QStringLiteral("stage/assets/big.bin"), QByteArray(300 * 1024, 'x'));
    QVERIFY(makeDatabase(m_root.root() + QStringLiteral("/prod.db"), 0));
    QVERIFY(makeDatabase(m_root.root() + QStringLiteral("/stage.db"), 50));
    const QString pass = m_root.writeFile(QStringLiteral("pw"), "sync-json-test\n");
    QVERIFY(QFile::setPermissions(pass, QFile::ReadOwner | QFile::WriteOwner));  // key material: owner only

    const QList<QStringList> setup{
        {m_prod, QStringLiteral("cert"), QStringLiteral("ca"), QStringLiteral("--name"), QStringLiteral("CA")},
        {m_prod, QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("prod"), QStringLiteral("--ip"),
         QStringLiteral("127.0.0.1"), QStringLiteral("--out"), m_prod + QStringLiteral("/certs"),
         QStringLiteral("--passphrase-file"), pass},
        {m_prod, QStringLiteral("cert"), QStringLiteral("issue"), QStringLiteral("staging"), QStringLiteral("--out"),
         m_stage + QStringLiteral("/certs"), QStringLiteral("--passphrase-file"), pass},
        {m_prod, QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--files"), prodFiles,
         QStringLiteral("--db"), QStringLiteral("sqlite://") + m_root.root() + QStringLiteral("/prod.db"),
         QStringLiteral("--tables"), QStringLiteral("posts")},
        {m_prod, QStringLiteral("peer"), QStringLiteral("allow"), m_stage + QStringLiteral("/certs/staging.crt"),
         QStringLiteral("--push")},
        {m_stage, QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("www"), QStringLiteral("--files"),
         m_root.root() + QStringLiteral("/stage"), QStringLiteral("--db"),
         QStringLiteral("sqlite://") + m_root.root() + QStringLiteral("/stage.db"), QStringLiteral("--tables"),
         QStringLiteral("posts")},
    };
    for (QStringList step : setup) {
        const QString home = step.takeFirst();
        const ProcessResult done = ctl(home, step);
        QVERIFY2(done.exitCode == 0, qPrintable(step.join(QLatin1Char(' ')) + QStringLiteral(": ") + done.err));
    }

    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessEnvironment(quiet());
    m_agent->setProgram(ProcessRunner::binary(QStringLiteral("ferryd")));
    m_agent->setArguments({QStringLiteral("--home"), m_prod, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--cert"), m_prod + QStringLiteral("/certs/prod.crt"), QStringLiteral("--key"),
                           m_prod + QStringLiteral("/certs/prod.key"), QStringLiteral("--ca"),
                           m_prod + QStringLiteral("/certs/ca.crt")});
    m_agent->start();
    QVERIFY(m_agent->waitForStarted());
    QByteArray out;
    while (!out.contains('\n') && m_agent->waitForReadyRead(10000)) {
        out += m_agent->readAllStandardOutput();
    }
    const auto port = QRegularExpression(QStringLiteral("https://127\\.0\\.0\\.1:(\\d+)/")).match(QString::fromUtf8(out));
    QVERIFY2(port.hasMatch(), qPrintable(QString::fromUtf8(out + m_agent->readAllStandardError())));

    const QList<QStringList> relate{
        {QStringLiteral("relationship"), QStringLiteral("add"), QStringLiteral("r"), QStringLiteral("--site"),
         QStringLiteral("www"), QStringLiteral("--remote"), QStringLiteral("https://127.0.0.1:%1/prod").arg(port.captured(1)),
         QStringLiteral("--cert"), m_stage + QStringLiteral("/certs/staging.crt"), QStringLiteral("--key"),
         m_stage + QStringLiteral("/certs/staging.key"), QStringLiteral("--ca"), m_stage + QStringLiteral("/certs/ca.crt")},
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("up"), QStringLiteral("--relationship"),
         QStringLiteral("r"), QStringLiteral("--direction"), QStringLiteral("upload")},
    };
    for (const QStringList& step : relate) {
        const ProcessResult done = ctl(m_stage, step);
        QVERIFY2(done.exitCode == 0, qPrintable(step.join(QLatin1Char(' ')) + QStringLiteral(": ") + done.err));
    }
}

void TestFerryctlSyncJson::reportsTotalsAndPhases()
{
    const QJsonObject first = sync();
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(first.value(QStringLiteral("initialCopy")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("filesSent")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("rowsSent")).toInt(), 50);
    QCOMPARE(first.value(QStringLiteral("filesDeleted")).toInt(), 1);
    QVERIFY(!QFile::exists(m_root.root() + QStringLiteral("/prod/coming-soon.txt")));
    QVERIFY(first.value(QStringLiteral("bytesOut")).toInteger() > 1000);  // 300 KiB of 'x' compress well
    QCOMPARE(readAll(m_root.root() + QStringLiteral("/prod/assets/big.bin")), QByteArray(300 * 1024, 'x'));
    QCOMPARE(column(m_root.root() + QStringLiteral("/prod.db"), QStringLiteral("SELECT count(*) FROM posts")),
             QStringList{QStringLiteral("50")});

    // Every step of the run, in seconds, adding up to the run's own figure.
    const QJsonObject phases = first.value(QStringLiteral("phases")).toObject();
    double total = 0;
    for (const QString& name : {QStringLiteral("start"), QStringLiteral("connect"), QStringLiteral("scan"),
                                QStringLiteral("scan.remote"), QStringLiteral("exchange"), QStringLiteral("plan"),
                                QStringLiteral("transfer"), QStringLiteral("record")}) {
        QVERIFY2(phases.contains(name), qPrintable(name));
        QVERIFY(phases.value(name).toDouble() >= 0);
        total += phases.value(name).toDouble();
    }
    const double seconds = first.value(QStringLiteral("seconds")).toDouble();
    QVERIFY2(std::abs(total - seconds) < 0.05, qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(seconds)));
    QVERIFY(phases.contains(QStringLiteral("transfer.upload")));
    QVERIFY(phases.value(QStringLiteral("transfer.apply")).toDouble() > 0);
    QVERIFY(phases.value(QStringLiteral("transfer.apply")).toDouble() <= phases.value(QStringLiteral("transfer")).toDouble());

    const QJsonObject again = sync();
    QCOMPARE(again.value(QStringLiteral("filesSent")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("rowsSent")).toInt(), 0);
    QVERIFY(!again.value(QStringLiteral("phases")).toObject().contains(QStringLiteral("transfer.apply")));
}

void TestFerryctlSyncJson::changedRowsAreAppliedAndTimed()
{
    {
        const QString path = m_root.root() + QStringLiteral("/stage.db");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE posts SET body = 'edited' WHERE id % 10 = 0")));
    }
    QSqlDatabase::removeDatabase(m_root.root() + QStringLiteral("/stage.db"));
    const QJsonObject run = sync();
    QCOMPARE(run.value(QStringLiteral("rowsSent")).toInt(), 5);
    QVERIFY(run.value(QStringLiteral("phases")).toObject().value(QStringLiteral("transfer.apply")).toDouble() > 0);
    QCOMPARE(column(m_root.root() + QStringLiteral("/prod.db"), QStringLiteral("SELECT id FROM posts WHERE body = 'edited'")),
             (QStringList{QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("30"), QStringLiteral("40"),
                          QStringLiteral("50")}));
}

void TestFerryctlSyncJson::cleanupTestCase()
{
    if (m_agent) {
        m_agent->terminate();
        m_agent->waitForFinished(10000);
    }
}

QTEST_GUILESS_MAIN(TestFerryctlSyncJson)
#include "tst_ferryctl_sync_json.moc"
