// The machine-readable outputs of the contract: claims.jsonl, events.json, findings.json,
// summary.json. Each JSON file carries "schema_version" (a claims.jsonl line carries it too).
#ifndef CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_
#define CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// What events.json and findings.json look up for the claims they list, worked out once per run's
// claim vector: every claim id as a JSON string, and the documents and outlets of a list of claims
// (sorted and unique, as link::DocsOf / link::OutletsOf give them) from each claim's rank among all
// document ids and outlets. A run lists each claim in several places (its event, the event's slot
// values, findings): its id is escaped once, not every time. Read-only once built (one index may
// serve both writers on different threads); refers into `claims` (Claim::doc and outlet), which
// must outlive it with those unchanged.
class ClaimListIndex {
 public:
  explicit ClaimListIndex(const std::vector<Claim>& claims);

  // The claims' ids as a one-line JSON array (`["d1#1", "d7#2"]`, "[]" when empty), in the order
  // given, appended to *out.
  void AppendIds(std::string* out, const std::vector<ClaimRef>& refs) const;
  // Their documents / outlets (without empty ones), sorted and unique.
  std::vector<std::string_view> Docs(const std::vector<ClaimRef>& refs) const;
  std::vector<std::string_view> Outlets(const std::vector<ClaimRef>& refs) const;

 private:
  std::string ids_;                // every claim's id as a JSON string, one after another
  std::vector<uint32_t> id_ends_;  // claim i's is [id_ends_[i - 1], id_ends_[i]) (0 before the first)
  std::vector<uint32_t> doc_rank_, outlet_rank_;    // claim → index of its value in docs_ / outlets_
  std::vector<std::string_view> docs_, outlets_;  // the distinct values, sorted
};

// WriteEventsJson / WriteFindingsJson with an index of the claims the events / findings refer to,
// built beforehand (one index for both): byte-identical to the versions above.
void WriteEventsJson(const std::vector<Event>& events, const ClaimListIndex& claims, util::Sink* out);
void WriteFindingsJson(const std::vector<Finding>& findings, const ClaimListIndex& claims, util::Sink* out);
void WriteSummaryJson(const RunResult& result, const RunOptions& options, util::Sink* out);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_
