// The assemble stage: claims from mentions. One claim per event mention (trigger), with the
// participants, date, initiator, ordinal and attribution found around it; references to earlier
// events ("the previous call, on 25 June") become claims with role "reference".
#ifndef CROSSCHECK_ENGINE_ASSEMBLE_ASSEMBLER_H_
#define CROSSCHECK_ENGINE_ASSEMBLE_ASSEMBLER_H_

#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/analyse/analysis.h"
#include "engine/tag/mentions.h"
#include "engine/tag/tagger.h"

namespace crosscheck::assemble {

class Assembler {
 public:
  // `tagger` must outlive the Assembler (it owns the lexicon used to resolve offices by date).
  Status Load(const std::vector<std::string>& rule_roots, const tag::Tagger* tagger);
  // Claims of one document, ids "<doc.id>#<n>" in text order. Thread-safe (const).
  std::vector<Claim> Assemble(const Document& doc, const analyse::Analysis& analysis,
                              const tag::TaggedDocument& tagged) const;

 private:
  const tag::Tagger* tagger_ = nullptr;
};

}  // namespace crosscheck::assemble

#endif  // CROSSCHECK_ENGINE_ASSEMBLE_ASSEMBLER_H_
