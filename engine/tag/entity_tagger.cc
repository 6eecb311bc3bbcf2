#include "engine/tag/entity_tagger.h"

namespace crosscheck::tag {

Status EntityTagger::Load(const std::vector<std::string>& /*rule_roots*/, uint32_t /*module_id*/,
                        PhraseMatcher* /*matcher*/) {
  return Status::OK();  // TODO(entities)
}

void EntityTagger::Collect(const Document& /*doc*/, const analyse::Analysis& /*analysis*/,
                         const std::vector<PhraseMatch>& /*matches*/, TaggedDocument* /*out*/) const {}

}  // namespace crosscheck::tag
