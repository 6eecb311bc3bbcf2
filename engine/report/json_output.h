// The machine-readable outputs of the contract: claims.jsonl, events.json, findings.json,
// summary.json. Each JSON file carries "schema_version" (a claims.jsonl line carries it too).
#ifndef CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_
#define CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_

#include <string>

#include "crosscheck/engine.h"

namespace crosscheck::report {

inline constexpr const char* kSchemaVersion = "1.0";

std::string ClaimJson(const Claim& c);  // one line, no newline
std::string ClaimsJsonl(const std::vector<Claim>& claims);
std::string EventsJson(const std::vector<Event>& events);
std::string FindingsJson(const std::vector<Finding>& findings);
std::string SummaryJson(const RunResult& result, const RunOptions& options);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_
