// The one-line JSON run summary `crosscheck run --format json` prints on stdout, for scripts:
//   {"schema_version":"1.0","documents":6,"processed":5,"skipped":1,"claims":..,"events":..,
//    "findings":..,"findings_by_kind":{..},"findings_by_severity":{..},"fail_on":"high"|null,
//    "failing":N,"exit_code":0|1,"out":"DIR","files":{"report_html":"DIR/report.html",..},"input_bytes":..}
// "failing" counts the contradictions and anomalies at or above fail_on (0 without --fail-on).
#ifndef CROSSCHECK_ENGINE_REPORT_RUN_SUMMARY_H_
#define CROSSCHECK_ENGINE_REPORT_RUN_SUMMARY_H_

#include <string>

#include "crosscheck/engine.h"

namespace crosscheck::report {

// Findings that make `--fail-on fail_on` exit 1: not agreements, severity at or above fail_on.
// 0 when fail_on is empty or unknown.
size_t CountFailing(const RunResult& result, const std::string& fail_on);

// One line, newline-terminated.
std::string RunSummaryJson(const RunResult& result, const RunOptions& options, const std::string& fail_on,
                           int exit_code);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_RUN_SUMMARY_H_
