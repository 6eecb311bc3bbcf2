#include "engine/ingest/furniture.h"


#include <algorithm>
#include <atomic>
#include <cstring>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/util/chars.h"
#include "engine/util/fs.h"
#include "engine/util/hash.h"
#include "engine/util/json.h"
#include "engine/util/text.h"

namespace crosscheck::ingest {

namespace {

// Lines longer than this are prose without further inspection (plain-text speed: most bytes of an
// article sit in long paragraph lines).
constexpr size_t kLongLineBytes = 300;
// Lines of this many characters or more are prose and never compared with phrase lists (furniture
// is short; folding every paragraph to a key would halve the speed).
constexpr uint32_t kProseChars = 150;
// Prose lines at most this many non-furniture lines apart belong to one article cluster.
constexpr int kMaxClusterGap = 5;

enum class Kind : uint8_t {
  kProse,        // a paragraph: long, or a sentence of 3+ words
  kHeadline,     // 3+ words, no sentence end: a title, a subheading, or a link
  kShort,        // 1-2 words: menu items, categories, bylines, section labels
  kDate,         // a short line with a date or time: dateline, or a sidebar timestamp
  kCounter,      // numbers, optionally with "views"/"comments"
  kFurniture,    // known phrase, slug, photo credit, bullet-only line, link-list or sidebar item
  kListHeading,  // "Read also", "Popular", ...: the lines after it are a link list
  kWidget,       // comment form, subscription, copyright: the article has ended
};

enum Script : uint8_t { kNoScript = 0, kLatin = 1, kCyrillic = 2, kMixed = 3 };

struct Line {
  size_t start = 0, end = 0;  // trimmed
  Kind kind = Kind::kShort;
  uint32_t chars = 0;
  Script script = kNoScript;
  bool keep = false;          // FindBody's answer: the line is part of the article
};

// Letter and case tests with the Cyrillic block inlined (most non-ASCII text here is Cyrillic).
using util::chars::Letter;
using util::chars::Upper;

// White space, NBSP and zero-width spaces. Inlined below U+0800, where Unicode's White_Space is
// ASCII's and U+0085, U+00A0: this runs on every character of short lines.
constexpr bool IsBlankCp(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 9 && c <= 13);
  if (c < 0x800) return c == 0x85 || c == 0xA0;
  return util::IsSpace(c) || c == 0x200B || c == 0xFEFF || c == 0x2009;
}

// Trims white space (including NBSP) from both ends of [s, e).
void Trim(std::string_view text, size_t* s, size_t* e) {
  while (*s < *e) {
    size_t i = *s;
    if (!IsBlankCp(util::DecodeUtf8(text, &i))) break;
    *s = i;
  }
  while (*e > *s) {
    size_t b = *e - 1;
    while (b > *s && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    size_t i = b;
    if (!IsBlankCp(util::DecodeUtf8(text, &i))) break;
    *e = b;
  }
}

constexpr bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x00BB || c == 0x2019 ||
         c == 0x201C || c == '*';
}
bool IsTerminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// What ScanLine and KeyWriter ask of each character, as bits: from a table for ASCII, from the
// tests above for the rest (CharFlags is the one definition of both).
enum CharFlag : uint8_t {
  kLetterF = 1,      // Letter
  kUpperF = 2,       // a letter and Upper
  kDigitF = 4,       // 0-9
  kBlankF = 8,       // IsBlankCp
  kClosingF = 16,    // IsClosing
  kApostropheF = 32, // ' U+2019 U+02BC: may sit inside a word
  kMarkF = 64,       // a combining mark U+0300..U+036F: continues a word of the key
  kSeparatorF = 128, // : . / between the digit groups of a date or time
};

constexpr uint8_t CharFlags(char32_t c) {
  bool letter = Letter(c);
  return static_cast<uint8_t>((letter ? kLetterF : 0) | (letter && Upper(c) ? kUpperF : 0) |
                              (c >= '0' && c <= '9' ? kDigitF : 0) | (IsBlankCp(c) ? kBlankF : 0) |
                              (IsClosing(c) ? kClosingF : 0) |
                              (c == '\'' || c == 0x2019 || c == 0x02BC ? kApostropheF : 0) |
                              (c >= 0x300 && c <= 0x36F ? kMarkF : 0) |
                              (c == ':' || c == '.' || c == '/' ? kSeparatorF : 0));
}

struct AsciiFlagTable {
  uint8_t of[128];
};
constexpr AsciiFlagTable kAsciiFlags = [] {
  AsciiFlagTable t{};
  for (char32_t c = 0; c < 128; ++c) t.of[c] = CharFlags(c);
  return t;
}();

// The code point at s[*i] and its flags; advances *i past it.
[[gnu::always_inline]] inline char32_t NextChar(std::string_view s, size_t* i, uint8_t* flags) {
  unsigned char b = static_cast<unsigned char>(s[*i]);
  if (b < 0x80) {
    ++*i;
    *flags = kAsciiFlags.of[b];
    return b;
  }
  char32_t c = util::DecodeUtf8(s, i);
  *flags = CharFlags(c);
  return c;
}

// Does `key` contain `phrase` as whole words (both are words joined by single spaces), starting at
// byte `p`?
bool WordsAt(const std::string& key, size_t p, const std::string& phrase) {
  size_t e = p + phrase.size();
  return !phrase.empty() && e <= key.size() && (e == key.size() || key[e] == ' ') &&
         key.compare(p, phrase.size(), phrase) == 0;
}

// The four bytes at `p` as a little-endian number: the key of FurnitureLexicon::widget_by_prefix.
inline uint32_t Prefix4(const char* p) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return static_cast<uint32_t>(b[0]) | static_cast<uint32_t>(b[1]) << 8 | static_cast<uint32_t>(b[2]) << 16 |
         static_cast<uint32_t>(b[3]) << 24;
}

