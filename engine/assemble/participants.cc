// Participants of an event mention: the people, offices and sides around its trigger.
//  - same sentence first; people in apposition with an office ("главою Пентагону Ллойдом Остіним")
//    become one participant that keeps the office;
//  - an office named without a side is expanded by the sides next to it ("the U.S. and Russian
//    defense ministers", "міністрів оборони Росії та США");
//  - "his American counterpart" without a name becomes the other participant's office for that side;
//  - sources of attribution ("according to the Pentagon") and outlets are not participants, nor is
//    whoever reacts to the event ("Zelensky criticised Scholz's call with Putin"); sides are dropped
//    once a person or office stands for them;
//  - with fewer than two participants and a specific trigger (or a generic one whose subject is "they",
//    "the two"), the previous sentence's claim (or the headline's) lends its participants (marked
//    borrowed), if it names a person or office; a dated "the two ..." with no such claim nearby takes
//    the pair of the article's first complete claim.
#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "engine/assemble/cue_search.h"
#include "engine/assemble/draft.h"
#include "engine/util/text.h"

namespace crosscheck::assemble {

namespace {

using tag::EntityKind;
using tag::EntityMention;

// Tokens (begin, end] between two mentions are only connectors: punctuation or short function words
// ("of", "the", "та", "di", "degli").
bool Connected(const DocContext& ctx, uint32_t from, uint32_t to, uint32_t max_gap) {
  if (to < from || to - from > max_gap) return false;
  for (uint32_t i = from; i < to; ++i) {
    const auto& t = ctx.analysis->tokens[i];
    if (t.kind == analyse::TokenKind::kPunct) {
      if (t.key() == "." || t.key() == ";" || t.key() == ":") return false;
      continue;
    }
    if (t.kind == analyse::TokenKind::kNumber || t.upper_initial) return false;
    if (KeyChars(t.key()) > 5) return false;
  }
  return true;
}

// Like Connected, but any lower-case word may stand between ("Pentagon spokesman Pat Ryder") and a
// comma ends the chain ("According to Ryder, Austin ...").
bool Chained(const DocContext& ctx, uint32_t from, uint32_t to, uint32_t max_gap) {
  if (to < from || to - from > max_gap) return false;
  for (uint32_t i = from; i < to; ++i) {
    const auto& t = ctx.analysis->tokens[i];
    if (t.kind == analyse::TokenKind::kPunct && t.key() != "-" && t.key() != "–") return false;
    if (t.kind == analyse::TokenKind::kWord && t.upper_initial) return false;
  }
  return true;
}

bool IsParticipantKind(const EntityMention& e) {
  return e.kind == EntityKind::kPerson || e.kind == EntityKind::kOffice || e.kind == EntityKind::kSide ||
         (e.kind == EntityKind::kOrganisation && e.is_side_metonym);
}

}  // namespace

const std::string& SideOfEntity(const EntityMention& e) {
  if (e.kind == EntityKind::kSide) return e.side.empty() ? e.id : e.side;
  return e.side;
}

bool IsAttributionSource(const DocContext& ctx, size_t entity_index) {
  const EntityMention& e = ctx.tagged->entities[entity_index];
  if (e.kind == EntityKind::kOutlet) return true;
  uint32_t s = ctx.SentenceOf(e.tokens.begin);
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kAttribution) continue;
    // ", сообщил помощник президента Юрий Ушаков", ", said Pentagon spokesman Pat Ryder": past a
    // comma the source follows a "preceding" cue.
    bool inverted =
        c.value == "preceding" && c.tokens.begin > 0 && ctx.analysis->tokens[c.tokens.begin - 1].key() == ",";
    if ((c.value == "following" || inverted) && e.tokens.begin >= c.tokens.end) {
      // The chain of mentions right after the cue: "according to Pentagon spokesman Pat Ryder".
      uint32_t at = c.tokens.end;
      for (size_t ej : ctx.entities[s]) {
        const EntityMention& x = ctx.tagged->entities[ej];
        if (x.tokens.begin < at) continue;
        if (!Chained(ctx, at, x.tokens.begin, at == c.tokens.end ? 3 : 2)) break;
        if (ej == entity_index) return true;
        at = x.tokens.end;
      }
    }
  }
  return false;
}

