// The assemble stage: claims from mentions. One claim per event mention (trigger), with the
// participants, date, initiator, ordinal and attribution found around it; references to earlier
// events ("the previous call, on 25 June") become claims with role "reference". A sentence that
// only elaborates the previous sentence's claim ("The initiative came from the American side.")
// adds its slots to that claim instead of making another.
#ifndef CROSSCHECK_ENGINE_ASSEMBLE_ASSEMBLER_H_
#define CROSSCHECK_ENGINE_ASSEMBLE_ASSEMBLER_H_

#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/analyse/analysis.h"
#include "engine/assemble/lexicon_view.h"
#include "engine/tag/lexicon.h"
#include "engine/tag/mentions.h"
#include "engine/tag/tagger.h"

namespace crosscheck::assemble {

// Who held which office when, from the entity lexicon (lexicon_bridge.cc).
LexiconView ViewOf(const tag::Lexicon& lexicon);

class Assembler {
 public:
  // `tagger` must outlive the Assembler; who held which office when is copied from its lexicon.
  Status Load(const std::vector<std::string>& rule_roots, const tag::Tagger* tagger);
  // Replaces the office/tenure knowledge (tests; tools that bring their own lexicon).
  void SetLexicon(LexiconView lexicon) { lexicon_ = std::move(lexicon); }
  const LexiconView& lexicon() const { return lexicon_; }
  // Claims of one document, ids "<doc.id>#<n>" (n from 1) in text order. Thread-safe (const).
  std::vector<Claim> Assemble(const Document& doc, const analyse::Analysis& analysis,
                              const tag::TaggedDocument& tagged) const;

 private:
  const tag::Tagger* tagger_ = nullptr;
  LexiconView lexicon_;
};

}  // namespace crosscheck::assemble

#endif  // CROSSCHECK_ENGINE_ASSEMBLE_ASSEMBLER_H_
