#pragma once
// A throwaway Ferry home for a test, with helpers to make site folders and open its store.

#include "store/StateStore.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ferry::test {

class TempHome
{
public:
    TempHome();

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString homePath() const { return m_dir.path() + QStringLiteral("/home"); }
    QString stateDatabasePath() const { return homePath() + QStringLiteral("/state.db"); }

    // Creates root/name (and parents) and returns its path.
    QString makeFolder(const QString& name) const;
    // Writes bytes to root/relativePath, creating parent folders.
    QString writeFile(const QString& relativePath, const QByteArray& bytes) const;

    // Opens the home's store, failing the current test if it cannot.
    std::unique_ptr<StateStore> openStore() const;

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString& path);

} // namespace ferry::test
