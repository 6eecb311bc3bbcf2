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
#include "engine/verify/rule.h"

namespace crosscheck::verify {

// What the checks see of a run.
struct RunView {
  const std::vector<DocumentStatus>* documents = nullptr;
  const std::vector<Claim>* claims = nullptr;
  const std::vector<Event>* events = nullptr;
  // Rules are checked on up to this many threads (each rule on one); findings, their order and ids
  // are the same for any count.
  int threads = 1;
};

class RuleEngine {
 public:
  // Loads and validates every rule file under each root (root/checks/**/*.json, or the *.json files
  // of a user folder without checks/). All errors of all files are collected; the Status (kRuleError)
  // lists them, one a line ("file:line:col: error: rule 'id': ..."), then "N errors". A rule of a
  // later root with the id of an earlier one replaces it (logged at info level).
  Status Load(const std::vector<std::string>& rule_roots);
  // Findings, ids "F<n>", ordered by event, then by rule order. Thread-safe (const).
  std::vector<Finding> Check(const RunView& run) const;
  const std::vector<Rule>& rules() const { return rules_; }

 private:
  std::vector<Rule> rules_;
};

}  // namespace crosscheck::verify

#endif  // CROSSCHECK_ENGINE_VERIFY_RULE_ENGINE_H_
