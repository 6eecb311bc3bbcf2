// A check rule as loaded from a rule file (rules/checks/*.json; reference: rules/README.md
// "Checks"; schema: rules/schema/check.schema.json). Plain data: the loader fills it, checks read it.
#ifndef CROSSCHECK_ENGINE_VERIFY_RULE_H_
#define CROSSCHECK_ENGINE_VERIFY_RULE_H_

#include <string>
#include <vector>

namespace crosscheck::verify {

// Where something was written: "file:line:col".
struct SourcePos {
  std::string file;
  size_t line = 0;
  size_t column = 0;
  std::string ToString() const;
};

// The generic, parameterised check a rule runs. Which fields apply depends on `type`
// (kCheckFields in rule_loader.cc); the others keep their defaults.
struct CheckSpec {
  // "compare"          pairwise comparison of `slot` among the claims of one event
  // "after_publication" an event dated after the article reporting it
  // "weekday"          a stated weekday that does not fit the date
  // "flag"             claims carrying one of `flags` (office_not_held, first_name_mismatch, ...)
  // "timeline"         ordinal claims ("first", "second this year") against the events in the graph
  // "corroboration"    how many independent origins report an event
  std::string type;
  std::string slot;                 // the slot compared / reported
  std::string expect;               // compare: "agree"|"conflict"; timeline: "contradicted"|"fits";
                                    // corroboration: "met"|"unmet"
  std::string scope = "any";        // compare: "outlets" (values from different outlets), "document"
                                    // (within one document), "any"
  std::vector<std::string> roles = {"main", "reference"};  // claim roles considered
  std::vector<std::string> event_types;                    // empty: every type
  std::string date_precision = "day";  // compare/agree on dates: both values known to this precision
  int min_outlets = 2;                 // compare/agree: outlets that must share the value
  int min_independent = 2;             // corroboration: independent origins needed
  std::vector<std::string> flags;      // flag: the Claim::flags codes
  std::vector<std::string> levels = {"persons", "offices"};  // timeline
  int max_days_ahead = 0;              // after_publication: days after publication tolerated
};

// One test of a rule: documents run through the real pipeline, and whether the rule must fire.
struct RuleTest {
  std::string name;
  std::string jsonl;             // the test documents, one JSON object a line
  bool fires = true;             // true: must fire ("ruleid"); false: must not ("ok")
  std::string todo;              // non-empty: a known gap; failure is reported but not counted
  std::vector<std::string> docs;  // when firing: the finding's documents must include these
  std::string value;              // when firing: some value of the finding must equal this
  SourcePos pos;
};

struct Rule {
  std::string id;
  std::string kind;      // "agreement" | "contradiction" | "anomaly"
  std::string severity;  // "info" | "low" | "medium" | "high"
  std::string message;   // template with {placeholders}
  std::string description;  // metadata.description, when given
  CheckSpec check;
  std::vector<RuleTest> tests;
  SourcePos pos;         // where the rule object starts
  std::string root;      // the rules folder it came from
};

}  // namespace crosscheck::verify

#endif  // CROSSCHECK_ENGINE_VERIFY_RULE_H_