// Does `key` contain any widget phrase as whole words? A phrase can only begin at a word start (0
// and every byte after a space), and only the phrases sharing the first four bytes there are compared.
bool ContainsWidget(const std::string& key, const FurnitureLexicon& lex) {
  if (lex.widget.empty() || key.empty()) return false;
  auto try_at = [&](size_t p) {
    if (p + 4 <= key.size()) {
      uint32_t prefix = Prefix4(key.data() + p);
      if (lex.widget_prefixes.MayHave(prefix)) {
        auto it = lex.widget_by_prefix.find(prefix);
        if (it != lex.widget_by_prefix.end())
          for (uint32_t w : it->second)
            if (WordsAt(key, p, lex.widget[w])) return true;
      }
    }
    for (uint32_t w : lex.short_widgets)
      if (WordsAt(key, p, lex.widget[w])) return true;
    return false;
  };
  if (try_at(0)) return true;
  for (size_t i = key.find(' '); i != std::string::npos && i + 1 < key.size(); i = key.find(' ', i + 1))
    if (try_at(i + 1)) return true;
  return false;
}

// Features of one short line, from one pass over its code points.
struct Scan {
  uint32_t chars = 0, letter_words = 0, number_words = 0, latin = 0, cyrillic = 0, upper = 0, lower = 0;
  bool terminal = false, time = false, numeric_date = false, has_space = false;
};

inline bool AsciiLetter(unsigned char b) { return static_cast<unsigned char>((b | 0x20) - 'a') < 26; }

// The basic Cyrillic letter (U+0400..U+045F, all letters) encoded at p[0..1], or 0.
inline char32_t BasicCyrillicAt(const unsigned char* p) {
  uint32_t v = (static_cast<uint32_t>(p[0]) << 8) | p[1];
  if (v - 0xD080 < 0x40 || v - 0xD180 < 0x20) return ((v >> 2) & 0x7C0) | (v & 0x3F);
  return 0;
}

// LineKey's folded words, written by ScanLine as it reads the line (the two need the same characters
// decoded and tested; reading them once saves a pass over every short line). The key's words are not
// ScanLine's: they are runs of letters (with combining marks and inner apostrophes) or of digits,
// so "abc123" is two words of the key and one of the scan.
class KeyWriter {
 public:
  // Writes into *key, sized for the worst case (a code point folds to at most 4 bytes from at least
  // 1, and each word adds at most one space) plus LetterRun's 16 bytes of slack, and cut to length
  // by Finish.
  KeyWriter(std::string* key, size_t line_bytes) : key_(key), folds_(util::FoldTable()) {
    key->resize(line_bytes * 5 + 16);
    begin_ = k_ = key->data();
  }
  // The next character `c` of the line, with its CharFlags; `more` is whether characters follow it.
  [[gnu::always_inline]] void Add(char32_t c, uint8_t flags, bool more) {
    bool digit = flags & kDigitF, letter = flags & kLetterF, apostrophe = flags & kApostropheF;
    if (word_ == kLetters && (letter || (flags & kMarkF) || (apostrophe && more))) {
      before_apostrophe_ = apostrophe ? Size() : kNone;
      PutFolded(c);
      return;
    }
    before_apostrophe_ = kNone;
    if (word_ == kDigits && digit) {
      *k_++ = static_cast<char>(c);
    } else if (letter || digit) {
      if (k_ != begin_) *k_++ = ' ';
      if (letter) PutFolded(c);
      else *k_++ = static_cast<char>(c);
      word_ = letter ? kLetters : kDigits;
    } else {
      word_ = kNoWord;
    }
  }
  // What Add of a blank does: the word being written ends.
  void EndWord() {
    before_apostrophe_ = kNone;
    word_ = kNoWord;
  }
  // What Add of a letter does before writing it, for LetterRun to write it: a word of letters goes
  // on, or a new one starts (after a space, unless it is the first).
  void BeginLetters() {
    before_apostrophe_ = kNone;
    if (word_ == kLetters) return;
    if (k_ != begin_) *k_++ = ' ';
    word_ = kLetters;
  }
  // Inside a word of letters (after Add of a letter), LetterRun writes the next letters straight at
  // the cursor, keeping it in a register: Cursor() gives it, SetCursor takes it back. Up to 16 bytes
  // past the cursor may be written (the buffer has room: see the constructor), and only the letters'
  // folds are kept.
  char* Cursor() const { return k_; }
  void SetCursor(char* k) { k_ = k; }
  // The key of the line up to here (what LineKey of the text read so far gives), as a length.
  size_t PrefixKeySize() const { return before_apostrophe_ != kNone ? before_apostrophe_ : Size(); }
  void Finish() { key_->resize(Size()); }

 private:
  enum Word : uint8_t { kNoWord, kLetters, kDigits };
  static constexpr size_t kNone = SIZE_MAX;
  size_t Size() const { return static_cast<size_t>(k_ - begin_); }
  void PutFolded(char32_t c) {
    c = c < util::kFoldTableEnd ? folds_[c] : util::FoldChar(c);
    if (c == 0) return;
    if (c < 0x80) *k_++ = static_cast<char>(c);
    else k_ += util::EncodeUtf8(c, k_);
  }

  std::string* key_;
  const char32_t* folds_;
  char* begin_;
  char* k_;
  Word word_ = kNoWord;
  // The key's size before an inner apostrophe just written: a text cut right after the apostrophe
  // ends its word before it (LineKey takes an apostrophe into a word only when more text follows).
  size_t before_apostrophe_ = kNone;
};

// FoldChar of the basic Cyrillic letters U+0400..U+045F as the UTF-8 bytes a key holds for each:
// `size[c - 0x400]` bytes, in the order they are written, in `bytes[c - 0x400]`.
struct CyrillicFolds {
  uint32_t bytes[0x60];
  uint8_t size[0x60];
};

const CyrillicFolds& CyrillicFoldTable() {
  static const CyrillicFolds table = [] {
    CyrillicFolds t{};
    const char32_t* folds = util::FoldTable();
    for (char32_t c = 0x400; c < 0x460; ++c) {
      char buf[4] = {};
      t.size[c - 0x400] = static_cast<uint8_t>(folds[c] ? util::EncodeUtf8(folds[c], buf) : 0);
      std::memcpy(&t.bytes[c - 0x400], buf, 4);
    }
    return t;
  }();
  return table;
}

// Bits set in the low 16 of `x` (no popcount instruction without -mpopcnt; a library call otherwise).
inline uint32_t BitCount16(uint32_t x) {
  x = x - ((x >> 1) & 0x5555);
  x = (x & 0x3333) + ((x >> 2) & 0x3333);
  x = (x + (x >> 4)) & 0x0F0F;
  return (x + (x >> 8)) & 0x1F;
}

