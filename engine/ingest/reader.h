// Reading inputs: files and folders (recursive), "-" for stdin; .txt, .html/.htm, .json (one
// document or an array), .jsonl (one per line). Documents stream out one at a time through a
// callback (never all in memory); every input that is not a document becomes a skipped
// DocumentStatus whose reason names the file and line.
#ifndef CROSSCHECK_ENGINE_INGEST_READER_H_
#define CROSSCHECK_ENGINE_INGEST_READER_H_

#include <functional>
#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/ingest/manifest.h"

namespace crosscheck::ingest {

// A document as read, before cleaning: `text` is the raw bytes (HTML still markup, UTF-8 not yet
// repaired); metadata from the input's fields.
struct RawDocument {
  std::string id, source, format;  // format: "txt", "html", "json", "jsonl"
  size_t line = 0;
  std::string url, outlet, lang, published, title;
  std::string text;
  bool is_html = false;
};

using RawSink = std::function<void(RawDocument&&)>;
using SkipSink = std::function<void(DocumentStatus&&)>;

// Reads every input in order. Returns non-OK only for an input path that does not exist (the run
// reports it and goes on with the rest; the caller decides the exit code).
Status ReadInputs(const std::vector<std::string>& inputs, const RawSink& on_doc, const SkipSink& on_skip);

// Maximum size of one input file; larger files are skipped with a reason.
inline constexpr size_t kMaxFileBytes = 64u << 20;

}  // namespace crosscheck::ingest

#endif  // CROSSCHECK_ENGINE_INGEST_READER_H_
