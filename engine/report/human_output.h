// The outputs for people and tools: report.html (self-contained), report.md, graph.graphml / .dot.
#ifndef CROSSCHECK_ENGINE_REPORT_HUMAN_OUTPUT_H_
#define CROSSCHECK_ENGINE_REPORT_HUMAN_OUTPUT_H_

#include <string>

#include "crosscheck/engine.h"

namespace crosscheck::report {

std::string MarkdownReport(const RunResult& result);
std::string HtmlReport(const RunResult& result);
std::string GraphMl(const RunResult& result);
std::string GraphDot(const RunResult& result);
// HTML-escapes &, <, >, " and '.
std::string HtmlEscape(std::string_view s);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_HUMAN_OUTPUT_H_