// The rest of a word in ScanLine: the run of ASCII and basic Cyrillic letters at s[i], counted as
// ScanLine's loop counts letters inside a word, without decoding each one through the general path
// (most bytes of a short line are such letters). Returns the index after the run; *last becomes its
// last letter. With a `key`, the letters go into it too. ASCII letters, and lower-case Cyrillic ones
// that fold to themselves, are taken sixteen bytes at a time where the line has sixteen more bytes;
// the counts and the key's cursor stay in locals (a store through a char pointer could alias them).
template <bool kKey>
[[gnu::always_inline]] inline size_t LetterRun(std::string_view s, size_t i, Scan* r, char32_t* last,
                                               KeyWriter* key) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const CyrillicFolds* cyr_folds = nullptr;
  char* k = nullptr;
  if constexpr (kKey) k = key->Cursor();
  uint32_t chars = 0, latin = 0, cyrillic = 0, upper = 0, lower = 0;
  char32_t lst = *last;
#if defined(__SSE2__)
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i to_letter = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i to_upper = _mm_set1_epi8(static_cast<char>(0x80 - 'A'));
  const __m128i letters = _mm_set1_epi8(static_cast<char>(0x80 + 26));
#endif
  while (i < n) {
    unsigned char b = p[i];
#if defined(__SSE2__)
    // Lower-case Cyrillic letters that fold to themselves (most of a Cyrillic word), sixteen bytes
    // at a time: counted and written as the two-byte branch below counts and writes each.
    if ((b & 0xFE) == 0xD0 && i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const uint32_t run = static_cast<uint32_t>(__builtin_ctz(~util::chars::PlainLowerCyrillicPairs(v)));
      if (run > 0) {
        const uint32_t letters_in_run = run / 2;
        cyrillic += letters_in_run;
        lower += letters_in_run;
        chars += letters_in_run;
        if constexpr (kKey) {
          _mm_storeu_si128(reinterpret_cast<__m128i*>(k), v);
          k += run;
        }
        lst = (static_cast<char32_t>(p[i + run - 2] & 0x1F) << 6) | (p[i + run - 1] & 0x3F);
        i += run;
        continue;
      }
    }
#endif
    if (AsciiLetter(b)) {
#if defined(__SSE2__)
      if (i + 16 <= n) {
        // (b | 0x20) - 'a' + 0x80 falls below 0x80 + 26, as a signed byte, exactly for the ASCII
        // letters; b - 'A' + 0x80 likewise for the capitals. The run ends at the first other byte.
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        __m128i folded = _mm_or_si128(v, case_bit);
        uint32_t is_letter = static_cast<uint32_t>(
            _mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(folded, to_letter), letters)));
        uint32_t run = static_cast<uint32_t>(__builtin_ctz(~is_letter));  // 1..16: p[i] is a letter
        uint32_t caps =
            static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, to_upper), letters))) &
            ((uint32_t{1} << run) - 1);
        uint32_t u = caps ? BitCount16(caps) : 0;
        upper += u;
        lower += run - u;
        latin += run;
        chars += run;
        if constexpr (kKey) {
          _mm_storeu_si128(reinterpret_cast<__m128i*>(k), folded);
          k += run;
        }
        i += run;
        lst = p[i - 1];
        continue;
      }
#endif
      ++latin;
      if (b < 'a') ++upper;
      else ++lower;
      lst = b;
      if constexpr (kKey) *k++ = static_cast<char>(b | 0x20);
      ++i;
    } else if (char32_t c = i + 1 < n ? BasicCyrillicAt(p + i) : 0) {
      ++cyrillic;
      if (c < 0x430) ++upper;
      else ++lower;
      lst = c;
      if constexpr (kKey) {
        if (!cyr_folds) cyr_folds = &CyrillicFoldTable();
        std::memcpy(k, &cyr_folds->bytes[c - 0x400], 4);
        k += cyr_folds->size[c - 0x400];
      }
      i += 2;
    } else {
      break;
    }
    ++chars;
  }
  r->chars += chars;
  r->latin += latin;
  r->cyrillic += cyrillic;
  r->upper += upper;
  r->lower += lower;
  *last = lst;
  if constexpr (kKey) key->SetCursor(k);
  return i;
}

// A ':' this early in a line (at this byte or before) may end a label: "Фото: EPA", "Читайте
// також: <headline>".
constexpr size_t kMaxLabelBytes = 60;