namespace {

// Whether the clause reported after attribution cue `c` names its own pair before or around the
// trigger: two participant mentions after the cue and no subject pronoun between the cue and the
// trigger ("Peskov said Putin and Biden held a phone call", "Песков заявил, что Путин и Байден
// провели разговор"; not "Austin said he spoke with Shoigu", "Zelensky said he called Biden and Scholz").
bool ReportsOwnPair(const DocContext& ctx, uint32_t s, const tag::CueMention& c, uint32_t trigger_token) {
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& p = ctx.tagged->cues[ci];
    if (p.kind == tag::CueKind::kPronoun && p.value == "subject" && p.tokens.begin >= c.tokens.end &&
        p.tokens.begin < trigger_token)
      return false;
  }
  int after = 0;
  for (size_t ei : ctx.entities[s]) {
    const EntityMention& x = ctx.tagged->entities[ei];
    if (x.tokens.begin >= c.tokens.end && IsParticipantKind(x) && !SideOfEntity(x).empty()) ++after;
  }
  return after >= 2;
}

// "X said" sources: the chain of mentions right before a "preceding" attribution cue ("Peskov said",
// "Kremlin spokesman Dmitry Peskov told reporters": the office too, or it would bring its holder back
// as a participant), when the trigger is not in the reported clause after it, or that clause names
// its own pair (ReportsOwnPair).
bool IsPrecedingSource(const DocContext& ctx, size_t entity_index, uint32_t trigger_token) {
  const EntityMention& e = ctx.tagged->entities[entity_index];
  uint32_t s = ctx.SentenceOf(e.tokens.begin);
  auto sentence = ctx.entities[s];
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kAttribution || c.value != "preceding") continue;
    // "Austin said he spoke with Shoigu": Austin stays.
    if (trigger_token >= c.tokens.end && !ReportsOwnPair(ctx, s, c, trigger_token)) continue;
    if (e.tokens.end > c.tokens.begin) continue;
    // "the Pentagon said" is a source; "... with Shoigu, the Pentagon said" leaves Shoigu a
    // participant (a comma ends the chain).
    uint32_t at = c.tokens.begin;
    for (size_t k = sentence.size(); k-- > 0;) {
      const EntityMention& x = ctx.tagged->entities[sentence[k]];
      if (x.tokens.end > at) continue;
      if (!Chained(ctx, x.tokens.end, at, 2)) break;
      if (sentence[k] == entity_index) return true;
      at = x.tokens.begin;
    }
  }
  return false;
}

// "Zelensky criticised Scholz's call with Putin": the mentions chained right before a reaction verb
// (its subject, with an office in apposition) react to a trigger after the verb and are not its
// participants — unless a possessive stands between the verb and the trigger ("Putin commented on
// his call with Trump").
bool IsReactionSubject(const DocContext& ctx, size_t entity_index, uint32_t trigger_token) {
  const EntityMention& e = ctx.tagged->entities[entity_index];
  uint32_t s = ctx.SentenceOf(e.tokens.begin);
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kReaction || c.value != "verb") continue;
    if (trigger_token < c.tokens.end || e.tokens.end > c.tokens.begin) continue;
    bool own = false;
    for (size_t cj : ctx.cues[s]) {
      const tag::CueMention& o = ctx.tagged->cues[cj];
      own = own || (o.kind == tag::CueKind::kReaction && o.value == "own" && o.tokens.begin >= c.tokens.end &&
                    o.tokens.end <= trigger_token);
    }
    if (own) continue;
    // Walk the chain of mentions back from the verb: "Президент Зеленський розкритикував".
    uint32_t at = c.tokens.begin;
    const auto& ents = ctx.entities[s];
    for (size_t k = ents.size(); k-- > 0;) {
      const EntityMention& x = ctx.tagged->entities[ents[k]];
      if (x.tokens.end > at) continue;
      if (!Chained(ctx, x.tokens.end, at, at == c.tokens.begin ? 3 : 2)) break;
      if (ents[k] == entity_index) return true;
      at = x.tokens.begin;
    }
  }
  return false;
}

