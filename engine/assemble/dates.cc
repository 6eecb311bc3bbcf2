// Which time mention dates an event mention: the nearest one in its sentence that is not owned by
// something else — a time after "after"/"following" dates that other thing, a time after "since" is
// an ordinal's scope, a time after "the previous one" dates the referenced event. A sentence broken
// by a line break ("Вчора, 25 червня,\n відбулися ...") lends its time to the next line. The lead of
// a wire story without a date of its own takes its dateline ("МОСКВА, 5 окт — РИА Новости.").
#include <algorithm>
#include <climits>
#include <cstdlib>

#include "engine/assemble/cue_search.h"
#include "engine/tag/time_resolve.h"

namespace crosscheck::assemble {

namespace {

bool TriggerBetween(const DocContext& ctx, uint32_t s, uint32_t from, uint32_t to) {
  for (size_t ti : ctx.triggers[s]) {
    uint32_t b = ctx.tagged->triggers[ti].tokens.begin;
    if (b >= from && b < to) return true;
  }
  return false;
}

// Why a time may not date the draft: it belongs to a sequence ("after the summit on 9-11 July"), to
// an ordinal's "since", or (for main claims) to a referenced earlier event.
bool Owned(const DocContext& ctx, const Draft& d, const tag::TimeMention& t) {
  uint32_t s = ctx.SentenceOf(t.tokens.begin);
  bool is_ref = d.claim.role == "reference";
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    // "la prima da febbraio": the time may start inside the cue ("da febbraio").
    if (SinceCueOwns(ctx, c, t)) return true;
    if (c.tokens.end > t.tokens.begin) continue;
    uint32_t gap = t.tokens.begin - c.tokens.end;
    if (c.kind == tag::CueKind::kSequence && gap <= 6 && !TriggerBetween(ctx, s, c.tokens.end, t.tokens.begin) &&
        !(is_ref && c.tokens.begin <= d.anchor.begin))
      return true;
    if (c.kind == tag::CueKind::kReference && !is_ref && c.tokens.end > d.anchor.end) return true;
  }
  // "the second call this year", "first in two years": the time is the ordinal's scope.
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind == tag::CueKind::kOrdinal && !c.scope.empty() && c.tokens.begin <= t.tokens.begin &&
        t.tokens.end <= c.tokens.end)
      return true;
  }
  if (is_ref) {
    // A reference's date follows its cue: the trigger of "the previous call took place on 25 June";
    // a clause-level cue opening the sentence ("Напомним, 1 января состоялся ...", "Before that, on
    // 5 March, ...").
    uint32_t from = d.anchor.begin;
    for (size_t ci : ctx.cues[s]) {
      const tag::CueMention& c = ctx.tagged->cues[ci];
      if (c.kind == tag::CueKind::kReference && c.value == "clause" && c.tokens.end <= d.anchor.begin)
        from = std::min(from, c.tokens.end);
    }
    if (t.tokens.begin < from) return true;
  }
  return false;
}

// Another event mention of the sentence stands nearer the time: the time is that one's.
bool NearerTrigger(const DocContext& ctx, const Draft& d, const tag::TimeMention& t) {
  uint32_t s = ctx.SentenceOf(t.tokens.begin);
  if (s != d.sentence) return false;
  auto dist = [&](const tag::TokenRange& a) {
    if (t.tokens.begin >= a.end) return long(t.tokens.begin) - long(a.end);
    if (a.begin >= t.tokens.end) return long(a.begin) - long(t.tokens.end);
    return 0L;
  };
  long mine = dist(d.anchor);
  for (size_t ti : ctx.triggers[s]) {
    const tag::TriggerMention& o = ctx.tagged->triggers[ti];
    if (o.tokens.begin == d.anchor.begin || o.event_type == d.claim.type) continue;
    // A trigger of the same coordinated subject tells its own event of the same day.
    if (o.tokens.begin >= d.coordinated_chain.begin && o.tokens.begin < d.coordinated_chain.end) continue;
    if (dist(o.tokens) < mine) return true;
  }
  return false;
}

bool Dated(const tag::TimeMention& t) { return !t.date.empty() || !t.list.empty(); }

const tag::TimeMention* Nearest(const DocContext& ctx, const Draft& d, uint32_t s) {
  const tag::TimeMention* best = nullptr;
  long best_score = LONG_MAX;
  for (size_t ti : ctx.times[s]) {
    const tag::TimeMention& t = ctx.tagged->times[ti];
    if (t.kind == tag::TimeKind::kDateline && s == d.sentence) continue;
    if (Owned(ctx, d, t) || NearerTrigger(ctx, d, t)) continue;
    long dist = t.tokens.begin >= d.anchor.end ? long(t.tokens.begin) - long(d.anchor.end)
                                               : long(d.anchor.begin) - long(t.tokens.end);
    if (dist < 0) dist = 0;
    long score = dist + (Dated(t) ? 0 : 1000);
    if (score < best_score) best_score = score, best = &t;
  }
  return best;
}

// A wire dateline opening the line (the tagger's TimeMention::wire): the place, the date, the agency
// ("МОСКВА, 5 окт — РИА Новости.", "KYIV, July 12 (UNN) -", "(ANSA) - ROMA, 12 LUG -").
bool IsWireDateline(const tag::TimeMention& t) { return t.kind == tag::TimeKind::kDateline && t.wire; }

// "/ТАСС/.", "УКРІНФОРМ.": a sentence that only names the agency after a dateline's date.
bool AgencyOnly(const DocContext& ctx, uint32_t s) {
  const analyse::Sentence& sent = ctx.analysis->sentences[s];
  if (sent.end_token - sent.first_token > 6 || !ctx.triggers[s].empty()) return false;
  for (uint32_t i = sent.first_token; i < sent.end_token; ++i) {
    const analyse::Token& t = ctx.analysis->tokens[i];
    if (t.kind == analyse::TokenKind::kNumber || (t.kind == analyse::TokenKind::kWord && !t.all_upper)) return false;
  }
  return true;
}

