// Who started the event, as a side code. An initiator cue says where to look:
//   "following"  at the initiative of / на прохання / su richiesta di  X   → the entity after the cue
//   "subject"    X called Y / X initiated / Austin ha avviato una chiamata → the entity before it
//   "object"     the entity after the cue (a rule's choice for "received a call from" style phrases)
//   "pronoun"    spoke with Shoigu at his request                           → the person before it
//   "nearest"    ініціатором стала американська сторона                    → the nearer of both
//   "own"        X hosted Y for talks, at his own invitation                    → the sentence's first person
//   "possessor"  at Belousov's request, at the Russian minister's invitation  → the entity inside the cue
// A sentence that only adds who asked gives its initiator cue to the claim of the sentence before it:
// one with no event word of its own ("Контакт состоялся по просьбе британской стороны.") its
// "following"/"own"/side cue; one whose event word is a bare noun for the same event, with no person
// or office in it ("Звонок был инициирован американской стороной.", "Розмову ініціювала американська
// сторона.", "La telefonata è stata chiesta dalla parte americana.") also its "subject"/"nearest" cue,
// read as the side nearest the cue (the word order is free there). A sentence between that only says
// who reported it ("Про це повідомив речник Пентагону.") is passed over.
//   "US", "RU"…  a cue that names the side itself
#include "engine/assemble/cue_search.h"

