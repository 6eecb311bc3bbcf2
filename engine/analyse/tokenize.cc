#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/analyse/analysis.h"
#include "engine/util/chars.h"
#include "engine/util/text.h"

namespace crosscheck::analyse {

namespace {
bool IsInnerApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC || c == '`'; }

// Italian elided articles and prepositions (folded keys): "dell'Ucraina", "l'omologo", "all'Eliseo",
// "dall'agosto", "un'altra" are two tokens, the first ending with its apostrophe, so the word after it
// is matched (and capitalised) as if written alone. Other apostrophes stay inside the word:
// "п'ятниці", "Zelenskyy's", "O'Brien".
bool IsElision(std::string_view key) {
  static constexpr std::string_view kElided[] = {"l",    "dell", "all",   "dall",  "nell", "sull", "coll",
                                                 "pell", "un",   "d",     "quest", "quell", "c"};
  if (key.empty() || key.size() > 5) return false;
  for (std::string_view e : kElided)
    if (key == e) return true;
  return false;
}

namespace chars = util::chars;
using chars::Digit;
using chars::Letter;
using chars::Space;
using chars::Upper;

// What the tokenizer asks of one code point, looked up once per character: its classes and its
// folded UTF-8 bytes (util::FoldChar, encoded). Info() is the definition; code points below
// util::kFoldTableEnd (Latin, Greek, Cyrillic) come from a table of Info() built on first use.
enum : uint8_t {
  kLetterC = 1,
  kUpperC = 2,
  kMarkC = 4,
  kSoftHyphenC = 8,
  kDigitC = 16,
  kBlankC = 32,
  kLowerC = 64,  // a letter that is not upper case: a word with one is not all upper case
};
constexpr uint8_t kWordStart = kLetterC | kMarkC;  // starts a word: a letter or a combining mark
constexpr uint8_t kInWord = kWordStart | kSoftHyphenC;
struct alignas(8) CharInfo {  // 8 bytes: the table is indexed with a shift
  uint8_t cls = 0;
  uint8_t fold_len = 0;  // 0: the character is dropped from keys (apostrophes, soft hyphens)
  char fold[4] = {};
};

CharInfo Info(char32_t c) {
  CharInfo r;
  if (Letter(c)) r.cls |= kLetterC;
  if (Upper(c)) r.cls |= kUpperC;
  if ((r.cls & (kLetterC | kUpperC)) == kLetterC) r.cls |= kLowerC;
  if (c >= 0x300 && c <= 0x36F) r.cls |= kMarkC;
  if (c == 0xAD) r.cls |= kSoftHyphenC;
  if (Digit(c)) r.cls |= kDigitC;
  if (Space(c) || c == 0xA0 || c == 0x200B || c == 0xFEFF) r.cls |= kBlankC;
  char32_t f = util::FoldChar(c);
  if (f != 0) r.fold_len = static_cast<uint8_t>(util::EncodeUtf8(f, r.fold));
  return r;
}

const CharInfo* InfoTable() {
  static const std::vector<CharInfo> table = [] {
    std::vector<CharInfo> t(util::kFoldTableEnd);
    for (char32_t c = 0; c < util::kFoldTableEnd; ++c) t[c] = Info(c);
    return t;
  }();
  return table.data();
}

// ASCII letters (the bytes an ASCII run of a word is made of) folded, 0 for every other byte: a word's
// ASCII run is folded a byte at a time through this, without decoding or class lookups.
constexpr std::array<char, 256> kAsciiFold = [] {
  std::array<char, 256> t{};
  for (int b = 'a'; b <= 'z'; ++b) t[b] = static_cast<char>(b);
  for (int b = 'A'; b <= 'Z'; ++b) t[b] = static_cast<char>(b + 32);
  return t;
}();

// KeyHash of the `n` key bytes at `p`, which the caller has followed with 8 bytes it may overwrite.
inline uint64_t HashPadded(char* p, size_t n) {
  std::memset(p + n, 0, 8);
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
  for (size_t k = 0; k < n; k += 8) {
    uint64_t w;
    std::memcpy(&w, p + k, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}

}  // namespace

uint64_t KeyHash(std::string_view key) {
  std::string padded(key);
  padded.append(8, '\0');
  return HashPadded(padded.data(), key.size());
}

namespace {

// Tokenize for a text of at most kScanBytes bytes (kLong false), or any text (kLong true), with the
// key of the token being scanned folded into `kb` (4 * kScanBytes + 8 bytes), code point by code
// point (4 bytes copied for each, whatever its fold's length: one move, no branch). A code point
// takes at least one byte and folds to at most four, so the key of a token's first kScanBytes
// bytes fits, with the 8 bytes HashPadded writes. With kLong the scan loops stop there (`lim`), and
// the key of a longer token is made by util::FoldKey (the same key, from its text); without, no
// token is that long and the checks are compiled out. (always_inline below: GCC would otherwise
// call `next`, which returns a CharInfo by value.)
//
// With kBlocks (and SSE2), a word's letters past its first are taken sixteen bytes at a time where
// sixteen more bytes of the text lie before `lim`: the run of ASCII letters at the cursor (folded by
// setting bit 0x20), or else the run of two-byte lower-case Cyrillic letters whose fold is the letter
// itself (util::chars::PlainLowerCyrillicPairs) — most letters of en/it and uk/ru words. All sixteen bytes are stored
// at the key's end (kb has the room: a key is at most 4 bytes per text byte) and the key grows by
// the run only. Whatever else, and the last bytes of a text, go through the loops below, which are
// the definition: Tokenize without kBlocks (TokenizeAgreesWithPlainScan) must give the same tokens.
constexpr size_t kScanBytes = 1 << 16;


template <bool kLong, bool kBlocks>
void TokenizeWith(std::string_view text, uint32_t base, Analysis* out, char* kb) {
  const CharInfo* table = InfoTable();
  static_assert(util::kFoldTableEnd >= 0x800);
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  auto info = [&](char32_t c) -> CharInfo { return c < util::kFoldTableEnd ? table[c] : Info(c); };
  // The code point at text[*at] (in *cp; *at moves past it) and its CharInfo, by value (Info() of a
  // code point past the table is computed, not stored). One- and two-byte sequences, valid, are
  // decoded here and are all in the table: no range check, no call.
  auto next = [&](size_t* at, char32_t* cp) __attribute__((always_inline)) -> CharInfo {
    size_t k = *at;
    unsigned char b = bytes[k];
    if (b < 0x80) {
      *at = k + 1;
      *cp = b;
      return table[b];
    }
    if (b >= 0xC2 && b < 0xE0 && k + 1 < size && (bytes[k + 1] & 0xC0) == 0x80) {
      *at = k + 2;
      *cp = (static_cast<char32_t>(b & 0x1F) << 6) | (bytes[k + 1] & 0x3F);
      return table[*cp];
    }
    *cp = util::DecodeUtf8(text, at);
    return info(*cp);
  };
  auto add = [&](size_t* n, const CharInfo& c) __attribute__((always_inline)) {
    std::memcpy(kb + *n, c.fold, 4);
    *n += c.fold_len;
  };
  size_t i = 0;
  bool space = true, newline = true;
  while (i < size) {
    const size_t start = i;
    if (bytes[i] == ' ') {  // the most common character, by far: no lookup
      space = true;
      ++i;
      continue;
    }
    char32_t cp;
    const CharInfo c = next(&i, &cp);
    if (c.cls & kBlankC) {
      space = true;
      if (cp == '\n') newline = true;
      continue;
    }
    Token& t = out->tokens.emplace_back();
    t.start = base + static_cast<uint32_t>(start);
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    size_t n = 0;
    const size_t lim = kLong ? std::min(size, start + kScanBytes) : size;
    bool long_key = false;  // past `lim` (kLong only): nothing more is added to kb
    if (c.cls & kWordStart) {
      t.kind = TokenKind::kWord;
      t.upper_initial = c.cls & kUpperC;
      add(&n, c);
      // Past the first character: the bytes of ASCII letters OR-ed (bit 0x20 is set by a lower-case
      // one), the classes of the others OR-ed (kLowerC). Runs of ASCII letters and runs of valid
      // two-byte letters (Cyrillic, accented Latin) each take a loop of their own; any other
      // character, and the one that ends the word, the general step.
      unsigned ascii = 0;
      uint8_t classes = 0;
      // An ASCII letter after other letters (a run of them, past the first character): rare, and then
      // maybe a Cyrillic word typed with a Latin look-alike ("Бiлоусов"). Set where ASCII runs start.
      bool mixed = false;
      for (;;) {
        // After a run that ends inside its block, the character after it is neither an ASCII letter
        // nor a plain Cyrillic one: the general step below takes it, not the loops before it.
        bool run_ended = false;
#if defined(__SSE2__)
        if constexpr (kBlocks) {
          if (i + 16 <= lim) {
            // One test per block, chosen by the byte at the cursor (an ASCII run starts with ASCII).
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
            if (bytes[i] < 0x80) {
              // (b | 0x20) - 'a' + 0x80 falls below 0x80 + 26, as a signed byte, exactly for ASCII letters.
              const __m128i case_bit = _mm_set1_epi8(0x20);
              const __m128i folded = _mm_or_si128(v, case_bit);
              const uint32_t letter = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(
                  _mm_add_epi8(folded, _mm_set1_epi8(static_cast<char>(0x80 - 'a'))),
                  _mm_set1_epi8(static_cast<char>(0x80 + 26)))));
              const uint32_t run = static_cast<uint32_t>(__builtin_ctz(~letter));  // 0..16
              if (run > 0) {
                const uint32_t lower =
                    static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, case_bit), case_bit)));
                if (lower & letter & ((uint32_t{1} << run) - 1)) ascii |= 0x20;
                mixed |= (cp >= 0x80) | (classes != 0);
                _mm_storeu_si128(reinterpret_cast<__m128i*>(kb + n), folded);
                n += run;
                i += run;
                if (run == 16) continue;
                run_ended = true;
              }
            } else {
              const uint32_t run = static_cast<uint32_t>(__builtin_ctz(~chars::PlainLowerCyrillicPairs(v)));  // even
              if (run > 0) {
                classes |= kLetterC | kLowerC;
                _mm_storeu_si128(reinterpret_cast<__m128i*>(kb + n), v);
                n += run;
                i += run;
                if (run == 16) continue;
                run_ended = true;
              }
            }
          }
        }
#endif
        if (!run_ended) {
          char f;
          if (i < lim && kAsciiFold[bytes[i]] != 0) mixed |= (cp >= 0x80) | (classes != 0);
          while (i < lim && (f = kAsciiFold[bytes[i]]) != 0) {
            ascii |= bytes[i++];
            kb[n++] = f;
          }
          while (i + 1 < lim && static_cast<unsigned char>(bytes[i] - 0xC2) < 0xE0 - 0xC2 &&
                 (bytes[i + 1] & 0xC0) == 0x80) {
            const CharInfo& d = table[(static_cast<char32_t>(bytes[i] & 0x1F) << 6) | (bytes[i + 1] & 0x3F)];
            if (!(d.cls & kInWord)) break;
            classes |= d.cls;
            add(&n, d);
            i += 2;
          }
        }
        if (i >= size) break;
        long_key = kLong && (long_key || i >= lim);
        // What ends most words, an ASCII byte that is neither a letter nor an apostrophe (a space,
        // punctuation), ends it here, without the general step.
        if (bytes[i] < 0x80 && kAsciiFold[bytes[i]] == 0 && bytes[i] != '\'' && bytes[i] != '`') break;
        size_t j = i;
        char32_t dp;
        const CharInfo d = next(&j, &dp);
        if (d.cls & kInWord) {
          classes |= d.cls;
          if (dp < 0x80) ascii |= static_cast<unsigned>(dp), mixed = true;  // after a run of other letters
          if (!long_key) add(&n, d);
          i = j;
          continue;
        }
        if (IsInnerApostrophe(dp) && j < size) {
          size_t k = j;
          if (info(util::DecodeUtf8(text, &k)).cls & kLetterC) {
            i = j;
            if (!long_key && IsElision(std::string_view(kb, n))) break;  // "dell'" ends here
            if (!long_key) add(&n, info(dp));
            continue;
          }
        }
        break;
      }
      t.all_upper = t.upper_initial && !(ascii & 0x20) && !(classes & kLowerC) && (i - start) > 1;
      // A Cyrillic word typed with Latin look-alikes has the Cyrillic spelling's key.
      if ((mixed || (cp < 0x80 && classes != 0)) && !long_key) {
        thread_local std::string plain;
        if (util::FoldLookalikes(std::string_view(kb, n), &plain)) {
          t.key_data = out->keys.Add(plain.data(), plain.size());
          t.key_size = static_cast<uint32_t>(plain.size());
          t.key_hash = KeyHash(plain);
          t.end = base + static_cast<uint32_t>(i);
          continue;
        }
      }
    } else if (c.cls & kDigitC) {
      t.kind = TokenKind::kNumber;
      add(&n, c);
      for (;;) {
        while (i < lim && static_cast<unsigned char>(bytes[i] - '0') < 10) kb[n++] = static_cast<char>(bytes[i++]);
        if (i >= size) break;
        long_key = kLong && (long_key || i >= lim);
        if (!long_key && bytes[i] < 0x80) break;
        size_t j = i;
        char32_t dp;
        const CharInfo d = next(&j, &dp);
        if (!(d.cls & kDigitC)) break;
        if (!long_key) add(&n, d);
        i = j;
      }
    } else {
      t.kind = TokenKind::kPunct;
      n = i - start;  // one code point: 1 to 4 bytes
      for (size_t k = 0; k < n; ++k) kb[k] = text[start + k];
    }
    if (kLong && long_key) {
      const std::string key = util::FoldKey(text.substr(start, i - start));
      t.key_data = out->keys.Add(key.data(), key.size());
      t.key_size = static_cast<uint32_t>(key.size());
      t.key_hash = KeyHash(key);
    } else {
      t.key_data = out->keys.AddPadded(kb, n);  // kb has room past the key
      t.key_size = static_cast<uint32_t>(n);
      t.key_hash = HashPadded(kb, n);
    }
    t.end = base + static_cast<uint32_t>(i);
  }
}

