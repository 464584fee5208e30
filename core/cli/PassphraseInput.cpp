#include "PassphraseInput.h"

#include "security/KeyFile.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ferry::cli {

QString PassphraseInput::helpText()
{
    return tr("Passphrases are never taken as an argument (it would show in ps and in the shell history): they come\n"
              "from --passphrase-file FILE (readable by its owner only: chmod 600 FILE), else from the first line\n"
              "of standard input when it is not a terminal, else from a prompt with echo off.\n");
}

QByteArray PassphraseInput::readLine(bool echo)
{
    termios saved{};
    const bool terminal = !echo && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
        line.append(c);
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return line;
}

Result<QByteArray> PassphraseInput::read(const QString& passphraseFile, const QString& prompt, bool confirm,
                                         QTextStream& err)
{
    if (!passphraseFile.isEmpty()) {
        return KeyFile::readPassphrase(passphraseFile);
    }
    if (!::isatty(STDIN_FILENO)) {
        QByteArray line = readLine(true);
        if (line.isEmpty()) {
            return fail(tr("No passphrase was given: use --passphrase-file FILE, or write it to standard input."));
        }
        return line;
    }
    err << prompt << ' ' << Qt::flush;
    const QByteArray first = readLine(false);
    if (first.isEmpty()) {
        return fail(tr("No passphrase was given."));
    }
    if (confirm) {
        err << tr("Repeat the passphrase:") << ' ' << Qt::flush;
        if (readLine(false) != first) {
            return fail(tr("The two passphrases differ; nothing was written."));
        }
    }
    return first;
}

} // namespace ferry::cli
