#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "engine/util/worker_pool.h"

using crosscheck::util::WorkerPool;

TEST_CASE("WorkerPool runs every item of each batch exactly once, batch after batch", "[worker_pool]") {
  // The document phase: batches of unequal size (the last one short, one empty), each item writing
  // its own slot, the owner waiting before it hands over the next batch.
  WorkerPool pool(2);
  REQUIRE(pool.threads() == 2);
  const std::vector<std::string> titles = {"Остін провів розмову з Шойгу", "Шойгу позвонил Остину",
                                           "Austin spoke with Shoigu", "Colloquio tra Austin e Shoigu"};
  for (size_t n : {size_t{512}, size_t{0}, size_t{1}, size_t{513}, size_t{37}}) {
    std::vector<std::atomic<int>> calls(n);
    std::vector<size_t> lengths(n, 0);
    pool.Start(n, [&](size_t k) {
      calls[k].fetch_add(1);
      lengths[k] = titles[k % titles.size()].size();
    });
    pool.Wait();
    for (size_t k = 0; k < n; ++k) {
      CHECK(calls[k].load() == 1);
      CHECK(lengths[k] == titles[k % titles.size()].size());
    }
  }
  pool.Wait();  // a second Wait with nothing in flight returns at once
}

TEST_CASE("WorkerPool serves every batch from the same threads, so per-thread memos last the run", "[worker_pool]") {
  WorkerPool pool(2);
  std::mutex mu;
  std::set<std::thread::id> first, later;
  thread_local int seen_by_this_thread = 0;  // what a stage's thread_local memo would hold
  std::atomic<int> remembered{0};
  for (int batch = 0; batch < 20; ++batch) {
    pool.Start(64, [&](size_t) {
      if (seen_by_this_thread > 0) remembered.fetch_add(1);
      ++seen_by_this_thread;
      std::lock_guard<std::mutex> lock(mu);
      (batch == 0 ? first : later).insert(std::this_thread::get_id());
    });
    pool.Wait();
  }
  CHECK(first.count(std::this_thread::get_id()) == 0);  // the owner only hands out work
  CHECK(later.count(std::this_thread::get_id()) == 0);
  std::set<std::thread::id> all = first;
  all.insert(later.begin(), later.end());
  CHECK(all.size() <= 2);
  // Threads that die after each batch would start every batch from nothing: at most 2 of 64 items
  // per batch would find a memo empty, and none after the first batch.
  CHECK(remembered.load() >= 20 * 64 - 2);
}

TEST_CASE("WorkerPool's destructor waits for the batch in flight", "[worker_pool]") {
  std::vector<int> done(200, 0);
  {
    WorkerPool pool(3);
    pool.Start(done.size(), [&](size_t k) {
      std::this_thread::yield();
      done[k] = 1;
    });
  }
  for (int d : done) CHECK(d == 1);
}