// A capital right after a short preposition is where something happened, not whose office follows:
// "у Варшаві глава держави Володимир Зеленський", "a Bruxelles il capo dello Stato".
bool IsPlaceAdverbial(const DocContext& ctx, const EntityMention& x) {
  if (!x.is_side_metonym || x.tokens.begin == 0) return false;
  const analyse::Token& t = ctx.analysis->tokens[x.tokens.begin - 1];
  return t.kind == analyse::TokenKind::kWord && !t.upper_initial && KeyChars(t.key()) <= 2;
}

void AddSideOffices(const DocContext& ctx, const std::vector<size_t>& ents, size_t office_pos,
                    std::vector<uint8_t>* consumed, std::vector<RawParticipant>* out) {
  const EntityMention& o = ctx.tagged->entities[ents[office_pos]];
  std::string role = OfficeRole(o.id);
  std::vector<size_t> sides;
  // Sides chained before the office ("U.S. and Russian defense ministers").
  uint32_t at = o.tokens.begin;
  for (size_t k = office_pos; k-- > 0;) {
    const EntityMention& x = ctx.tagged->entities[ents[k]];
    if (x.kind != EntityKind::kSide || (*consumed)[k] || IsPlaceAdverbial(ctx, x)) break;
    if (!Connected(ctx, x.tokens.end, at, 2)) break;
    sides.push_back(k);
    at = x.tokens.begin;
  }
  // Sides chained after it ("defense ministers of Russia and the United States").
  at = o.tokens.end;
  for (size_t k = office_pos + 1; k < ents.size(); ++k) {
    const EntityMention& x = ctx.tagged->entities[ents[k]];
    if (x.kind != EntityKind::kSide || (*consumed)[k]) break;
    if (!Connected(ctx, at, x.tokens.begin, 3)) break;
    sides.push_back(k);
    at = x.tokens.end;
  }
  std::sort(sides.begin(), sides.end());
  for (size_t k : sides) {
    const EntityMention& x = ctx.tagged->entities[ents[k]];
    (*consumed)[k] = 1;
    RawParticipant p;
    p.kind = RawParticipant::Kind::kOffice;
    p.side = SideOfEntity(x);
    p.office = OfficeOf(p.side, role);
    p.written = ctx.Text(o.span) + " / " + std::string(x.written);
    p.via = via::kOffice;
    p.span = x.span;
    p.token = x.tokens.begin;
    p.token_end = x.tokens.end;
    out->push_back(std::move(p));
  }
  if (sides.empty()) {
    RawParticipant p;  // an office of no known side: kept for counterpart/role reasoning only
    p.kind = RawParticipant::Kind::kOffice;
    p.office = o.id;
    p.written = o.written;
    p.via = via::kOffice;
    p.span = o.span;
    p.token = o.tokens.begin;
    p.token_end = o.tokens.end;
    out->push_back(std::move(p));
  }
}

// "спецпосланником президента США Дональда Трампа Стивом Уиткоффом", "посланником Трампа Уиткоффом":
// a person named right before another person, with nothing between them, is whose envoy (or aide)
// the second is, not a participant. Right after an event word the first is a party: "звонок Шольца
// Путину", "Дзвінок Шольца Путіну" (Scholz called Putin).
bool IsPossessor(const DocContext& ctx, uint32_t s, const EntityMention& e) {
  if (e.kind != EntityKind::kPerson) return false;
  for (size_t ti : ctx.triggers[s])
    if (ctx.tagged->triggers[ti].tokens.end == e.tokens.begin) return false;
  for (size_t j : ctx.entities[s]) {
    const EntityMention& x = ctx.tagged->entities[j];
    if (x.kind == EntityKind::kPerson && x.tokens.begin == e.tokens.end && x.id != e.id) return true;
  }
  return false;
}

// "the war in Ukraine", "на Украине", "in Ucraina": a side or organisation right after a locative
// cue is a place or a topic, not a party.
bool IsPlace(const DocContext& ctx, uint32_t s, const EntityMention& e) {
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind == tag::CueKind::kLocative && c.tokens.end == e.tokens.begin) return true;
  }
  return false;
}

