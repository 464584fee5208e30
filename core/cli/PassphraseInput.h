#pragma once
// Where ferryctl gets a passphrase from, since a command-line value would show in `ps` and in
// the shell's history: --passphrase-file FILE (0600), else standard input when it is not a
// terminal (its first line), else a prompt on the terminal with echo off.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTextStream>

namespace ferry::cli {

class PassphraseInput
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseInput)

public:
    // confirm: on a terminal, ask twice and insist that both agree (for a new passphrase).
    static Result<QByteArray> read(const QString& passphraseFile, const QString& prompt, bool confirm, QTextStream& err);

    // The line for --help.
    static QString helpText();

private:
    static QByteArray readLine(bool echo);
};

} // namespace ferry::cli
