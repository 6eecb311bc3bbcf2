// Where rules come from: the shipped folder first, then each --rules folder in order (a later
// folder extends the earlier ones, and a rule or entry with the same id overrides).
#ifndef CROSSCHECK_ENGINE_PIPELINE_RULE_ROOTS_H_
#define CROSSCHECK_ENGINE_PIPELINE_RULE_ROOTS_H_

#include <string>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::pipeline {

// The shipped rules folder: $CROSSCHECK_RULES, else "<exe dir>/../rules" or "<exe dir>/rules" when
// present, else the source tree's rules/ compiled in.
std::string ShippedRulesDir();

// Shipped (when `shipped`) + user folders; NotFound when a user folder does not exist.
Result<std::vector<std::string>> RuleRoots(bool shipped, const std::vector<std::string>& user_dirs);

}  // namespace crosscheck::pipeline

#endif  // CROSSCHECK_ENGINE_PIPELINE_RULE_ROOTS_H_
