#pragma once
// Files that hold key material (private keys, passphrase files) and the atomic writes of the
// trust store. A key file is only trusted when nobody but its owner can read or write it: a
// headless agent, which has no keychain, refuses a looser file and says how to fix it.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ferry {

class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    // Refuses a file that group or others may read or write (anything looser than 0600).
    static Result<void> checkPermissions(const QString& path, const QString& what);
    // Reads a key file after checking its permissions.
    static Result<QByteArray> readPrivate(const QString& path, const QString& what);
    // Reads a passphrase file: its first line, without the line end. Same permission rule.
    static Result<QByteArray> readPassphrase(const QString& path);

    // Writes bytes to path atomically, readable by the owner only (0600) from the first byte.
    static Result<void> writePrivate(const QString& path, const QByteArray& bytes);
    // Writes bytes to path atomically, readable by everyone (0644): certificates, trust lists.
    static Result<void> writePublic(const QString& path, const QByteArray& bytes);
    // Creates a folder (and parents) readable by the owner only.
    static Result<void> makePrivateFolder(const QString& path);

    static QByteArray readFile(const QString& path, QString* error);
};

} // namespace ferry
