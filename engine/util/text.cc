#include "engine/util/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <vector>

namespace crosscheck::util {

char32_t DecodeUtf8Multibyte(std::string_view s, size_t* i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  size_t p = *i;
  unsigned char c = b(p);
  if (c < 0x80) { *i = p + 1; return c; }
  int len = 0;
  char32_t cp = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
  else { *i = p + 1; return 0xFFFD; }
  if (p + len > s.size()) { *i = p + 1; return 0xFFFD; }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = b(p + k);
    if ((cc & 0xC0) != 0x80) { *i = p + 1; return 0xFFFD; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Overlong forms, surrogates and out-of-range values are invalid.
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *i = p + 1;
    return 0xFFFD;
  }
  *i = p + len;
  return cp;
}

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  out->append(buf, EncodeUtf8(c, buf));
}

namespace {

// Length of the valid UTF-8 prefix of s (ASCII runs checked 8 bytes at a time).
size_t ValidUtf8Prefix(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t j = i;
    char32_t c = DecodeUtf8Multibyte(s, &j);
    if (c == 0xFFFD && !(j - i == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return i;
    i = j;
  }
  return n;
}

}  // namespace

size_t RepairUtf8(std::string_view in, std::string* out) {
  out->clear();
  size_t i = ValidUtf8Prefix(in);
  if (i == in.size()) {  // the common case: already valid
    out->assign(in);
    return 0;
  }
  out->reserve(in.size() + 16);
  out->append(in.substr(0, i));
  size_t bad = 0;
  while (i < in.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(in, &i);
    if (c == 0xFFFD && !(i - start == 3 && in.substr(start, 3) == "\xEF\xBF\xBD")) {
      ++bad;
      AppendUtf8(0xFFFD, out);
    } else {
      out->append(in.substr(start, i - start));
    }
  }
  return bad;
}

namespace {

// Is a code point NFC without asking ICU, whatever surrounds it? Yes for starters (combining class 0)
// with NFC_Quick_Check = Yes: everything below U+0300, Cyrillic U+0400..U+04FF but for its combining
// marks U+0483..U+0489, the punctuation U+2002..U+203F (quotes, dashes, the ellipsis), the
// mathematical operators U+2200..U+22FF and the symbols and emoji U+1F000..U+1FFFF (page furniture:
// "≡", "👁"). That is most news text; anything else (combining marks, U+2000, U+2126, ...) is left
// to ICU.
inline bool PlainCodePoint(char32_t c) {
  if (c < 0x300) return true;
  if (c >= 0x400 && c < 0x500) return c < 0x483 || c > 0x489;
  return (c >= 0x2002 && c <= 0x203F) || (c >= 0x2200 && c <= 0x22FF) || (c >= 0x1F000 && c <= 0x1FFFF);
}

// Skips the 16-byte blocks from p[i] on that hold only ASCII, whole two-byte sequences of
// U+0080..U+02FF (lead 0xC2..0xCB: «», the no-break space, accented Latin) and of U+0400..U+047F
// (lead 0xD0 or 0xD1), and whole three-byte sequences of U+2002..U+203F (E2 80 82..E2 80 BF: dashes,
// quotes, the ellipsis): valid UTF-8, plainly NFC (PlainCodePoint), and most of the bytes of news in
// English, Italian, Ukrainian and Russian. Returns the index of the first block that holds anything
// else, or a three-byte sequence cut by its end (or of the last bytes, fewer than 16).
inline size_t SkipPlainBlocks(const unsigned char* p, size_t i, size_t n) {
#if defined(__SSE2__)
  auto set = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
  auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const unsigned high = mask(v);
    if (high == 0) {
      i += 16;
      continue;
    }
    // Every high byte is a lead or a continuation, and the continuations are exactly the bytes that
    // the leads call for; a two-byte lead in the last byte is left for the next block. Cyrillic
    // alone first (the commonest block, and the cheapest test), then all three kinds.
    const unsigned cont = mask(_mm_cmpeq_epi8(_mm_and_si128(v, set(0xC0)), set(0x80)));
    const unsigned cyrillic = mask(_mm_cmpeq_epi8(_mm_and_si128(v, set(0xFE)), set(0xD0)));
    if ((cyrillic | cont) == high && cont == ((cyrillic << 1) & 0xFFFF)) {
      i += (cyrillic & 0x8000) ? 15 : 16;
      continue;
    }
    // v ^ 0x80 compares as signed bytes in the order of the unsigned ones: 0x80 becomes 0, 0xC0 0x40.
    const __m128i x = _mm_xor_si128(v, set(0x80));
    auto in = [&](int lo, int hi) {  // lo <= byte <= hi, both 0x80 or above
      return _mm_and_si128(_mm_cmpgt_epi8(x, set((lo ^ 0x80) - 1)), _mm_cmplt_epi8(x, set((hi ^ 0x80) + 1)));
    };
    const unsigned lead2 = cyrillic | mask(in(0xC2, 0xCB));
    // E2 80 [82..BF] starting at each byte (a sequence cut by the block's end is not one here).
    const unsigned lead3 =
        mask(_mm_cmpeq_epi8(v, set(0xE2))) & (mask(_mm_cmpeq_epi8(v, set(0x80))) >> 1) & (mask(in(0x82, 0xBF)) >> 2);
    const unsigned wanted = ((lead2 << 1) | (lead3 << 1) | (lead3 << 2)) & 0xFFFF;
    if ((lead2 | lead3 | cont) != high || cont != wanted) break;
    i += (lead2 & 0x8000) ? 15 : 16;
  }
#endif
  return i;
}

}  // namespace

