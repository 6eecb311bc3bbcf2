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
// claim vector: every claim id, document id and outlet as a JSON string, and each claim's rank
// among all document ids and outlets. A run lists each claim in several places (its event, the
// event's slot values, findings): its id is escaped once, not every time, and a list's documents
// and outlets come from sorting integers, not strings. Read-only once built (one index may serve
// both writers on different threads); keeps no reference to the claims.
class ClaimListIndex {
 public:
  explicit ClaimListIndex(const std::vector<Claim>& claims);

  // One-line JSON arrays (`["d1#1", "d7#2"]`, "[]" when empty), appended to *out: the claims' ids in
  // the order given; their documents (as link::DocsOf gives them: sorted, unique); their outlets
  // (as link::OutletsOf: sorted, unique, without empty ones).
  void AppendIds(std::string* out, const std::vector<ClaimRef>& refs) const;
  void AppendDocs(std::string* out, const std::vector<ClaimRef>& refs) const;
  void AppendOutlets(std::string* out, const std::vector<ClaimRef>& refs) const;

 private:
  // Strings written out as JSON strings one after another; string k is [ends[k - 1], ends[k]).
  struct JsonStrings {
    std::string bytes;
    std::vector<uint32_t> ends;
    void Add(std::string_view s);
    // `["s1", "s2"]` of the strings numbered `ks`, in that order.
    void AppendArray(std::string* out, const std::vector<uint32_t>& ks) const;
  };
  // The ranks of the claims' values in `names`' order, sorted and unique (without the empty name,
  // which sorts first, when skip_empty).
  static void DistinctRanks(const std::vector<ClaimRef>& refs, const std::vector<uint32_t>& rank, bool skip_empty,
                            std::vector<uint32_t>* out);

  JsonStrings ids_;                               // claim i's id is string i
  JsonStrings docs_, outlets_;                    // the distinct values, sorted
  std::vector<uint32_t> doc_rank_, outlet_rank_;  // claim → its value's number in docs_ / outlets_
  bool empty_outlet_ = false;                     // outlets_ starts with "" (some claim has none)
};

// WriteEventsJson / WriteFindingsJson with an index of the claims the events / findings refer to,
// built beforehand (one index for both): byte-identical to the versions above.
void WriteEventsJson(const std::vector<Event>& events, const ClaimListIndex& claims, util::Sink* out);
void WriteFindingsJson(const std::vector<Finding>& findings, const ClaimListIndex& claims, util::Sink* out);
void WriteSummaryJson(const RunResult& result, const RunOptions& options, util::Sink* out);

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_JSON_OUTPUT_H_