// The features of line `s`. With kKey, also LineKey(s) into *key and, in *head, the size of the key
// of the text before the line's first ':' (a prefix of *key) when that ':' is at byte kMaxLabelBytes
// or before; SIZE_MAX otherwise. Without kLetterRuns, every letter and space is read one code point
// at a time (the same answer, slower: for the test that holds the fast paths to it); with it, a
// space and a run of ASCII or basic Cyrillic letters skip the general path.
template <bool kKey, bool kLetterRuns = true>
Scan ScanLine(std::string_view s, std::string* key = nullptr, size_t* head = nullptr) {
  Scan r;
  size_t i = 0;
  bool in_word = false, in_num = false;
  char32_t last = 0;
  int digits_run = 0, prev_digits = 0;
  char32_t sep = 0;  // the separator right after the previous digit run
  std::optional<KeyWriter> kw;
  if constexpr (kKey) {
    kw.emplace(key, s.size());
    *head = SIZE_MAX;
  }
  KeyWriter* const key_writer = kw ? &*kw : nullptr;
  bool colon_seen = false;
  // A digit run just ended: "16.11", "18:28", "25.06.2024" (two-digit groups) make a date or time;
  // "1.204" or "15 203" do not.
  auto end_digits = [&]() {
    if (digits_run == 2 && sep && prev_digits >= 1 && prev_digits <= 2) {
      if (sep == ':') r.time = true;
      else r.numeric_date = true;
    }
  };
  while (i < s.size()) {
    if constexpr (kLetterRuns) {
      if (s[i] == ' ') {
        // The commonest character after letters, taken as the general path below takes it: it ends
        // a word of the key and of the scan, and any digit run.
        if constexpr (kKey) kw->EndWord();
        ++r.chars;
        if (in_num) end_digits();
        sep = 0;
        in_word = in_num = false;
        digits_run = 0;
        r.has_space = true;
        ++i;
        continue;
      }
      const auto* b = reinterpret_cast<const unsigned char*>(s.data()) + i;
      if (!in_num && (AsciiLetter(*b) || (i + 1 < s.size() && BasicCyrillicAt(b)))) {
        // A word of ASCII or basic Cyrillic letters, first letter and all, as the general path below
        // takes its first letter and LetterRun the rest.
        if constexpr (kKey) kw->BeginLetters();
        if (!in_word) ++r.letter_words;
        in_word = true;
        sep = 0;
        i = LetterRun<kKey>(s, i, &r, &last, key_writer);
        continue;
      }
    }
    size_t at = i;
    uint8_t f;
    char32_t c = NextChar(s, &i, &f);
    if constexpr (kKey) {
      if (c == ':' && !colon_seen) {
        colon_seen = true;
        if (at <= kMaxLabelBytes) *head = kw->PrefixKeySize();
      }
      kw->Add(c, f, i < s.size());
    }
    ++r.chars;
    // `last` is the last character that is neither blank nor closing: letters and digits always are.
    if (f & kDigitF) {
      if (!in_num && !in_word) ++r.number_words;
      in_num = true;
      ++digits_run;
      last = c;
    } else {
      if (in_num) end_digits();
      if (f & kLetterF) {
        if (!in_word) ++r.letter_words;
        in_word = true;
        if (c < 0x80) ++r.latin;
        else if (c >= 0x400 && c <= 0x52F) ++r.cyrillic;  // util::IsCyrillic
        else if (util::IsLatin(c)) ++r.latin;
        if (f & kUpperF) ++r.upper;
        else ++r.lower;
        sep = 0;
        last = c;
        if constexpr (kLetterRuns) i = LetterRun<kKey>(s, i, &r, &last, key_writer);
      } else if ((f & kApostropheF) && in_word) {
        // an inner apostrophe keeps the word
        if (!(f & kClosingF)) last = c;
      } else {
        if ((f & kSeparatorF) && in_num) {
          sep = c;
          prev_digits = digits_run;
        } else {
          sep = 0;
        }
        in_word = false;
        if (f & kBlankF) r.has_space = true;
        else if (!(f & kClosingF)) last = c;
      }
      in_num = false;
      digits_run = 0;
    }
  }
  if (in_num) end_digits();
  r.terminal = IsTerminal(last);
  if constexpr (kKey) kw->Finish();
  return r;
}

Script ScriptOf(uint32_t latin, uint32_t cyrillic) {
  if (latin + cyrillic == 0) return kNoScript;
  if (latin * 5 >= (latin + cyrillic) * 4) return kLatin;
  if (cyrillic * 5 >= (latin + cyrillic) * 4) return kCyrillic;
  return kMixed;
}

#if defined(__SSE2__)
// How many bytes matched, over a run of SSE2 compares (each 0xFF where a byte matched): summed lane
// by lane, and across lanes only at the end (and every 255 blocks, before a lane can overflow).
// Cheaper than a popcount of each compare's movemask, which without -mpopcnt is a library call.
class ByteCounter {
 public:
  void Add(__m128i matched) {
    lanes_ = _mm_sub_epi8(lanes_, matched);
    if (++blocks_ == 255) Flush();
  }
  uint32_t Total() {
    Flush();
    return total_;
  }

 private:
  void Flush() {
    __m128i sums = _mm_sad_epu8(lanes_, _mm_setzero_si128());  // two sums, in 16-bit lanes 0 and 4
    total_ += static_cast<uint32_t>(_mm_cvtsi128_si32(sums) & 0xFFFF) + static_cast<uint32_t>(_mm_extract_epi16(sums, 4));
    lanes_ = _mm_setzero_si128();
    blocks_ = 0;
  }
  __m128i lanes_ = _mm_setzero_si128();
  uint32_t total_ = 0, blocks_ = 0;
};
#endif

// A line of kProseChars characters or more, with a blank and a letter or digit, is prose whatever
// else it holds (see Classify), and its kind, length and script are all FindBody needs of it. This
// answers from the bytes, several times faster than ScanLine: ASCII sixteen bytes at a time, basic
// Cyrillic (U+0400..U+045F, all letters) by its two bytes, anything else (quotes, dashes, accented
// letters) decoded and tested as ScanLine tests it. It sets chars, latin and cyrillic as ScanLine
// would, and returns true; false (nothing set) when the line has no blank, or no letter or digit.
// `s` has kProseChars code points or more.
bool PlainProse(std::string_view s, Scan* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  uint32_t chars = 0, latin = 0, cyrillic = 0;
  bool blank = false, digit = false;
#if defined(__SSE2__)
  // Sixteen ASCII bytes at a time (most of an English line): letters counted, digits and blanks seen.
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i to_letter = _mm_set1_epi8(static_cast<char>(0x80 - 'a')), letters = _mm_set1_epi8(static_cast<char>(0x80 + 26));
  const __m128i to_digit = _mm_set1_epi8(static_cast<char>(0x80 - '0')), digits = _mm_set1_epi8(static_cast<char>(0x80 + 10));
  const __m128i to_control = _mm_set1_epi8(static_cast<char>(0x80 - 9)), controls = _mm_set1_epi8(static_cast<char>(0x80 + 5));
  const __m128i space = _mm_set1_epi8(' ');
  ByteCounter ascii_letters;
#endif
  for (size_t i = 0; i < n; ++chars) {
#if defined(__SSE2__)
    if (i + 16 <= n) {
      __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      if (_mm_movemask_epi8(b) == 0) {
        __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(b, case_bit), to_letter), letters);
        __m128i dig = _mm_cmplt_epi8(_mm_add_epi8(b, to_digit), digits);
        __m128i white = _mm_or_si128(_mm_cmpeq_epi8(b, space), _mm_cmplt_epi8(_mm_add_epi8(b, to_control), controls));
        ascii_letters.Add(letter);
        digit = digit || _mm_movemask_epi8(dig) != 0;
        blank = blank || _mm_movemask_epi8(white) != 0;
        chars += 15;  // and one more by the loop
        i += 16;
        continue;
      }
    }
