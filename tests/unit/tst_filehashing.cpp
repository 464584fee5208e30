// FileHashing: the files a walk found are hashed where the walk found them, beneath the root: a
// folder replaced by a link since the walk (pointing out of the root) is not followed, and the
// file is reported gone rather than hashed from somewhere else.

#include "TempHome.h"
#include "site/FileHashing.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace ferry;

class TestFileHashing : public QObject
{
    Q_OBJECT

private slots:
    void hashesWhatTheWalkFound();
    void aFolderTurnedIntoALinkIsNotFollowed();
};

namespace {

HashTask taskFor(const QString& root, const std::string& path)
{
    HashTask task;
    task.entry.path = path;
    ::stat(QFile::encodeName(root + QLatin1Char('/') + QString::fromStdString(path)).constData(), &task.entry.status);
    return task;
}

bool hash(const QString& root, std::vector<HashTask>& tasks)
{
    FileHashing hashing(QFile::encodeName(root).toStdString(), 2);
    std::atomic_bool cancelled{false};
    ProgressMeter meter([](const Progress&) {});
    return hashing.run(tasks, cancelled, meter);
}

} // namespace

void TestFileHashing::hashesWhatTheWalkFound()
{
    test::TempHome home;
    const QString root = home.makeFolder(QStringLiteral("site"));
    home.writeFile(QStringLiteral("site/pages/index.html"), "<h1>home</h1>");
    std::vector<HashTask> tasks{taskFor(root, "pages/index.html")};
    QVERIFY(hash(root, tasks));
    QCOMPARE(tasks[0].outcome, HashTask::Outcome::Hashed);
    QCOMPARE(tasks[0].digest.hash, ContentHasher::sha256("<h1>home</h1>"));
}

void TestFileHashing::aFolderTurnedIntoALinkIsNotFollowed()
{
    test::TempHome home;
    const QString root = home.makeFolder(QStringLiteral("site"));
    home.writeFile(QStringLiteral("site/pages/index.html"), "<h1>home</h1>");
    home.writeFile(QStringLiteral("elsewhere/index.html"), "not the site's");
    std::vector<HashTask> tasks{taskFor(root, "pages/index.html")};
    // Between the walk and the hashing, pages/ becomes a link to a folder out of the root that
    // holds a file of the same name.
    QVERIFY(QDir(root + QStringLiteral("/pages")).removeRecursively());
    QVERIFY(QFile::link(home.root() + QStringLiteral("/elsewhere"), root + QStringLiteral("/pages")));
    QVERIFY(hash(root, tasks));
    QCOMPARE(tasks[0].outcome, HashTask::Outcome::Vanished);
    QVERIFY(tasks[0].digest.hash != ContentHasher::sha256("not the site's"));
}

QTEST_GUILESS_MAIN(TestFileHashing)
#include "tst_filehashing.moc"
