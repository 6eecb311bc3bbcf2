// Character classes for the loops that ask once per character (the tokenizer, the sentence
// breaker's walks back over a word, the furniture line scan): util::IsLetter, IsUpper, IsDigit and
// IsSpace, with ASCII and basic Cyrillic (U+0400..U+045F: all letters, upper case below U+0430)
// answered inline (constexpr there) and the same answers as util's for every code point.
#ifndef CROSSCHECK_ENGINE_UTIL_CHARS_H_
#define CROSSCHECK_ENGINE_UTIL_CHARS_H_

#if defined(__SSE2__)
#include <emmintrin.h>

#include <cstdint>
#endif

#include "engine/util/text.h"

namespace crosscheck::util::chars {

constexpr bool Letter(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c >= 0x400 && c <= 0x45F) return true;
  return util::IsLetter(c);
}
constexpr bool Upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0x400 && c <= 0x45F) return c < 0x430;
  return util::IsUpper(c);
}
constexpr bool Digit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : util::IsDigit(c); }
constexpr bool Space(char32_t c) { return c < 0x80 ? (c == ' ' || (c >= 9 && c <= 13)) : util::IsSpace(c); }

#if defined(__SSE2__)
// For loops that take a word's letters sixteen bytes at a time: the 16-bit lanes of `v` (two bytes
// each, from an even offset of the block) that hold a lower-case basic Cyrillic letter which
// util::FoldChar leaves as it is, as a movemask (two bits per lane): U+0430..U+043F (D0 B0..D0 BF)
// and U+0440..U+045F (D1 80..D1 9F) but ё (U+0451, D1 91), which folds to е. Most letters of
// Ukrainian and Russian words; __builtin_ctz(~mask) is the byte length of such a run at the block's
// start.
inline uint32_t PlainLowerCyrillicPairs(__m128i v) {
  const __m128i d0 = _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(static_cast<short>(0xF0FF))),
                                     _mm_set1_epi16(static_cast<short>(0xB0D0)));
  const __m128i d1 = _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(static_cast<short>(0xE0FF))),
                                     _mm_set1_epi16(static_cast<short>(0x80D1)));
  const __m128i yo = _mm_cmpeq_epi16(v, _mm_set1_epi16(static_cast<short>(0x91D1)));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(d0, _mm_andnot_si128(yo, d1))));
}
#endif

}  // namespace crosscheck::util::chars

#endif  // CROSSCHECK_ENGINE_UTIL_CHARS_H_
