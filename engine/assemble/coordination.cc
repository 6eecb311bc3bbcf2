// "Zelensky was received by Mattarella at the Quirinale and then met Meloni at Palazzo Chigi": two
// event words of one sentence joined by a coordinating word ("and", "then", "e poi", "а потім", "а
// затем"), with nothing but lower-case words (an auxiliary, an adverb, a subject pronoun: "he",
// "він") between that word and the second trigger, tell two events of one subject. Each trigger
// takes the subject (the people before the first trigger) and the people of its own clause: the
// first up to the coordinating word, the second after itself. Without the split both triggers took
// every person of the sentence and were merged into one three-party claim.
//
// Only two distinct triggers split: "Zelensky met Mattarella and Meloni" (one trigger) stays one
// claim, and so does a sentence whose second clause names a subject of its own ("... and Blinken
// met Lavrov") or whose second trigger names no one after it ("... and held talks").
#include <algorithm>

#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

namespace {

// Coordinating words that may open a second clause of the same subject (one token each: "e poi",
// "а потім", "and then" are found by their last word).
constexpr const char* kCoordinators[] = {
    "and", "then", "later", "afterwards",                       // en
    "e", "ed", "poi", "quindi", "successivamente", "seguito",  // it ("e in seguito")
    "і", "й", "та", "а", "потім", "згодом", "пізніше",         // uk
    "и", "затем", "потом", "позже", "позднее"};                 // ru

// Lower-case words that may stand between the coordinating word and the second trigger ("and
// later", "e poi ha", "а потім він").
constexpr uint32_t kMaxBetween = 4;

// A determiner right before the second trigger points back at an event already told ("... and
// discussed the call with Scholz", "e ha commentato quel colloquio"): no new event.
constexpr const char* kBackReferring[] = {
    "the", "this", "that", "his", "her", "their", "its",                                   // en
    "il", "la", "lo", "l", "quel", "quella", "questo", "questa", "suo", "sua",              // it
    "цю", "цей", "ця", "цієї", "цього", "ту", "той", "свою", "свій", "цим", "цією",       // uk
    "эту", "этот", "эта", "этой", "этого", "тот", "свою", "свой", "этим"};                // ru

bool IsCoordinator(std::string_view key) {
  for (const char* c : kCoordinators)
    if (key == c) return true;
  return false;
}

bool Borrows(const Draft& d) {
  return std::any_of(d.parts.begin(), d.parts.end(), [](const RawParticipant& p) { return p.borrowed; });
}

// The coordinating token that opens the clause of trigger `second`, searched back from it to the end
// of `first`: only lower-case words and commas may stand between it and the trigger. UINT32_MAX
// when there is none.
uint32_t ClauseStart(const DocContext& ctx, const Draft& first, const Draft& second) {
  const auto& toks = ctx.analysis->tokens;
  if (second.anchor.begin > 0)
    for (const char* d : kBackReferring)
      if (toks[second.anchor.begin - 1].key() == d) return UINT32_MAX;
  // "... and then they held talks with Modi": the subject is the pair, not the first subject alone.
  for (size_t ci : ctx.cues[second.sentence]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind == tag::CueKind::kAnaphor && c.tokens.begin >= first.anchor.end && c.tokens.end <= second.anchor.begin)
      return UINT32_MAX;
  }
  uint32_t words = 0;
  for (uint32_t i = second.anchor.begin; i-- > first.anchor.end;) {
    const analyse::Token& t = toks[i];
    if (t.kind == analyse::TokenKind::kPunct) {
      if (t.key() != ",") return UINT32_MAX;
      continue;
    }
    if (t.kind != analyse::TokenKind::kWord || t.upper_initial || ctx.InEntity(second.sentence, i, i + 1))
      return UINT32_MAX;
    if (IsCoordinator(t.key())) {
      // "and then": the clause opens at the first of the run.
      while (i > first.anchor.end && toks[i - 1].kind == analyse::TokenKind::kWord && IsCoordinator(toks[i - 1].key()))
        --i;
      return i;
    }
    if (++words > kMaxBetween) return UINT32_MAX;
  }
  return UINT32_MAX;
}

size_t CountSpecific(const std::vector<RawParticipant>& parts, uint32_t from, uint32_t to) {
  return std::count_if(parts.begin(), parts.end(),
                       [&](const RawParticipant& p) { return Specific(p) && p.token >= from && p.token < to; });
}

}  // namespace

void SplitCoordinatedEvents(const DocContext& ctx, std::vector<Draft>* drafts) {
  for (size_t i = 0; i + 1 < drafts->size(); ++i) {
    Draft& first = (*drafts)[i];
    if (!first.trigger || first.claim.role != "main" || Borrows(first)) continue;
    // The chain's first trigger: the subject stands before it ("X was received by Y and then met Z,
    // and later called W").
    uint32_t chain_begin = first.anchor.begin;
    size_t last = i;
    for (size_t j = i + 1; j < drafts->size(); ++j) {
      Draft& prev = (*drafts)[j - 1];
      Draft& next = (*drafts)[j];
      if (!next.trigger || next.sentence != first.sentence || next.claim.role != "main" || Borrows(next)) break;
      if (next.anchor.begin < prev.anchor.end) break;
      // Each clause names a person of its own, and the subject is named before the chain (the
      // counts first: they rule out most sentences before the tokens are read).
      if (CountSpecific(first.parts, 0, chain_begin) == 0 || CountSpecific(next.parts, next.anchor.end, UINT32_MAX) == 0)
        break;
      const uint32_t opens = ClauseStart(ctx, prev, next);
      if (opens == UINT32_MAX || CountSpecific(prev.parts, prev.anchor.begin, opens) == 0) break;
      // The earlier clause keeps what stands before the coordinating word; the later one drops the
      // earlier clauses and takes the subject (it may stand beyond its window of participants).
      prev.parts.erase(std::remove_if(prev.parts.begin(), prev.parts.end(),
                                      [&](const RawParticipant& p) { return p.token >= opens; }),
                       prev.parts.end());
      next.parts.erase(std::remove_if(next.parts.begin(), next.parts.end(),
                                      [&](const RawParticipant& p) { return p.token < opens; }),
                       next.parts.end());
      std::vector<RawParticipant> subject;
      for (const RawParticipant& p : first.parts)
        if (p.token < chain_begin) subject.push_back(p);
      next.parts.insert(next.parts.begin(), subject.begin(), subject.end());
      for (size_t k = i; k <= j; ++k) (*drafts)[k].coordinated_chain = {chain_begin, next.anchor.end};
      last = j;
    }
    i = std::max(i, last);  // the next chain starts after this one
  }
}

}  // namespace crosscheck::assemble
