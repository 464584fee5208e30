#pragma once
// Stable text keys for enums stored in state.db and printed by --json. The keys are part of the
// file format and the command-line contract: add new ones, never rename old ones.

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace ferry {

template<typename Enum, std::size_t N>
using EnumKeyTable = std::array<std::pair<Enum, const char*>, N>;

template<typename Enum, std::size_t N>
QString enumKey(const EnumKeyTable<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const EnumKeyTable<Enum, N>& table, const QString& key)
{
    for (const auto& [candidate, text] : table) {
        if (key == QLatin1String(text)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace ferry
