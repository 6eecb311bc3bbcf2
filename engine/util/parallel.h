// ForEachIndex: the run's one way of spreading independent work items over threads. Items are
// handed out one at a time from a shared counter, so which thread runs which item depends on
// timing: callers write each item's result to its own slot and merge in index order, so that
// nothing they output depends on the thread count.
#ifndef CROSSCHECK_ENGINE_UTIL_PARALLEL_H_
#define CROSSCHECK_ENGINE_UTIL_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace crosscheck::util {

// Calls f(k) for every k < n, on up to `threads` threads (the calling one included; never more
// threads than items). Returns when every call has returned.
template <typename F>
void ForEachIndex(size_t n, int threads, F&& f) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < n;) f(k);
  };
  std::vector<std::thread> pool;
  int extra = static_cast<int>(std::min<size_t>(std::max(threads, 1), n)) - 1;
  for (int t = 0; t < extra; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_PARALLEL_H_
