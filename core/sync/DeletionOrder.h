#pragma once
// The order an apply batch's items go in: file deletions after the content they travel with,
// unless a deletion clears the way for it.

#include "net/ApplyBatch.h"

#include <utility>
#include <vector>

namespace ferry {

// applies: (plan index, item), reordered in place, stable otherwise.
void putDeletionsLast(std::vector<std::pair<std::size_t, ApplyItem>>& applies);

} // namespace ferry
