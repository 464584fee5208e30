#pragma once
// Helpers for the security tests: the `openssl` command line as an independent witness, a
// byte-for-byte picture of a folder (to prove a refused import changed nothing), and programs run
// with something on their standard input.

#include "ProcessRunner.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ferry::test {

// Runs `openssl ARGS…`, feeding input to its standard input.
ProcessResult runOpenSsl(const QStringList& arguments, const QByteArray& input = {});
// Runs a built program with input on its standard input (then closed).
ProcessResult runWithInput(const QString& program, const QStringList& arguments, const QByteArray& input,
                           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
// Every file under folder (relative path → bytes), and every folder as an entry with its mode.
QMap<QString, QByteArray> snapshotFolder(const QString& folder);
// Writes bytes to path with mode 0600.
QString writeOwnerOnly(const QString& path, const QByteArray& bytes);
// The permission bits of path, e.g. 0600.
int fileMode(const QString& path);
// Whether the Secret Service can be used (the tests run in scripts/dev.sh's D-Bus session).
bool keychainAvailable();
// Every file under folder whose bytes contain needle.
QStringList filesContaining(const QString& folder, const QByteArray& needle);

} // namespace ferry::test
