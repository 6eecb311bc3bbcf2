#include "engine/report/report_text.h"

#include <algorithm>
#include <array>

#include "engine/report/human_output.h"

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

// MarkdownEscape(s), appended to *out: one pass that copies runs of plain bytes whole.
void AppendMarkdownEscaped(std::string* out, std::string_view s) {
  const char* p = s.data();
  const char* const end = p + s.size();
  auto cls = [](char c) { return kMarkdownClass[static_cast<unsigned char>(c)]; };
  while (p < end && cls(*p) == kSpace) ++p;
  const char* run = p;
  while (p < end) {
    uint8_t k = cls(*p);
    if (k == kPlain) {
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

void AppendXmlEscaped(std::string* out, std::string_view s, const char* apos) {
  size_t from = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char* entity;
    switch (s[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = apos; break;
      default: continue;
    }
    out->append(s.substr(from, i - from)).append(entity);
    from = i + 1;
  }
  out->append(s.substr(from));
}

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
  std::vector<EvidenceMark> spans;
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
    spans.push_back({s, t, {h.slot}, 1});
  }
  std::stable_sort(spans.begin(), spans.end(),
                   [](const EvidenceMark& a, const EvidenceMark& b) { return a.start < b.start; });
  std::vector<EvidenceMark> merged;
  for (auto& m : spans) {
    if (!merged.empty() && m.start < merged.back().end) {
      EvidenceMark& last = merged.back();
      last.end = std::max(last.end, m.end);
      last.slots.push_back(m.slots.front());
      last.count += m.count;
    } else {
      merged.push_back(std::move(m));
    }
  }
  for (auto& m : merged) {
    std::sort(m.slots.begin(), m.slots.end());
    m.slots.erase(std::unique(m.slots.begin(), m.slots.end()), m.slots.end());
  }
  if (dropped) *dropped = lost;
  return merged;
}

namespace {
// A slot name as a CSS class fragment: letters, digits, '-' and '_' only.
std::string ClassToken(std::string_view slot) {
  std::string out;
  for (char c : slot) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    out += ok ? c : '_';
  }
  return out.empty() ? "other" : out;
}
}  // namespace

std::string EvidenceHtml(const Evidence& e, size_t* dropped) {
  const std::string_view text = e.text;
  std::string out;
  out.reserve(text.size() + 64 * e.highlights.size());
  size_t pos = 0;
  for (const EvidenceMark& m : EvidenceMarks(e, dropped)) {
    out += HtmlEscape(text.substr(pos, m.start - pos));
    std::string slots, classes = "hl";
    for (const auto& s : m.slots) {
      if (!slots.empty()) slots += ' ';
      slots += s;
      classes += " hl-" + ClassToken(s);
    }
    // data-n (highlights merged into this mark) is left out when it is 1: the common case, and large
    // reports carry tens of thousands of marks.
    out += "<mark class=\"" + classes + "\"";
    if (m.count != 1) out += " data-n=\"" + std::to_string(m.count) + "\"";
    out += " title=\"" + HtmlEscape(slots) + "\">";
    out += HtmlEscape(text.substr(m.start, m.end - m.start));
    out += "</mark>";
    pos = m.end;
  }
  out += HtmlEscape(text.substr(pos));
  return out;
}

std::string EvidenceMarkdown(const Evidence& e, size_t max_bytes) {
  const std::string_view text = e.text;
  std::vector<EvidenceMark> marks = EvidenceMarks(e, nullptr);
  size_t from = 0, to = text.size();
  if (text.size() > max_bytes) {
    // Some context before the first highlight, then as much as fits.
    size_t first = marks.empty() ? 0 : marks.front().start;
    from = Utf8Floor(text, first > max_bytes / 4 ? first - max_bytes / 4 : 0);
    to = Utf8Floor(text, std::min(text.size(), from + max_bytes));
  }
  std::string out = from > 0 ? "… " : "";
  // Escaped text that keeps one space where the original had whitespace at either end.
  auto segment = [&](std::string_view part) {
    if (part.empty()) return;
    if (IsSpaceByte(part.front())) out += ' ';
    AppendMarkdownEscaped(&out, part);
    if (IsSpaceByte(part.back())) out += ' ';
  };
  size_t pos = from;
  for (const EvidenceMark& m : marks) {
    if (m.end <= from || m.start >= to) continue;
    size_t s = std::max(m.start, from), t = std::min(m.end, to);
    segment(text.substr(pos, s - pos));
    std::string_view inner = text.substr(s, t - s);
    if (std::any_of(inner.begin(), inner.end(), [](char c) { return !IsSpaceByte(c); })) {
      if (IsSpaceByte(inner.front())) out += ' ';
      out += "**";
      AppendMarkdownEscaped(&out, inner);
      out += "**";
      if (IsSpaceByte(inner.back())) out += ' ';
    }
    pos = t;
  }
  segment(text.substr(pos, to - pos));
  if (to < text.size()) out += " …";
  // Segments each keep their own edge space: collapse the doubles, trim the ends.
  std::string line;
  line.reserve(out.size());
  for (size_t i = 0; i < out.size();) {
    size_t space = std::min(out.find(' ', i), out.size());
    line.append(out, i, space - i);
    if (space < out.size() && !line.empty() && line.back() != ' ') line += ' ';
    i = space + 1;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

std::string OneLine(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  ForEachWord(s, [&](std::string_view w) {
    if (!out.empty()) out += ' ';
    out.append(w);
  });
  return out;
}

std::string MarkdownEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  AppendMarkdownEscaped(&out, s);
  return out;
}

}  // namespace crosscheck::report
