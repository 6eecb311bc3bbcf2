// "The first call", "the second conversation this year", "the first since May", "per la prima volta
// in pochi mesi": an ordinal cue near the trigger gives n; a scope cue nearby gives the scope
// ("year", "since" with the date that follows it, "period" with an ISO duration, "#" in a rule's
// duration standing for the number written: "in 5 months" → P5M; "gap": "after 5 months", a period
// with "first", the time since the previous one with "second" and on).
#include "engine/assemble/cue_search.h"
#include "engine/util/text.h"

namespace crosscheck::assemble {

namespace {

constexpr long kBefore = 6;  // tokens an ordinal may stand before the trigger ("the first such phone call")
constexpr long kAfter = 8;   // ... or after it ("spoke for the first time", "called Shoigu for the second time")
constexpr long kScope = 10;  // tokens between the ordinal (or trigger) and its scope
// ... or further after it in apposition, after a comma: "a phone call of about an hour with the Russian
// president Vladimir Putin, the first since December 2022"
constexpr long kApposition = 24;

std::string FillNumber(const DocContext& ctx, const tag::CueMention& c) {
  std::string v = c.value;
  size_t hash = v.find('#');
  if (hash == std::string::npos) return v;
  for (uint32_t i = c.tokens.begin; i < c.tokens.end; ++i)
    if (ctx.analysis->tokens[i].kind == analyse::TokenKind::kNumber)
      return v.substr(0, hash).append(ctx.analysis->tokens[i].key()).append(v, hash + 1);
  return v.substr(0, hash) + v.substr(hash + 1);
}

// False (nothing applied) for a bare "since" preposition with no date after it ("з ним").
// A "gap" ("after five months", "спустя полгода") is the time since the previous one: with "first"
// it is the period ("the first call after five months": none in five months); with "second" and
// on it only says how long ago the one before was, so the count is since ever.
bool ApplyScope(const DocContext& ctx, const tag::CueMention& c, Ordinal* o, Span* text) {
  if (c.scope == "gap") {
    if (o->n >= 2) {
      o->scope = "ever";
    } else {
      o->scope = "period";
      o->period = FillNumber(ctx, c);
    }
    text->start = std::min(text->start, c.span.start);
    text->end = std::max(text->end, c.span.end);
    return true;
  }
  const tag::TimeMention* since = nullptr;
  if (c.scope == "since") {
    for (size_t ti : ctx.times[ctx.SentenceOf(c.tokens.begin)]) {
      const tag::TimeMention& t = ctx.tagged->times[ti];
      if (SinceCueOwns(ctx, c, t)) {
        since = &t;
        break;
      }
    }
    if (!since && c.value == "after_ordinal") return false;
  }
  o->scope = c.scope;
  if (c.scope == "period") o->period = FillNumber(ctx, c);
  if (since) {
    o->since = since->date;
    text->end = std::max(text->end, since->span.end);
  }
  text->start = std::min(text->start, c.span.start);
  text->end = std::max(text->end, c.span.end);
  return true;
}

// The end of the scope phrase of the sentence that starts at token `i` — an ordinal scope cue, with
// the time right after it ("с 2022 года", "за два года", "з початку року"; a "since" cue only with
// one), or a time ("впервые с мая провели") — or `i` when none starts there.
uint32_t SkipScope(const DocContext& ctx, uint32_t sentence, uint32_t i) {
  for (size_t ci : ctx.cues[sentence]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kOrdinal || c.scope.empty() || c.tokens.begin != i) continue;
    uint32_t end = c.tokens.end;
    for (size_t ti : ctx.times[sentence]) {
      const tag::TimeMention& t = ctx.tagged->times[ti];
      if (t.tokens.begin == end) end = t.tokens.end;
    }
    // "since" says nothing without its date: "першим з міністрів" counts ministers.
    if (c.scope == "since" && end == c.tokens.end) continue;
    return end;
  }
  for (size_t ti : ctx.times[sentence]) {  // the date of a scope the ordinal holds: "впервые с мая"
    const tag::TimeMention& t = ctx.tagged->times[ti];
    if (t.tokens.begin == i) return t.tokens.end;
  }
  return i;
}

// "the fourth participant in the negotiations": a preposition between the ordinal and the trigger
// means the ordinal counts something else. Articles and possessives may stand between, and so may
// the ordinal's own scope: "первый с 2022 года телефонный разговор", "перша за два роки зустріч".
bool CountsTheTrigger(const DocContext& ctx, uint32_t sentence, uint32_t from, uint32_t to) {
  static const char* kArticles[] = {"the", "a", "an", "its", "his", "her", "their", "our", "il", "la", "lo", "le",
                                    "i", "gli", "un", "una", "uno", "loro", "sua", "suo", "їх", "їхня", "його", "її",
                                    "их", "его", "ее", "её", "же", "ж", "ещё", "еще", "ще", "уже", "вже",
                                    "раз"};  // "второй раз провел разговор"
  for (uint32_t i = from; i < to; ++i) {
    if (uint32_t past = SkipScope(ctx, sentence, i); past > i) {
      i = past - 1;
      continue;
    }
    const auto& toks = ctx.analysis->tokens;
    const auto& t = toks[i];
    if (t.kind != analyse::TokenKind::kWord || t.upper_initial) continue;
    // A short word glued by a hyphen to the next ("first in-person talks", "first face-to-face
    // meeting", "il primo faccia-a-faccia") is part of an adjective, not a preposition.
    if (i + 2 < to && toks[i + 1].key() == "-" && !toks[i + 1].space_before && !toks[i + 2].space_before) {
      ++i;
      continue;
    }
    // Letters, not bytes: "из" is as short as "of".
    const size_t letters = util::CodePointCount(t.key());
    if (letters > 6) continue;  // adjectives: "such", "telephone" pass on length or below
    bool article = false;
    for (const char* a : kArticles) article = article || t.key() == a;
    if (!article && letters <= 3) return false;
  }
  return true;
}

// "…, the first since December 2022", "…, il primo dal dicembre 2022", "…, первый за два года": an
// ordinal right after a comma that stands alone (the end of the sentence, punctuation, a scope or
// a trigger right after it) is said of the event of the clause before it — not "…, the first woman to".
bool Appositive(const DocContext& ctx, const tag::CueMention& c) {
  const auto& toks = ctx.analysis->tokens;
  uint32_t at = c.tokens.begin;  // an article or possessive may stand between: ", the first since"
  if (at > 1 && (toks[at - 1].key() == "the" || toks[at - 1].key() == "their" || toks[at - 1].key() == "its"))
    --at;
  if (at == 0 || toks[at - 1].key() != ",") return false;
  if (!c.scope.empty()) return true;
  const uint32_t s = ctx.SentenceOf(c.tokens.begin);
  const uint32_t end = ctx.analysis->sentences[s].end_token;
  if (c.tokens.end >= end || toks[c.tokens.end].kind == analyse::TokenKind::kPunct) return true;
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& x = ctx.tagged->cues[ci];
    if (x.kind == tag::CueKind::kOrdinal && !x.scope.empty() && x.tokens.begin >= c.tokens.end &&
        x.tokens.begin <= c.tokens.end + 2)
      return true;
  }
  for (size_t ti : ctx.triggers[s]) {
    const tag::TriggerMention& t = ctx.tagged->triggers[ti];
    if (t.tokens.begin >= c.tokens.end && t.tokens.begin <= c.tokens.end + 2) return true;
  }
  return false;
}