#endif
    unsigned char b = p[i];
    if (b < 0x80) {
      if (AsciiLetter(b)) ++latin;
      else if (b >= '0' && b <= '9') digit = true;
      else if (b == ' ' || (b >= 9 && b <= 13)) blank = true;
      ++i;
    } else if (i + 1 < n && BasicCyrillicAt(p + i)) {
      ++cyrillic;
      i += 2;
    } else {
      char32_t c = util::DecodeUtf8(s, &i);
      if (Letter(c)) {
        if (c >= 0x400 && c <= 0x52F) ++cyrillic;  // util::IsCyrillic, as ScanLine counts
        else if (util::IsLatin(c)) ++latin;
      } else if (IsBlankCp(c)) {
        blank = true;
      }
    }
  }
#if defined(__SSE2__)
  latin += ascii_letters.Total();
#endif
  if (!blank || (!digit && latin + cyrillic == 0)) return false;
  out->chars = chars;
  out->latin = latin;
  out->cyrillic = cyrillic;
  return true;
}

// The script of a long line from its first bytes, without decoding: Cyrillic letters are two-byte
// sequences led by 0xD0/0xD1, Latin ones mostly ASCII.
// Sixteen bytes at a time where SSE2 is there (every long line asks about 128 of them).
void ByteScript(std::string_view s, Scan* r) {
  size_t n = std::min<size_t>(s.size(), 128);
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i lead_d0 = _mm_set1_epi8(static_cast<char>(0xD0)), lead_d1 = _mm_set1_epi8(static_cast<char>(0xD1));
  const __m128i case_bit = _mm_set1_epi8(0x20);
  // (b | 0x20) - 'a' + 0x80 falls below 0x80 + 26, as a signed byte, exactly for the ASCII letters.
  const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i below = _mm_set1_epi8(static_cast<char>(0x80 + 26));
  ByteCounter leads, letters;
  for (; i + 16 <= n; i += 16) {
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    leads.Add(_mm_or_si128(_mm_cmpeq_epi8(b, lead_d0), _mm_cmpeq_epi8(b, lead_d1)));
    letters.Add(_mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(b, case_bit), shift), below));
  }
  r->cyrillic += leads.Total();
  r->latin += letters.Total();
#endif
  for (; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xD0 || c == 0xD1) ++r->cyrillic;
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++r->latin;
  }
}

// A reader's comment left on the page by a comment widget: the line opens with the commenter's
// handle and a colon ("user4217: Who believes this?", "kyiv_observer: ...", "Олег_К: ...") or with a
// handle or one-word name and the time it was posted ("Ivan_K 12:31 Another empty talk.", "Marco,
// 14:02 — ..."). A handle is one token of letters with digits or underscores ("user4217", "Ivan_K");
// a plain word before a colon ("Zelensky: ...", "Підсумок: ...") is a quote or a heading, not a handle.
bool IsHandle(std::string_view w) {
  size_t letters = 0, lower = 0, digits = 0, under = 0, i = 0;
  bool digit_then_letter = false;
  while (i < w.size()) {
    char32_t c = util::DecodeUtf8(w, &i);
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '_') {
      ++under;
    } else if (Letter(c)) {
      ++letters;
      lower += !Upper(c);
      if (digits > 0) digit_then_letter = true;
    } else if (c != '.') {
      return false;
    }
  }
  if (letters < 3 && under == 0) return false;
  if (letters < 2 || letters + digits + under < 4) return false;
  // user4217, kyivlanin88, Ivan_K; not a code in capitals (MH17, COVID19) or with letters after its
  // digits (Su34m).
  return under > 0 || (digits > 0 && lower > 0 && !digit_then_letter);
}

bool IsTimeWord(std::string_view w) {
  size_t c = w.find(':');
  if (c == std::string_view::npos || c == 0 || c > 2 || w.size() != c + 3) return false;
  return std::all_of(w.begin(), w.end(), [](char x) { return x == ':' || (x >= '0' && x <= '9'); });
}

bool IsCommentLine(std::string_view s) {
  auto word = [&](size_t* p) {
    while (*p < s.size() && s[*p] == ' ') ++*p;
    size_t b = *p;
    while (*p < s.size() && s[*p] != ' ') ++*p;
    return s.substr(b, *p - b);
  };
  size_t p = 0;
  std::string_view first = word(&p);
  if (first.size() < 2) return false;
  char last = first.back();
  std::string_view name = (last == ':' || last == ',') ? first.substr(0, first.size() - 1) : first;
  size_t rest = p;
  if (last == ':') return IsHandle(name) && rest < s.size();
  // Otherwise a post time must follow ("12:31", "12:31,"), and more text after it: most lines are
  // ruled out by the first byte of their second word.
  while (p < s.size() && s[p] == ' ') ++p;
  if (p == s.size() || s[p] < '0' || s[p] > '9') return false;
  std::string_view next = word(&p);
  if (!next.empty() && next.back() == ',') next.remove_suffix(1);
  if (!IsTimeWord(next) || p == s.size()) return false;
  if (IsHandle(name)) return true;
  // A one-word name with a post time: "Olena 12:31 ...", "Марко, 14:02 ...".
  size_t i = 0;
  if (i < name.size() && !Upper(util::DecodeUtf8(name, &i))) return false;
  while (i < name.size())
    if (!Letter(util::DecodeUtf8(name, &i))) return false;
  return true;
}

