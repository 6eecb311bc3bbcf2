#include "engine/tag/tagger.h"

namespace crosscheck::tag {

Tagger::Tagger() = default;
Tagger::~Tagger() = default;

Status Tagger::Load(const std::vector<std::string>& /*rule_roots*/) { return Status::OK(); }

TaggedDocument Tagger::Tag(const Document& /*doc*/, const analyse::Analysis& /*analysis*/) const {
  return {};
}

}  // namespace crosscheck::tag
