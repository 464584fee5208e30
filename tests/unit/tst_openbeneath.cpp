// openBeneath: a file or folder below a root opened in one openat2 where the kernel has it, with
// the same outcome as opening it step by step: the same file, never through a link wherever the
// link is, never out by "..", and the same errno when refused (callers tell a link from a missing
// file by it). The one call alone refuses everything the walk refuses.

#include "TempHome.h"
#include "site/OpenBeneath.h"

#include <QFile>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ferry;

class TestOpenBeneath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameOutcomeEitherWay_data();
    void sameOutcomeEitherWay();
    void theKernelOpensAtOnce();

private:
    test::TempHome m_home;
    QString m_root;
    int m_rootFd = -1;
    bool m_kernelOpensAtOnce = false;
};

void TestOpenBeneath::initTestCase()
{
    m_root = m_home.makeFolder(QStringLiteral("root"));
    const QString outside = m_home.makeFolder(QStringLiteral("outside"));
    m_home.writeFile(QStringLiteral("root/a/b/page.html"), "inside");
    m_home.writeFile(QStringLiteral("outside/secret.txt"), "outside");
    QVERIFY(QFile::link(m_root + QStringLiteral("/a/b/page.html"), m_root + QStringLiteral("/a/page-link.html")));
    QVERIFY(QFile::link(m_root + QStringLiteral("/a/b"), m_root + QStringLiteral("/folder-link")));
    QVERIFY(QFile::link(outside, m_root + QStringLiteral("/a/out")));
    // Relative links that stay inside the root: openat2 would follow these but for
    // RESOLVE_NO_SYMLINKS (it refuses absolute ones under RESOLVE_BENEATH anyway).
    QCOMPARE(::symlink("b/page.html", QFile::encodeName(m_root + QStringLiteral("/a/relative-page-link.html")).constData()), 0);
    QCOMPARE(::symlink("a/b", QFile::encodeName(m_root + QStringLiteral("/relative-folder-link")).constData()), 0);
    m_rootFd = ::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    QVERIFY(m_rootFd >= 0);
    const int probe = openBeneathAtOnce(m_rootFd, "a/b/page.html", false);
    m_kernelOpensAtOnce = probe >= 0;
    if (probe >= 0) {
        ::close(probe);
    }
}

void TestOpenBeneath::cleanupTestCase()
{
    ::close(m_rootFd);
}

void TestOpenBeneath::sameOutcomeEitherWay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("folder");
    QTest::addColumn<QByteArray>("content");  // what the file opened holds; empty: a folder
    QTest::addColumn<int>("error");           // 0: opened

    QTest::newRow("a file") << "a/b/page.html" << false << QByteArray("inside") << 0;
    QTest::newRow("a folder") << "a/b" << true << QByteArray() << 0;
    QTest::newRow("a folder at the top") << "a" << true << QByteArray() << 0;
    QTest::newRow("a link to a file inside") << "a/page-link.html" << false << QByteArray() << ELOOP;
    QTest::newRow("a relative link to a file inside") << "a/relative-page-link.html" << false << QByteArray() << ELOOP;
    QTest::newRow("through a relative link inside") << "relative-folder-link/page.html" << false << QByteArray() << ENOTDIR;
    // A link opened as a folder with O_NOFOLLOW is "not a folder" to the kernel.
    QTest::newRow("through a link to a folder inside") << "folder-link/page.html" << false << QByteArray() << ENOTDIR;
    QTest::newRow("a link to a folder, as a folder") << "folder-link" << true << QByteArray() << ENOTDIR;
    QTest::newRow("through a link out of the root") << "a/out/secret.txt" << false << QByteArray() << ENOTDIR;
    QTest::newRow("missing") << "a/b/gone.html" << false << QByteArray() << ENOENT;
    QTest::newRow("missing folder on the way") << "a/gone/page.html" << false << QByteArray() << ENOENT;
    QTest::newRow("a file as a folder") << "a/b/page.html" << true << QByteArray() << ENOTDIR;
    QTest::newRow("through a file") << "a/b/page.html/x" << false << QByteArray() << ENOTDIR;
    QTest::newRow("out by ..") << "../outside/secret.txt" << false << QByteArray() << EXDEV;
    QTest::newRow("out and back in by ..") << "a/../a/b/page.html" << false << QByteArray() << EXDEV;
    QTest::newRow("an empty component") << "a//b" << true << QByteArray() << ENOENT;
    QTest::newRow("a trailing slash") << "a/b/" << true << QByteArray() << ENOENT;
    QTest::newRow("a leading slash") << "/a/b" << true << QByteArray() << ENOENT;
}

void TestOpenBeneath::sameOutcomeEitherWay()
{
    QFETCH(QString, path);
    QFETCH(bool, folder);
    QFETCH(QByteArray, content);
    QFETCH(int, error);
    const std::string relative = QFile::encodeName(path).toStdString();
    for (const auto open : {&openBeneath, &openBeneathStepwise}) {
        errno = 0;
        const int fd = open(m_rootFd, relative, folder);
        const int openError = errno;
        if (error != 0) {
            QCOMPARE(fd, -1);
            QCOMPARE(openError, error);
            continue;
        }
        QVERIFY2(fd >= 0, qPrintable(QString::number(openError)));
        struct stat opened {};
        struct stat expected {};
        QCOMPARE(::fstat(fd, &opened), 0);
        QCOMPARE(::stat(QFile::encodeName(m_root + QLatin1Char('/') + path).constData(), &expected), 0);
        QCOMPARE(opened.st_ino, expected.st_ino);
        if (!content.isEmpty()) {
            QByteArray read(64, '\0');
            const ssize_t got = ::read(fd, read.data(), std::size_t(read.size()));
            QCOMPARE(read.left(qsizetype(got)), content);
        }
        ::close(fd);
    }
    // The one call alone: whatever the walk refuses, it refuses too (with its own errno).
    const int atOnce = openBeneathAtOnce(m_rootFd, relative, folder);
    if (atOnce >= 0) {
        ::close(atOnce);
    }
    if (error != 0) {
        QCOMPARE(atOnce, -1);
    } else if (m_kernelOpensAtOnce) {
        QVERIFY(atOnce >= 0);
    }
}

void TestOpenBeneath::theKernelOpensAtOnce()
{
    // Every case above passes by the walk alone where openat2 is missing: say so, rather than
    // pass as if the one call had been checked.
    if (!m_kernelOpensAtOnce) {
        QSKIP("This kernel (or sandbox) has no openat2: only the walk step by step was checked.");
    }
}

QTEST_GUILESS_MAIN(TestOpenBeneath)
#include "tst_openbeneath.moc"