// `key` is scratch space for the line's key, reused from line to line.
Kind Classify(std::string_view s, const FurnitureLexicon& lex, Scan* out, std::string* key_buf) {
  if (s.size() <= 2 * kLongLineBytes && IsCommentLine(s)) {
    *out = ScanLine<false>(s);
    return Kind::kFurniture;
  }
  if (s.size() > kLongLineBytes) {
    out->chars = static_cast<uint32_t>(s.size());
    ByteScript(s, out);
    return Kind::kProse;
  }
  size_t head_size = SIZE_MAX;
  Scan r;
  if (s.size() >= kProseChars && util::CodePointCount(s) >= kProseChars) {
    if (PlainProse(s, out)) return Kind::kProse;
    // Phrase lists are asked only about lines shorter than kProseChars: this one needs no key.
    r = ScanLine<false>(s);
  }
  if (r.chars < kProseChars) r = ScanLine<true>(s, key_buf, &head_size);
  *out = r;
  uint32_t words = r.letter_words + r.number_words;
  if (words == 0) return Kind::kFurniture;  // bullets, separators, icons
  if (!r.has_space && (s.find("://") != std::string_view::npos || s.rfind("www.", 0) == 0 ||
                       std::count(s.begin(), s.end(), '-') >= 3))
    return Kind::kFurniture;  // URL or slug
  if (r.chars < kProseChars) {
    const std::string& key = *key_buf;
    if (lex.line_starts.MayBe(key) && lex.line.count(key)) return Kind::kFurniture;
    if (lex.list_heading_starts.MayBe(key) && lex.list_heading.count(key)) return Kind::kListHeading;
    if (ContainsWidget(key, lex)) return Kind::kWidget;
    // The key of the text before the line's first ':', when that ':' comes early.
    std::string_view head(key.data(), head_size == SIZE_MAX ? 0 : head_size);
    if (!head.empty()) {
      if (lex.list_heading_starts.MayBe(head) && lex.list_heading.count(head)) return Kind::kFurniture;  // inline "Читайте також: <headline>"
      if (words <= 12)
        for (const auto& c : lex.credit_prefix)
          if (head == c) return Kind::kFurniture;  // "Фото: EPA"
    }
    if (words <= 8) {
      // Counters and timestamps: nothing but numbers and counter words.
      bool only_counter = true, date_word = false;
      size_t p = 0;
      while (p < key.size()) {
        size_t e = key.find(' ', p);
        if (e == std::string::npos) e = key.size();
        std::string_view w(key.data() + p, e - p);
        bool number = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
        bool counter = false;
        if (lex.counter_word_starts.MayStart(w[0], w.size() > 1 ? w[1] : 0))
          for (const auto& c : lex.counter_words)
            if (w.size() >= c.size() && w[0] == c[0] && w.compare(0, c.size(), c) == 0) counter = true;
        if (lex.date_word_starts.MayStart(w[0], w.size() > 1 ? w[1] : 0) && lex.date_words.find(w) != lex.date_words.end())
          date_word = true;
        if (!number && !counter) only_counter = false;
        p = e + 1;
      }
      // A sentence that mentions a date ("Sunak and Biden last spoke on March 31.") is prose, not a
      // dateline or a sidebar stamp.
      bool sentence = r.terminal && r.letter_words >= 4;
      if (!sentence && (r.time || r.numeric_date || (date_word && (r.number_words > 0 || words <= 3))))
        return Kind::kDate;
      if (only_counter && r.number_words > 0) return Kind::kCounter;
    }
  }
  bool all_upper = r.upper >= 4 && r.lower == 0;
  if (r.chars >= kProseChars || (r.letter_words >= 3 && r.terminal && !all_upper)) return Kind::kProse;
  if (r.letter_words >= 3 && !all_upper) return Kind::kHeadline;
  return Kind::kShort;
}

bool IsFurnitureKind(Kind k) {
  return k == Kind::kFurniture || k == Kind::kCounter || k == Kind::kListHeading || k == Kind::kWidget;
}

// Does the line ending at `prev_end` run on into the next line starting at `next`? Only for
// hard-wrapped prose: the previous line is long, does not end a sentence, and the next line starts
// in lower case. (A menu of short lower-case items never merges.)
bool WrapsInto(std::string_view text, size_t prev_start, size_t prev_end, size_t next) {
  if (prev_end - prev_start < 40) return false;
  size_t b = prev_end - 1;
  while (b > prev_start && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  size_t k = b;
  char32_t last = util::DecodeUtf8(text, &k);
  if (IsTerminal(last) || IsClosing(last) || last == ':') return false;
  size_t i = next;
  char32_t c = util::DecodeUtf8(text, &i);
  return Letter(c) && !Upper(c);
}

// What FindBody keeps of Classify's answer for a line.
struct LineClass {
  Kind kind = Kind::kShort;
  uint32_t chars = 0;
  Script script = kNoScript;
};

LineClass ClassOf(std::string_view line, const FurnitureLexicon& lex, std::string* key) {
  Scan sc;
  LineClass c;
  c.kind = Classify(line, lex, &sc, key);
  c.chars = sc.chars;
  c.script = ScriptOf(sc.latin, sc.cyrillic);
  return c;
}

// Lines shorter than this are remembered: menus, counters, bylines, "Read also" headings. Longer
// ones are mostly the article's own sentences, read once.
constexpr size_t kMemoLineBytes = 150;
// A thread forgets every line at once when it remembers this many.
constexpr size_t kMemoLines = size_t{1} << 15;

// The classes of the short lines one thread has seen, under one lexicon (Classify is a function
// of the line and the phrase lists alone). Open addressing on the line's FastHash over a fixed
// table twice the size of the memo; the lines' bytes are kept end to end in one buffer, so
// remembering a line allocates nothing (but when the buffer grows) and forgetting all is three
// clears.
class LineMemo {
 public:
  // The memo of the calling thread, emptied when it last served another lexicon.
  static LineMemo& ForLexicon(uint64_t lexicon_id) {
    thread_local LineMemo memo;
    if (memo.lexicon_id_ != lexicon_id) {
      memo.Clear();
      memo.lexicon_id_ = lexicon_id;
    }
    return memo;
  }
  // The class of `line` (whose FastHash is h), or null with *slot where Add puts it.
  const LineClass* Find(std::string_view line, uint64_t h, size_t* slot) const {
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      const Slot& s = slots_[i];
      if (s.entry == 0) {
        *slot = i;
        return nullptr;
      }
      const Entry& e = entries_[s.entry - 1];
      if (s.tag == tag && util::SameBytes(std::string_view(bytes_.data() + e.offset, e.size), line))
        return &e.c;
    }
  }
  // Remembers `line`, which Find did not find and gave `slot` for.
  void Add(std::string_view line, uint64_t h, size_t slot, const LineClass& c) {
    if (entries_.size() >= kMemoLines) {
      Clear();
      Find(line, h, &slot);
    }
    entries_.push_back({static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(line.size()), c});
    bytes_.append(line);
    slots_[slot] = {static_cast<uint32_t>(h >> 32), static_cast<uint32_t>(entries_.size())};
  }

 private:
  static constexpr size_t kSlots = 2 * kMemoLines;  // a power of two; at most half full
  struct Slot {
    uint32_t tag = 0;    // the hash's upper half
    uint32_t entry = 0;  // index into entries_ + 1; 0: empty
  };
  struct Entry {
    uint32_t offset, size;  // of the line in bytes_
    LineClass c;
  };
  void Clear() {
    std::fill(slots_.begin(), slots_.end(), Slot{});
    entries_.clear();
    bytes_.clear();
  }

  uint64_t lexicon_id_ = 0;
  std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
  std::vector<Entry> entries_;
  std::string bytes_;
};