// Scratch vectors of SentenceParticipants and KeepNear, one set per thread: they run for every trigger,
// and allocating them each time cost more than what they hold.
struct Scratch {
  std::vector<size_t> ents;
  std::vector<uint8_t> consumed, in;
  std::vector<Atom> covered;
};
Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

}  // namespace

std::vector<RawParticipant> SentenceParticipants(const DocContext& ctx, uint32_t s, uint32_t trigger_token) {
  Scratch& scratch = ThreadScratch();
  std::vector<size_t>& ents = scratch.ents;
  ents.clear();
  uint32_t genitive_end = 0;  // end of a genitive chain being skipped
  for (size_t i : ctx.entities[s]) {
    const EntityMention& e = ctx.tagged->entities[i];
    if (!IsParticipantKind(e)) continue;
    if (IsAttributionSource(ctx, i) || IsPrecedingSource(ctx, i, trigger_token)) continue;
    if (IsReactionSubject(ctx, i, trigger_token)) continue;
    if (IsPossessor(ctx, s, e)) continue;
    // "спецпосланником президента США Дональда Трампа": an office right after another office is its
    // genitive ("the president's envoy"), and so is the name that goes with it.
    if (!ents.empty() && (e.kind == EntityKind::kOffice || e.kind == EntityKind::kPerson)) {
      const EntityMention& prev = ctx.tagged->entities[ents.back()];
      bool genitive_office = e.kind == EntityKind::kOffice && prev.kind == EntityKind::kOffice &&
                             prev.tokens.end == e.tokens.begin && prev.id != e.id;
      if (genitive_office || (genitive_end != 0 && e.tokens.begin == genitive_end)) {
        genitive_end = e.tokens.end;
        continue;
      }
    }
    // Overlapping mentions: a side inside an office's span is the office's; two offices may share
    // words ("the US and Russian defence ministers" → two offices).
    if (!ents.empty()) {
      const EntityMention& prev = ctx.tagged->entities[ents.back()];
      if (prev.tokens.end > e.tokens.begin &&
          !(prev.kind == EntityKind::kOffice && e.kind == EntityKind::kOffice && prev.id != e.id))
        continue;
    }
    ents.push_back(i);
  }
  std::vector<uint8_t>& consumed = scratch.consumed;
  consumed.assign(ents.size(), 0);
  std::vector<RawParticipant> out;
  out.reserve(ents.size());  // each participant uses up a mention of its own
  // Counterparts first: they consume the side adjective next to them.
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kCounterpart) continue;
    bool named_after = false;
    int side_at = -1;
    for (size_t k = 0; k < ents.size(); ++k) {
      const EntityMention& x = ctx.tagged->entities[ents[k]];
      if ((x.kind == EntityKind::kPerson || x.kind == EntityKind::kOffice) && x.tokens.begin >= c.tokens.end &&
          Connected(ctx, c.tokens.end, x.tokens.begin, 3))
        named_after = true;
      if (x.kind == EntityKind::kSide && !consumed[k] &&
          ((x.tokens.end <= c.tokens.begin && Connected(ctx, x.tokens.end, c.tokens.begin, 2)) ||
           (x.tokens.begin >= c.tokens.end && Connected(ctx, c.tokens.end, x.tokens.begin, 2))))
        side_at = static_cast<int>(k);
    }
    if (side_at < 0) continue;
    consumed[side_at] = 1;
    if (named_after) continue;
    const EntityMention& x = ctx.tagged->entities[ents[side_at]];
    RawParticipant p;
    p.kind = RawParticipant::Kind::kCounterpart;
    p.side = SideOfEntity(x);
    p.written = ctx.Text({std::min(c.span.start, x.span.start), std::max(c.span.end, x.span.end)});
    p.via = via::kCounterpart;
    p.span = c.span;
    p.token = c.tokens.begin;
    p.token_end = c.tokens.end;
    out.push_back(std::move(p));
  }
  for (size_t k = 0; k < ents.size(); ++k) {
    if (consumed[k]) continue;
    const EntityMention& e = ctx.tagged->entities[ents[k]];
    if (e.kind == EntityKind::kOffice && e.id == "counterpart") {
      // "його американським колегою": the other participant's office for that side, unless a name
      // follows in apposition ("his French counterpart Sebastien Lecornu").
      consumed[k] = 1;
      bool named = k + 1 < ents.size() &&
                   (ctx.tagged->entities[ents[k + 1]].kind == EntityKind::kPerson) &&
                   Connected(ctx, e.tokens.end, ctx.tagged->entities[ents[k + 1]].tokens.begin, 3);
      if (named || e.side.empty()) continue;
      RawParticipant p;
      p.kind = RawParticipant::Kind::kCounterpart;
      p.side = e.side;
      p.written = e.written;
      p.via = via::kCounterpart;
      p.span = e.span;
      p.token = e.tokens.begin;
      p.token_end = e.tokens.end;
      out.push_back(std::move(p));
      continue;
    }
    if (e.kind == EntityKind::kOffice && e.side.empty()) {
      consumed[k] = 1;
      AddSideOffices(ctx, ents, k, &consumed, &out);
      continue;
    }
    RawParticipant p;
    p.written = e.written;
    p.span = e.span;
    p.token = e.tokens.begin;
    p.token_end = e.tokens.end;
    p.side = SideOfEntity(e);
    if (e.kind == EntityKind::kPerson) {
      p.kind = RawParticipant::Kind::kPerson;
      p.person = e.id;
      p.person_mention = &e;
      p.via = e.match == "misspelled" ? via::kMisspelling : via::kName;
      // An office in apposition before or after the name: "глава Пентагону Ллойд Остін",
      // "Sergei Shoigu, the Russian defence minister".
      if (!out.empty() && out.back().kind == RawParticipant::Kind::kOffice && out.back().person.empty() &&
          (out.back().side.empty() || p.side.empty() || out.back().side == p.side)) {
        const RawParticipant& o = out.back();
        // The office must end right before the name.
        uint32_t office_end = 0;
        for (size_t j = 0; j < k; ++j) {
          const EntityMention& x = ctx.tagged->entities[ents[j]];
          if (x.span.start == o.span.start || x.span == o.span) office_end = x.tokens.end;
        }
        if (office_end && Connected(ctx, office_end, e.tokens.begin, 3)) {
          if (p.side.empty()) p.side = o.side;
          // "the Ukrainian minister Reznikov" tagged as a role of no side: the office of the person's side.
          p.office = o.side.empty() ? (p.side.empty() ? Atom() : Atom(OfficeOf(p.side, OfficeRole(o.office)))) : o.office;
          p.written = ctx.Text({o.span.start, e.span.end});
          p.span = {o.span.start, e.span.end};
          // The mention spans office and name: it stands as near the trigger as its nearer end ("un
          // incontro tra ... e il capo della diplomazia statunitense Anthony Blinken").
          if (std::labs(long(o.token) - long(trigger_token)) < std::labs(long(p.token) - long(trigger_token)))
            p.token = o.token;
          out.pop_back();
        }
      }
      if (p.office.empty() && k + 1 < ents.size()) {
        const EntityMention& n = ctx.tagged->entities[ents[k + 1]];
        if (n.kind == EntityKind::kOffice && !n.side.empty() && (p.side.empty() || n.side == p.side) &&
            Connected(ctx, e.tokens.end, n.tokens.begin, 2)) {
          p.office = n.id;
          consumed[k + 1] = 1;
        }
      }
    } else if (e.kind == EntityKind::kOffice) {
      p.kind = RawParticipant::Kind::kOffice;
      p.office = e.id;
      p.via = via::kOffice;
    } else {
      if (IsPlace(ctx, s, e)) continue;
      p.kind = RawParticipant::Kind::kSide;
      p.via = e.kind == EntityKind::kOrganisation ? via::kMetonym : via::kSide;
    }
    out.push_back(std::move(p));
  }
  return out;
}

