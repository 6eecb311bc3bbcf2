// KeyTable<V>: a growing map from string keys to V for the per-thread memos of the hot path (the
// phrase matcher's key lookup, the entity tagger's surname answers). Keys are placed by open
// addressing on a 64-bit hash (util::FastHash; analyse::KeyHash for token keys: one kind per table),
// which the caller computes once and passes in; each slot keeps the hash's upper half, so a probe
// compares key bytes only on a likely hit. Entries live in one flat list in insertion order,
// addressed by index; the slots double when half full. No removal: Clear() empties it (a memo
// bounds itself by clearing when full).
#ifndef CROSSCHECK_ENGINE_UTIL_KEY_TABLE_H_
#define CROSSCHECK_ENGINE_UTIL_KEY_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/util/hash.h"

namespace crosscheck::util {

template <typename V>
class KeyTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Entry {
    std::string key;
    uint64_t hash;
    V value;
  };

  // `first_slots` (a power of two) is the slot count after construction and after Clear().
  explicit KeyTable(size_t first_slots) : first_slots_(first_slots), slots_(first_slots) {}

  size_t size() const { return entries_.size(); }
  void Clear() {
    entries_.clear();
    slots_.assign(first_slots_, Slot{});
  }
  // The index of `key` (whose hash is h), or kNone with *empty the free slot where it would go.
  uint32_t Find(std::string_view key, uint64_t h, size_t* empty) const { return view().Find(key, h, empty); }

 private:
  struct Slot {
    uint32_t tag = 0;    // the hash's upper half
    uint32_t entry = 0;  // index into entries_ + 1; 0: empty
  };

 public:
  // The table as it stands, for a run of Finds: valid until the next Add or Clear. Its Find is the
  // table's, with the lists' addresses and the mask in locals (a loop of Finds need not reload
  // them from the table after each store it makes elsewhere).
  class View {
   public:
    uint32_t Find(std::string_view key, uint64_t h, size_t* empty) const {
      const uint32_t tag = static_cast<uint32_t>(h >> 32);
      for (size_t i = h & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.entry == 0) {
          *empty = i;
          return kNone;
        }
        if (s.tag == tag && SameBytes(entries_[s.entry - 1].key, key)) return s.entry - 1;
      }
    }
    const Entry& at(uint32_t index) const { return entries_[index]; }

   private:
    friend class KeyTable;
    const Slot* slots_;
    size_t mask_;
    const Entry* entries_;
  };
  View view() const {
    View v;
    v.slots_ = slots_.data();
    v.mask_ = slots_.size() - 1;
    v.entries_ = entries_.data();
    return v;
  }
  // Adds `key` (which Find did not find, giving `empty`) with its value; returns its index.
  uint32_t Add(std::string_view key, uint64_t h, size_t empty, V value) {
    entries_.push_back({std::string(key), h, std::move(value)});
    const uint32_t index = static_cast<uint32_t>(entries_.size() - 1);
    if (2 * entries_.size() > slots_.size()) {
      slots_.assign(2 * slots_.size(), Slot{});
      for (uint32_t e = 0; e < entries_.size(); ++e) Place(entries_[e].hash, e);
    } else {
      slots_[empty] = {static_cast<uint32_t>(h >> 32), index + 1};
    }
    return index;
  }
  const Entry& at(uint32_t index) const { return entries_[index]; }

 private:
  void Place(uint64_t h, uint32_t e) {
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    slots_[i] = {static_cast<uint32_t>(h >> 32), e + 1};
  }

  size_t first_slots_;
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
};

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_KEY_TABLE_H_
