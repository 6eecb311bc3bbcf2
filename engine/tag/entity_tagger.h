// EntityTagger: the TagModule for people, offices, sides, organisations and outlets (rules/lexicon/).
#ifndef CROSSCHECK_ENGINE_TAG_ENTITY_TAGGER_H_
#define CROSSCHECK_ENGINE_TAG_ENTITY_TAGGER_H_

#include "engine/tag/tag_module.h"

namespace crosscheck::tag {

class EntityTagger : public TagModule {
 public:
  const char* name() const override { return "entities"; }
  Status Load(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher) override;
  void Collect(const Document& doc, const analyse::Analysis& analysis, const std::vector<PhraseMatch>& matches,
               TaggedDocument* out) const override;
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_ENTITY_TAGGER_H_
