// The tag stage: loads every vocabulary under rules/ (lexicon, time, events, cues) into one
// PhraseMatcher and finds all mentions of a document in one pass over its tokens.
#ifndef CROSSCHECK_ENGINE_TAG_TAGGER_H_
#define CROSSCHECK_ENGINE_TAG_TAGGER_H_

#include <memory>
#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/analyse/analysis.h"
#include "engine/tag/mentions.h"
#include "engine/tag/phrase_matcher.h"

namespace crosscheck::tag {

class Tagger {
 public:
  Tagger();
  ~Tagger();
  // Loads every rule root in order (later roots extend or override earlier ones). Errors name the
  // file and line:column.
  Status Load(const std::vector<std::string>& rule_roots);
  // All mentions in `doc`. Thread-safe (const).
  TaggedDocument Tag(const Document& doc, const analyse::Analysis& analysis) const;

 private:
  PhraseMatcher matcher_;
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_TAGGER_H_
