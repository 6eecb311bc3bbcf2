#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

DocContext BuildContext(const Document& doc, const analyse::Analysis& analysis, const tag::TaggedDocument& tagged,
                        const LexiconView* lexicon) {
  DocContext c;
  c.doc = &doc;
  c.analysis = &analysis;
  c.tagged = &tagged;
  c.lexicon = lexicon;
  const size_t n = analysis.sentences.size();
  auto group = [&](MentionsBySentence* by, const auto& mentions) {
    by->Build(n, mentions.size(), [&](size_t i) -> size_t {
      uint32_t token = mentions[i].tokens.begin;
      return token < analysis.tokens.size() ? analysis.tokens[token].sentence : n;
    });
  };
  group(&c.entities, tagged.entities);
  group(&c.times, tagged.times);
  group(&c.triggers, tagged.triggers);
  group(&c.cues, tagged.cues);
  return c;
}

void AddHighlight(const Span& s, Atom slot, Draft* d) {
  if (s.empty()) return;
  for (const Highlight& h : d->claim.evidence.highlights)
    if (h.span == s && h.slot == slot) return;
  d->claim.evidence.highlights.push_back({s, slot});
}

}  // namespace crosscheck::assemble
