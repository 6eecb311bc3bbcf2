// ViewIndex: distinct strings by text, numbered from 0 in order of first insertion, for indexes
// built once over a run's ids and names (document ids, outlet keys). Keys are views: the strings
// must outlive the index. Open addressing on util::FastHash, sized once for at most `max_keys`
// keys (never more than half full, so never rehashed); each slot is the key's number (4 bytes).
// std::unordered_map<std::string_view, ...> hashed each key with MurmurHash and allocated a node
// per key: most of the time of the indexes it replaced at 100k documents.
#ifndef CROSSCHECK_ENGINE_UTIL_VIEW_INDEX_H_
#define CROSSCHECK_ENGINE_UTIL_VIEW_INDEX_H_

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/util/hash.h"

namespace crosscheck::util {

class ViewIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  explicit ViewIndex(size_t max_keys) {
    while ((size_t{1} << bits_) < 2 * max_keys) ++bits_;
    slots_.assign(size_t{1} << bits_, kNone);
  }
  // The number of `s`; *fresh: whether it was not there before (it is then numbered size() - 1).
  // At most max_keys distinct keys.
  uint32_t Insert(std::string_view s, bool* fresh) {
    const uint64_t h = FastHash(s);
    const size_t mask = slots_.size() - 1;
    for (size_t i = Home(h);; i = (i + 1) & mask) {
      const uint32_t k = slots_[i];
      if (k == kNone) {
        assert(2 * keys_.size() < slots_.size());
        slots_[i] = static_cast<uint32_t>(keys_.size());
        keys_.push_back({h, s});
        *fresh = true;
        return slots_[i];
      }
      if (keys_[k].hash == h && SameBytes(keys_[k].text, s)) {
        *fresh = false;
        return k;
      }
    }
  }
  // The number of `s`, kNone when it was never inserted.
  uint32_t Find(std::string_view s) const {
    const uint64_t h = FastHash(s);
    const size_t mask = slots_.size() - 1;
    for (size_t i = Home(h);; i = (i + 1) & mask) {
      const uint32_t k = slots_[i];
      if (k == kNone || (keys_[k].hash == h && SameBytes(keys_[k].text, s))) return k;
    }
  }
  size_t size() const { return keys_.size(); }

 private:
  struct Key {
    uint64_t hash;
    std::string_view text;
  };
  // The top bits of the hash spread by a multiply (FastHash's low bits alone cluster similar keys).
  size_t Home(uint64_t h) const { return static_cast<size_t>((h * 0x9E3779B97F4A7C15ULL) >> (64 - bits_)); }

  int bits_ = 4;
  std::vector<uint32_t> slots_;
  std::vector<Key> keys_;
};

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_VIEW_INDEX_H_
