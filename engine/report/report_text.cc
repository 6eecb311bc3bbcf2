#include "engine/report/report_text.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/report/human_output.h"
#include "engine/util/block_scan.h"

namespace crosscheck::report {

namespace {
bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
constexpr bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

// Calls word(w) for each run of non-whitespace bytes of s, in order.
template <typename F>
void ForEachWord(std::string_view s, F&& word) {
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    while (i < n && IsSpaceByte(s[i])) ++i;
    size_t j = i;
    while (j < n && !IsSpaceByte(s[j])) ++j;
    if (j > i) word(s.substr(i, j - i));
    i = j;
  }
}

// What MarkdownEscape does with a byte: keeps it, folds it into one space (a run of white space
// between words; none at either end), or puts a backslash before it.
enum : uint8_t { kPlain = 0, kSpace = 1, kSpecial = 2 };
constexpr std::array<uint8_t, 256> kMarkdownClass = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : std::string_view("\\`*_[]<>|~&#")) t[c] = kSpecial;
  for (int c = 0; c < 256; ++c)
    if (IsSpaceByte(static_cast<char>(c))) t[c] = kSpace;
  return t;
}();

// From p, the first byte that MarkdownEscape might not keep as it is (or p itself when fewer than 17
// bytes are left): every byte skipped is plain, or a ' ' followed by a byte that is not white space.
// Found 16 bytes at a time (SSE2); it may stop early at a byte that turns out to be plain ('^', '=',
// '$', '%', '}' share ranges of the specials), which the caller's byte test then keeps.
const char* SkipMarkdownPlain(const char* p, const char* end) {
#if defined(__SSE2__)
  // x in [lo, lo + n) for every byte x of b: (x - lo) saturating-minus (n - 1) is 0.
  auto in_range = [](__m128i b, char lo, char n) {
    return _mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(b, _mm_set1_epi8(lo)), _mm_set1_epi8(static_cast<char>(n - 1))),
                          _mm_setzero_si128());
  };
  const __m128i space = _mm_set1_epi8(' '), star = _mm_set1_epi8('*');
  for (; end - p >= 17; p += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    // Specials: [ \ ] _ ` (with ^), | ~ (with }), < > (with =), # & (with $ %), *.
    const __m128i special = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(in_range(b, 0x5B, 6), in_range(b, 0x7C, 3)),
                     _mm_or_si128(in_range(b, 0x3C, 3), in_range(b, 0x23, 4))),
        _mm_cmpeq_epi8(b, star));
    // White space other than ' ' (\t \n \v \f \r), and a ' ' before white space.
    const __m128i control_space = in_range(b, 0x09, 5);
    const __m128i next_space = _mm_or_si128(in_range(next, 0x09, 5), _mm_cmpeq_epi8(next, space));
    const __m128i hit = _mm_or_si128(_mm_or_si128(special, control_space), _mm_and_si128(_mm_cmpeq_epi8(b, space), next_space));
    if (const int m = _mm_movemask_epi8(hit)) return p + __builtin_ctz(static_cast<unsigned>(m));
  }
#endif
  return p;
}

// MarkdownEscape(s), appended to *out: one pass that copies runs of plain bytes whole.
void AppendMarkdownEscaped(std::string* out, std::string_view s) {
  const char* p = s.data();
  const char* const end = p + s.size();
  auto cls = [](char c) { return kMarkdownClass[static_cast<unsigned char>(c)]; };
  while (p < end && cls(*p) == kSpace) ++p;
  const char* run = p;
  while (p < end) {
    p = SkipMarkdownPlain(p, end);
    if (p == end) break;
    uint8_t k = cls(*p);
    // Plain bytes, and a single ' ' between words (there is a word before it: white space at the
    // start was skipped), are kept as they are.
    if (k == kPlain || (*p == ' ' && p + 1 < end && cls(p[1]) != kSpace)) {
      ++p;
      continue;
    }
    out->append(run, static_cast<size_t>(p - run));
    if (k == kSpace) {
      while (p < end && cls(*p) == kSpace) ++p;
      if (p < end) out->push_back(' ');
      run = p;
    } else {
      out->push_back('\\');
      run = p++;
    }
  }
  out->append(run, static_cast<size_t>(p - run));
}
}  // namespace

namespace {
// The bytes AppendXmlEscaped replaces with an entity.
constexpr std::array<bool, 256> kXmlSpecial = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view("&<>\"'")) t[c] = true;
  return t;
}();

