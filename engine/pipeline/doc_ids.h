// DocIds: every document of a run gets an id no other document of the run has, because claims
// ("<doc>#<n>"), findings, report anchors and graph nodes are named after it. Inputs often repeat
// ids — two scraper dumps that both number their articles 1, 2, 3, the same article saved twice —
// and two documents named "1" would make two claims named "1#1". The first document keeps its id;
// a later one with the same id becomes "<id>~2" (then ~3, ...; never an id already taken), and
// keeps the id it was given in DocumentStatus::renamed_from. Ids are claimed in input order, so the
// names do not depend on the thread count.
#ifndef CROSSCHECK_ENGINE_PIPELINE_DOC_IDS_H_
#define CROSSCHECK_ENGINE_PIPELINE_DOC_IDS_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/document.h"

namespace crosscheck::pipeline {

class DocIds {
 public:
  // Claims `status->id` for this document, renaming it (and its claims' doc and id; `claims` may be
  // null for a skipped document) when another document of the run has it already.
  void Claim(DocumentStatus* status, std::vector<crosscheck::Claim>* claims);

 private:
  std::unordered_set<std::string> taken_;
  std::unordered_map<std::string, int> next_suffix_;  // per repeated id, the next ~N to try
};

}  // namespace crosscheck::pipeline

#endif  // CROSSCHECK_ENGINE_PIPELINE_DOC_IDS_H_
