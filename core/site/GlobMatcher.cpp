#include "GlobMatcher.h"

namespace ferry {

Result<QRegularExpression> GlobMatcher::compile(const QString& pattern)
{
    QString glob = pattern.trimmed();
    if (glob.isEmpty()) {
        return fail(tr("An empty pattern matches nothing; leave it out."));
    }
    if (glob.startsWith(QLatin1Char('/'))) {
        glob.remove(0, 1);  // "/assets" means assets at the root
    } else if (!glob.contains(QLatin1Char('/'))) {
        glob.prepend(QLatin1String("**/"));  // a bare name matches at any depth
    }
    if (glob.endsWith(QLatin1Char('/'))) {
        glob.chop(1);
    }
    QString regex;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < glob.size() && glob.at(i + 1) == QLatin1Char('*')) {
                const bool slashFollows = i + 2 < glob.size() && glob.at(i + 2) == QLatin1Char('/');
                regex += slashFollows ? QLatin1String("(?:.*/)?") : QLatin1String(".*");
                i += slashFollows ? 2 : 1;
            } else {
                regex += QLatin1String("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            regex += QLatin1String("[^/]");
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = glob.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0) {
                return fail(tr("The pattern '%1' has a '[' without its ']'.").arg(pattern));
            }
            QString set = glob.mid(i + 1, close - i - 1);
            if (set.startsWith(QLatin1Char('!'))) {
                set[0] = QLatin1Char('^');
            }
            regex += QLatin1Char('[') + set.replace(QLatin1Char('\\'), QLatin1String("\\\\")) + QLatin1Char(']');
            i = close;
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    // A pattern matches the path itself or anything below it ("cache" excludes cache/a/b).
    QRegularExpression compiled(QLatin1String("^") + regex + QLatin1String("(?:/.*)?$"));
    if (!compiled.isValid()) {
        return fail(tr("The pattern '%1' is not valid (%2).").arg(pattern, compiled.errorString()));
    }
    compiled.optimize();
    return compiled;
}

Result<GlobMatcher> GlobMatcher::create(const QStringList& includes, const QStringList& excludes)
{
    GlobMatcher matcher;
    for (const QString& pattern : includes) {
        auto compiled = compile(pattern);
        if (!compiled) {
            return compiled.error();
        }
        matcher.m_includes.push_back(compiled.value());
    }
    for (const QString& pattern : excludes) {
        auto compiled = compile(pattern);
        if (!compiled) {
            return compiled.error();
        }
        matcher.m_excludes.push_back(compiled.value());
    }
    return matcher;
}

bool GlobMatcher::anyMatches(const std::vector<QRegularExpression>& patterns, const QString& path)
{
    return std::any_of(patterns.begin(), patterns.end(),
                       [&path](const QRegularExpression& p) { return p.match(path).hasMatch(); });
}

bool GlobMatcher::includesFile(const QString& relativePath) const
{
    if (anyMatches(m_excludes, relativePath)) {
        return false;
    }
    return m_includes.empty() || anyMatches(m_includes, relativePath);
}

bool GlobMatcher::entersFolder(const QString& relativePath) const
{
    return !anyMatches(m_excludes, relativePath);
}

} // namespace ferry
