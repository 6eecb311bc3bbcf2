#include "engine/analyse/icu_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <climits>
#include <iterator>
#include <memory>
#include <string>

#include "engine/util/block_scan.h"
#include "engine/util/text.h"

namespace crosscheck::analyse {

namespace {

// Sets of Sentence_Break values (USentenceBreak, all below 32) as bit masks.
constexpr uint32_t Bit(int sb) { return 1u << sb; }
constexpr uint32_t kTerm = Bit(U_SB_ATERM) | Bit(U_SB_STERM);
constexpr uint32_t kParaSep = Bit(U_SB_SEP) | Bit(U_SB_CR) | Bit(U_SB_LF);
constexpr uint32_t kAttached = Bit(U_SB_EXTEND) | Bit(U_SB_FORMAT);  // SB5: part of the character before
// A terminator run and everything SB8a-SB11 look back over from a break after it.
constexpr uint32_t kRun = kTerm | Bit(U_SB_CLOSE) | Bit(U_SB_SP) | kAttached;
// Where the look-ahead of SB8 ("ATerm Close* Sp* × (¬(OLetter|Upper|Lower|ParaSep|SATerm))* Lower")
// stops; SB6, SB7, SB8a and SB9-SB10 look at most one character past the run.
constexpr uint32_t kDecides = Bit(U_SB_OLETTER) | Bit(U_SB_UPPER) | Bit(U_SB_LOWER) | kParaSep | kTerm;

// The Sentence_Break property, read from ICU (u_getIntPropertyValue) once into a table for the code
// points below kTableEnd (every alphabet, punctuation and symbol our texts use); ICU answers for the
// rest. For the scan, each byte says whether a terminator or a separator can start there.
class Classes {
 public:
  static const Classes& Get() {
    static const Classes c;
    return c;
  }
  uint32_t BitOf(char32_t c) const {
    return Bit(c < kTableEnd ? table_[c]
                             : u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
  }

  // The start of the first code point at or after `i` that is a terminator or a separator (its
  // class in *bit, the offset after it in *next); s.size() when there is none.
  size_t NextHot(std::string_view s, size_t i, uint32_t* bit, size_t* next) const {
    const size_t n = s.size();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
    for (;;) {
#if defined(__SSE2__)
      if (blocks_) {
        const char* b = reinterpret_cast<const char*>(p);
        i = static_cast<size_t>(util::FindInBlocks(b + i, b + n, MayStart) - b);
        if (i < n && !can_start_[p[i]]) {  // a lead byte that starts none here
          ++i;
          continue;
        }
      }
#endif
      while (i < n && !can_start_[p[i]]) ++i;
      if (i >= n) return n;
      size_t j = i;
      uint32_t c = BitOf(util::DecodeUtf8(s, &j));
      if (c & (kTerm | kParaSep)) {
        *bit = c;
        *next = j;
        return i;
      }
      i = j;
    }
  }

 private:
  static constexpr char32_t kTableEnd = 0x3100;

  Classes() {
    for (char32_t c = 0; c < kTableEnd; ++c)
      table_[c] = static_cast<uint8_t>(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
    // A continuation byte starts no code point; nor does a lead byte none of whose code points is a
    // terminator or separator (Cyrillic, Latin, Greek), whether or not its sequence is valid: an
    // invalid byte decodes to U+FFFD, neither. Lead bytes of three and four bytes are always looked at.
    auto hot = [&](char32_t c) { return (BitOf(c) & (kTerm | kParaSep)) != 0; };
    for (char32_t c = 0; c < 0x80; ++c) can_start_[c] = hot(c);
    for (int lead = 0xC0; lead < 0x100; ++lead) can_start_[lead] = 1;
    for (int lead = 0xC2; lead < 0xE0; ++lead) {  // two-byte sequences: U+0080..U+07FF
      bool any = false;
      for (char32_t c = (lead & 0x1F) << 6, e = c + 64; c < e; ++c) any = any || hot(c);
      can_start_[lead] = any;
    }
#if defined(__SSE2__)
    InitBlocks();
#endif
  }

#if defined(__SSE2__)
  // Which of sixteen bytes may start a terminator or a separator: '.', '!', '?', LF to CR, and the
  // lead bytes 0xC2 (U+0085) and 0xD5 up (Armenian, Arabic, Syriac, NKo; three and four bytes), so
  // not the ASCII letters and spaces, nor the Latin-1 and Cyrillic letters most of our texts are
  // made of. Fixed rather than read from ICU, so checked against can_start_ once (InitBlocks).
  static unsigned MayStart(__m128i v) {
    // A byte in [lo, lo + len) is one that (b - lo) + 0x80 sets below 0x80 + len, as a signed byte.
    auto in = [&](int lo, int len) {
      return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                            _mm_set1_epi8(static_cast<char>(0x80 + len)));
    };
    auto is = [&](int b) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(b))); };
    const __m128i ascii = _mm_or_si128(_mm_or_si128(is('.'), is('!')), _mm_or_si128(is('?'), in('\n', 4)));
    const __m128i lead = _mm_or_si128(is(0xC2), in(0xD5, 0x100 - 0xD5));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii, lead)));
  }
  // Blocks are used when MayStart marks every byte that can start a terminator or separator: ASCII,
  // or a lead byte of a valid sequence (another byte decodes as U+FFFD, neither).
  void InitBlocks() {
    blocks_ = true;
    for (int b = 0; b < 0x100; ++b)
      if (can_start_[b] && (b < 0x80 || (b >= 0xC2 && b <= 0xF4)) &&
          !(MayStart(_mm_set1_epi8(static_cast<char>(b))) & 1))
        blocks_ = false;
  }
  bool blocks_ = false;
