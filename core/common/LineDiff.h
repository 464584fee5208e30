#pragma once
// A line diff for the conflict review: which lines only the local side has, which only the remote
// side has, and which both share, in order. Longest common subsequence over the lines left once
// the common head and tail are set aside; past a size where that table would be too large, the
// middle is shown as replaced, which is still a correct (if not the shortest) diff.

#include <QStringList>

#include <vector>

namespace ferry {

struct DiffLine {
    enum class Kind { Same, LocalOnly, RemoteOnly };
    Kind kind = Kind::Same;
    int localLine = 0; // 1-based; 0 when the line is not on that side
    int remoteLine = 0;
    QString text;

    bool operator==(const DiffLine&) const = default;
};

class LineDiff
{
public:
    static constexpr qint64 maxTableCells = 4'000'000;

    static std::vector<DiffLine> compare(const QStringList& local, const QStringList& remote);
    // Splits text at \n (a trailing newline ends the last line; it does not start another).
    static QStringList lines(const QString& text);
};

} // namespace ferry
