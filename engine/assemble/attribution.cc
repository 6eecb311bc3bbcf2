// Who says so. An attribution cue in the claim's sentence — or in the next sentence when that one
// only attributes ("This was reported by UNN with reference to ...", "Informazioni su di esso scrive
// il Washington Post.") — points at its source: "following" (according to X, за словами X, сообщает
// ТАСС, secondo il Pentagono) or "preceding" (the Pentagon said, Il Pentagono ha affermato; falling
// back to the words after it: "— заявив Остін"). Cues of scope "origin" (citing, with reference to,
// со ссылкой на) name where the news comes from and win over a relaying outlet.
// Never a pronoun or a channel: "Про це він повідомив у Telegram" is attributed to the person "він"
// stands for (the nearest person before it, else the subject of the claim's sentence); "Lo ha reso
// noto il ministero" (an object clitic) to the subject after the verb; "Telegram", "on X" alone are
// where it was said, not who said it (cues of kind pronoun and channel).
#include "engine/assemble/cue_search.h"

namespace crosscheck::assemble {

namespace {

bool IsSource(const tag::EntityMention& e) {
  return e.kind == tag::EntityKind::kOrganisation || e.kind == tag::EntityKind::kOutlet ||
         e.kind == tag::EntityKind::kPerson || e.kind == tag::EntityKind::kOffice || e.kind == tag::EntityKind::kSide;
}

// The side of the claim's first participant in text order ("" when none): whose "ministry" an
// article means when it names one without a country.
std::string FirstSide(const Draft& d) {
  const RawParticipant* first = nullptr;
  for (const RawParticipant& p : d.parts)
    if (!p.side.empty() && (!first || p.token < first->token)) first = &p;
  return first ? first->side : "";
}

// "повідомили в Міноборони", "ha reso noto il ministero della Difesa": a ministry named without a
// country is that of the claim's first participant (the minister whose call it reports).
std::string SourceName(const DocContext& ctx, const tag::EntityMention& e, const Draft& d) {
  if (e.id.empty()) return std::string(e.written);
  if (!ctx.lexicon) return e.id;
  if (e.kind == tag::EntityKind::kSide) return ctx.lexicon->SideName(SideOfEntity(e));
  bool sideless = e.id.find('.') == std::string::npos && SideOfEntity(e).empty() &&
                  (e.kind == tag::EntityKind::kOrganisation || e.kind == tag::EntityKind::kOffice);
  if (sideless) {
    std::string side = FirstSide(d);
    if (side.empty()) return std::string(e.written);
    for (char& ch : side) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return ctx.lexicon->DisplayName(side + "." + e.id);
  }
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
    if (t.kind == analyse::TokenKind::kPunct && t.key() != "-" && t.key() != "«" && t.key() != "\"")
      return false;
  }
  return true;
}

// The cue of `kind` of sentence `s` that overlaps tokens [b, e), or nullptr.
const tag::CueMention* CueOver(const DocContext& ctx, uint32_t s, tag::CueKind kind, uint32_t b, uint32_t e) {
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind == kind && c.tokens.begin < e && b < c.tokens.end) return &c;
  }
  return nullptr;
}

// A capitalised run that is a channel ("Telegram") or a pronoun ("Він"), not a source.
bool RunIsChannel(const DocContext& ctx, uint32_t s, const Span& run) {
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if ((c.kind == tag::CueKind::kChannel || c.kind == tag::CueKind::kPronoun) && c.span.start < run.end &&
        run.start < c.span.end)
      return true;
  }
  return false;
}

// The pronoun standing right before the cue ("він повідомив", "Lo ha reso noto"), or nullptr.
const tag::CueMention* PronounBefore(const DocContext& ctx, uint32_t s, const tag::CueMention& c) {
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& p = ctx.tagged->cues[ci];
    if (p.kind == tag::CueKind::kPronoun && p.tokens.end == c.tokens.begin) return &p;
  }
  return nullptr;
}

// Whom a subject pronoun stands for: the nearest person before it in its sentence, else the first
// person taking part in the claim (the subject of the report it attributes).
const tag::EntityMention* Referent(const DocContext& ctx, uint32_t s, const tag::CueMention& pronoun, const Draft& d) {
  auto person = [](const tag::EntityMention& e) { return e.kind == tag::EntityKind::kPerson; };
  if (const tag::EntityMention* e = EntityNear(ctx, s, pronoun.tokens, Direction::kPreceding, 40, person)) return e;
  const tag::EntityMention* first = nullptr;
  for (const RawParticipant& p : d.parts)
    if (!p.borrowed && p.person_mention && (!first || p.person_mention->tokens.begin < first->tokens.begin))
      first = p.person_mention;
  return first;
}

