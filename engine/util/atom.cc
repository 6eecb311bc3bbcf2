// The process-wide pool behind crosscheck::Atom: a set of strings whose nodes never move, read under
// a shared lock and grown under an exclusive one. In front of it, each thread keeps the atoms it
// interned last in a small direct-mapped cache: the common case, a value the thread has seen (a
// side code, an office id, "name"), takes no lock and writes no cache line the document threads share.
#include "crosscheck/atom.h"

#include <mutex>
#include <ostream>
#include <shared_mutex>
#include <unordered_set>

#include "engine/util/hash.h"

namespace crosscheck {
namespace {

struct Eq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

struct Pool {
  std::shared_mutex mu;
  std::unordered_set<std::string, util::FastStringHash, Eq> values;
};

Pool& ThePool() {
  static Pool* pool = new Pool();  // never destroyed: atoms may outlive static destructors
  return *pool;
}

}  // namespace

const std::string& Atom::Empty() noexcept {
  static const std::string* empty = new std::string();
  return *empty;
}

const std::string* Atom::Intern(std::string_view s) {
  if (s.empty()) return &Empty();
  // Entries point into the pool, whose strings are never freed or moved: a stale entry is merely
  // replaced, never wrong. Constant-initialised, so the thread_local needs no guard.
  constexpr size_t kRecent = 256;
  thread_local const std::string* recent[kRecent] = {};
  const std::string*& hit = recent[util::FastHash(s) & (kRecent - 1)];
  if (hit && *hit == s) return hit;
  Pool& pool = ThePool();
  {
    std::shared_lock lock(pool.mu);
    auto it = pool.values.find(s);
    if (it != pool.values.end()) return hit = &*it;
  }
  std::unique_lock lock(pool.mu);
  return hit = &*pool.values.emplace(s).first;
}

std::ostream& operator<<(std::ostream& os, const Atom& a) { return os << a.view(); }

}  // namespace crosscheck
