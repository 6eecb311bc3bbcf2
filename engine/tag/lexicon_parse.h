// Reading one lexicon file (rules/lexicon/*.json) into a Lexicon: schema check, then entries.
// Errors read "<file>:<line>:<col>: ..." for JSON syntax, "<file>: <json pointer> (<section> '<id>'):
// ..." for everything else, so the user finds the entry.
#ifndef CROSSCHECK_ENGINE_TAG_LEXICON_PARSE_H_
#define CROSSCHECK_ENGINE_TAG_LEXICON_PARSE_H_

#include <set>
#include <string>
#include <string_view>

#include "crosscheck/status.h"
#include "engine/tag/lexicon.h"
#include "engine/util/json.h"

namespace crosscheck::tag {

class LexiconParser {
 public:
  // Adds the entries of `text` (named `name`) to `lex`; an id already in `lex` is replaced, an id
  // already in `seen` (this rule root) is an error. `schema` may be null (no validation).
  static Status Parse(std::string_view text, const std::string& name, const util::JsonSchema* schema,
                      std::set<std::string>* seen, Lexicon* lex);
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_LEXICON_PARSE_H_