#endif

  uint8_t table_[kTableEnd] = {};
  uint8_t can_start_[256] = {};
};

// One ICU iterator per thread: creating one costs far more than splitting a document.
icu::BreakIterator* ThreadIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it;
  thread_local bool tried = false;
  if (!tried) {
    tried = true;
    UErrorCode err = U_ZERO_ERROR;
    it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
    if (U_FAILURE(err)) it.reset();
  }
  return it.get();
}

// The start of the code point that ends at byte `end` (> 0): a byte that is no continuation byte,
// so a code point boundary of the text decoded from its start whatever invalid bytes it holds.
size_t StartBefore(std::string_view s, size_t end) {
  size_t b = end - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return b;
}

// A terminator run [start, end): ICU's answer for every offset in (start, end] is kept.
struct Run {
  size_t start, end;
};

// Windows of a text, each holding the context of one or more runs, joined into one UTF-16 text
// with U+2029 PARAGRAPH SEPARATOR after each: ICU breaks after a separator whatever precedes it
// (SB4) and goes on from there as from the start of a text, so one setText serves every window.
class Windows {
 public:
  explicit Windows(std::string_view text) : text_(text) {
    windows_.clear();
    runs_.clear();
  }
  // Adds a run whose context is [begin, end). Runs come in text order; a window that reaches the
  // previous one joins it.
  void Add(Run run, size_t begin, size_t end) {
    if (!windows_.empty() && begin <= windows_.back().end) {
      windows_.back().end = std::max(windows_.back().end, end);
    } else {
      windows_.push_back({begin, end, 0});
    }
    runs_.push_back(run);
  }
  // Runs ICU over the windows; appends to *out, ascending, the boundaries that lie in a run's range.
  void Break(icu::BreakIterator* bi, std::vector<uint32_t>* out);

 private:
  struct Window {
    size_t begin, end;
    int32_t unit;  // where the window starts in the joined UTF-16 text
  };
  std::string_view text_;
  // Per thread, reused: cleared by the constructor.
  static thread_local std::vector<Window> windows_;
  static thread_local std::vector<Run> runs_;
};

thread_local std::vector<Windows::Window> Windows::windows_;
thread_local std::vector<Run> Windows::runs_;

void Windows::Break(icu::BreakIterator* bi, std::vector<uint32_t>* out) {
  if (windows_.empty()) return;
  thread_local std::u16string units;
  units.clear();
  for (Window& w : windows_) {
    w.unit = static_cast<int32_t>(units.size());
    for (size_t i = w.begin; i < w.end;) {
      char32_t c = util::DecodeUtf8(text_, &i);
      if (c < 0x10000) {
        units.push_back(static_cast<char16_t>(c));
      } else {
        units.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
        units.push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
      }
    }
    units.push_back(u'\u2029');
  }
  UErrorCode err = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, units.data(), static_cast<int64_t>(units.size()), &err);
  if (U_SUCCESS(err)) bi->setText(&ut, err);
  if (U_SUCCESS(err)) {
    // Boundaries come in order: walk the windows along them to turn UTF-16 indexes into bytes.
    size_t w = 0, r = 0, byte = windows_[0].begin;
    int32_t unit = 0;
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
      while (w + 1 < windows_.size() && windows_[w + 1].unit <= b) {
        ++w;
        byte = windows_[w].begin;
        unit = windows_[w].unit;
      }
      while (unit < b && byte < windows_[w].end) unit += util::DecodeUtf8(text_, &byte) < 0x10000 ? 1 : 2;
      while (r < runs_.size() && runs_[r].end < byte) ++r;
      if (r == runs_.size()) break;
      if (byte > runs_[r].start && byte < text_.size()) out->push_back(static_cast<uint32_t>(byte));
    }
  }
  utext_close(&ut);
}

