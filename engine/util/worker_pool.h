// WorkerPool: a fixed set of threads that live as long as the pool and run one job at a time, a job
// being f(k) for every k < n. The document phase hands the pool one batch after another while the
// calling thread reads the next batch; because the same threads serve every batch, what a stage
// remembers per thread (thread_local memos of furniture lines, surnames, folded keys) lasts the
// whole run instead of one batch.
//
// Items are handed out one at a time from a shared counter, so which thread runs which item depends
// on timing: as with ForEachIndex, callers write each item's result to its own slot and merge in
// index order, so that nothing they output depends on the thread count.
//
// Not thread-safe itself: one owner calls Start and Wait, alternately.
#ifndef CROSSCHECK_ENGINE_UTIL_WORKER_POOL_H_
#define CROSSCHECK_ENGINE_UTIL_WORKER_POOL_H_

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace crosscheck::util {

class WorkerPool {
 public:
  // Starts `threads` worker threads (at least one).
  explicit WorkerPool(int threads);
  // Waits for the job in progress, if any, then stops and joins the workers.
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  int threads() const { return static_cast<int>(workers_.size()); }

  // Begins a job: the workers call f(k) for every k < n, then go idle. Returns at once. The caller
  // must Wait() before starting another job; f must stay callable until Wait() returns.
  void Start(size_t n, std::function<void(size_t)> f);
  // Blocks until every call of the current job has returned (at once if there is none).
  void Wait();

 private:
  void Work();

  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable wake_;  // workers: a new job, or stop
  std::condition_variable done_;  // owner: the last worker left the job
  std::function<void(size_t)> job_;
  size_t n_ = 0;
  std::atomic<size_t> next_{0};
  unsigned long generation_ = 0;  // counts jobs started; a worker joins each generation once
  int busy_ = 0;                  // workers still inside the current job
  bool stop_ = false;
};

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_WORKER_POOL_H_
