#pragma once
// A stable partition for large vectors of large items where one side is small: the deletions of
// a plan of 110,000 items, say. std::stable_partition moves every item through a buffer as large
// as the vector (tens of MB for a plan, every page of it faulted in) even when nothing needs to
// move; this leaves a partitioned vector alone, and otherwise moves the smaller side out into a
// buffer of its own size, packs the larger side in place and puts the smaller one back.
// The result is exactly std::stable_partition's; pred is asked once per item.

#include <algorithm>
#include <cstddef>
#include <vector>

namespace ferry {

template <typename T, typename Pred>
void stablePartitionFew(std::vector<T>& items, Pred pred)
{
    std::vector<char> front;  // pred(items[i]), asked before anything moves
    front.reserve(items.size());
    std::size_t frontCount = 0;
    for (const T& item : items) {
        const bool in = bool(pred(item));
        front.push_back(char(in));
        frontCount += in ? 1 : 0;
    }
    if (std::is_partitioned(front.begin(), front.end(), [](char in) { return in != 0; })) {
        return;
    }
    const std::size_t size = items.size();
    std::vector<T> aside;
    if (frontCount <= size - frontCount) {
        // The front side is the smaller: set it aside, pack the rest towards the back from the
        // end (keeping their order), then put it back at the front.
        aside.reserve(frontCount);
        std::size_t write = size;
        for (std::size_t i = size; i-- > 0;) {
            if (front[i] != 0) {
                aside.push_back(std::move(items[i]));
            } else if (--write != i) {
                items[write] = std::move(items[i]);
            }
        }
        std::move(aside.rbegin(), aside.rend(), items.begin());
    } else {
        aside.reserve(size - frontCount);
        std::size_t write = 0;
        for (std::size_t i = 0; i < size; ++i) {
            if (front[i] == 0) {
                aside.push_back(std::move(items[i]));
            } else {
                if (write != i) {
                    items[write] = std::move(items[i]);
                }
                ++write;
            }
        }
        std::move(aside.begin(), aside.end(), items.begin() + std::ptrdiff_t(write));
    }
}

} // namespace ferry
