// Shared searches for the cue files (initiator, ordinal, attribution, modality): which claim a cue
// belongs to, and which entity a cue points at.
#ifndef CROSSCHECK_ENGINE_ASSEMBLE_CUE_SEARCH_H_
#define CROSSCHECK_ENGINE_ASSEMBLE_CUE_SEARCH_H_

#include <string>
#include <vector>

#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

// True when cue `c` belongs to draft `d`: same sentence and no other draft's anchor is nearer.
bool CueBelongsTo(const std::vector<Draft>& drafts, const Draft& d, const tag::CueMention& c);
// Token distance between a cue and a draft's anchor (0 when they overlap).
long Distance(const tag::TokenRange& a, const tag::TokenRange& b);

// True when `t` is the date of the "since" scope cue `c` ("since June", "з лютого", "dal 2022"):
// the time starts inside the cue or within three tokens after it. A cue of value "after_ordinal"
// (a bare preposition: "з", "с", "da") counts only after an ordinal of its sentence and the ordinal's
// noun phrase, in the same clause ("перша розмова з лютого", "первый разговор глав ведомств России и
// США с марта"), and only with the time right after it; elsewhere it is an ordinary "with"/"from".
bool SinceCueOwns(const DocContext& ctx, const tag::CueMention& c, const tag::TimeMention& t);
// A cue of value "after_ordinal" also counts right after a gap cue without an ordinal of its own,
// with at most a comma between ("dopo oltre un anno, dal marzo 2023": the gap began on that date).
bool GapNamesSince(const DocContext& ctx, const tag::CueMention& gap, const tag::CueMention& since);

enum class Direction { kFollowing, kPreceding, kNearest };
// The entity of sentence `s` nearest the cue in `dir`, within `max_gap` tokens, satisfying `want`.
template <typename Pred>
const tag::EntityMention* EntityNear(const DocContext& ctx, uint32_t s, const tag::TokenRange& cue, Direction dir,
                                     uint32_t max_gap, Pred want) {
  const tag::EntityMention* best = nullptr;
  long best_gap = static_cast<long>(max_gap) + 1;
  for (size_t ei : ctx.entities[s]) {
    const tag::EntityMention& e = ctx.tagged->entities[ei];
    if (!want(e)) continue;
    long gap = -1;
    if (dir != Direction::kPreceding && e.tokens.begin >= cue.end) gap = long(e.tokens.begin) - long(cue.end);
    if (dir != Direction::kFollowing && e.tokens.end <= cue.begin) gap = long(cue.begin) - long(e.tokens.end);
    if (gap < 0 || gap >= best_gap) continue;
    best_gap = gap;
    best = &e;
  }
  return best;
}

// A capitalised run of up to four words right after (or before) the cue, skipping articles: a
// source the lexicon does not know ("scrive il Washington Post", "UNN reported").
std::string CapitalisedRun(const DocContext& ctx, uint32_t s, const tag::TokenRange& cue, bool following, Span* span);

}  // namespace crosscheck::assemble

#endif  // CROSSCHECK_ENGINE_ASSEMBLE_CUE_SEARCH_H_