std::vector<Line> SplitLines(std::string_view text, const FurnitureLexicon& lex, uint64_t lexicon_id) {
  std::vector<Line> lines;
  lines.reserve(32);  // a news page has a few dozen lines: one allocation instead of six regrowths
  bool adjacent = false;  // the previous physical line was not blank
  size_t p = 0;
  while (p < text.size()) {
    size_t nl = text.find('\n', p);
    size_t e = nl == std::string_view::npos ? text.size() : nl;
    size_t s = p;
    Trim(text, &s, &e);
    if (s < e) {
      if (adjacent && !lines.empty() && WrapsInto(text, lines.back().start, lines.back().end, s)) {
        lines.back().end = e;
      } else {
        Line l;
        l.start = s;
        l.end = e;
        lines.push_back(l);
      }
      adjacent = true;
    } else {
      adjacent = false;
    }
    if (nl == std::string_view::npos) break;
    p = nl + 1;
  }
  std::string key;
  key.reserve(5 * kLongLineBytes);  // KeyWriter's worst case for the longest line that gets a key
  LineMemo& memo = LineMemo::ForLexicon(lexicon_id);
  for (Line& l : lines) {
    std::string_view line = text.substr(l.start, l.end - l.start);
    LineClass c;
    if (line.size() >= kMemoLineBytes) {
      c = ClassOf(line, lex, &key);
    } else {
      const uint64_t h = util::FastHash(line);
      size_t slot;
      if (const LineClass* seen = memo.Find(line, h, &slot)) {
        c = *seen;
      } else {
        c = ClassOf(line, lex, &key);
        memo.Add(line, h, slot, c);
      }
    }
    l.kind = c.kind;
    l.chars = c.chars;
    l.script = c.script;
  }
  return lines;
}

// Sidebars: two or more lines in a row each followed by a timestamp or counter line.
void MarkSidebars(std::vector<Line>* lines) {
  auto& L = *lines;
  auto is_stamp = [&](size_t i) { return L[i].kind == Kind::kCounter || L[i].kind == Kind::kDate; };
  std::vector<size_t> run;
  size_t last_end = 0;  // index after the stamps of the last item in the run
  // A live blog ("12:30\nParagraph\n12:45\nParagraph") alternates stamps and text too; a sidebar
  // is told apart by its headline-like items or by counters among the stamps.
  auto is_sidebar = [&]() {
    if (run.size() < 2) return false;
    size_t headlines = 0;
    bool counters = false;
    for (size_t i : run) {
      headlines += L[i].kind != Kind::kProse;
      for (size_t k = i + 1; k < L.size() && is_stamp(k); ++k) counters |= L[k].kind == Kind::kCounter;
    }
    return counters || headlines * 2 >= run.size();
  };
  auto close = [&]() {
    if (is_sidebar()) {
      for (size_t i : run) {
        L[i].kind = Kind::kFurniture;
        for (size_t k = i + 1; k < L.size() && is_stamp(k); ++k) L[k].kind = Kind::kFurniture;
      }
    }
    run.clear();
  };
  for (size_t i = 0; i < L.size(); ++i) {
    if (is_stamp(i)) continue;
    bool item = i + 1 < L.size() && is_stamp(i + 1) &&
                (L[i].kind == Kind::kHeadline || L[i].kind == Kind::kShort || L[i].kind == Kind::kProse);
    if (!item) {
      close();
      continue;
    }
    if (!run.empty() && last_end != i) close();
    run.push_back(i);
    size_t k = i + 1;
    while (k < L.size() && is_stamp(k)) ++k;
    last_end = k;
  }
  close();
}

// Link lists: after a "Read also"/"Popular" heading, every line up to the next paragraph.
void MarkLinkLists(std::vector<Line>* lines) {
  bool in_list = false;
  for (auto& l : *lines) {
    if (l.kind == Kind::kListHeading) {
      in_list = true;
    } else if (in_list) {
      if (l.kind == Kind::kProse || l.kind == Kind::kWidget) in_list = false;
      else l.kind = Kind::kFurniture;
    }
  }
}

}  // namespace

std::string LineKey(std::string_view line) {
  std::string key;
  LineKeyInto(line, &key);
  return key;
}

void LineKeyInto(std::string_view line, std::string* out) {
  // The same KeyWriter ScanLine feeds as it scans, one decoded character at a time (LineKey is asked
  // at load, for the lexicon's phrases; documents' lines get their keys from ScanLine).
  KeyWriter key(out, line.size());
  for (size_t i = 0; i < line.size();) {
    uint8_t flags;
    char32_t c = NextChar(line, &i, &flags);
    key.Add(c, flags, i < line.size());
  }
  key.Finish();
}

bool FastScanAgrees(std::string_view line) {
  auto same = [](const Scan& a, const Scan& b) {
    return a.chars == b.chars && a.letter_words == b.letter_words && a.number_words == b.number_words &&
           a.latin == b.latin && a.cyrillic == b.cyrillic && a.upper == b.upper && a.lower == b.lower &&
           a.terminal == b.terminal && a.time == b.time && a.numeric_date == b.numeric_date &&
           a.has_space == b.has_space;
  };
  std::string fast_key, slow_key;
  size_t fast_head = 0, slow_head = 0;
  Scan fast = ScanLine<true>(line, &fast_key, &fast_head);
  Scan slow = ScanLine<true, false>(line, &slow_key, &slow_head);
  bool agree = same(fast, slow) && same(ScanLine<false>(line), slow) && fast_key == slow_key &&
               fast_key == LineKey(line) && fast_head == slow_head;
  Scan plain;
  if (PlainProse(line, &plain))  // sets only these three
    agree &= plain.chars == slow.chars && plain.latin == slow.latin && plain.cyrillic == slow.cyrillic;
  return agree;
}

