#include "engine/tag/time_tagger.h"

namespace crosscheck::tag {

Status TimeTagger::Load(const std::vector<std::string>& /*rule_roots*/, uint32_t /*module_id*/,
                        PhraseMatcher* /*matcher*/) {
  return Status::OK();  // TODO(time)
}

void TimeTagger::Collect(const Document& /*doc*/, const analyse::Analysis& /*analysis*/,
                         const std::vector<PhraseMatch>& /*matches*/, TaggedDocument* /*out*/) const {}

}  // namespace crosscheck::tag