bool Specific(const RawParticipant& p) {
  return p.kind == RawParticipant::Kind::kPerson || p.kind == RawParticipant::Kind::kCounterpart ||
         (p.kind == RawParticipant::Kind::kOffice && !p.side.empty());
}

namespace {

void Tidy(std::vector<RawParticipant>* parts) {
  size_t specific = 0;
  std::vector<Atom>& covered = ThreadScratch().covered;  // sides of the specific ones: a few short codes
  covered.clear();
  for (const auto& p : *parts)
    if (Specific(p)) ++specific, covered.push_back(p.side);
  auto is_covered = [&](const Atom& side) { return std::find(covered.begin(), covered.end(), side) != covered.end(); };
  // The ones kept are moved down in place: parts[0, kept).
  std::vector<RawParticipant>& v = *parts;
  size_t kept = 0;
  for (size_t r = 0; r < v.size(); ++r) {
    const RawParticipant& p = v[r];
    // Sides (and side-less offices) go once people stand for them; a side nobody stands for stays
    // while the event would otherwise have a single participant ("the call with Shoigu was
    // initiated by Washington").
    if (!Specific(p) && specific > 0 && (specific >= 2 || is_covered(p.side) || p.side.empty())) continue;
    bool dup = false;
    for (size_t k = 0; k < kept; ++k) {
      const RawParticipant& q = v[k];
      if (p.kind == RawParticipant::Kind::kPerson && q.kind == RawParticipant::Kind::kPerson) dup = p.person == q.person;
      else if (p.kind != RawParticipant::Kind::kPerson && q.kind == p.kind) dup = p.office == q.office && p.side == q.side;
      if (dup) break;
    }
    if (dup) continue;
    if (kept != r) v[kept] = std::move(v[r]);
    ++kept;
  }
  v.erase(v.begin() + static_cast<long>(kept), v.end());
}

bool HasCue(const DocContext& ctx, uint32_t s, tag::CueKind kind) {
  for (size_t ci : ctx.cues[s])
    if (ctx.tagged->cues[ci].kind == kind) return true;
  return false;
}

}  // namespace