namespace crosscheck::assemble {

namespace {

bool HasSide(const tag::EntityMention& e) {
  return e.kind != tag::EntityKind::kOutlet && !SideOfEntity(e).empty();
}

// "the American side", "американская сторона": a side named as a party, not a country's name.
bool IsSidePhrase(const tag::EntityMention& e) { return e.kind == tag::EntityKind::kSide && !e.side.empty(); }

// The first person (or office) of sentence `s` before the cue: the subject ("at his own invitation").
const tag::EntityMention* SubjectBefore(const DocContext& ctx, uint32_t s, const tag::TokenRange& cue) {
  const tag::EntityMention* first = nullptr;
  for (size_t ei : ctx.entities[s]) {
    const tag::EntityMention& e = ctx.tagged->entities[ei];
    if (IsPersonLike(e) && e.tokens.end <= cue.begin && (!first || e.tokens.begin < first->tokens.begin)) first = &e;
  }
  return first;
}

// The last entity with a side lying wholly inside the cue ("at [the Russian minister's] request").
const tag::EntityMention* Inside(const DocContext& ctx, uint32_t s, const tag::TokenRange& cue) {
  const tag::EntityMention* last = nullptr;
  for (size_t ei : ctx.entities[s]) {
    const tag::EntityMention& e = ctx.tagged->entities[ei];
    if (HasSide(e) && e.tokens.begin >= cue.begin && e.tokens.end <= cue.end &&
        (!last || e.tokens.begin > last->tokens.begin))
      last = &e;
  }
  return last;
}

// An entity with a side that starts inside the cue, after its first word, and runs out of it: a cue
// ending in a wildcard ("инициирован* ?") took its first word ("инициирован [американской] стороной").
const tag::EntityMention* RunningOut(const DocContext& ctx, uint32_t s, const tag::TokenRange& cue) {
  for (size_t ei : ctx.entities[s]) {
    const tag::EntityMention& e = ctx.tagged->entities[ei];
    if (HasSide(e) && e.tokens.begin > cue.begin && e.tokens.begin < cue.end && e.tokens.end > cue.end)
      return &e;
  }
  return nullptr;
}

// Which sentence FromSentence reads: the claim's own, or the next one (see the file comment).
enum class Next { kNo, kNoEventWord, kBareEventNoun };

// Whether sentence `s` may speak of another event than the one before it: a person or office of
// its own (the parties retold, or others), a date, or a reference, plan or negation cue ("Предыдущий
// звонок был инициирован…", "Следующий звонок…").
bool MayBeAnotherEvent(const DocContext& ctx, uint32_t s) {
  for (size_t ei : ctx.entities[s])
    if (IsPersonLike(ctx.tagged->entities[ei])) return true;
  if (!ctx.times[s].empty()) return true;
  for (size_t ci : ctx.cues[s]) {
    const tag::CueKind k = ctx.tagged->cues[ci].kind;
    if (k == tag::CueKind::kReference || k == tag::CueKind::kSequence || k == tag::CueKind::kNegation ||
        k == tag::CueKind::kPlan)
      return true;
  }
  return false;
}

// Whether sentence `s` only says who reported what came before: an attribution cue and no event
// word, initiator cue or date of its own ("Про це повідомив речник Пентагону.", "Об этом сообщили в
// Минобороны.", "Lo ha reso noto il portavoce."). The sentence after it may still add who asked.
bool OnlyReports(const DocContext& ctx, uint32_t s) {
  if (!ctx.triggers[s].empty() || !ctx.times[s].empty()) return false;
  bool attribution = false;
  for (size_t ci : ctx.cues[s]) {
    const tag::CueKind k = ctx.tagged->cues[ci].kind;
    if (k == tag::CueKind::kInitiator) return false;
    attribution = attribution || k == tag::CueKind::kAttribution;
  }
  return attribution;
}

// Sets the initiator from the cues of sentence `s`, the claim's own or the next one (`next`).
bool FromSentence(const DocContext& ctx, const std::vector<Draft>& drafts, uint32_t s, Next next, Draft* d) {
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kInitiator) continue;
    if (next == Next::kNo && !CueBelongsTo(drafts, *d, c)) continue;
    // In a bare restatement the side nearest a subject cue is the initiator, on either side of it; in a
    // sentence with no event word only a side phrase beside "the initiator was" ("Инициатором
    // выступила американская сторона."), not whoever else it names.
    const bool side_only = next == Next::kNoEventWord && c.value == "nearest";
    const bool nearest_side =
        (next == Next::kBareEventNoun && (c.value == "subject" || c.value == "nearest")) || side_only;
    if (next != Next::kNo && c.value != "following" && c.value != "own" && c.value.size() != 2 &&
        !nearest_side)
      continue;
    const tag::EntityMention* e = nullptr;
    std::string_view side;  // the cue's own value or the entity's side: both outlive this call
    if (side_only) {
      e = EntityNear(ctx, s, c.tokens, Direction::kNearest, 4, IsSidePhrase);
    } else if (nearest_side) {
      e = EntityNear(ctx, s, c.tokens, Direction::kNearest, 8, HasSide);
    } else if (c.value == "following" || c.value == "object") {
      e = EntityNear(ctx, s, c.tokens, Direction::kFollowing, 8, HasSide);
      if (!e) e = RunningOut(ctx, s, c.tokens);
    } else if (c.value == "subject") {
      e = EntityNear(ctx, s, c.tokens, Direction::kPreceding, 12, HasSide);
    } else if (c.value == "pronoun") {
      e = EntityNear(ctx, s, c.tokens, Direction::kPreceding, 15, IsPersonLike);
    } else if (c.value == "possessor") {
      e = Inside(ctx, s, c.tokens);
    } else if (c.value == "own") {
      e = SubjectBefore(ctx, s, c.tokens);
    } else if (c.value == "nearest") {
      e = EntityNear(ctx, s, c.tokens, Direction::kNearest, 8, HasSide);
    } else if (c.value.size() == 2) {
      side = c.value.view();
    }
    if (e) side = SideOfEntity(*e);
    if (side.empty()) continue;
    d->claim.initiator = side;
    Span text = c.span;
    if (e) {
      text = {std::min(c.span.start, e->span.start), std::max(c.span.end, e->span.end)};
      AddHighlight(e->span, slot::kInitiator, d);
    }
    d->claim.initiator_text = ctx.Text(text);
    AddHighlight(c.span, slot::kInitiator, d);
    return true;
  }
  return false;
}

}  // namespace

void FindInitiator(const DocContext& ctx, const std::vector<Draft>& drafts, Draft* d) {
  if (FromSentence(ctx, drafts, d->sentence, Next::kNo, d)) return;
  uint32_t next = d->sentence + 1;
  if (!d->trigger) return;
  if (next + 1 < ctx.cues.size() && OnlyReports(ctx, next)) ++next;
  if (next >= ctx.cues.size()) return;
  Next how = Next::kNoEventWord;
  if (!ctx.triggers[next].empty()) {
    if (MayBeAnotherEvent(ctx, next)) return;
    how = Next::kBareEventNoun;
  }
  // Only the last claim of its sentence takes what the next sentence adds.
  for (const Draft& o : drafts)
    if (&o != d && !o.dropped && o.sentence == d->sentence && o.anchor.begin > d->anchor.begin) return;
  FromSentence(ctx, drafts, next, how, d);
}

}  // namespace crosscheck::assemble