bool Resolve(const DocContext& ctx, uint32_t s, const tag::CueMention& c, const Draft& d, std::string* name,
             Span* span) {
  const tag::EntityMention* e = nullptr;
  auto not_channel = [&](const tag::EntityMention& x) {
    return IsSource(x) && !CueOver(ctx, s, tag::CueKind::kChannel, x.tokens.begin, x.tokens.end);
  };
  bool look_before = c.value == "preceding";
  if (look_before) {
    if (const tag::CueMention* p = PronounBefore(ctx, s, c)) {
      look_before = false;  // an object clitic: the subject follows the verb
      if (p->value == "subject") {
        const tag::EntityMention* r = Referent(ctx, s, *p, d);
        if (!r) return false;
        *name = SourceName(ctx, *r, d);
        *span = p->span;
        return true;
      }
    }
  }
  if (look_before) {
    e = EntityNear(ctx, s, c.tokens, Direction::kPreceding, 2, not_channel);
    // "..., ha reso noto il Pentagono": past a comma the subject follows the verb.
    if (e && !Unbroken(ctx, e->tokens.end, c.tokens.begin)) e = nullptr;
    if (!e) {
      std::string run = CapitalisedRun(ctx, s, c.tokens, false, span);
      if (!run.empty() && !RunIsChannel(ctx, s, *span)) {
        *name = run;
        return true;
      }
    }
  }
  if (!e) {
    e = EntityNear(ctx, s, c.tokens, Direction::kFollowing, 5, not_channel);
    if (e && !Unbroken(ctx, c.tokens.end, e->tokens.begin)) e = nullptr;
  }
  if (e) {
    // Not past the cue itself: "The Kremlin said Putin and Xi spoke" is the Kremlin's word.
    const bool before_cue = e->tokens.end <= c.tokens.begin;
    if (e->kind == tag::EntityKind::kOffice || e->kind == tag::EntityKind::kOrganisation)
      if (const tag::EntityMention* person = NamedAfter(ctx, s, *e);
          person && (!before_cue || person->tokens.end <= c.tokens.begin)) {
        *name = SourceName(ctx, *person, d);
        *span = {e->span.start, person->span.end};
        return true;
      }
    *name = SourceName(ctx, *e, d);
    *span = e->span;
    return true;
  }
  std::string run = CapitalisedRun(ctx, s, c.tokens, true, span);
  if (run.empty() || RunIsChannel(ctx, s, *span)) return false;
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
    if (!Resolve(ctx, s, c, *d, &name, &span)) continue;
    d->claim.attributed_to = name;
    Span text{std::min(c.span.start, span.start), std::max(c.span.end, span.end)};
    d->claim.attribution_text = ctx.Text(text);
    AddHighlight(text, slot::kAttribution, d);
    found = true;
    if (c.scope == "origin") break;
  }
  return found;
}

// Whether a negation or plan cue speaks of the trigger at `anchor`: a cue of value "after" starts at
// most 6 tokens after it ("went unanswered", "не відбулася", "the call will take place", "розмова між
// ними відбудеться"); any other ends at most `before` tokens before it ("did not call"; "will speak",
// "is expected to hold a phone call", "планує провести телефонну розмову"). A future-tense trigger
// carries its own plan cue.
bool ModalCueApplies(const tag::CueMention& c, const tag::TokenRange& anchor, uint32_t before) {
  if (c.kind == tag::CueKind::kPlan && c.value == tag::kPlanOnTrigger)
    return c.tokens.begin == anchor.begin && c.tokens.end == anchor.end;
  if (c.value == "after") return c.tokens.begin >= anchor.end && c.tokens.begin - anchor.end <= 6;
  return c.tokens.end <= anchor.begin && anchor.begin - c.tokens.end <= before;
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
      AddHighlight(c.span, slot::kHedge, d);
    }
    if (c.kind == tag::CueKind::kNegation && ModalCueApplies(c, d->anchor, 2) && CueBelongsTo(drafts, *d, c)) {
      d->claim.negated = true;
      AddHighlight(c.span, slot::kNegation, d);
    }
    if (c.kind == tag::CueKind::kPlan && ModalCueApplies(c, d->anchor, 3) && CueBelongsTo(drafts, *d, c)) {
      d->claim.planned = true;
      if (c.value != tag::kPlanOnTrigger) AddHighlight(c.span, slot::kPlan, d);
    }
  }
}

}  // namespace crosscheck::assemble
