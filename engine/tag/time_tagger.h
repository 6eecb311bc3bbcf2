// TimeTagger: the TagModule for dates, weekdays, relative times, ranges, lists and datelines
// (rules/time/*.json). Date words (months, weekdays, relative phrases, year words) come from the
// shared PhraseMatcher pass; Collect then walks the tokens around those hits and around numbers,
// applying the rule files' patterns (sequences of token classes), and resolves each mention against
// the document's publication date (time_resolve.h).
#ifndef CROSSCHECK_ENGINE_TAG_TIME_TAGGER_H_
#define CROSSCHECK_ENGINE_TAG_TIME_TAGGER_H_

#include <string>
#include <utility>
#include <vector>

#include "engine/tag/tag_module.h"
#include "engine/tag/time_match.h"
#include "engine/tag/time_vocab.h"

namespace crosscheck::tag {

class TimeTagger : public TagModule {
 public:
  const char* name() const override { return "time"; }
  Status Load(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher) override;
  void Collect(const Document& doc, const analyse::Analysis& analysis, const PhraseMatcher::TokenKeys& keys,
               const std::vector<PhraseMatch>& matches,
               TaggedDocument* out) const override;

  const time::TimeVocab& vocab() const { return vocab_; }

 private:
  // The patterns that apply to a document language, indexed once at Load: every pattern (language
  // unknown), the ones for any language (a language no pattern names), and one set per named language.
  const time::PatternSet& PatternsFor(const std::string& lang) const;

  time::TimeVocab vocab_;
  time::PatternSet all_, generic_;
  std::vector<std::pair<std::string, time::PatternSet>> by_lang_;
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_TIME_TAGGER_H_
