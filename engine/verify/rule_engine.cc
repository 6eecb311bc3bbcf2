#include "engine/verify/rule_engine.h"

namespace crosscheck::verify {

Status RuleEngine::Load(const std::vector<std::string>& /*rule_roots*/) { return Status::OK(); }

std::vector<Finding> RuleEngine::Check(const RunView& /*run*/) const { return {}; }  // TODO(verify)

}  // namespace crosscheck::verify
