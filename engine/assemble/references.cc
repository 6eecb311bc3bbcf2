// References to other events are claims too (role "reference"), so they can corroborate or
// contradict the reports of that event:
//  - "the previous call took place on 25 June", "the last conversation ... in March 2023": the
//    trigger right after a reference cue makes a reference claim;
//  - "this is the second conversation this year, the previous one took place on June 25": a
//    reference cue with no trigger after it makes a claim of its own, of the type and with the
//    participants of the event it is compared with;
//  - a mention dated well before the article's main event ("The first dialogue was held on May 13")
//    is a reference as well.
#include <algorithm>

#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

namespace {

constexpr uint32_t kCueToTrigger = 4;  // "the previous phone call": tokens from cue to trigger
constexpr long kEarlierDays = 7;       // how much earlier than the main event a mention must be

// Comparable day number of a partial date, assuming `year` when it has none.
long DayKey(const PartialDate& d, int year) {
  return long(d.year ? d.year : year) * 400 + d.month * 32 + (d.day ? d.day : 1);
}

}  // namespace

void AddReferenceDrafts(const DocContext& ctx, std::vector<Draft>* drafts) {
  std::vector<Draft> added;
  for (const tag::CueMention& c : ctx.tagged->cues) {
    if (c.kind != tag::CueKind::kReference || c.n >= 0) continue;
    uint32_t s = ctx.SentenceOf(c.tokens.begin);
    // A clause-level cue ("before that, ...") marks the next event mention of its sentence, however
    // far; an adjectival one ("the previous call") the trigger right after it.
    bool clause = c.value == "clause";
    Draft* after = nullptr;
    for (Draft& d : *drafts)
      if (d.sentence == s && d.trigger && d.anchor.begin >= c.tokens.begin &&
          (clause || d.anchor.begin <= c.tokens.end + kCueToTrigger)) {
        after = &d;
        break;
      }
    if (after) {
      after->claim.role = "reference";
      AddHighlight(c.span, "reference", after);
      continue;
    }
    if (clause) continue;
    // Pronominal: "the previous one". Of the event it is compared with: the nearest trigger before it.
    const Draft* like = nullptr;
    for (const Draft& d : *drafts)
      if (d.sentence <= s && d.anchor.begin < c.tokens.begin) like = &d;
    if (!like) continue;
    bool exists = std::any_of(added.begin(), added.end(), [&](const Draft& a) { return a.sentence == s; });
    if (exists) continue;  // "before that, the previous one": one reference per sentence
    Draft r;
    r.sentence = s;
    r.anchor = c.tokens;
    r.claim.type = like->claim.type;
    r.claim.role = "reference";
    r.order = long(c.tokens.begin) * 4 + 1;
    AddHighlight(c.span, "reference", &r);
    added.push_back(std::move(r));
  }
  for (auto& a : added) drafts->push_back(std::move(a));
  std::stable_sort(drafts->begin(), drafts->end(), [](const Draft& a, const Draft& b) { return a.order < b.order; });
}

void MarkEarlierAsReferences(std::vector<Draft>* drafts) {
  const Draft* lead = nullptr;
  for (const Draft& d : *drafts)
    if (!d.dropped && d.claim.role == "main" && d.claim.date.month != 0) {
      lead = &d;
      break;
    }
  if (!lead) return;
  int year = lead->claim.date.year;
  long lead_key = DayKey(lead->claim.date, year);
  for (Draft& d : *drafts) {
    if (&d == lead || d.dropped || d.claim.role != "main" || d.claim.date.month == 0) continue;
    if (!d.has_own_date) continue;
    const PartialDate& x = d.claim.date;
    bool earlier = x.day == 0 ? DayKey({x.year, x.month, 31}, year) < lead_key
                              : DayKey(x, year) + kEarlierDays < lead_key;
    if (earlier)
      d.claim.role = "reference";
  }
}

}  // namespace crosscheck::assemble
