// References to other events are claims too (role "reference"), so they can corroborate or
// contradict the reports of that event:
//  - "the previous call took place on 25 June", "the last conversation ... in March 2023": the
//    trigger right after a reference cue makes a reference claim;
//  - "this is the second conversation this year, the previous one took place on June 25": a
//    reference cue with no trigger after it makes a claim of its own, of the type and with the
//    participants of the event it is compared with;
//  - a mention dated well before the article's main event ("The first dialogue was held on May 13")
//    is a reference as well;
//  - a reference cannot postdate its article: a year inferred from the publication date that would
//    put it after it is the year before.
// An article that calls its event "the first" and itself reports an earlier one between the same
// participants contradicts itself: the main claim is flagged "first_contradicted_in_document".
#include <algorithm>
#include <iterator>
#include <set>

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
      // "X and Y last spoke on 2 July" in a page that mentions a phone: the bare verb says they were in
      // touch, not how (as for the pronominal case below); "the last conversation" keeps the page's type.
      if (after->trigger && after->trigger->coordinated && after->trigger->type_from_document)
        after->claim.type = "talks";
      AddHighlight(c.span, slot::kReference, after);
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
    // "This is the second call this year, the previous one was on 25 June": the kind of the event it
    // is compared with, when that is in its sentence or the sentence before says it itself. "X e Y si
    // erano sentiti l'ultima volta il 21 febbraio" after a paragraph whose "colloquio" is a call only
    // because the page mentions a phone says just that they were in touch: "talks", which links with
    // a call or a meeting of that day.
    bool own_type = like->trigger && !like->trigger->type_from_document;
    bool near = like->sentence == s || (like->sentence + 1 == s && own_type);
    r.claim.type = near ? like->claim.type : "talks";
    r.claim.role = "reference";
    r.order = long(c.tokens.begin) * 4 + 1;
    AddHighlight(c.span, slot::kReference, &r);
    added.push_back(std::move(r));
  }
  auto by_order = [](const Draft& a, const Draft& b) { return a.order < b.order; };
  // Most articles add none and are in text order already: their drafts are not moved.
  const bool in_order = std::is_sorted(drafts->begin(), drafts->end(), by_order);
  if (added.empty() && in_order) return;
  if (in_order) {
    // The drafts in text order and the references merged in, each moved once: what the stable sort
    // below gives (a draft before a reference of the same order), without sorting large Drafts.
    std::stable_sort(added.begin(), added.end(), by_order);
    std::vector<Draft> merged;
    merged.reserve(drafts->size() + added.size());
    std::merge(std::make_move_iterator(drafts->begin()), std::make_move_iterator(drafts->end()),
               std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()),
               std::back_inserter(merged), by_order);
    *drafts = std::move(merged);
    return;
  }
  for (auto& a : added) drafts->push_back(std::move(a));
  std::stable_sort(drafts->begin(), drafts->end(), by_order);
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

void KeepReferencesBeforePublication(const DocContext& ctx, std::vector<Draft>* drafts) {
  if (!ctx.doc->published || !ctx.doc->published->full()) return;
  const PartialDate& pub = *ctx.doc->published;
  for (Draft& d : *drafts) {
    PartialDate& x = d.claim.date;
    if (d.dropped || d.claim.role != "reference" || d.claim.date_basis != "publication" || x.year == 0 || x.month == 0)
      continue;
    PartialDate first = x;
    if (first.day == 0) first.day = 1;
    auto a = DaysFromEpoch(first), b = DaysFromEpoch(pub);
    if (!a || !b || *a <= *b) continue;
    PartialDate earlier{x.year - 1, x.month, x.day};
    if (!IsValid(earlier)) continue;  // 29 February
    x = earlier;
    if (d.claim.date_end.year != 0) --d.claim.date_end.year;
  }
}

namespace {

std::set<std::string> Names(const Claim& c) {
  std::set<std::string> out;
  for (const Participant& p : c.participants)
    if (!p.name.empty()) out.insert(p.name);
  return out;
}

bool Before(const PartialDate& a, const PartialDate& b) {
  if (!a.year || !b.year) return false;
  if (a.year != b.year) return a.year < b.year;
  if (!a.month || !b.month) return false;
  if (a.month != b.month) return a.month < b.month;
  return a.day && b.day && a.day < b.day;
}

}  // namespace

void FlagFirstContradictedInDocument(const DocContext& ctx, std::vector<Draft>* drafts) {
  for (Draft& d : *drafts) {
    const Claim& c = d.claim;
    bool first = c.ordinal.n == 1 && (c.ordinal.scope.empty() || c.ordinal.scope == "ever");
    if (d.dropped || c.role != "main" || !first || c.negated) continue;
    std::set<std::string> mine = Names(c);
    if (mine.size() < 2) continue;
    for (const Draft& r : *drafts) {
      if (r.dropped || r.claim.role != "reference" || r.claim.negated || !SameEventType(r.claim.type, c.type)) continue;
      if (Names(r.claim) != mine) continue;
      if (!c.date.empty() && !Before(r.claim.date, c.date)) continue;
      const Span& where = ctx.analysis->sentences[r.sentence].span;
      std::string when = r.claim.date.empty() ? "" : " on " + r.claim.date.ToIso();
      d.claim.flags.push_back({"first_contradicted_in_document",
                               "an earlier " + r.claim.type + when + ": \"" + ctx.Text(where) + "\"",
                               where});
      break;
    }
  }
}

}  // namespace crosscheck::assemble