// What the rules say of a plain run "Term Close* Sp*" (one terminator `term`, then closing
// punctuation, then spaces, `spaced` if at least one) that ends at `end`, when that is settled
// without ICU: inside the run SB9 and SB10 allow no boundary, and at its end, before what follows:
//  - nothing (the end of the text) or a separator (SB9, SB10): no boundary in the run (one after the
//    separator, SB4, which the caller records);
//  - after a space (so SB6 and SB7, which look right after the terminator, do not apply): none
//    before SContinue (SB8a); for ATerm none when the first letter, separator or terminator ahead is
//    a lower-case letter (SB8: "p. 5 of", "ген. Залужний" is SB11 but "т. зв." is SB8); else one
//    at the end (SB11).
// Without a space: none before SContinue (SB8a) or, after ATerm, before a lower-case letter (SB8,
// "e.g.", "т.зв."), nor between a full stop alone (`bare`: no closing punctuation) and a digit (SB6,
// "3.5", "16.11.2024"); after STerm one at the end (SB11: SB6-SB8 are for ATerm). Anything else
// ("U.S.", "word.Next", "3.)5") goes to ICU (kAsk).
enum class Verdict { kNone, kAtEnd, kAsk };
Verdict Settle(std::string_view text, const Classes& classes, uint32_t term, bool spaced, bool bare,
               size_t end) {
  if (end >= text.size()) return Verdict::kNone;
  size_t j = end;
  const uint32_t next = classes.BitOf(util::DecodeUtf8(text, &j));
  if (next & kParaSep) return Verdict::kNone;
  if (!spaced) {
    if (next == Bit(U_SB_SCONTINUE)) return Verdict::kNone;  // SB8a: "3.,", "e.g.:"
    if (term == Bit(U_SB_STERM)) return Verdict::kAtEnd;      // nothing but SB11 looks past "!" or "?"
    if (next == Bit(U_SB_LOWER)) return Verdict::kNone;       // SB8: "e.g", "т.зв"
    return bare && next == Bit(U_SB_NUMERIC) ? Verdict::kNone : Verdict::kAsk;  // SB6: "3.5"
  }
  if (next == Bit(U_SB_SCONTINUE)) return Verdict::kNone;
  if (term == Bit(U_SB_STERM)) return Verdict::kAtEnd;
  uint32_t decides = next;
  while (!(decides & kDecides) && j < text.size()) decides = classes.BitOf(util::DecodeUtf8(text, &j));
  return decides == Bit(U_SB_LOWER) ? Verdict::kNone : Verdict::kAtEnd;
}

}  // namespace

bool IcuSentenceBreaks(std::string_view text, std::vector<uint32_t>* out) {
  const Classes& classes = Classes::Get();
  icu::BreakIterator* bi = ThreadIterator();
  if (!bi || text.size() >= INT32_MAX / 2) return false;  // room for the windows and their separators
  auto bit_at = [&](size_t* i) { return classes.BitOf(util::DecodeUtf8(text, i)); };
  // Boundaries after separators; of runs decided here; of ICU.
  thread_local std::vector<uint32_t> separated, decided, found, both;
  separated.clear();
  decided.clear();
  found.clear();
  both.clear();
  Windows windows(text);
  size_t i = 0;
  for (;;) {
    uint32_t bit;
    size_t after;
    size_t hot = classes.NextHot(text, i, &bit, &after);
    if (hot >= text.size()) break;
    if (bit & kParaSep) {  // SB3, SB4: a boundary after every separator, after CR LF as a whole
      if (bit == Bit(U_SB_CR) && after < text.size() && text[after] == '\n') ++after;
      if (after < text.size()) separated.push_back(static_cast<uint32_t>(after));
      i = after;
      continue;
    }
    // The run: the terminator, then terminators, closing punctuation and spaces. `plain`: after the
    // one terminator only closing punctuation, then spaces (`spaced`: at least one).
    size_t end = after;
    bool plain = true, spaced = false;
    for (size_t j = end; end < text.size(); j = end) {
      const uint32_t b = bit_at(&j);
      if (!(b & kRun)) break;
      if (b == Bit(U_SB_SP)) spaced = true;
      else if (b != Bit(U_SB_CLOSE) || spaced) plain = false;
      end = j;
    }
    if (plain) {
      const Verdict v = Settle(text, classes, bit, spaced, end == after, end);
      if (v != Verdict::kAsk) {
        if (v == Verdict::kAtEnd) decided.push_back(static_cast<uint32_t>(end));
        i = end;
        continue;
      }
    }
    // Its context: the character before it (with its Extend and Format), and what follows up to
    // and including the first letter, separator or terminator.
    size_t begin = hot;
    while (begin > 0) {
      begin = StartBefore(text, begin);
      size_t j = begin;
      if (!(bit_at(&j) & kAttached)) break;
    }
    size_t last = end;
    while (last < text.size() && !(bit_at(&last) & kDecides)) {
    }
    windows.Add({hot, end}, begin, last);
    i = end;
  }
  windows.Break(bi, &found);
  // Most texts need no ICU window: then the decided boundaries are merged as they are.
  const std::vector<uint32_t>* ruled = &decided;
  if (!found.empty()) {
    std::merge(decided.begin(), decided.end(), found.begin(), found.end(), std::back_inserter(both));
    ruled = &both;
  }
  out->reserve(out->size() + separated.size() + ruled->size());
  std::merge(separated.begin(), separated.end(), ruled->begin(), ruled->end(), std::back_inserter(*out));
  return true;
}

}  // namespace crosscheck::analyse
