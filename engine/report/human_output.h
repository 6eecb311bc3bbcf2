// The outputs for people and tools: report.html (self-contained), report.md, graph.graphml / .dot.
#ifndef CROSSCHECK_ENGINE_REPORT_HUMAN_OUTPUT_H_
#define CROSSCHECK_ENGINE_REPORT_HUMAN_OUTPUT_H_

#include <memory>
#include <string>

#include "crosscheck/engine.h"
#include "engine/util/sink.h"

namespace crosscheck::report {

std::string MarkdownReport(const RunResult& result);
std::string HtmlReport(const RunResult& result);
std::string GraphMl(const RunResult& result);
std::string GraphDot(const RunResult& result);
// The same, streamed to `out` in pieces (byte-identical to the strings above). For huge runs the
// pages are abridged (capped claims per event card, document rows) and say so; see html.cc and
// markdown.cc for the bounds.
void WriteMarkdownReport(const RunResult& result, util::Sink* out);
void WriteHtmlReport(const RunResult& result, util::Sink* out);
// The same from an index of the result (report_index.h), so that the two reports of a run share one:
// byte-identical to the above for the index's result.
class ReportIndex;
void WriteMarkdownReport(const ReportIndex& index, util::Sink* out);
void WriteHtmlReport(const ReportIndex& index, util::Sink* out);
void WriteGraphMl(const RunResult& result, util::Sink* out);
void WriteGraphDot(const RunResult& result, util::Sink* out);

// graph.graphml in two steps, so that most of the graph is built before the findings are final
// (while verify runs): the constructor builds the graph of every vertex and the edges of documents,
// claims and events, reading only those of `result`; Write places the findings' edges among them as
// it writes the file, byte-identical to WriteGraphMl(result). An abridged graph (GraphAbridged)
// depends on the findings throughout and is built whole by Write. `result` must outlive the writer,
// and its documents, claims and events stay unchanged from construction on.
class GraphMlWriter {
 public:
  explicit GraphMlWriter(const RunResult& result);
  ~GraphMlWriter();
  GraphMlWriter(const GraphMlWriter&) = delete;
  GraphMlWriter& operator=(const GraphMlWriter&) = delete;
  // Once, when result.findings are final.
  void Write(util::Sink* out);

 private:
  struct Prepared;
  const RunResult& r_;
  std::unique_ptr<Prepared> prepared_;  // null for an abridged graph
};

// Runs with more claims than this get an abridged graph: every source, event and entity, and only
// the claims in contradictions and anomalies (at most this many) with their documents.
inline constexpr size_t kGraphMaxClaims = 250000;
bool GraphAbridged(const RunResult& result);
// HTML-escapes &, <, >, " and '.
std::string HtmlEscape(std::string_view s);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_HUMAN_OUTPUT_H_
