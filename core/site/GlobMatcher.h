#pragma once
// Include and exclude patterns over paths relative to a files root, as profiles and scans use
// them. A pattern with no '/' matches a file or folder name at any depth ("*.tmp", "cache");
// one with a '/' matches the whole relative path ("assets/**/*.css"). '*' and '?' stay within
// one path segment; '**' crosses segments. An excluded folder is not walked into.

#include "common/Result.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace ferry {

class GlobMatcher
{
    Q_DECLARE_TR_FUNCTIONS(GlobMatcher)

public:
    GlobMatcher() = default;  // includes everything, excludes nothing

    static Result<GlobMatcher> create(const QStringList& includes, const QStringList& excludes);

    // Whether a file at relativePath belongs to the selection.
    bool includesFile(const QString& relativePath) const;
    // Whether a folder should be walked into: false only when an exclude matches it.
    bool entersFolder(const QString& relativePath) const;
    // No patterns at all: every file is included (lets the walker skip matching).
    bool matchesEverything() const { return m_includes.empty() && m_excludes.empty(); }

private:
    static Result<QRegularExpression> compile(const QString& pattern);
    static bool anyMatches(const std::vector<QRegularExpression>& patterns, const QString& path);

    std::vector<QRegularExpression> m_includes;
    std::vector<QRegularExpression> m_excludes;
};

} // namespace ferry
