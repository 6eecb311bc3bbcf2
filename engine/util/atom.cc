// The process-wide pool behind crosscheck::Atom: a set of strings whose nodes never move, read under
// a shared lock (the common case: the value is already there) and grown under an exclusive one.
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
  Pool& pool = ThePool();
  {
    std::shared_lock lock(pool.mu);
    auto it = pool.values.find(s);
    if (it != pool.values.end()) return &*it;
  }
  std::unique_lock lock(pool.mu);
  return &*pool.values.emplace(s).first;
}

std::ostream& operator<<(std::ostream& os, const Atom& a) { return os << a.view(); }

}  // namespace crosscheck
