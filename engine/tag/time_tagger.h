// TimeTagger: the TagModule for dates, weekdays, relative times, ranges, lists and datelines
// (rules/time/*.json). Date words (months, weekdays, relative phrases, year words) come from the
// shared PhraseMatcher pass; Collect then walks the tokens around those hits and around numbers,
// applying the rule files' patterns (sequences of token classes), and resolves each mention against
// the document's publication date (time_resolve.h).
#ifndef CROSSCHECK_ENGINE_TAG_TIME_TAGGER_H_
#define CROSSCHECK_ENGINE_TAG_TIME_TAGGER_H_

#include "engine/tag/tag_module.h"
#include "engine/tag/time_vocab.h"

namespace crosscheck::tag {

class TimeTagger : public TagModule {
 public:
  const char* name() const override { return "time"; }
  Status Load(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher) override;
  void Collect(const Document& doc, const analyse::Analysis& analysis, const std::vector<PhraseMatch>& matches,
               TaggedDocument* out) const override;

  const time::TimeVocab& vocab() const { return vocab_; }

 private:
  time::TimeVocab vocab_;
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_TIME_TAGGER_H_