template <bool kBlocks>
void TokenizeAs(std::string_view text, uint32_t base, Analysis* out) {
  // A text's keys take about as many bytes as the text (fewer: no spaces); more only where folding
  // lengthens a character, and then Add makes a new block. (16: AddPadded's room.)
  out->keys.Reserve(text.size() + 16);
  thread_local std::vector<char> key_buf(4 * kScanBytes + 16);  // per thread, 256 KiB
  if (text.size() <= kScanBytes) TokenizeWith<false, kBlocks>(text, base, out, key_buf.data());
  else TokenizeWith<true, kBlocks>(text, base, out, key_buf.data());
}

}  // namespace

void Tokenize(std::string_view text, uint32_t base, Analysis* out) { TokenizeAs<true>(text, base, out); }

bool TokenizeAgreesWithPlainScan(std::string_view text) {
  Analysis fast_analysis, plain_analysis;
  TokenizeAs<true>(text, 0, &fast_analysis);
  TokenizeAs<false>(text, 0, &plain_analysis);
  const std::vector<Token>& fast = fast_analysis.tokens;
  const std::vector<Token>& plain = plain_analysis.tokens;
  if (fast.size() != plain.size()) return false;
  for (size_t k = 0; k < fast.size(); ++k) {
    const Token& a = fast[k];
    const Token& b = plain[k];
    if (a.start != b.start || a.end != b.end || a.kind != b.kind || a.upper_initial != b.upper_initial ||
        a.all_upper != b.all_upper || a.space_before != b.space_before ||
        a.newline_before != b.newline_before || a.key() != b.key() || a.key_hash != b.key_hash)
      return false;
  }
  return true;
}


}  // namespace crosscheck::analyse
