#include "TempHome.h"

#include "home/Home.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace ferry::test {

TempHome::TempHome()
    : m_dir(QDir::tempPath() + QStringLiteral("/ferry-test-XXXXXX"))
{
}

QString TempHome::makeFolder(const QString& name) const
{
    const QString path = root() + QLatin1Char('/') + name;
    QDir().mkpath(path);
    return path;
}

QString TempHome::writeFile(const QString& relativePath, const QByteArray& bytes) const
{
    const QString path = root() + QLatin1Char('/') + relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write test file %s", qPrintable(path));
    }
    return path;
}

std::unique_ptr<StateStore> TempHome::openStore() const
{
    auto home = Home::open(homePath());
    if (!home) {
        qFatal("cannot open test home: %s", qPrintable(home.errorMessage()));
    }
    auto store = StateStore::open(home->stateDatabasePath());
    if (!store) {
        qFatal("cannot open test store: %s", qPrintable(store.errorMessage()));
    }
    return std::move(store).value();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace ferry::test