Status Furniture::Load(const std::vector<std::string>& rule_roots) {
  auto files = util::RuleFiles(rule_roots, "ingest/furniture");
  if (!files.ok()) return files.status();
  for (const auto& path : *files) {
    Status s = LoadFile(path);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

uint64_t Furniture::NewLexiconId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}

Status Furniture::LoadFile(const std::string& path) {
  lexicon_id_ = NewLexiconId();
  rapidjson::Document d;
  Status s = util::ReadJsonFile(path, &d);
  if (!s.ok()) return s;
  if (!d.IsObject()) return Status::RuleError(path + ": expected a JSON object");
  auto keys = [&](const char* field) {
    std::vector<std::string> out;
    for (const auto& p : util::GetStrings(d, field)) {
      std::string k = LineKey(p);
      if (!k.empty()) out.push_back(std::move(k));
    }
    return out;
  };
  for (auto& k : keys("line")) {
    lex_.line_starts.Add(k);
    lex_.line.insert(std::move(k));
  }
  for (auto& k : keys("list_heading")) {
    lex_.list_heading_starts.Add(k);
    lex_.list_heading.insert(std::move(k));
  }
  for (auto& k : keys("widget")) lex_.widget.push_back(std::move(k));
  lex_.widget_by_prefix.clear();
  lex_.short_widgets.clear();
  for (uint32_t w = 0; w < lex_.widget.size(); ++w) {
    const std::string& phrase = lex_.widget[w];
    if (phrase.size() < 4) {
      if (!phrase.empty()) lex_.short_widgets.push_back(w);
      continue;
    }
    uint32_t prefix = Prefix4(phrase.data());
    lex_.widget_by_prefix[prefix].push_back(w);
    lex_.widget_prefixes.Add(prefix);
  }
  for (auto& k : keys("credit_prefix")) lex_.credit_prefix.push_back(std::move(k));
  for (auto& k : keys("counter_words")) {
    // A word starting with the stem starts with its first two bytes, or with its only byte.
    if (k.size() > 1) lex_.counter_word_starts.Add(k);
    else
      for (int b = 0; b < 256; ++b) lex_.counter_word_starts.Add(k + static_cast<char>(b));
    lex_.counter_words.push_back(std::move(k));
  }
  for (auto& k : keys("date_words")) {
    lex_.date_word_starts.Add(k);
    lex_.date_words.insert(std::move(k));
  }
  return Status::OK();
}

std::vector<Span> Furniture::FindBody(std::string_view text) const {
  std::vector<Line> L = SplitLines(text, lex_, lexicon_id_);
  MarkSidebars(&L);
  MarkLinkLists(&L);

  // Clusters of prose lines; the article is the one with the most prose.
  size_t best_first = SIZE_MAX, best_last = 0, best_score = 0;
  size_t first = SIZE_MAX, last = 0, score = 0;
  int gap = 0;
  bool cut = false;
  auto finish = [&]() {
    if (first != SIZE_MAX && score > best_score) {
      best_first = first;
      best_last = last;
      best_score = score;
    }
  };
  for (size_t i = 0; i < L.size(); ++i) {
    Kind k = L[i].kind;
    if (k == Kind::kProse) {
      if (first == SIZE_MAX || gap > kMaxClusterGap || cut) {
        finish();
        first = i;
        score = 0;
      }
      last = i;
      score += L[i].chars;
      gap = 0;
      cut = false;
    } else if (k == Kind::kWidget) {
      cut = true;
    } else if (!IsFurnitureKind(k)) {
      ++gap;
    }
  }
  finish();

  if (best_first == SIZE_MAX) {
    // No paragraph at all: a headline-only document keeps its headline lines (and datelines with
    // them); menus and stamps alone are not an article.
    bool any = false;
    for (size_t i = 0; i < L.size(); ++i) any |= L[i].keep = L[i].kind == Kind::kHeadline;
    for (size_t i = 0; any && i < L.size(); ++i) L[i].keep = L[i].keep || L[i].kind == Kind::kDate;
    // A tiny document ("Austin called." as a JSONL record) is what it is: keep it unless it is
    // furniture through and through.
    if (!any && L.size() <= 3)
      for (size_t i = 0; i < L.size(); ++i) L[i].keep = !IsFurnitureKind(L[i].kind);
  } else {
    // The body's script: lines of another script between paragraphs are foreign furniture
    // (a Ukrainian "related" link inside an English article).
    uint32_t lat = 0, cyr = 0;
    for (size_t i = best_first; i <= best_last; ++i) {
      if (L[i].kind != Kind::kProse) continue;
      if (L[i].script == kLatin) lat += L[i].chars;
      else if (L[i].script == kCyrillic) cyr += L[i].chars;
    }
    Script body_script = ScriptOf(lat, cyr);
    auto foreign = [&](const Line& l) {
      return body_script != kMixed && body_script != kNoScript && l.chars >= 8 &&
             (l.script == kLatin || l.script == kCyrillic) && l.script != body_script;
    };
    for (size_t i = best_first; i <= best_last; ++i) {
      Kind k = L[i].kind;
      L[i].keep = k == Kind::kProse || (!IsFurnitureKind(k) && !foreign(L[i]));
    }
    // Above the body: the title line(s) and the dateline, past counters and credits.
    int titles = 0, dates = 0, shorts = 0, seen = 0;
    for (size_t i = best_first; i-- > 0 && seen < 8; ++seen) {
      Kind k = L[i].kind;
      if (IsFurnitureKind(k) && k != Kind::kListHeading && k != Kind::kWidget) continue;
      // A byline or category label between title and body is passed over (not kept), once or twice.
      if (k == Kind::kShort && titles == 0 && ++shorts <= 2) continue;
      if (k == Kind::kDate && dates < 2) {
        L[i].keep = true;
        ++dates;
        continue;
      }
      if (k == Kind::kHeadline && titles < 2 && !foreign(L[i])) {
        L[i].keep = true;
        ++titles;
        continue;
      }
      break;
    }
    // Below the body: a dateline or "updated" stamp right after the last paragraph.
    if (best_last + 1 < L.size() && L[best_last + 1].kind == Kind::kDate) L[best_last + 1].keep = true;
  }

  std::vector<Span> body;
  for (size_t i = 0; i < L.size(); ++i) {
    if (!L[i].keep) continue;
    if (i > 0 && L[i - 1].keep && !body.empty()) body.back().end = L[i].end;
    else body.push_back({L[i].start, L[i].end});
  }
  return body;
}

}  // namespace crosscheck::ingest
