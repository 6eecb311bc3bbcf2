// A cheap hash for the short strings of hot lookups (token keys, furniture line keys, interned
// values): 8 bytes at a time, multiply and fold, where std::hash runs MurmurHash over every byte.
// Not stable across versions or platforms: only for in-memory tables whose iteration order is
// never observed (lookups and inserts only).
#ifndef CROSSCHECK_ENGINE_UTIL_HASH_H_
#define CROSSCHECK_ENGINE_UTIL_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace crosscheck::util {

inline size_t FastHash(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  const char* p = s.data();
  size_t n = s.size();
  for (; n > 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  // The last 1..8 bytes, in at most two loads (overlapping when 4 < n < 8).
  uint64_t w = 0;
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    w = (static_cast<uint64_t>(b) << 32) | a;
  } else if (n > 0) {
    w = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
  }
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}

// a == b for the short keys FastHash is for, compared a word at a time in line (the last word
// overlapping the one before): a memcmp call per probe of a hot table cost more than the compare.
inline bool SameBytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  auto load8 = [](const char* s) {
    uint64_t v;
    std::memcpy(&v, s, 8);
    return v;
  };
  auto load4 = [](const char* s) {
    uint32_t v;
    std::memcpy(&v, s, 4);
    return v;
  };
  if (n >= 8) {
    // Most keys are 8-16 bytes (a Cyrillic word of 4-8 letters): two words, no loop.
    if (n <= 16) return load8(p) == load8(q) && load8(p + n - 8) == load8(q + n - 8);
    for (size_t i = 0; i + 8 <= n; i += 8)
      if (load8(p + i) != load8(q + i)) return false;
    return load8(p + n - 8) == load8(q + n - 8);
  }
  if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
  for (size_t i = 0; i < n; ++i)
    if (p[i] != q[i]) return false;
  return true;
}

// FastHash as a transparent hasher: a table of std::string keys can be searched with a string_view
// (pair it with std::equal_to<>).
struct FastStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return FastHash(s); }
};

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_HASH_H_