namespace {

constexpr long kWindow = 16;      // tokens from the trigger a participant may stand
constexpr long kChain = 5;        // ... or from another participant ("X, Y and Z")
constexpr long kSideWindow = 8;   // a bare side must stand close to the trigger
constexpr long kSubjectWindow = 32;  // the sentence's first participant, before the trigger in one clause

long TokenDistance(uint32_t tok, const tag::TokenRange& r) {
  if (tok < r.begin) return long(r.begin) - long(tok);
  if (tok >= r.end) return long(tok) - long(r.end) + 1;
  return 0;
}

// The mention's last token ("The top US diplomat Antony Blinken": "Blinken").
uint32_t LastToken(const RawParticipant& p) { return p.token_end > p.token ? p.token_end - 1 : p.token; }

}  // namespace

bool OneClause(const DocContext& ctx, uint32_t from, uint32_t to) {
  const auto& tokens = ctx.analysis->tokens;
  for (uint32_t i = from; i < to; ++i) {
    const analyse::Token& t = tokens[i];
    if (t.kind != analyse::TokenKind::kPunct) continue;
    bool in_word = !t.space_before && i + 1 < tokens.size() && !tokens[i + 1].space_before &&
                   (t.key() == "-" || t.key() == "'" || t.key() == "\u2019");
    if (!in_word) return false;
  }
  return true;
}

