#include "LineDiff.h"

#include <algorithm>

namespace ferry {

QStringList LineDiff::lines(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QStringList result = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n'))) {
        result.removeLast();
    }
    for (QString& line : result) {
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
    }
    return result;
}

std::vector<DiffLine> LineDiff::compare(const QStringList& local, const QStringList& remote)
{
    const int n = int(local.size());
    const int m = int(remote.size());
    int head = 0;
    while (head < n && head < m && local[head] == remote[head]) {
        ++head;
    }
    int tail = 0;
    while (tail < n - head && tail < m - head && local[n - 1 - tail] == remote[m - 1 - tail]) {
        ++tail;
    }
    const int a = n - head - tail; // the middle of each side
    const int b = m - head - tail;

    std::vector<DiffLine> out;
    out.reserve(std::size_t(std::max(n, m)) + 8);
    for (int i = 0; i < head; ++i) {
        out.push_back({ DiffLine::Kind::Same, i + 1, i + 1, local[i] });
    }
    auto localOnly = [&](int i) { out.push_back({ DiffLine::Kind::LocalOnly, head + i + 1, 0, local[head + i] }); };
    auto remoteOnly = [&](int j) { out.push_back({ DiffLine::Kind::RemoteOnly, 0, head + j + 1, remote[head + j] }); };

    if (qint64(a + 1) * qint64(b + 1) > maxTableCells) {
        for (int i = 0; i < a; ++i) {
            localOnly(i);
        }
        for (int j = 0; j < b; ++j) {
            remoteOnly(j);
        }
    } else {
        // lcs[i][j]: the longest common subsequence of the middles' suffixes from i and j.
        std::vector<int> lcs(std::size_t(a + 1) * std::size_t(b + 1), 0);
        auto at = [&](int i, int j) -> int& { return lcs[std::size_t(i) * std::size_t(b + 1) + std::size_t(j)]; };
        for (int i = a - 1; i >= 0; --i) {
            for (int j = b - 1; j >= 0; --j) {
                at(i, j)
                    = local[head + i] == remote[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0;
        int j = 0;
        while (i < a || j < b) {
            if (i < a && j < b && local[head + i] == remote[head + j]) {
                out.push_back({ DiffLine::Kind::Same, head + i + 1, head + j + 1, local[head + i] });
                ++i;
                ++j;
            } else if (j >= b || (i < a && at(i + 1, j) >= at(i, j + 1))) {
                localOnly(i++);
            } else {
                remoteOnly(j++);
            }
        }
    }
    for (int k = tail; k > 0; --k) {
        out.push_back({ DiffLine::Kind::Same, n - k + 1, m - k + 1, local[n - k] });
    }
    return out;
}

} // namespace ferry