Utf8Check CheckUtf8(std::string_view s) {
  Utf8Check r;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    i = SkipPlainBlocks(p, i, n);
    // Then one code point at a time, for at least the next 16 bytes (and the tail).
    for (size_t stop = std::min(n, i + 16); i < stop;) {
      // ASCII, 8 bytes at a time.
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
      }
      if (i >= n) break;
      unsigned char c = p[i];
      if (c < 0x80) {
        ++i;
      } else if ((c == 0xD0 || c == 0xD1) && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {  // U+0400..U+047F
        i += 2;
      } else {
        size_t start = i;
        char32_t cp = DecodeUtf8(s, &i);
        if (cp == 0xFFFD && i - start != 3) {  // a real U+FFFD takes 3 bytes; an invalid byte, 1
          ++r.invalid;
          r.plainly_nfc = false;
        } else if (!PlainCodePoint(cp)) {
          r.plainly_nfc = false;
        }
      }
    }
  }
  return r;
}

std::string ToNfc(std::string_view in) {
  const Utf8Check check = CheckUtf8(in);
  if (check.invalid == 0 && check.plainly_nfc) return std::string(in);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(in);
  // Checking on the UTF-8 bytes avoids a UTF-16 copy of every document that is already NFC.
  if (nfc->isNormalizedUTF8(icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), err) && U_SUCCESS(err))
    return std::string(in);
  err = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), in.size()));
  err = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(u, err);
  if (U_FAILURE(err)) return std::string(in);
  std::string out;
  n.toUTF8String(out);
  return out;
}

namespace {

// Below U+0800 (Latin, Greek, Cyrillic, ...) the ICU answers are looked up in a table built from
// ICU once: these tests run for every character of every document.
constexpr char32_t kTableEnd = kFoldTableEnd;
enum : uint8_t { kLetter = 1, kDigit = 2, kUpper = 4, kSpace = 8 };

struct CpTable {
  uint8_t cls[kTableEnd];
  CpTable() {
    for (char32_t c = 0; c < kTableEnd; ++c) {
      uint8_t v = 0;
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') v |= kLetter;
        if (c >= '0' && c <= '9') v |= kDigit;
        if (c >= 'A' && c <= 'Z') v |= kUpper;
        if (c == ' ' || (c >= 9 && c <= 13)) v |= kSpace;
      } else {
        if (u_isalpha(c)) v |= kLetter;
        if (u_isdigit(c)) v |= kDigit;
        if (u_isupper(c)) v |= kUpper;
        if (u_isUWhiteSpace(c)) v |= kSpace;
      }
      cls[c] = v;
    }
  }
};

// Built during static initialisation (no stage calls these tests from a static initialiser), so
// the hot tests below need no initialisation guard.
const CpTable kCpTable;
inline const CpTable& Table() { return kCpTable; }

}  // namespace

bool IsLetter(char32_t c) { return c < kTableEnd ? (Table().cls[c] & kLetter) != 0 : u_isalpha(c); }
bool IsDigit(char32_t c) { return c < kTableEnd ? (Table().cls[c] & kDigit) != 0 : u_isdigit(c); }
bool IsUpper(char32_t c) { return c < kTableEnd ? (Table().cls[c] & kUpper) != 0 : u_isupper(c); }
bool IsSpace(char32_t c) { return c < kTableEnd ? (Table().cls[c] & kSpace) != 0 : u_isUWhiteSpace(c); }
bool IsCyrillic(char32_t c) { return c >= 0x400 && c <= 0x52F; }
bool IsLatin(char32_t c) { return (c < 0x250 && IsLetter(c)) || (c >= 0x1E00 && c <= 0x1EFF); }

