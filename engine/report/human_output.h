// The outputs for people and tools: report.html (self-contained), report.md, graph.graphml / .dot.
#ifndef CROSSCHECK_ENGINE_REPORT_HUMAN_OUTPUT_H_
#define CROSSCHECK_ENGINE_REPORT_HUMAN_OUTPUT_H_

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

// Runs with more claims than this get an abridged graph: every source, event and entity, and only
// the claims in contradictions and anomalies (at most this many) with their documents.
inline constexpr size_t kGraphMaxClaims = 250000;
bool GraphAbridged(const RunResult& result);
// HTML-escapes &, <, >, " and '.
std::string HtmlEscape(std::string_view s);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_HUMAN_OUTPUT_H_
