#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

DocContext BuildContext(const Document& doc, const analyse::Analysis& analysis, const tag::TaggedDocument& tagged,
                        const LexiconView* lexicon) {
  DocContext c;
  c.doc = &doc;
  c.analysis = &analysis;
  c.tagged = &tagged;
  c.lexicon = lexicon;
  size_t n = analysis.sentences.size();
  c.entities.resize(n);
  c.times.resize(n);
  c.triggers.resize(n);
  c.cues.resize(n);
  auto place = [&](std::vector<std::vector<size_t>>& by, uint32_t token, size_t i) {
    if (token < analysis.tokens.size()) by[analysis.tokens[token].sentence].push_back(i);
  };
  for (size_t i = 0; i < tagged.entities.size(); ++i) place(c.entities, tagged.entities[i].tokens.begin, i);
  for (size_t i = 0; i < tagged.times.size(); ++i) place(c.times, tagged.times[i].tokens.begin, i);
  for (size_t i = 0; i < tagged.triggers.size(); ++i) place(c.triggers, tagged.triggers[i].tokens.begin, i);
  for (size_t i = 0; i < tagged.cues.size(); ++i) place(c.cues, tagged.cues[i].tokens.begin, i);
  return c;
}

void AddHighlight(const Span& s, const char* slot, Draft* d) {
  if (s.empty()) return;
  for (const Highlight& h : d->claim.evidence.highlights)
    if (h.span == s && h.slot == slot) return;
  d->claim.evidence.highlights.push_back({s, slot});
}

}  // namespace crosscheck::assemble