namespace {

// Strips the diacritic of a Latin letter (already lower-case); 0 when it has none we know.
char32_t StripLatin(char32_t c) {
  if (c < 0xC0 || c > 0x24F) return c;
  static const char* kMap =  // U+00C0..U+00FF, lower half used after folding
      "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
  if (c <= 0xFF) {
    char m = kMap[c - 0xC0];
    if (c == 0xDF) return 's';
    return (m == '*' || m == '/') ? c : static_cast<char32_t>(m);
  }
  // Latin Extended-A: pairs of upper/lower; map by base letter.
  static const char* kExtA =  // U+0100..U+017F by base letter
      "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "ii" "jj" "kkk"
      "llllllllll" "nnnnnnnnn" "oooooo" "oo" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy"
      "zzzzzz" "s";
  if (c >= 0x100 && c < 0x100 + 128) {
    char m = kExtA[c - 0x100];
    return m ? static_cast<char32_t>(m) : c;
  }
  return c;
}

bool IsApostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == '`' || c == 0x2018 || c == 0x00B4 || c == 0x00AD;
}

}  // namespace

namespace {

// The folded key of one non-ASCII code point (0: dropped, as apostrophes are).
char32_t FoldOne(char32_t c) {
  if (IsApostrophe(c)) return 0;
  c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
  if (c == 0x451) return 0x435;  // ё → е
  if (c == 0x491) return 0x433;  // ґ → г
  return StripLatin(c);
}

struct Folded {
  char32_t to[kTableEnd];
  Folded() {
    for (char32_t c = 0; c < kTableEnd; ++c) to[c] = FoldOne(c);
  }
};

const Folded& Folds() {
  static const Folded t;
  return t;
}

}  // namespace

const char32_t* FoldTable() { return Folds().to; }

char32_t FoldChar(char32_t c) { return c < kTableEnd ? Folds().to[c] : FoldOne(c); }

void AppendFoldKey(std::string_view word, std::string* out) {
  // Folded into a buffer on the stack and appended once: a code point folds to one code point, at
  // most 4 bytes, from at least 1 (longer words take the same path through the string itself).
  char buf[256];
  const bool fits = word.size() * 4 <= sizeof buf;
  if (!fits) out->reserve(out->size() + word.size());
  char* p = buf;
  auto put = [&](char32_t c) {
    if (fits) p += EncodeUtf8(c, p); else AppendUtf8(c, out);
  };
  const Folded& folds = Folds();
  size_t i = 0;
  while (i < word.size()) {
    char32_t c = DecodeUtf8(word, &i);
    if (c < 0x80) {
      if (c == '\'' || c == '`') continue;
      if (c >= 'A' && c <= 'Z') c += 32;
      put(c);
      continue;
    }
    c = c < kTableEnd ? folds.to[c] : FoldOne(c);
    if (c != 0) put(c);
  }
  if (fits) out->append(buf, static_cast<size_t>(p - buf));
}

std::string FoldKey(std::string_view word) {
  std::string out;
  AppendFoldKey(word, &out);
  return out;
}

bool FoldLookalikes(std::string_view key, std::string* out) {
  // Latin letter (folded, so lower case) → the UTF-8 of the Cyrillic letter it looks like, upper or
  // lower case ("B", "H", "M", "T" look like В, Н, М, Т); "" for a letter with none.
  static constexpr std::string_view kCyrillicOf[26] = {
      "\u0430", "\u0432", "\u0441", "", "\u0435", "", "", "\u043d", "\u0456", "", "\u043a", "", "\u043c",
      "",        "\u043e", "\u0440", "", "",        "", "\u0442", "", "", "", "\u0445", "\u0443", ""};
  bool cyrillic = false, latin = false;
  for (size_t i = 0; i < key.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(key[i]);
    if (b >= 0xD0 && b <= 0xD3) cyrillic = true;  // U+0400–U+04FF
    if (b >= 'a' && b <= 'z') {
      if (kCyrillicOf[b - 'a'].empty()) return false;
      latin = true;
    }
  }
  if (!cyrillic || !latin) return false;
  out->clear();
  out->reserve(key.size() * 2);
  for (char ch : key) {
    const unsigned char b = static_cast<unsigned char>(ch);
    if (b >= 'a' && b <= 'z') out->append(kCyrillicOf[b - 'a']);
    else out->push_back(ch);
  }
  return true;
}

std::string LatinKey(std::string_view word) {
  static constexpr std::string_view kCyr[] = {
      // а..я (U+0430..U+044F)
      "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
      "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
  // FoldKey and transliteration in one pass over the word's code points.
  std::string out;
  out.reserve(word.size());
  const Folded& folds = Folds();
  size_t i = 0;
  while (i < word.size()) {
    char32_t c = DecodeUtf8(word, &i);
    c = c < kTableEnd ? folds.to[c] : FoldOne(c);
    if (c == 0) continue;
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else if (c >= 0x430 && c <= 0x44F) out.append(kCyr[c - 0x430]);
    else if (c == 0x456 || c == 0x457) out.push_back('i');  // і ї
    else if (c == 0x454) out.append("ye");                   // є
    else if (c == 0x45E) out.push_back('u');                 // ў
    else AppendUtf8(c, &out);
  }
  return out;
}

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) out.push_back(DecodeUtf8(s, &i));
  return out;
}

int EditDistance(std::u32string_view a, std::u32string_view b, int limit) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[m];
}

}  // namespace crosscheck::util