// The first byte of [p, end) that is one of & < > " ', or end.
const char* FindXmlSpecial(const char* p, const char* end) {
#if defined(__SSE2__)
  // Three compares cover the five bytes: '"' (0x22); '&' and '\'' (0x26, 0x27) are the bytes b with
  // b | 1 == 0x27; '<' and '>' (0x3C, 0x3E) those with b | 2 == 0x3E.
  const __m128i quot = _mm_set1_epi8(0x22), amp_apos = _mm_set1_epi8(0x27), lt_gt = _mm_set1_epi8(0x3E);
  const __m128i one = _mm_set1_epi8(1), two = _mm_set1_epi8(2);
  auto hits = [&](__m128i b) {
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
        _mm_cmpeq_epi8(b, quot), _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(b, one), amp_apos),
                                              _mm_cmpeq_epi8(_mm_or_si128(b, two), lt_gt)))));
  };
  return util::FindInBlocks(p, end, hits);
#else
  while (p < end && !kXmlSpecial[static_cast<unsigned char>(*p)]) ++p;
  return p;
#endif
}
}  // namespace

void AppendXmlEscaped(std::string* out, std::string_view s, const char* apos) {
  const char* p = s.data();
  const char* const end = p + s.size();
  for (;;) {
    const char* special = FindXmlSpecial(p, end);
    out->append(p, static_cast<size_t>(special - p));
    if (special == end) return;
    switch (*special) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      default: out->append(apos); break;
    }
    p = special + 1;
  }
}

void AppendPiece(std::string* out, Html h) { AppendXmlEscaped(out, h.s, "&#39;"); }
void AppendPiece(std::string* out, Md m) { AppendMarkdownEscaped(out, m.s); }

size_t Utf8Floor(std::string_view s, size_t i) {
  if (i >= s.size()) return s.size();
  // A code point is at most 4 bytes: never walk back further than 3 continuation bytes.
  size_t limit = i >= 3 ? i - 3 : 0;
  while (i > limit && IsContinuation(s[i])) --i;
  return i;
}

size_t Utf8Ceil(std::string_view s, size_t i) {
  if (i >= s.size()) return s.size();
  size_t limit = std::min(s.size(), i + 3);
  while (i < limit && IsContinuation(s[i])) ++i;
  return i;
}

std::vector<EvidenceMark> EvidenceMarks(const Evidence& e, size_t* dropped) {
  const std::string_view text = e.text;
  const size_t base = e.span.start;
  // The clipped highlights, then in start order (stable: a sentence has a handful of highlights,
  // sorted in place without the buffer std::stable_sort allocates).
  struct Piece {
    size_t start, end;
    std::string_view slot;
  };
  thread_local std::vector<Piece> pieces;  // reused: html and md place the marks of every claim they show
  pieces.clear();
  size_t lost = 0;
  for (const Highlight& h : e.highlights) {
    if (h.span.empty() || h.span.end <= base || h.span.start >= base + text.size()) {
      ++lost;
      continue;
    }
    size_t s = h.span.start > base ? h.span.start - base : 0;
    size_t t = std::min(h.span.end - base, text.size());
    s = Utf8Floor(text, s);
    t = Utf8Ceil(text, t);
    if (t <= s) {
      ++lost;
      continue;
    }
    pieces.push_back({s, t, h.slot});
  }
  auto by_start = [](const Piece& a, const Piece& b) { return a.start < b.start; };
  if (pieces.size() > 16) {
    std::stable_sort(pieces.begin(), pieces.end(), by_start);
  } else {
    for (size_t i = 1; i < pieces.size(); ++i)
      for (size_t j = i; j > 0 && by_start(pieces[j], pieces[j - 1]); --j) std::swap(pieces[j], pieces[j - 1]);
  }
  std::vector<EvidenceMark> merged;
  merged.reserve(pieces.size());
  for (const Piece& p : pieces) {
    if (!merged.empty() && p.start < merged.back().end) {
      EvidenceMark& last = merged.back();
      last.end = std::max(last.end, p.end);
      last.slots.emplace_back(p.slot);
      ++last.count;
    } else {
      merged.push_back({p.start, p.end, {p.slot}, 1});
    }
  }
  for (auto& m : merged) {
    if (m.slots.size() < 2) continue;
    std::sort(m.slots.begin(), m.slots.end());
    m.slots.erase(std::unique(m.slots.begin(), m.slots.end()), m.slots.end());
  }
  if (dropped) *dropped = lost;
  return merged;
}

namespace {
// A slot name as a CSS class fragment, appended to *out: letters, digits, '-' and '_' only.
void AppendClassToken(std::string* out, std::string_view slot) {
  if (slot.empty()) {
    out->append("other");
    return;
  }
  for (char c : slot) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    out->push_back(ok ? c : '_');
  }
}
}  // namespace

