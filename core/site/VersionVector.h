#pragma once
// A version vector: for each site that changed an item, how many changes it made. Comparing two
// vectors tells whether one side's version includes the other's (fast-forward) or whether both
// changed the item independently (a conflict). Wall clocks never decide this.

#include <QByteArray>
#include <QUuid>

#include <optional>
#include <utility>
#include <vector>

namespace ferry {

class VersionVector
{
public:
    enum class Order { Equal, Dominates, Dominated, Concurrent };

    VersionVector() = default;

    quint64 counter(const QUuid& site) const;
    void set(const QUuid& site, quint64 counter);
    // One more local change by site.
    void bump(const QUuid& site);
    // The least vector that includes both: what a site knows after taking the other's version.
    void merge(const VersionVector& other);

    Order compare(const VersionVector& other) const;
    bool isEmpty() const { return m_entries.empty(); }
    std::size_t size() const { return m_entries.size(); }

    // Compact, canonical text form "uuid:counter,uuid:counter" sorted by site, for storage and the wire.
    QByteArray toText() const;
    static std::optional<VersionVector> fromText(const QByteArray& text);

    bool operator==(const VersionVector& other) const = default;

private:
    std::vector<std::pair<QUuid, quint64>> m_entries;  // sorted by site, counters > 0
};

} // namespace ferry
