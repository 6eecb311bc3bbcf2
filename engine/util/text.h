// UTF-8 text helpers shared by every stage: repair, NFC, case folding to matching keys.
#ifndef CROSSCHECK_ENGINE_UTIL_TEXT_H_
#define CROSSCHECK_ENGINE_UTIL_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace crosscheck::util {

// Replaces every invalid UTF-8 sequence with U+FFFD; returns how many were replaced.
size_t RepairUtf8(std::string_view in, std::string* out);
// NFC normalisation (ICU). Returns the input unchanged when it is already NFC (the common case).
std::string ToNfc(std::string_view in);

// One pass over raw input for ingest: `invalid` is the number of invalid UTF-8 sequences (what
// RepairUtf8 would replace); `plainly_nfc` says the text is valid UTF-8 made only of code points
// that are NFC whatever surrounds them (ASCII, Latin-1 and Latin Extended, Cyrillic but its
// combining marks, general punctuation, mathematical operators, pictographs), so ToNfc would return
// it unchanged without asking ICU. False does not mean the text is not NFC.
struct Utf8Check {
  size_t invalid = 0;
  bool plainly_nfc = true;
};
Utf8Check CheckUtf8(std::string_view s);

// Number of code points in valid UTF-8 `s` (continuation bytes are not counted). Sixteen bytes at a
// time where SSE2 is there (furniture asks this of every line of 150-300 bytes).
inline size_t CodePointCount(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0, n = 0;
#if defined(__SSE2__)
  // A continuation byte (0x80..0xBF) is, as a signed byte, below 0xC0 (-64): the compare gives 0xFF
  // for each, subtracted lane by lane (at most 255 blocks before a lane could overflow).
  const __m128i below = _mm_set1_epi8(static_cast<char>(0xC0));
  size_t continuations = 0;
  while (i + 16 <= s.size()) {
    __m128i lanes = _mm_setzero_si128();
    for (int blocks = 0; blocks < 255 && i + 16 <= s.size(); ++blocks, i += 16) {
      __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(b, below));
    }
    __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());  // two sums, in 16-bit lanes 0 and 4
    continuations += static_cast<size_t>(_mm_cvtsi128_si32(sums) & 0xFFFF);
    continuations += static_cast<size_t>(_mm_extract_epi16(sums, 4));
  }
  n = i - continuations;
#endif
  for (; i < s.size(); ++i) n += (p[i] & 0xC0) != 0x80;
  return n;
}

// Decodes one code point at s[*i] and advances *i; returns U+FFFD on malformed input (advancing 1).
// Inline for ASCII: every stage walks text one code point at a time.
char32_t DecodeUtf8Multibyte(std::string_view s, size_t* i);
inline char32_t DecodeUtf8(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  if (c < 0x80) {
    ++*i;
    return c;
  }
  if (c >= 0xC2 && c < 0xE0 && *i + 1 < s.size()) {  // two bytes (Cyrillic, Latin accents), not overlong
    unsigned char c1 = static_cast<unsigned char>(s[*i + 1]);
    if ((c1 & 0xC0) == 0x80) {
      *i += 2;
      return (static_cast<char32_t>(c & 0x1F) << 6) | (c1 & 0x3F);
    }
  }
  return DecodeUtf8Multibyte(s, i);
}
void AppendUtf8(char32_t c, std::string* out);
// Writes the UTF-8 bytes of `c` at `out` (room for 4) and returns how many were written.
inline size_t EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

// The matching key of a word: case-folded, Latin diacritics stripped (è→e, ö→o), ё→е, ґ→г,
// apostrophes (’ ʼ ' `) and soft hyphens removed. Keeps the script: Cyrillic stays Cyrillic.
std::string FoldKey(std::string_view word);
// FoldKey(word) appended to *out (no temporary string).
void AppendFoldKey(std::string_view word, std::string* out);
// FoldKey one code point at a time, for scanners that fold as they go: FoldChar(c) is what FoldKey
// turns `c` into (0: dropped, as apostrophes and soft hyphens are). FoldTable() holds FoldChar of
// every code point below kFoldTableEnd (built on first use; look it up once, outside the loop).
constexpr char32_t kFoldTableEnd = 0x800;
const char32_t* FoldTable();
char32_t FoldChar(char32_t c);
// FoldKey, then Cyrillic → Latin (one simple scheme: шойгу → shojgu, остін → ostin) for comparing
// names across scripts at a small edit distance. Latin input is returned folded.
std::string LatinKey(std::string_view word);

// A folded key of a Cyrillic word typed with Latin look-alike letters — "бiлоусов" with a Latin i,
// as some Ukrainian pages write і — with those letters replaced by the Cyrillic ones they stand for
// (a с е і о р х у к м т н в), in *out. False, *out untouched, when the key has no Cyrillic letter
// or holds a Latin letter with no Cyrillic look-alike ("orbán", "iphone", "ковідz").
bool FoldLookalikes(std::string_view key, std::string* out);

// Unicode letter / digit / uppercase tests on a code point (ICU; below U+0800 — Latin, Greek,
// Cyrillic — from a table built once from ICU, so the answers are the same).
bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
bool IsUpper(char32_t c);
bool IsSpace(char32_t c);
bool IsCyrillic(char32_t c);
bool IsLatin(char32_t c);

// Levenshtein distance over code points, stopping early past `limit` (returns limit + 1).
int EditDistance(std::u32string_view a, std::u32string_view b, int limit);
std::u32string ToU32(std::string_view s);

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_TEXT_H_