namespace {

// Participants far from the trigger belong to another clause ("..., who flew to Washington on the
// eve of the resignation of Prime Minister Liz Truss"). When fewer than two stand near, the
// sentence's first participant, before the trigger with no punctuation between, is its subject and
// may stand further away ("Ukrainian Foreign Minister Dmitry Kuleba discussed the situation in
// Ukraine with French Foreign Minister Jean-Yves Le Drian in a phone call").
void KeepNear(const DocContext& ctx, const tag::TokenRange& anchor, std::vector<RawParticipant>* parts) {
  std::vector<uint8_t>& in = ThreadScratch().in;
  in.assign(parts->size(), 0);
  size_t subject = parts->size();
  for (size_t i = 0; i < parts->size(); ++i)
    if (Specific((*parts)[i]) && (subject == parts->size() || (*parts)[i].token < (*parts)[subject].token)) subject = i;
  for (size_t i = 0; i < parts->size(); ++i) {
    const RawParticipant& p = (*parts)[i];
    long limit = p.kind == RawParticipant::Kind::kSide ? kSideWindow : kWindow;
    // A mention before the trigger stands as near as its last token ("The top US diplomat Antony
    // Blinken discussed ... in a phone call").
    uint32_t last = LastToken(p);
    in[i] = TokenDistance(last < anchor.begin ? last : p.token, anchor) <= limit;
  }
  size_t near = 0;
  for (size_t i = 0; i < parts->size(); ++i) near += in[i] && Specific((*parts)[i]);
  if (near < 2 && subject < parts->size() && !in[subject]) {
    uint32_t last = LastToken((*parts)[subject]);
    if (last < anchor.begin && TokenDistance(last, anchor) <= kSubjectWindow)
      in[subject] = OneClause(ctx, last + 1, anchor.begin);
  }
  for (bool grew = true; grew;) {
    grew = false;
    for (size_t i = 0; i < parts->size(); ++i) {
      if (in[i] || (*parts)[i].kind == RawParticipant::Kind::kSide) continue;
      for (size_t j = 0; j < parts->size() && !in[i]; ++j)
        if (in[j] && std::labs(long((*parts)[i].token) - long((*parts)[j].token)) <= kChain + 3) in[i] = 1, grew = true;
    }
  }
  size_t kept = 0;  // those kept, moved down in place
  for (size_t i = 0; i < parts->size(); ++i) {
    if (!in[i]) continue;
    if (kept != i) (*parts)[kept] = std::move((*parts)[i]);
    ++kept;
  }
  parts->erase(parts->begin() + static_cast<long>(kept), parts->end());
}

}  // namespace

void CollectNamedPair(const DocContext& ctx, Draft* d) {
  std::vector<RawParticipant> parts = SentenceParticipants(ctx, d->sentence, d->anchor.begin);
  KeepNear(ctx, d->anchor, &parts);
  Tidy(&parts);
  if (std::count_if(parts.begin(), parts.end(), Specific) >= 2) d->parts = std::move(parts);
}

bool AnaphoricSubject(const DocContext& ctx, const Draft& d) {
  for (size_t ci : ctx.cues[d.sentence]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind == tag::CueKind::kAnaphor && c.tokens.end <= d.anchor.begin) return true;
  }
  return false;
}

tag::TokenRange WhenClause(const DocContext& ctx, uint32_t s, const tag::TimeMention** since) {
  static const char* kWhen[] = {"when", "коли", "когда", "quando", "allorche"};
  const auto& toks = ctx.analysis->tokens;
  const uint32_t end = ctx.analysis->sentences[s].end_token;
  for (size_t ci : ctx.cues[s]) {
    const tag::CueMention& c = ctx.tagged->cues[ci];
    if (c.kind != tag::CueKind::kOrdinal || c.scope != "since") continue;
    for (size_t ti : ctx.times[s]) {
      const tag::TimeMention& t = ctx.tagged->times[ti];
      if (!SinceCueOwns(ctx, c, t) || t.date.empty()) continue;
      uint32_t w = t.tokens.end;
      if (w < end && toks[w].key() == ",") ++w;
      if (w >= end) continue;
      for (const char* k : kWhen) {
        if (toks[w].key() != k) continue;
        if (since) *since = &t;
        return {w, end};
      }
    }
  }
  return {0, 0};
}

