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

// FastHash as a transparent hasher: a table of std::string keys can be searched with a string_view
// (pair it with std::equal_to<>).
struct FastStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return FastHash(s); }
};

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_HASH_H_
