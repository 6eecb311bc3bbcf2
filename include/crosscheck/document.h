// Document: one input article after ingest, and DocumentStatus: what the run summary says of it.
#ifndef CROSSCHECK_DOCUMENT_H_
#define CROSSCHECK_DOCUMENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "crosscheck/atom.h"
#include "crosscheck/date.h"

namespace crosscheck {

// A byte range [start, end) in Document::text.
struct Span {
  size_t start = 0;
  size_t end = 0;
  size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  friend bool operator==(const Span&, const Span&) = default;
};

struct Document {
  std::string id;          // from the input, else the file stem (+ ":<line>" for JSONL)
  std::string source;      // file path ("-" for stdin)
  size_t line = 0;         // 1-based line in a JSONL/JSON-array source; 0 otherwise
  size_t input_index = 0;  // position in the run's input order (determinism)
  std::string url;
  std::string outlet;            // manifest/field, else the URL's host, else "unknown"
  std::string lang;              // ISO 639-1 ("en", "uk", "ru", "it"), "und" when unknown
  std::string lang_method;       // "manifest", "field", "cld2", "script+words", "default"
  std::optional<PartialDate> published;
  std::string published_method;  // "manifest", "field", "dateline", "inferred", ""
  std::string title;
  // The whole text after UTF-8 repair and NFC (for HTML: the text extracted from the page). Every
  // offset crosscheck reports (evidence start/end) is a byte offset into this string.
  std::string text;
  // The article body: ranges of `text` kept after page-furniture removal, in order, disjoint.
  std::vector<Span> body;
  size_t bytes = 0;               // size of the raw input
  size_t invalid_utf8 = 0;        // byte sequences replaced with U+FFFD
};

struct DocumentStatus {
  std::string id;            // unique in the run
  std::string renamed_from;  // the id the input gave, when another document of the run had it first
  Atom source;
  size_t line = 0;
  Atom status;  // "processed" | "skipped"
  std::string reason;  // why skipped (names file and line/offset)
  Atom lang;
  Atom lang_method;
  Atom outlet;
  std::string published;  // ISO, may be empty
  size_t bytes = 0;
  size_t body_bytes = 0;
  size_t invalid_utf8 = 0;
  size_t claims = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_DOCUMENT_H_
