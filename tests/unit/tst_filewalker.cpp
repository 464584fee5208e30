// FileWalker: a walk on several threads meets exactly what a walk on one does (files, links that
// stay inside, and every problem reported), spreads over the threads, and stops when cancelled.

#include "TempHome.h"
#include "site/FileWalker.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <mutex>
#include <set>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

using namespace ferry;

namespace {

struct Walked {
    std::vector<std::string> files;
    WalkProblems problems;
    std::set<std::thread::id> threads;
    bool complete = false;
};

Walked walk(const QString& root, int threads, const GlobMatcher& matcher, int stopAfter = -1)
{
    Walked walked;
    std::mutex lock;
    std::atomic_bool cancelled = false;
    FileWalker walker(root.toStdString(), matcher);
    walked.complete = walker.walk(
        [&](WalkEntry&& entry) {
            const std::lock_guard guard(lock);
            walked.files.push_back(entry.path + (entry.linkTarget.empty() ? std::string() : " -> " + entry.linkTarget));
            walked.threads.insert(std::this_thread::get_id());
            if (stopAfter >= 0 && int(walked.files.size()) >= stopAfter) {
                cancelled = true;
            }
        },
        cancelled, walked.problems, threads);
    for (auto* list : {&walked.files, &walked.problems.unreadableFolders, &walked.problems.linksOutsideRoot,
                       &walked.problems.otherSkipped}) {
        std::sort(list->begin(), list->end());
    }
    return walked;
}

void write(const QString& path, const QByteArray& content = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestFileWalker : public QObject
{
    Q_OBJECT

private slots:
    void manyThreadsMeetWhatOneMeets();
    void aCancelledWalkStops();
};

void TestFileWalker::manyThreadsMeetWhatOneMeets()
{
    test::TempHome home;
    const QString root = home.root() + QStringLiteral("/files");
    int files = 0;
    for (int a = 0; a < 3; ++a) {
        for (int b = 0; b < 4; ++b) {
            for (int c = 0; c < 3; ++c) {
                for (int f = 0; f < 5; ++f) {
                    write(QStringLiteral("%1/a%2/b%3/c%4/f%5.html").arg(root).arg(a).arg(b).arg(c).arg(f));
                    ++files;
                }
            }
            write(QStringLiteral("%1/a%2/b%3/page.html").arg(root).arg(a).arg(b));
            ++files;
        }
    }
    write(root + QStringLiteral("/index.html"));
    write(root + QStringLiteral("/a1/b2/c0/.ferry-tmp-0123abcd"));  // Ferry's own, deep down
    write(root + QStringLiteral("/.ferry-tmp-4567"));
    QVERIFY(::symlink("../index.html", QFile::encodeName(root + QStringLiteral("/a0/home.html")).constData()) == 0);
    QVERIFY(::symlink("/etc/passwd", QFile::encodeName(root + QStringLiteral("/a2/b1/c1/passwd")).constData()) == 0);
    QVERIFY(::symlink("../../../../..", QFile::encodeName(root + QStringLiteral("/a2/b3/up")).constData()) == 0);
    QVERIFY(::symlink("b0", QFile::encodeName(root + QStringLiteral("/a1/b0-again")).constData()) == 0);
    write(root + QStringLiteral("/a0/b0/c2/") + QString::fromLatin1("caf\xe9.html"));  // written as UTF-8: included
    const QByteArray latin1 = QFile::encodeName(root + QStringLiteral("/a1/b3/")) + "caf\xe9-latin1.html";
    {
        const int fd = ::open(latin1.constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
    }
    // QTemporaryDir cannot remove a name that is not UTF-8.
    const auto removeLatin1 = qScopeGuard([&] { ::unlink(latin1.constData()); });

    auto matcher = GlobMatcher::create({}, {});
    QVERIFY(matcher);
    const Walked one = walk(root, 1, matcher.value());
    QVERIFY(one.complete);
    QCOMPARE(int(one.files.size()), files + 1 /* index.html */ + 1 /* café */ + 2 /* links inside */);
    QCOMPARE(one.problems.temporaryFiles, qint64(2));
    QCOMPARE(one.problems.linksOutsideRoot, (std::vector<std::string>{"a2/b1/c1/passwd", "a2/b3/up"}));
    QCOMPARE(one.problems.otherSkipped.size(), std::size_t(1));  // the name that is not UTF-8
    QVERIFY(std::find(one.files.begin(), one.files.end(), "a1/b0-again -> b0") != one.files.end());

    const Walked many = walk(root, 3, matcher.value());
    QVERIFY(many.complete);
    QCOMPARE(many.files, one.files);
    QCOMPARE(many.problems.linksOutsideRoot, one.problems.linksOutsideRoot);
    QCOMPARE(many.problems.otherSkipped, one.problems.otherSkipped);
    QCOMPARE(many.problems.unreadableFolders, one.problems.unreadableFolders);
    QCOMPARE(many.problems.temporaryFiles, one.problems.temporaryFiles);
    QVERIFY2(many.threads.size() > 1, "the walk stayed on one thread");

    // A selection is honoured the same way on every thread.
    auto some = GlobMatcher::create({QStringLiteral("a1/**")}, {QStringLiteral("**/c2/**")});
    QVERIFY(some);
    const Walked selectedOne = walk(root, 1, some.value());
    const Walked selectedMany = walk(root, 3, some.value());
    QVERIFY(!selectedOne.files.empty());
    QCOMPARE(selectedMany.files, selectedOne.files);
}

void TestFileWalker::aCancelledWalkStops()
{
    test::TempHome home;
    const QString root = home.root() + QStringLiteral("/files");
    for (int a = 0; a < 8; ++a) {
        for (int f = 0; f < 50; ++f) {
            write(QStringLiteral("%1/a%2/b/f%3").arg(root).arg(a).arg(f));
        }
    }
    auto matcher = GlobMatcher::create({}, {});
    QVERIFY(matcher);
    const Walked stopped = walk(root, 3, matcher.value(), 10);
    QVERIFY(!stopped.complete);
    QVERIFY(stopped.files.size() < 400);
}

QTEST_GUILESS_MAIN(TestFileWalker)
#include "tst_filewalker.moc"
