// Reading rule files: every file, every rule, every error. A problem becomes a Diagnostic naming
// file:line:col and the rule id; loading goes on so one run reports all of them ("3 errors").
#ifndef CROSSCHECK_ENGINE_VERIFY_RULE_LOADER_H_
#define CROSSCHECK_ENGINE_VERIFY_RULE_LOADER_H_

#include <memory>
#include <string>
#include <vector>

#include "crosscheck/status.h"
#include "engine/util/json.h"
#include "engine/verify/rule.h"

namespace crosscheck::verify {

struct Diagnostic {
  SourcePos pos;
  std::string rule;  // "" when the problem is not inside a rule
  std::string message;
  bool warning = false;
  // "file:line:col: error: rule 'id': message"
  std::string ToString() const;
};

// "<each diagnostic on its line>\n<N> error(s)[, <M> warning(s)]".
std::string FormatDiagnostics(const std::vector<Diagnostic>& diags);
size_t CountErrors(const std::vector<Diagnostic>& diags);

// The rule files of a rules folder: <root>/checks/**/*.json when that folder exists; none for a
// rules root of other stages (with lexicon/, time/, ... but no checks/); else the *.json files
// directly in <root> (a user folder of rules only). Sorted by path.
std::vector<std::string> RuleFiles(const std::string& root);

// The check schema: <root>/schema/check.schema.json of the first root that has it, else the
// shipped one.
Status LoadCheckSchema(const std::vector<std::string>& roots, rapidjson::Document* schema);

class RuleLoader {
 public:
  // `schema` is the whole check schema (rules/schema/check.schema.json); it must outlive the loader.
  explicit RuleLoader(const rapidjson::Document& schema);
  ~RuleLoader();
  // Parses and validates one file; appends its valid rules (file order) and every problem found.
  // A rule with any error is not appended. Returns the number of rule objects seen.
  size_t LoadFile(const std::string& path, const std::string& root, std::vector<Rule>* rules,
                  std::vector<Diagnostic>* diags) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace crosscheck::verify

#endif  // CROSSCHECK_ENGINE_VERIFY_RULE_LOADER_H_
