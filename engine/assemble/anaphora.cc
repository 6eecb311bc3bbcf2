// The unnamed subject of a claim: news reports name the actor in one sentence and tell the event in
// the next with a pronoun ("On Tuesday he met Vladimir Putin", "8 липня він зустрівся з Путіним") or,
// in Italian and the Ukrainian and Russian past tense, with no subject at all ("L'8 luglio ha
// incontrato Vladimir Putin", "Затем встретилась с Эрдоганом"). The words are rule data (cue kinds
// "pronoun" with value "subject" and "dropped_subject", each with the gender its form shows); this
// file decides when such a word is the subject of a trigger and whom it stands for.
//
// Precision before recall: the antecedent is taken only from the sentence right before (or the one
// before that, when the sentence right before names nobody), within the paragraph, and only when
// exactly one person or office there can be meant: one not already a participant of the claim (he
// cannot meet himself) and not of the other gender (where both the form and the lexicon tell it).
#include <algorithm>

#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

namespace {

using tag::CueKind;
using tag::CueMention;
using tag::EntityKind;

constexpr uint32_t kPronounReach = 8;  // tokens from a subject pronoun to its trigger ("he then met")
constexpr uint32_t kVerbReach = 3;     // ... from a verb to the noun it governs ("ha avuto un colloquio")
constexpr uint32_t kSentencesBack = 2;
constexpr int kCarriedOver = 2;        // sentences whose unnamed subject carries the antecedent on

// The first token of sentence `s` of a mention that names a party (person, office, side or a side's
// organisation), or UINT32_MAX.
uint32_t FirstParty(const DocContext& ctx, uint32_t s) {
  uint32_t first = UINT32_MAX;
  for (size_t ei : ctx.entities[s]) {
    const tag::EntityMention& e = ctx.tagged->entities[ei];
    if (e.kind == EntityKind::kPerson || e.kind == EntityKind::kOffice || e.kind == EntityKind::kSide ||
        e.kind == EntityKind::kOrganisation)
      first = std::min(first, e.tokens.begin);
  }
  return first;
}

// Whether a verb of saying or reacting stands in tokens [from, to) of sentence `s`: "He said the
// meeting with Modi ..." makes "he" the speaker (a spokesman, often), not the trigger's subject.
bool SaysBetween(const DocContext& ctx, uint32_t s, uint32_t from, uint32_t to) {
  for (size_t ci : ctx.cues[s]) {
    const CueMention& c = ctx.tagged->cues[ci];
    if ((c.kind == CueKind::kAttribution || c.kind == CueKind::kReaction) && c.tokens.begin >= from &&
        c.tokens.begin < to)
      return true;
  }
  return false;
}

// The cue of the draft's sentence that stands for its subject, or nullptr: a subject pronoun shortly
// before the trigger in its clause ("On Tuesday he met", "There, he held talks"), or a verb form of
// a dropped subject on the trigger or right before the noun it governs ("ha incontrato", "провел
// переговоры") — in either case with no party named before it in the sentence (there the subject is
// named, or the pronoun points at it: "Modi said he met Putin").
const CueMention* SubjectCue(const DocContext& ctx, const Draft& d) {
  const tag::TokenRange& t = d.anchor;
  const CueMention* dropped = nullptr;
  uint32_t first_party = UINT32_MAX;
  bool first_party_known = false;
  auto unnamed_before = [&](uint32_t token) {
    if (!first_party_known) first_party = FirstParty(ctx, d.sentence), first_party_known = true;
    return first_party >= token;
  };
  for (size_t ci : ctx.cues[d.sentence]) {
    const CueMention& c = ctx.tagged->cues[ci];
    if (c.tokens.begin > t.begin) break;  // the cues are in text order
    if (c.kind == CueKind::kPronoun && c.value == "subject") {
      if (c.tokens.end <= t.begin && t.begin - c.tokens.end <= kPronounReach && OneClause(ctx, c.tokens.end, t.begin) &&
          !SaysBetween(ctx, d.sentence, c.tokens.end, t.begin) && unnamed_before(c.tokens.begin))
        return &c;
    } else if (c.kind == CueKind::kDroppedSubject && !dropped) {
      bool on_trigger = c.tokens.end > t.begin;
      if ((on_trigger || (t.begin - c.tokens.end <= kVerbReach && OneClause(ctx, c.tokens.end, t.begin))) &&
          unnamed_before(c.tokens.begin))
        dropped = &c;
    }
  }
  return dropped;
}

// Whether candidate `a` may be the claim's own participant `p`: the same person or office, or a
// person who held that office ("премьер-министр Индии" and Modi).
bool MayBe(const DocContext& ctx, const RawParticipant& a, const RawParticipant& p) {
  if (!a.person.empty() && a.person == p.person) return true;
  if (!a.office.empty() && a.office == p.office) return true;
  auto held = [&](const Atom& person, const Atom& office) {
    if (person.empty() || office.empty() || !ctx.lexicon) return false;
    const auto& tenures = ctx.lexicon->TenuresOf(person.str());
    return std::any_of(tenures.begin(), tenures.end(), [&](const Tenure* x) { return x->office == office.view(); });
  };
  return held(a.person, p.office) || held(p.person, a.office);
}

// The pronoun or dropped-subject cue of sentence `s` with no party named before it: the sentence
// tells of the person an earlier one named ("3 июля он провел переговоры с Си Цзиньпином"), or nullptr.
const CueMention* UnnamedSubjectOf(const DocContext& ctx, uint32_t s) {
  for (size_t ci : ctx.cues[s]) {
    const CueMention& c = ctx.tagged->cues[ci];
    if ((c.kind == CueKind::kPronoun && c.value == "subject") || c.kind == CueKind::kDroppedSubject)
      return FirstParty(ctx, s) >= c.tokens.begin ? &c : nullptr;
  }
  return nullptr;
}

bool Agrees(const DocContext& ctx, const RawParticipant& a, char gender) {
  if (!gender || a.kind != RawParticipant::Kind::kPerson || !ctx.lexicon) return true;
  char g = ctx.lexicon->GenderOf(a.person.view());
  return !g || g == gender;
}

// The one person or office of the sentences before sentence `s` (see the file comment) that `cue`
// may stand for, none of `own` (the claim's participants), or false. A sentence before whose own
// subject is unnamed carries its antecedent over ("Путин прилетел в Астану. 3 июля он провел
// переговоры с Си. Затем встретился с Эрдоганом": Putin, not Xi), `depth` times at most.
bool Antecedent(const DocContext& ctx, uint32_t sentence, const CueMention& cue, const std::vector<RawParticipant>& own,
                int depth, RawParticipant* out) {
  const auto& sentences = ctx.analysis->sentences;
  const auto& tokens = ctx.analysis->tokens;
  auto in_claim = [&](const RawParticipant& a) {
    return std::any_of(own.begin(), own.end(), [&](const RawParticipant& p) { return MayBe(ctx, a, p); });
  };
  for (uint32_t back = 1; back <= kSentencesBack && back <= sentence; ++back) {
    const uint32_t s = sentence - back;
    // A line break between the sentences: another paragraph (or the headline).
    if (tokens[sentences[s + 1].first_token].newline_before) return false;
    if (const CueMention* prior = UnnamedSubjectOf(ctx, s)) {
      RawParticipant a;
      if (depth == 0 || !Antecedent(ctx, s, *prior, {}, depth - 1, &a)) return false;
      if (in_claim(a) || !Agrees(ctx, a, cue.gender)) return false;
      *out = std::move(a);
      return true;
    }
    // Trigger token 0: whoever stands before "said" is a source, not someone the text goes on about.
    std::vector<RawParticipant> named = SentenceParticipants(ctx, s, 0);
    std::vector<RawParticipant> can;
    bool any = false;
    for (RawParticipant& a : named) {
      if (a.kind != RawParticipant::Kind::kPerson && !(a.kind == RawParticipant::Kind::kOffice && !a.side.empty()))
        continue;
      any = true;
      if (in_claim(a) || !Agrees(ctx, a, cue.gender)) continue;
      bool dup = std::any_of(can.begin(), can.end(), [&](const RawParticipant& b) { return MayBe(ctx, a, b); });
      if (!dup) can.push_back(std::move(a));
    }
    if (!any) continue;  // a sentence that names nobody ("The visit lasts two days.")
    if (can.size() != 1) return false;
    *out = std::move(can.front());
    return true;
  }
  return false;
}

}  // namespace

bool AddUnnamedSubject(const DocContext& ctx, Draft* d) {
  if (!d->trigger || d->trigger->coordinated || d->sentence == 0) return false;
  const CueMention* cue = SubjectCue(ctx, *d);
  if (!cue) return false;
  // A trigger in a recalled "..., when Austin spoke with Shoigu" clause keeps to the people inside it.
  if (WhenClause(ctx, d->sentence).end != 0) return false;
  RawParticipant a;
  if (!Antecedent(ctx, d->sentence, *cue, d->parts, kCarriedOver, &a)) return false;
  a.via = cue->kind == CueKind::kPronoun ? via::kPronoun : via::kDroppedSubject;
  a.person_mention = nullptr;  // its spelling is checked in the sentence that wrote it
  a.borrowed = false;          // the sentence itself speaks of it
  d->parts.insert(d->parts.begin(), std::move(a));  // the subject first, as if named
  if (cue->kind == CueKind::kPronoun) AddHighlight(cue->span, slot::kParticipant, d);
  return true;
}

}  // namespace crosscheck::assemble
