// Who started the event, as a side code. An initiator cue says where to look:
//   "following"  at the initiative of / на прохання / su richiesta di  X   → the entity after the cue
//   "subject"    X called Y / X initiated / Austin ha avviato una chiamata → the entity before it
//   "object"     the entity after the cue (a rule's choice for "received a call from" style phrases)
//   "pronoun"    spoke with Shoigu at his request                           → the person before it
//   "nearest"    ініціатором стала американська сторона                    → the nearer of both
//   "US", "RU"…  a cue that names the side itself
#include "engine/assemble/cue_search.h"

namespace crosscheck::assemble {

namespace {

bool HasSide(const tag::EntityMention& e) {
  return e.kind != tag::EntityKind::kOutlet && !SideOfEntity(e).empty();
}
bool IsPersonLike(const tag::EntityMention& e) {
  return (e.kind == tag::EntityKind::kPerson || e.kind == tag::EntityKind::kOffice) && !e.side.empty();
}

}  // namespace

void FindInitiator(const DocContext& ctx, const std::vector<Draft>& drafts, Draft* d) {
  for (size_t ci : ctx.cues[d->sentence]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kInitiator || !CueBelongsTo(drafts, *d, c)) continue;
    const tag::EntityMention* e = nullptr;
    std::string side;
    if (c.value == "following" || c.value == "object") {
      e = EntityNear(ctx, d->sentence, c.tokens, Direction::kFollowing, 8, HasSide);
    } else if (c.value == "subject") {
      e = EntityNear(ctx, d->sentence, c.tokens, Direction::kPreceding, 12, HasSide);
    } else if (c.value == "pronoun") {
      e = EntityNear(ctx, d->sentence, c.tokens, Direction::kPreceding, 15, IsPersonLike);
    } else if (c.value == "nearest") {
      e = EntityNear(ctx, d->sentence, c.tokens, Direction::kNearest, 8, HasSide);
    } else if (c.value.size() == 2) {
      side = c.value;
    }
    if (e) side = SideOfEntity(*e);
    if (side.empty()) continue;
    d->claim.initiator = side;
    Span text = c.span;
    if (e) {
      text = {std::min(c.span.start, e->span.start), std::max(c.span.end, e->span.end)};
      AddHighlight(e->span, "initiator", d);
    }
    d->claim.initiator_text = ctx.Text(text);
    AddHighlight(c.span, "initiator", d);
    return;
  }
}

}  // namespace crosscheck::assemble