// "si sono sentiti al telefono il 12 luglio, dopo oltre un anno, dal marzo 2023": a gap in
// apposition after the trigger's clause, naming the date it began, says the contact is the first
// since that date though no ordinal word is written. Only with the since-date: "dopo oltre un anno di
// guerra" alone is not about the contact. False when the sentence has no such phrase for `d`.
bool FirstSinceGap(const DocContext& ctx, const Draft& d, Ordinal* o, Span* text) {
  const auto& toks = ctx.analysis->tokens;
  for (size_t gi : ctx.cues[d.sentence]) {
    const tag::CueMention& gap = ctx.tagged->cues[gi];
    if (gap.kind != tag::CueKind::kOrdinal || gap.scope != "gap" || gap.n > 0) continue;
    if (gap.tokens.begin < d.anchor.end || long(gap.tokens.begin) - long(d.anchor.end) > kApposition) continue;
    if (toks[gap.tokens.begin - 1].key() != ",") continue;
    // No other event word between: the gap is said of this one.
    bool other = false;
    for (size_t ti : ctx.triggers[d.sentence]) {
      const tag::TriggerMention& t = ctx.tagged->triggers[ti];
      other = other || (t.tokens.begin >= d.anchor.end && t.tokens.begin < gap.tokens.begin);
    }
    if (other) continue;
    for (size_t si : ctx.cues[d.sentence]) {
      const tag::CueMention& since = ctx.tagged->cues[si];
      if (!GapNamesSince(ctx, gap, since)) continue;
      for (size_t ti : ctx.times[d.sentence]) {
        const tag::TimeMention& t = ctx.tagged->times[ti];
        if (t.date.empty() || !SinceCueOwns(ctx, since, t)) continue;
        o->n = 1;
        o->scope = "since";
        o->since = t.date;
        *text = {gap.span.start, t.span.end};
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void FindOrdinal(const DocContext& ctx, const std::vector<Draft>& drafts, Draft* d) {
  const tag::CueMention* ord = nullptr;
  for (size_t ci : ctx.cues[d->sentence]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kOrdinal || c.n <= 0 || !CueBelongsTo(drafts, *d, c)) continue;
    // "il primo ministro", "First Deputy Prime Minister": an ordinal inside a title names an office,
    // it counts nothing.
    if (ctx.InEntity(d->sentence, c.tokens.begin, c.tokens.end)) continue;
    bool before = c.tokens.end <= d->anchor.begin && long(d->anchor.begin) - long(c.tokens.end) <= kBefore &&
                  CountsTheTrigger(ctx, d->sentence, c.tokens.end, d->anchor.begin);
    const long gap = long(c.tokens.begin) - long(d->anchor.end);
    bool after = c.tokens.begin >= d->anchor.end && (gap <= kAfter || (gap <= kApposition && Appositive(ctx, c)));
    // A phrase that holds the trigger itself ("Prima telefonata tra Erdoğan e Putin").
    bool holds = c.tokens.begin < d->anchor.begin && c.tokens.end > d->anchor.begin;
    if (before || after || holds) {
      ord = &c;
      break;
    }
  }
  if (!ord) {
    Span text;
    if (d->claim.role == "main" && FirstSinceGap(ctx, *d, &d->claim.ordinal, &text)) {
      d->claim.ordinal.text = ctx.Text(text);
      AddHighlight(text, slot::kOrdinal, d);
    }
    return;
  }
  Ordinal& o = d->claim.ordinal;
  o.n = ord->n;
  Span text = ord->span;
  if (!ord->scope.empty()) ApplyScope(ctx, *ord, &o, &text);
  tag::TokenRange around{std::min(ord->tokens.begin, d->anchor.begin), std::max(ord->tokens.end, d->anchor.end)};
  for (size_t ci : ctx.cues[d->sentence]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kOrdinal || c.n != 0 || c.scope.empty() || !o.scope.empty()) continue;
    if (Distance(c.tokens, around) > kScope) continue;
    ApplyScope(ctx, c, &o, &text);
  }
  if (o.scope.empty()) o.scope = "ever";
  // The trigger may sit inside "second conversation ... this year": the text spans both.
  o.text = ctx.Text(text);
  AddHighlight(text, slot::kOrdinal, d);
}

}  // namespace crosscheck::assemble
