// Text helpers of the human-readable reports: escaping for HTML and Markdown, and placing the
// evidence highlights (byte offsets into the document text) inside the evidence sentence.
#ifndef CROSSCHECK_ENGINE_REPORT_REPORT_TEXT_H_
#define CROSSCHECK_ENGINE_REPORT_REPORT_TEXT_H_

#include <charconv>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/claim.h"

namespace crosscheck::report {

// `s` with the five XML entities escaped, appended to *out; `apos` is the entity written for "'"
// ("&#39;" in HTML, where "&apos;" is not HTML 4; "&apos;" in GraphML, as Boost's writer has it).
// Runs without any of the five bytes are found 16 bytes at a time (SSE2) and copied whole.
void AppendXmlEscaped(std::string* out, std::string_view s, const char* apos);

// Pieces of a page under construction (report.html, report.md), appended to *out in order without
// temporary strings:
//   Append(&page, "<td>", Html{c.outlet}, "</td><td class=\"num\">", d.claims, "</td>");
// Text is appended as is, Html{s} as HtmlEscape(s), Md{s} as MarkdownEscape(s), integers in decimal
// (as std::to_string writes them).
struct Html {
  std::string_view s;
};
struct Md {
  std::string_view s;
};
void AppendPiece(std::string* out, Html h);
void AppendPiece(std::string* out, Md m);
inline void AppendPiece(std::string* out, std::string_view s) { out->append(s); }
inline void AppendPiece(std::string* out, char c) { out->push_back(c); }
template <typename T>
  requires std::integral<T> && (!std::same_as<T, char>) && (!std::same_as<T, bool>)
void AppendPiece(std::string* out, T n) {
  char digits[24];
  out->append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}
template <typename... Pieces>
void Append(std::string* out, const Pieces&... pieces) {
  (AppendPiece(out, pieces), ...);
}

// The start of the code point that contains byte i (i clamped to s.size()): never splits a
// multi-byte UTF-8 sequence.
size_t Utf8Floor(std::string_view s, size_t i);
// The end of the code point that contains byte i - 1, i.e. the first code point boundary >= i.
size_t Utf8Ceil(std::string_view s, size_t i);

// One highlighted range of an evidence text, relative to Evidence::text. Overlapping highlights are
// merged into one mark that lists every slot and how many highlights it covers.
struct EvidenceMark {
  size_t start = 0;
  size_t end = 0;
  std::vector<std::string_view> slots;  // sorted, unique; views of the highlights' slot names
  int count = 0;                   // highlights merged into this mark
};

// The marks of `e`, in text order (valid while `e` is). Highlight spans are byte offsets into the document
// text; the evidence span's start is their base. Spans are clipped to the evidence and widened to code point
// boundaries; a highlight wholly outside the evidence (or empty) is counted in *dropped.
std::vector<EvidenceMark> EvidenceMarks(const Evidence& e, size_t* dropped);

// The evidence text as escaped HTML with <mark class="hl hl-SLOT..." data-n="N" title="SLOTS">, where
// data-n (how many highlights the mark merges) is omitted when it is 1. AppendEvidenceHtml appends
// the same to *out.
std::string EvidenceHtml(const Evidence& e, size_t* dropped = nullptr);
void AppendEvidenceHtml(std::string* out, const Evidence& e, size_t* dropped = nullptr);

// The evidence as one line of escaped Markdown with the highlighted words in **bold**. Evidence longer
// than `max_bytes` is cut to a window around its highlights (at code point boundaries, marked "…").
// AppendEvidenceMarkdown appends the same to *out.
std::string EvidenceMarkdown(const Evidence& e, size_t max_bytes = 600);
void AppendEvidenceMarkdown(std::string* out, const Evidence& e, size_t max_bytes = 600);

// Whitespace runs (including newlines) collapsed to one space, trimmed. AppendOneLine appends the
// same to *out.
std::string OneLine(std::string_view s);
void AppendOneLine(std::string* out, std::string_view s);

// Markdown inline text: backslash-escapes the characters CommonMark/GFM give a meaning to
// (\ ` * _ [ ] < > | ~ & #), after OneLine. Article text passed through this renders literally.
std::string MarkdownEscape(std::string_view s);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_REPORT_TEXT_H_
