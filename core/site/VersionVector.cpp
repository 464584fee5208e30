#include "VersionVector.h"

#include <QList>

#include <algorithm>

namespace ferry {
namespace {

auto bySite = [](const std::pair<QUuid, quint64>& entry, const QUuid& site) { return entry.first < site; };

} // namespace

quint64 VersionVector::counter(const QUuid& site) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), site, bySite);
    return it != m_entries.end() && it->first == site ? it->second : 0;
}

void VersionVector::set(const QUuid& site, quint64 value)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), site, bySite);
    if (it != m_entries.end() && it->first == site) {
        if (value == 0) {
            m_entries.erase(it);
        } else {
            it->second = value;
        }
    } else if (value > 0) {
        m_entries.insert(it, {site, value});
    }
}

void VersionVector::bump(const QUuid& site)
{
    set(site, counter(site) + 1);
}

void VersionVector::merge(const VersionVector& other)
{
    for (const auto& [site, value] : other.m_entries) {
        if (value > counter(site)) {
            set(site, value);
        }
    }
}

VersionVector::Order VersionVector::compare(const VersionVector& other) const
{
    bool ahead = false;   // this has a change other lacks
    bool behind = false;  // other has a change this lacks
    auto a = m_entries.begin();
    auto b = other.m_entries.begin();
    while (a != m_entries.end() || b != other.m_entries.end()) {
        if (b == other.m_entries.end() || (a != m_entries.end() && a->first < b->first)) {
            ahead = true;
            ++a;
        } else if (a == m_entries.end() || b->first < a->first) {
            behind = true;
            ++b;
        } else {
            ahead = ahead || a->second > b->second;
            behind = behind || a->second < b->second;
            ++a;
            ++b;
        }
    }
    if (ahead && behind) {
        return Order::Concurrent;
    }
    return ahead ? Order::Dominates : behind ? Order::Dominated : Order::Equal;
}

QByteArray VersionVector::toText() const
{
    QByteArray text;
    for (const auto& [site, value] : m_entries) {
        if (!text.isEmpty()) {
            text += ',';
        }
        text += site.toByteArray(QUuid::WithoutBraces) + ':' + QByteArray::number(value);
    }
    return text;
}

std::optional<VersionVector> VersionVector::fromText(const QByteArray& text)
{
    VersionVector vector;
    if (text.isEmpty()) {
        return vector;
    }
    QUuid previous;
    for (const QByteArray& part : text.split(',')) {
        const qsizetype colon = part.indexOf(':');
        if (colon <= 0) {
            return std::nullopt;
        }
        const QUuid site = QUuid::fromString(QLatin1String(part.left(colon)));
        bool ok = false;
        const quint64 value = part.mid(colon + 1).toULongLong(&ok);
        // Canonical form only: sorted, no duplicates, no zero counters.
        if (site.isNull() || !ok || value == 0 || (!previous.isNull() && !(previous < site))) {
            return std::nullopt;
        }
        vector.m_entries.emplace_back(site, value);
        previous = site;
    }
    return vector;
}

} // namespace ferry
