// Character classes for the loops that ask once per character (the tokenizer, the sentence
// breaker's walks back over a word, the furniture line scan): util::IsLetter, IsUpper, IsDigit and
// IsSpace, with ASCII and basic Cyrillic (U+0400..U+045F: all letters, upper case below U+0430)
// answered inline (constexpr there) and the same answers as util's for every code point.
#ifndef CROSSCHECK_ENGINE_UTIL_CHARS_H_
#define CROSSCHECK_ENGINE_UTIL_CHARS_H_

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

}  // namespace crosscheck::util::chars

#endif  // CROSSCHECK_ENGINE_UTIL_CHARS_H_