// The lead of a wire story has no date of its own: it is the dateline's news. A main claim in the
// dateline's sentence, or in the sentence after it on the same line (past a sentence that only names
// the agency: "МОСКВА, 12 июля. /ТАСС/. Министр ..."), takes the dateline.
const tag::TimeMention* WireDate(const DocContext& ctx, const Draft& d) {
  if (d.claim.role != "main") return nullptr;
  const auto& sentences = ctx.analysis->sentences;
  const auto& toks = ctx.analysis->tokens;
  for (uint32_t s = d.sentence, back = 0; back <= 2; --s, ++back) {
    if (s != d.sentence) {
      // The line goes on from sentence s to the claim's, through agency tags only.
      if (toks[sentences[s + 1].first_token].newline_before) break;
      if (s + 1 != d.sentence && !AgencyOnly(ctx, s + 1)) break;
    }
    for (size_t ti : ctx.times[s]) {
      const tag::TimeMention& t = ctx.tagged->times[ti];
      if (IsWireDateline(t) && Dated(t)) return &t;
    }
    if (s == 0) break;
  }
  return nullptr;
}

}  // namespace

const tag::TimeMention* PickTime(const DocContext& ctx, const Draft& d, uint32_t /*from_token*/) {
  if (const tag::TimeMention* t = Nearest(ctx, d, d.sentence)) return t;
  if (const tag::TimeMention* t = WireDate(ctx, d)) return t;
  if (d.sentence == 0 || d.claim.role == "reference") return nullptr;
  // A line broken mid-sentence: the previous "sentence" ends with a comma, colon or dash.
  const analyse::Sentence& prev = ctx.analysis->sentences[d.sentence - 1];
  if (prev.end_token == prev.first_token) return nullptr;
  const std::string_view last = ctx.analysis->tokens[prev.end_token - 1].key();
  if (last != "," && last != ":" && last != "—" && last != "-" && last != "–") return nullptr;
  if (!ctx.triggers[d.sentence - 1].empty()) return nullptr;
  return Nearest(ctx, d, d.sentence - 1);
}

void ApplyTime(const DocContext& ctx, const tag::TimeMention& t, int list_index, Draft* d) {
  Claim& c = d->claim;
  if (t.kind == tag::TimeKind::kList && list_index >= 0 && list_index < static_cast<int>(t.list.size())) {
    c.date = t.list[list_index];
    d->list_index = list_index;
  } else {
    c.date = t.date;
    if (t.kind == tag::TimeKind::kRange) c.date_end = t.end;
  }
  c.date_text = t.written;
  c.weekday = t.weekday;
  d->time = &t;
  if (c.weekday < 0) {
    // "On Friday, July 12": a weekday mention right next to the date.
    uint32_t s = ctx.SentenceOf(t.tokens.begin);
    for (size_t ti : ctx.times[s]) {
      const tag::TimeMention& w = ctx.tagged->times[ti];
      if (w.kind != tag::TimeKind::kWeekday || &w == &t) continue;
      if (std::abs(long(w.tokens.end) - long(t.tokens.begin)) <= 2 || std::abs(long(t.tokens.end) - long(w.tokens.begin)) <= 2) {
        c.weekday = w.weekday;
        AddHighlight(w.span, slot::kDate, d);
      }
    }
  }
  d->has_own_date = !c.date.empty();
  if (c.date.year != 0) {
    c.date_basis = t.year_explicit ? "explicit" : (t.basis.empty() ? "publication" : t.basis);
  } else if (c.date.month != 0) {
    d->year_open = true;
    c.date_basis = "open";
  }
  if (t.kind == tag::TimeKind::kDateline) c.date_basis = "dateline";
  AddHighlight(t.span, slot::kDate, d);
}

void DatePlannedForward(const DocContext& ctx, Draft* d) {
  const tag::TimeMention* t = d->time;
  Claim& c = d->claim;
  if (!t || !c.planned || !ctx.doc->published || c.date_basis != "publication" || c.date.year == 0 ||
      c.date.month == 0)
    return;
  const PartialDate& pub = *ctx.doc->published;
  if (c.date.day == 0) {  // "a giugno" in an article of February 2024: June 2024, not 2023
    if (t->kind == tag::TimeKind::kMonth && !t->year_explicit && t->relative_unit.empty() && pub.year != 0 &&
        pub.month != 0 && c.date.year * 12 + c.date.month < pub.year * 12 + pub.month)
      ++c.date.year;
    return;
  }
  auto day = DaysFromEpoch(c.date), p = DaysFromEpoch(pub);
  if (!pub.full() || !day || !p) return;
  if (t->kind == tag::TimeKind::kWeekday) {
    // Read as the latest such weekday on or before publication; "next"/"last" said which.
    if (t->relative_count == 0 && *day < *p) c.date = FromDaysSinceEpoch(*day + 7);
    return;
  }
  bool calendar = t->kind == tag::TimeKind::kDate || t->kind == tag::TimeKind::kRange || t->kind == tag::TimeKind::kList;
  if (!calendar || t->year_explicit || !t->relative_unit.empty()) return;
  // Read as the most recent one (up to the publication slack after it): a plan is the next one.
  if (*day >= *p - tag::kPublicationSlackDays) return;
  PartialDate next{c.date.year + 1, c.date.month, c.date.day};
  if (!IsValid(next)) return;  // 29 February
  c.date = next;
  if (c.date_end.year != 0) ++c.date_end.year;
}

}  // namespace crosscheck::assemble
