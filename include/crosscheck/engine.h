// The batch engine: load rules once, then run the whole pipeline over inputs and write the outputs.
//
//   crosscheck::RunOptions opt;  opt.inputs = {"articles/"};  opt.out_dir = "out";
//   crosscheck::RunResult res;
//   crosscheck::Status s = crosscheck::Run(opt, &res);
//
// Thread-safety: Run may be called from several threads with different options.
#ifndef CROSSCHECK_ENGINE_H_
#define CROSSCHECK_ENGINE_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/document.h"
#include "crosscheck/event.h"
#include "crosscheck/status.h"

namespace crosscheck {

struct RunOptions {
  std::vector<std::string> inputs;     // files, folders (recursive), "-" for JSONL on stdin
  std::string manifest;                // optional manifest.json (metadata by id or file name)
  std::vector<std::string> rule_dirs;  // user rule folders, after the shipped ones (later wins)
  bool shipped_rules = true;           // load the shipped rules folder first
  std::string out_dir = "crosscheck-out";  // "" = write nothing
  int threads = 0;                     // 0 = hardware concurrency
  std::string graph_format = "graphml";  // "graphml" (always written) plus "dot" when asked
  bool keep_documents = true;          // keep Document texts for the report (false: stream, for scale)
  // Called from the driver thread after each batch of documents (never concurrently), with the
  // documents and input bytes read so far. Empty: no progress reports.
  std::function<void(size_t documents, size_t bytes)> progress;
};

struct StageTiming {
  std::string stage;
  double seconds = 0;
};

// One file the report stage wrote: how long it took (wall seconds; the writers run side by side with
// more than one thread), the CPU seconds of the thread that wrote it, and its size.
struct OutputTiming {
  std::string file;  // "report.html", "findings.json", ...
  double seconds = 0;
  double cpu_seconds = 0;
  size_t bytes = 0;
};

struct RunResult {
  std::vector<DocumentStatus> documents;  // every input document, in input order
  std::vector<Claim> claims;
  std::vector<Event> events;
  std::vector<Finding> findings;
  std::vector<StageTiming> timings;
  std::vector<OutputTiming> outputs;  // per written file, in write order (summary.json not included)
  size_t input_bytes = 0;
  std::map<std::string, size_t> findings_by_kind;
};

// Runs ingest → analyse → tag → assemble → link → verify → report. Returns non-OK (exit code 2) for
// bad options, unreadable rule files, or when no input document could be read at all; a bad single
// document is skipped and listed in result->documents instead.
Status Run(const RunOptions& options, RunResult* result);

// The version string ("0.1.0").
const char* Version();

}  // namespace crosscheck

#endif  // CROSSCHECK_ENGINE_H_
