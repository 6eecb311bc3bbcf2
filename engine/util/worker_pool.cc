#include "engine/util/worker_pool.h"

#include <algorithm>
#include <utility>

namespace crosscheck::util {

WorkerPool::WorkerPool(int threads) {
  int n = std::max(threads, 1);
  workers_.reserve(static_cast<size_t>(n));
  for (int t = 0; t < n; ++t) workers_.emplace_back([this] { Work(); });
}

WorkerPool::~WorkerPool() {
  Wait();
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  for (auto& t : workers_) t.join();
}

void WorkerPool::Start(size_t n, std::function<void(size_t)> f) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    job_ = std::move(f);
    n_ = n;
    next_.store(0, std::memory_order_relaxed);
    busy_ = static_cast<int>(workers_.size());
    ++generation_;
  }
  wake_.notify_all();
}

void WorkerPool::Wait() {
  std::unique_lock<std::mutex> lock(mu_);
  done_.wait(lock, [this] { return busy_ == 0; });
  job_ = nullptr;  // release what the job captured
}

void WorkerPool::Work() {
  unsigned long seen = 0;
  for (;;) {
    std::function<void(size_t)>* job;
    size_t n;
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
      job = &job_;
      n = n_;
    }
    // job_ is not reassigned before every worker has left this generation (Start follows Wait).
    for (size_t k; (k = next_.fetch_add(1, std::memory_order_relaxed)) < n;) (*job)(k);
    bool last;
    {
      std::lock_guard<std::mutex> lock(mu_);
      last = --busy_ == 0;
    }
    if (last) done_.notify_all();
  }
}

}  // namespace crosscheck::util
