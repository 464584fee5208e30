#pragma once
// A path from the wire that is safe to join to a files root: relative, '/'-separated, inside the
// root by construction. parse() refuses what could reach outside it or confuse a file system:
// absolute paths, drive letters, "..", ".", empty components, backslashes, NUL, invalid UTF-8,
// and paths too long or too deep. Links out of the root are a property of the disk, not of the
// text, and are refused where files are opened (never followed).

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ferry {

class RelativePath
{
    Q_DECLARE_TR_FUNCTIONS(RelativePath)

public:
    static Result<RelativePath> parse(const QString& text);
    // From UTF-8 bytes off the wire: invalid UTF-8 is refused rather than replaced.
    static Result<RelativePath> parseUtf8(const QByteArray& bytes);

    const QString& text() const { return m_text; }
    bool operator==(const RelativePath&) const = default;

private:
    explicit RelativePath(QString text)
        : m_text(std::move(text))
    {
    }

    QString m_text;
};

} // namespace ferry