void CollectParticipants(const DocContext& ctx, std::vector<Draft>* drafts, size_t index) {
  Draft* d = &(*drafts)[index];
  auto earlier_begin = drafts->cbegin();
  auto earlier_end = drafts->cbegin() + static_cast<long>(index);
  d->parts = SentenceParticipants(ctx, d->sentence, d->anchor.begin);
  KeepNear(ctx, d->anchor, &d->parts);
  bool clause_only = false;
  if (const tag::TokenRange when = WhenClause(ctx, d->sentence); when.end > when.begin) {
    // The earlier event's people stay in its clause, the clause's trigger takes no one outside it.
    const bool inside = d->anchor.begin >= when.begin;
    d->parts.erase(std::remove_if(d->parts.begin(), d->parts.end(),
                                  [&](const RawParticipant& p) { return (p.token >= when.begin) != inside; }),
                   d->parts.end());
    // ... nor borrows, unless the clause's own subject is an anaphor ("коли вони востаннє говорили"):
    // "коли Остін говорив з журналістами" after "Це перша розмова" is no talk of the pair.
    if (inside) {
      clause_only = true;
      for (size_t ci : ctx.cues[d->sentence]) {
        const tag::CueMention& c = ctx.tagged->cues[ci];
        if (c.kind == tag::CueKind::kAnaphor && c.tokens.begin >= when.begin && c.tokens.end <= d->anchor.begin)
          clause_only = false;
      }
    }
  }
  Tidy(&d->parts);
  if (clause_only) return;
  size_t specific = std::count_if(d->parts.begin(), d->parts.end(), Specific);
  // "On Tuesday he met Vladimir Putin", "L'8 luglio ha incontrato Putin": the other side is the
  // subject an earlier sentence named.
  if (specific == 1 && AddUnnamedSubject(ctx, d)) return;
  if (specific >= 2 || (d->trigger && d->trigger->weak && !AnaphoricSubject(ctx, *d))) return;
  bool anaphoric = HasCue(ctx, d->sentence, tag::CueKind::kAnaphor);
  // Only a mention with a person or office of its own can lend: "The talks come ahead of a NATO
  // summit" names a side in passing, and lending it would pair NATO with the next sentence's
  // "Diplomats in Brussels".
  auto lends = [](const Draft& o) {
    return !o.dropped && !o.borrowed_far && std::any_of(o.parts.begin(), o.parts.end(), Specific);
  };
  // Borrow from the claim of the previous sentence, else from the headline's.
  const Draft* source = nullptr;
  for (auto it = std::make_reverse_iterator(earlier_end); it != std::make_reverse_iterator(earlier_begin); ++it) {
    if (!lends(*it)) continue;
    if (it->sentence + 1 == d->sentence || (it->sentence == d->sentence && it->claim.role == "main")) {
      source = &*it;
      break;
    }
    if (it->sentence + 1 < d->sentence) break;
  }
  if (!source && d->sentence <= 6) {
    for (auto e_it = earlier_begin; e_it != earlier_end; ++e_it)
      if (lends(*e_it) && e_it->sentence == 0) {
        source = &*e_it;
        break;
      }
  }
  // A page may open with a line of its own (a time, a menu) before the headline. Then the headline —
  // the article's first event mention, in its first three sentences — lends to a sentence up to six
  // after it only when that sentence adds who initiated it or which one it was ("Розмова відбулася з
  // ініціативи американської сторони"): those slots are the point of restating the event; others
  // (quotes, elaborations) stay with the sentence-0 rule above.
  constexpr uint32_t kHeadlineBy = 3, kHeadlineReach = 6;
  if (!source && earlier_begin != earlier_end && earlier_begin->sentence > 0 &&
      earlier_begin->sentence < kHeadlineBy && d->sentence <= earlier_begin->sentence + kHeadlineReach &&
      lends(*earlier_begin) &&
      (HasCue(ctx, d->sentence, tag::CueKind::kInitiator) || HasCue(ctx, d->sentence, tag::CueKind::kOrdinal)))
    source = &*earlier_begin;
  // "The two last spoke on July 22", far down the article with nothing in between to lend: "the
  // two" are the pair of the article's first complete claim. Only for a sentence with a date of
  // its own (an undated one would merely elaborate that claim from paragraphs away).
  if (!source && anaphoric && !ctx.times[d->sentence].empty()) {
    for (auto e_it = earlier_begin; e_it != earlier_end; ++e_it)
      if (!e_it->dropped && std::count_if(e_it->parts.begin(), e_it->parts.end(), Specific) >= 2) {
        source = &*e_it;
        d->borrowed_far = true;
        break;
      }
  }
  if (!source) return;
  if (specific == 1 && !anaphoric) {
    // One person of our own: borrow only from a claim that has that person too.
    const RawParticipant& own = *std::find_if(d->parts.begin(), d->parts.end(), Specific);
    bool shared = std::any_of(source->parts.begin(), source->parts.end(), [&](const RawParticipant& q) {
      return (!own.person.empty() && q.person == own.person) || (!own.office.empty() && q.office == own.office);
    });
    if (!shared) return;
  }
  if (!source) return;
  d->borrowed_from = source->order;
  for (RawParticipant p : source->parts) {
    p.borrowed = true;
    d->parts.push_back(std::move(p));
  }
  Tidy(&d->parts);
}

}  // namespace crosscheck::assemble
