// StableSortTail: std::stable_sort for the tail of a vector of large elements (mentions carry several
// strings). A tail already in order is left alone; otherwise indices are sorted and each element is
// moved twice (once when the tail is the whole vector), instead of the O(n log n) moves of a merge
// sort. The order is std::stable_sort's exactly: `less` is a strict weak order, equal elements keep
// their relative order.
#ifndef CROSSCHECK_ENGINE_TAG_STABLE_ORDER_H_
#define CROSSCHECK_ENGINE_TAG_STABLE_ORDER_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <vector>

namespace crosscheck::tag {

// Sorts (*v)[from, end) as std::stable_sort(v->begin() + from, v->end(), less) would.
template <typename T, typename Less>
void StableSortTail(std::vector<T>* v, size_t from, Less less) {
  if (v->size() < from + 2) return;
  const auto first = v->begin() + static_cast<std::ptrdiff_t>(from);
  if (std::is_sorted(first, v->end(), less)) return;
  std::vector<uint32_t> order(v->size() - from);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return less(first[a], first[b]); });
  std::vector<T> sorted;
  sorted.reserve(order.size());
  for (uint32_t i : order) sorted.push_back(std::move(first[i]));
  if (from == 0) {
    v->swap(sorted);  // the whole vector was sorted: no second move
    return;
  }
  std::move(sorted.begin(), sorted.end(), first);
}

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_STABLE_ORDER_H_
