// Who says so. An attribution cue in the claim's sentence — or in the next sentence when that one
// only attributes ("This was reported by UNN with reference to ...", "Informazioni su di esso scrive
// il Washington Post.") — points at its source: "following" (according to X, за словами X, сообщает
// ТАСС, secondo il Pentagono) or "preceding" (the Pentagon said, Il Pentagono ha affermato; falling
// back to the words after it: "— заявив Остін"). Cues of scope "origin" (citing, with reference to,
// со ссылкой на) name where the news comes from and win over a relaying outlet.
#include "engine/assemble/cue_search.h"

namespace crosscheck::assemble {

namespace {

bool IsSource(const tag::EntityMention& e) {
  return e.kind == tag::EntityKind::kOrganisation || e.kind == tag::EntityKind::kOutlet ||
         e.kind == tag::EntityKind::kPerson || e.kind == tag::EntityKind::kOffice || e.kind == tag::EntityKind::kSide;
}

std::string SourceName(const DocContext& ctx, const tag::EntityMention& e) {
  if (e.id.empty()) return e.written;
  if (!ctx.lexicon) return e.id;
  if (e.kind == tag::EntityKind::kSide) return ctx.lexicon->SideName(SideOfEntity(e));
  return ctx.lexicon->DisplayName(e.id);
}

// "Pentagon spokeswoman Sabrina Singh": the person named right after an office or organisation.
const tag::EntityMention* NamedAfter(const DocContext& ctx, uint32_t s, const tag::EntityMention& e) {
  for (size_t ei : ctx.entities[s]) {
    const tag::EntityMention& x = ctx.tagged->entities[ei];
    if (x.kind != tag::EntityKind::kPerson || x.tokens.begin < e.tokens.end || x.tokens.begin > e.tokens.end + 1)
      continue;
    if (x.tokens.begin == e.tokens.end) return &x;
    const auto& gap = ctx.analysis->tokens[e.tokens.end];  // a title word: "spokeswoman"
    if (gap.kind == analyse::TokenKind::kWord && !gap.upper_initial) return &x;
  }
  return nullptr;
}

// No punctuation between tokens [from, to): "according to him, Austin ..." does not name Austin.
bool Unbroken(const DocContext& ctx, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i) {
    const auto& t = ctx.analysis->tokens[i];
    if (t.kind == analyse::TokenKind::kPunct && t.key != "-" && t.key != "«" && t.key != "\"") return false;
  }
  return true;
}

bool Resolve(const DocContext& ctx, uint32_t s, const tag::CueMention& c, std::string* name, Span* span) {
  const tag::EntityMention* e = nullptr;
  if (c.value == "preceding") {
    e = EntityNear(ctx, s, c.tokens, Direction::kPreceding, 2, IsSource);
    // "..., ha reso noto il Pentagono": past a comma the subject follows the verb.
    if (e && !Unbroken(ctx, e->tokens.end, c.tokens.begin)) e = nullptr;
    if (!e) {
      std::string run = CapitalisedRun(ctx, s, c.tokens, false, span);
      if (!run.empty()) {
        *name = run;
        return true;
      }
    }
  }
  if (!e) {
    e = EntityNear(ctx, s, c.tokens, Direction::kFollowing, 5, IsSource);
    if (e && !Unbroken(ctx, c.tokens.end, e->tokens.begin)) e = nullptr;
  }
  if (e) {
    if (e->kind == tag::EntityKind::kOffice || e->kind == tag::EntityKind::kOrganisation)
      if (const tag::EntityMention* person = NamedAfter(ctx, s, *e)) {
        *name = SourceName(ctx, *person);
        *span = {e->span.start, person->span.end};
        return true;
      }
    *name = SourceName(ctx, *e);
    *span = e->span;
    return true;
  }
  std::string run = CapitalisedRun(ctx, s, c.tokens, true, span);
  if (run.empty()) return false;
  *name = run;
  return true;
}

bool FromSentence(const DocContext& ctx, uint32_t s, const std::vector<Draft>* drafts, Draft* d) {
  bool found = false;
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kAttribution) continue;
    if (drafts && !CueBelongsTo(*drafts, *d, c)) continue;
    if (found && c.scope != "origin") continue;
    std::string name;
    Span span;
    if (!Resolve(ctx, s, c, &name, &span)) continue;
    d->claim.attributed_to = name;
    Span text{std::min(c.span.start, span.start), std::max(c.span.end, span.end)};
    d->claim.attribution_text = ctx.Text(text);
    AddHighlight(text, "attribution", d);
    found = true;
    if (c.scope == "origin") break;
  }
  return found;
}

}  // namespace

void FindAttribution(const DocContext& ctx, Draft* d) {
  if (FromSentence(ctx, d->sentence, nullptr, d)) return;
  uint32_t next = d->sentence + 1;
  if (next < ctx.cues.size() && ctx.triggers[next].empty()) FromSentence(ctx, next, nullptr, d);
}

void FindModality(const DocContext& ctx, const std::vector<Draft>& drafts, Draft* d) {
  for (size_t ci : ctx.cues[d->sentence]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind == tag::CueKind::kHedge && CueBelongsTo(drafts, *d, c)) {
      d->claim.hedged = true;
      AddHighlight(c.span, "hedge", d);
    }
    if (c.kind == tag::CueKind::kNegation) {
      // "did not call", "не відбулася" before the trigger; "went unanswered" (value "after") after it.
      bool before = c.value != "after" && c.tokens.end <= d->anchor.begin && d->anchor.begin - c.tokens.end <= 2;
      bool after = c.value == "after" && c.tokens.begin >= d->anchor.end && c.tokens.begin - d->anchor.end <= 6;
      if ((before || after) && CueBelongsTo(drafts, *d, c)) {
        d->claim.negated = true;
        AddHighlight(c.span, "negation", d);
      }
    }
  }
}

}  // namespace crosscheck::assemble
