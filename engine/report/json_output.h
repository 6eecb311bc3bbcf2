// The machine-readable outputs of the contract: claims.jsonl, events.json, findings.json,
// summary.json. Each JSON file carries "schema_version" (a claims.jsonl line carries it too).
#ifndef CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_
#define CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_

#include <string>

#include "crosscheck/engine.h"
#include "engine/util/sink.h"

namespace crosscheck::report {

inline constexpr const char* kSchemaVersion = "1.0";

std::string ClaimJson(const Claim& c);  // one line, no newline
std::string ClaimsJsonl(const std::vector<Claim>& claims);
// Events and findings name their claims by id: `claims` is the run's claim vector they refer to.
std::string EventsJson(const std::vector<Event>& events, const std::vector<Claim>& claims);
std::string FindingsJson(const std::vector<Finding>& findings, const std::vector<Claim>& claims);
std::string SummaryJson(const RunResult& result, const RunOptions& options);

// The same, streamed to `out` piece by piece (byte-identical to the strings above), so a large run
// never holds a whole output in memory.
void WriteClaimsJsonl(const std::vector<Claim>& claims, util::Sink* out);
void WriteEventsJson(const std::vector<Event>& events, const std::vector<Claim>& claims, util::Sink* out);
void WriteFindingsJson(const std::vector<Finding>& findings, const std::vector<Claim>& claims, util::Sink* out);
void WriteSummaryJson(const RunResult& result, const RunOptions& options, util::Sink* out);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_
