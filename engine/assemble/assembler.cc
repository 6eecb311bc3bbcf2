#include "engine/assemble/assembler.h"

namespace crosscheck::assemble {

Status Assembler::Load(const std::vector<std::string>& /*rule_roots*/, const tag::Tagger* tagger) {
  tagger_ = tagger;
  return Status::OK();
}

std::vector<Claim> Assembler::Assemble(const Document& /*doc*/, const analyse::Analysis& /*analysis*/,
                                       const tag::TaggedDocument& /*tagged*/) const {
  return {};  // TODO(assemble)
}

}  // namespace crosscheck::assemble
