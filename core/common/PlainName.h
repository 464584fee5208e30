#pragma once
// The one rule for names that appear in agent URLs and file names (sites, relationships,
// profiles): 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or a
// digit.

#include <QRegularExpression>
#include <QString>

namespace ferry {

inline constexpr int maxPlainNameLength = 64;

inline bool isPlainName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace ferry
