// ReportIndex: the lookups both human-readable reports need over a RunResult (documents by id,
// findings by event, the outlets and languages each finding touches), built once, in deterministic
// order. Events and findings name claims by index into RunResult::claims (ClaimRef). Read-only
// once built: one index may serve several writers on several threads. Refers into the RunResult,
// which must outlive it, unchanged.
#ifndef CROSSCHECK_ENGINE_REPORT_REPORT_INDEX_H_
#define CROSSCHECK_ENGINE_REPORT_REPORT_INDEX_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/engine.h"
#include "engine/util/view_index.h"

namespace crosscheck::report {

// Display order of the finding kinds and severities (most urgent first); unknown values sort last.
extern const std::vector<std::string> kKindOrder;      // contradiction, anomaly, agreement
extern const std::vector<std::string> kSeverityOrder;  // high, medium, low, info
int KindRank(const std::string& kind);
int SeverityRank(const std::string& severity);

class ReportIndex {
 public:
  explicit ReportIndex(const RunResult& r);
  // An index of r's documents, claims and events only, built while r's findings are still being
  // worked out (they are not read); IndexFindings() completes it once they are final, and must be
  // called before the index is used.
  struct WithoutFindings {};
  ReportIndex(const RunResult& r, WithoutFindings);
  void IndexFindings();

  const RunResult& result() const { return r_; }
  const Claim& claim(ClaimRef r) const { return r_.claims[r]; }
  // nullptr when no document has this id.
  const DocumentStatus* FindDocument(std::string_view id) const;
  // Findings of an event, most urgent first (kind, then severity, then input order).
  const std::vector<const Finding*>& EventFindings(const std::string& event) const;
  // Findings with no event, or whose event is unknown, in the same order.
  const std::vector<const Finding*>& LooseFindings() const { return loose_; }
  // Claims not linked to any known event, in input order.
  const std::vector<const Claim*>& UnlinkedClaims() const { return unlinked_; }

  // Outlets and languages a finding involves (those of its claims and of their documents), sorted.
  void FindingOutletsLangs(const Finding& f, std::set<std::string>* outlets, std::set<std::string>* langs) const;

  // Every outlet and language of the claims and of the documents, as small ids in name order (-1:
  // empty), so the per-claim work over a finding of hundreds of thousands of claims is array lookups.
  struct ClaimKeys {
    int outlet = -1, lang = -1;          // the claim's
    int doc_outlet = -1, doc_lang = -1;  // its document's (-1 too when the document is unknown)
  };
  const ClaimKeys& keys(ClaimRef r) const { return keys_[r]; }
  size_t outlet_count() const { return outlet_names_.size(); }
  size_t lang_count() const { return lang_names_.size(); }
  // The name of an id of ClaimKeys (0 <= id < outlet_count() / lang_count()).
  const std::string& outlet_name(int id) const { return *outlet_names_[id]; }
  const std::string& lang_name(int id) const { return *lang_names_[id]; }
  // The claims' own outlets, sorted and unique, without empty ones (as link::OutletsOf); views of
  // the run's strings.
  std::vector<std::string_view> OutletsOf(const std::vector<ClaimRef>& refs) const;
  // The claims' own outlets and languages, sorted and unique; a claim without one adds an empty
  // name (sorted first), as a set of the names would hold it.
  void ClaimOutletsLangs(const std::vector<ClaimRef>& refs, std::vector<std::string>* outlets,
                         std::vector<std::string>* langs) const;

  // Every outlet / language of processed documents and claims, sorted.
  const std::set<std::string>& outlets() const { return outlets_; }
  const std::set<std::string>& langs() const { return langs_; }
  // Findings counted by kind and by severity, and both.
  const std::map<std::pair<std::string, std::string>, int>& kind_severity() const { return kind_severity_; }
  std::vector<std::string> Kinds() const;       // the known kinds and any other present, display order
  std::vector<std::string> Severities() const;  // likewise for severities

 private:
  void BuildKeys();

  const RunResult& r_;
  util::ViewIndex doc_ids_;                  // views of DocumentStatus::id, numbered as docs_
  std::vector<const DocumentStatus*> docs_;  // the first document listed with each id
  std::unordered_map<std::string, std::vector<const Finding*>> by_event_;
  std::vector<const Finding*> loose_;
  std::vector<const Claim*> unlinked_;
  std::set<std::string> outlets_, langs_;
  std::map<std::pair<std::string, std::string>, int> kind_severity_;
  std::vector<const std::string*> outlet_names_, lang_names_;
  std::vector<ClaimKeys> keys_;
};

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_REPORT_INDEX_H_
