// A sentence that restates the article's main event without a date of its own — the headline
// ("Zelensky, Biden hold talks on air defence"), "It was the first phone call between the two
// ministers", "Это первый разговор Зеленского и Байдена", "Це перша розмова з лютого" — gives its
// slots (ordinal, initiator, attribution, hedging, name flags) to the claim of that event instead of
// standing as a second claim with a borrowed date: the ordinal belongs to the dated report, and a
// headline's generic "talks" does not contradict the body's "phone call".
//
// The claim restated is the one main claim with a date of its own whose participants include the
// restatement's (two at least, or all of them) and whose type fits ("talks" is the generic word and
// fits "call" and "meeting"; the specific type wins). Nothing is folded when dated claims of two
// different dates fit, when the restatement is negated, or when it says something the claim
// contradicts (another initiator, another ordinal): those stay separate claims, so the checks can
// see both.
#include <algorithm>
#include <string>
#include <vector>

#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

namespace {

bool Specific(const std::string& type) { return type == "call" || type == "meeting"; }

bool TypesFit(const std::string& a, const std::string& b) {
  return a == b || (a == "talks" && Specific(b)) || (b == "talks" && Specific(a));
}

// The participants as keys, sorted and unique: the name, else "office|side". A small vector, not a
// set: it is built for every dated claim a restatement is compared with.
std::vector<std::string> Keys(const Claim& c) {
  std::vector<std::string> out;
  out.reserve(c.participants.size());
  for (const Participant& p : c.participants)
    out.push_back(!p.name.empty() ? p.name.str() : p.office + "|" + p.side);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool SameOrdinal(const Ordinal& a, const Ordinal& b) {
  return a.n == b.n && a.scope == b.scope && a.since == b.since && a.period == b.period;
}

// The type a restatement says itself: a generic word ("speaks with", "conversation") typed a call only
// because the page speaks of a phone somewhere is still the generic "talks" — the headline "Raab
// speaks with Cavusoglu" restates "held talks in Ankara" below it.
const std::string& OwnType(const Draft& r) {
  static const std::string kTalks = "talks";
  return r.trigger && r.trigger->type_from_document ? kTalks : r.claim.type.str();
}

// The dated main claim `r` restates, or nullptr.
Draft* Restated(std::vector<Draft>* drafts, const Draft& r) {
  std::vector<std::string> mine = Keys(r.claim);
  if (mine.size() < 2) return nullptr;
  Draft* target = nullptr;
  for (Draft& o : *drafts) {
    if (&o == &r || o.dropped || o.claim.role != "main" || !o.has_own_date || o.claim.negated) continue;
    if (!TypesFit(o.claim.type, OwnType(r))) continue;
    std::vector<std::string> theirs = Keys(o.claim);
    if (!std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end())) continue;
    if (target && !(target->claim.date == o.claim.date && target->claim.date_end == o.claim.date_end)) return nullptr;
    if (!target) target = &o;
  }
  return target;
}

bool Contradicts(const Claim& r, const Claim& t) {
  if (!r.initiator.empty() && !t.initiator.empty() && r.initiator != t.initiator) return true;
  if (!r.ordinal.empty() && !t.ordinal.empty() && !SameOrdinal(r.ordinal, t.ordinal)) return true;
  return false;
}

// The evidence grows to the restating sentence only when that sentence gave a slot. `type` stands
// for r.type: the type the restatement says itself (OwnType).
void Fold(const Claim& r, const std::string& type, Claim* t) {
  if (t->type == "talks" && Specific(type)) t->type = type;
  if (t->initiator.empty()) t->initiator = r.initiator, t->initiator_text = r.initiator_text;
  if (t->ordinal.empty() && !r.ordinal.empty()) {
    t->ordinal = r.ordinal;
    // The ordinal counts at the level its own sentence names them: "the second call between Sybiha
    // and Blinken" counts the persons' calls even when the lead wrote "Foreign Minister Sybiha";
    // "the first talks between the defence ministers" the offices' even when the lead names them.
    for (Participant& p : t->participants)
      for (const Participant& q : r.participants)
        if (q.name == p.name && !q.name.empty()) p.via = q.via, p.office = q.office;
  }
  if (t->attributed_to.empty()) t->attributed_to = r.attributed_to, t->attribution_text = r.attribution_text;
  t->hedged = t->hedged || r.hedged;
  bool gave = false;
  for (const Highlight& h : r.evidence.highlights) {
    bool slot = h.slot == "ordinal" || h.slot == "initiator" || h.slot == "attribution" || h.slot == "hedge";
    if (!slot) continue;
    bool same = (h.slot == "ordinal" && SameOrdinal(t->ordinal, r.ordinal)) ||
                (h.slot == "initiator" && t->initiator == r.initiator) ||
                (h.slot == "attribution" && t->attributed_to == r.attributed_to) || h.slot == "hedge";
    if (!same) continue;
    t->evidence.highlights.push_back(h);
    gave = true;
  }
  if (gave) {
    t->evidence.span.start = std::min(t->evidence.span.start, r.evidence.span.start);
    t->evidence.span.end = std::max(t->evidence.span.end, r.evidence.span.end);
  }
  for (const Flag& f : r.flags) {
    bool dup = std::any_of(t->flags.begin(), t->flags.end(),
                           [&](const Flag& g) { return g.code == f.code && g.detail == f.detail; });
    if (!dup) t->flags.push_back(f);
  }
}

// A dated claim whose participants were all lent by the sentence right before it ("Tajani ha
// incontrato a New York il suo omologo ucraino Sybiha. L'incontro si è svolto giovedì.") shows that
// sentence too when it folds it: the evidence is where the names are written.
void NamesFrom(const Draft& r, Draft* t) {
  if (r.sentence + 1 != t->sentence || t->claim.participants.empty()) return;
  for (const Participant& p : t->claim.participants)
    if (p.via != via::kContext) return;
  Evidence& e = t->claim.evidence;
  e.span.start = std::min(e.span.start, r.claim.evidence.span.start);
  e.span.end = std::max(e.span.end, r.claim.evidence.span.end);
  for (const Highlight& h : r.claim.evidence.highlights)
    if (h.slot == slot::kParticipant) e.highlights.push_back(h);
}

}  // namespace

void FoldRestatements(std::vector<Draft>* drafts) {
  for (Draft& r : *drafts) {
    if (r.dropped || !r.trigger || r.claim.role != "main" || r.has_own_date || r.claim.negated) continue;
    Draft* t = Restated(drafts, r);
    if (!t || Contradicts(r.claim, t->claim)) continue;
    Fold(r.claim, OwnType(r), &t->claim);
    NamesFrom(r, t);
    r.dropped = true;
  }
}

}  // namespace crosscheck::assemble
