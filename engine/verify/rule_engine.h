// The verify stage: rule files (rules/checks/*.json, schema rules/schema/check.schema.json) loaded,
// validated and evaluated per event and per document into Findings.
#ifndef CROSSCHECK_ENGINE_VERIFY_RULE_ENGINE_H_
#define CROSSCHECK_ENGINE_VERIFY_RULE_ENGINE_H_

#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/document.h"
#include "crosscheck/event.h"
#include "crosscheck/status.h"

namespace crosscheck::verify {

// What the checks see of a run.
struct RunView {
  const std::vector<DocumentStatus>* documents = nullptr;
  const std::vector<Claim>* claims = nullptr;
  const std::vector<Event>* events = nullptr;
};

class RuleEngine {
 public:
  // Loads and validates every rule file under each root's checks/ folder. All errors of all files
  // are collected; the Status lists them ("N errors"), each naming file:line:col and rule id.
  Status Load(const std::vector<std::string>& rule_roots);
  // Findings, ids "F<n>" in a deterministic order.
  std::vector<Finding> Check(const RunView& run) const;
};

}  // namespace crosscheck::verify

#endif  // CROSSCHECK_ENGINE_VERIFY_RULE_ENGINE_H_