namespace {
// The start tag of mark m: <mark class="hl hl-SLOT..." data-n="N" title="SLOTS">, data-n left out
// when it is 1 (the common case: large reports carry tens of thousands of marks).
void AppendMarkStart(std::string* out, const EvidenceMark& m) {
  out->append("<mark class=\"hl");
  for (const auto& s : m.slots) {
    out->append(" hl-");
    AppendClassToken(out, s);
  }
  out->push_back('"');
  if (m.count != 1) Append(out, " data-n=\"", m.count, '"');
  out->append(" title=\"");
  const size_t title = out->size();
  for (const auto& s : m.slots) {  // the slots, separated by spaces
    if (out->size() > title) out->push_back(' ');
    AppendXmlEscaped(out, s, "&#39;");
  }
  out->append("\">");
}

// AppendMarkStart, with the tags of marks of one slot (most marks; a run has a handful of slot
// names) kept per thread and copied whole.
void AppendMarkStartCached(std::string* out, const EvidenceMark& m) {
  if (m.slots.size() != 1 || m.count != 1) return AppendMarkStart(out, m);
  thread_local std::vector<std::pair<std::string, std::string>> tags;  // slot, start tag
  for (const auto& [slot, tag] : tags)
    if (slot == m.slots[0]) return out->append(tag), void();
  std::string tag;
  AppendMarkStart(&tag, m);
  out->append(tag);
  tags.emplace_back(m.slots[0], std::move(tag));
}
}  // namespace

void AppendEvidenceHtml(std::string* out, const Evidence& e, size_t* dropped) {
  const std::string_view text = e.text;
  out->reserve(out->size() + text.size() + 64 * e.highlights.size());
  size_t pos = 0;
  for (const EvidenceMark& m : EvidenceMarks(e, dropped)) {
    Append(out, Html{text.substr(pos, m.start - pos)});
    AppendMarkStartCached(out, m);
    Append(out, Html{text.substr(m.start, m.end - m.start)}, "</mark>");
    pos = m.end;
  }
  Append(out, Html{text.substr(pos)});
}

std::string EvidenceHtml(const Evidence& e, size_t* dropped) {
  std::string out;
  AppendEvidenceHtml(&out, e, dropped);
  return out;
}

void AppendEvidenceMarkdown(std::string* out, const Evidence& e, size_t max_bytes) {
  const std::string_view text = e.text;
  std::vector<EvidenceMark> marks = EvidenceMarks(e, nullptr);
  size_t from = 0, to = text.size();
  if (text.size() > max_bytes) {
    // Some context before the first highlight, then as much as fits.
    size_t first = marks.empty() ? 0 : marks.front().start;
    from = Utf8Floor(text, first > max_bytes / 4 ? first - max_bytes / 4 : 0);
    to = Utf8Floor(text, std::min(text.size(), from + max_bytes));
  }
  // One line: no space at either end, never two in a row. The escaped pieces hold single spaces
  // only, none at their ends; space() puts one between pieces where the text had white space.
  const size_t line = out->size();
  auto space = [&] {
    if (out->size() > line && out->back() != ' ') out->push_back(' ');
  };
  if (from > 0) out->append("… ");
  auto segment = [&](std::string_view part) {
    if (part.empty()) return;
    if (IsSpaceByte(part.front())) space();
    AppendMarkdownEscaped(out, part);
    if (IsSpaceByte(part.back())) space();
  };
  size_t pos = from;
  for (const EvidenceMark& m : marks) {
    if (m.end <= from || m.start >= to) continue;
    size_t s = std::max(m.start, from), t = std::min(m.end, to);
    segment(text.substr(pos, s - pos));
    std::string_view inner = text.substr(s, t - s);
    if (std::any_of(inner.begin(), inner.end(), [](char c) { return !IsSpaceByte(c); })) {
      if (IsSpaceByte(inner.front())) space();
      out->append("**");
      AppendMarkdownEscaped(out, inner);
      out->append("**");
      if (IsSpaceByte(inner.back())) space();
    }
    pos = t;
  }
  segment(text.substr(pos, to - pos));
  if (to < text.size()) {
    space();
    out->append("…");
  }
  if (out->size() > line && out->back() == ' ') out->pop_back();
}

std::string EvidenceMarkdown(const Evidence& e, size_t max_bytes) {
  std::string out;
  AppendEvidenceMarkdown(&out, e, max_bytes);
  return out;
}

void AppendOneLine(std::string* out, std::string_view s) {
  bool first = true;
  ForEachWord(s, [&](std::string_view w) {
    if (!first) out->push_back(' ');
    out->append(w);
    first = false;
  });
}

std::string OneLine(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendOneLine(&out, s);
  return out;
}

std::string MarkdownEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  AppendMarkdownEscaped(&out, s);
  return out;
}

}  // namespace crosscheck::report
