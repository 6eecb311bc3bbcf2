// FindInBlocks: the first byte of [p, end) that a 16-byte block test marks, or end — the loop the
// report escapers share. `hits(block)` returns a bit mask (bit i: byte i of the block stops the
// scan). The last 1-15 bytes are tested in the string's last 16 bytes when it has that many, else
// copied into a block of their own (zero padding, its bits masked off): the scan never reads past
// the string, and short strings cost one test, not a loop.
#ifndef CROSSCHECK_ENGINE_UTIL_BLOCK_SCAN_H_
#define CROSSCHECK_ENGINE_UTIL_BLOCK_SCAN_H_

#if defined(__SSE2__)
#include <emmintrin.h>

#include <cstddef>
#include <cstring>

namespace crosscheck::util {

template <typename Hits>
inline const char* FindInBlocks(const char* p, const char* end, Hits hits) {
  const char* const begin = p;
  for (; end - p >= 16; p += 16)
    if (const unsigned m = hits(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)))) return p + __builtin_ctz(m);
  if (p == end) return end;
  const size_t n = static_cast<size_t>(end - p);
  if (end - begin >= 16) {
    // The string's last 16 bytes, of which the first 16 - n were scanned already: no copy.
    const unsigned m = hits(_mm_loadu_si128(reinterpret_cast<const __m128i*>(end - 16))) >> (16 - n);
    return m ? p + __builtin_ctz(m) : end;
  }
  alignas(16) char last[16] = {};
  std::memcpy(last, p, n);
  const unsigned m = hits(_mm_load_si128(reinterpret_cast<const __m128i*>(last))) & ((1u << n) - 1);
  return m ? p + __builtin_ctz(m) : end;
}

}  // namespace crosscheck::util

#endif  // __SSE2__
#endif  // CROSSCHECK_ENGINE_UTIL_BLOCK_SCAN_H_
