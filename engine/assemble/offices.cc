// Participants resolved to persons by the claim's date: "the head of the Pentagon" in June 2024 is
// Lloyd Austin. An office with a date too vague to decide (year open) is resolved through the people
// the article itself names, when exactly one of them ever held it. Names stay as written beside the
// canonical ones, with flags for a misspelling, a given name that does not fit, or an office the
// named person did not hold at the date.
#include <algorithm>
#include <string>
#include <vector>

#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

namespace {

// Whether a person of that canonical name is named anywhere in the document.
bool Named(const DocContext& ctx, const std::string& person) {
  for (const auto& e : ctx.tagged->entities)
    if (e.kind == tag::EntityKind::kPerson && e.id == person) return true;
  return false;
}

// The one person among the tenures `fits` accepts, or "" when none or several (one person's
// several tenures count once).
template <class Fits>
std::string OnePerson(const std::vector<const Tenure*>& tenures, Fits fits) {
  const std::string* one = nullptr;
  for (const Tenure* t : tenures) {
    if (!fits(*t)) continue;
    if (one && *one != t->person) return "";
    one = &t->person;
  }
  return one ? *one : "";
}

std::string HolderOf(const DocContext& ctx, const std::string& office, const PartialDate& date) {
  if (!ctx.lexicon) return "";
  long first, last;
  if (DayRange(date, &first, &last))
    return OnePerson(ctx.lexicon->TenuresOfOffice(office),
                     [&](const Tenure& t) { return t.from <= last && t.to >= first; });
  return OnePerson(ctx.lexicon->TenuresOfOffice(office),
                   [&](const Tenure& t) { return Named(ctx, t.person); });
}

// The office a person held at the date (any, when the date is vague): for "his counterpart".
std::string OfficeOfPerson(const DocContext& ctx, const std::string& person, const PartialDate& date) {
  if (!ctx.lexicon) return "";
  long first = 0, last = Tenure::kOpen;
  bool dated = DayRange(date, &first, &last);
  std::string any;
  for (const Tenure* t : ctx.lexicon->TenuresOf(person)) {
    if (t->from <= last && t->to >= first) return t->office;
    if (!dated && any.empty()) any = t->office;
  }
  return any;
}

// For a person lent with the office they held in the lending sentence: the office's one holder on
// `date` (HolderOf) when that is someone else (the person did not hold it then), else "".
std::string HolderInsteadOf(const DocContext& ctx, const RawParticipant& p, const PartialDate& date) {
  if (p.office.empty() || !ctx.lexicon || ctx.lexicon->TenuresOf(p.person).empty()) return "";
  long first, last;
  if (!DayRange(date, &first, &last)) return "";  // HolderOf would guess from the names instead
  std::string holder = HolderOf(ctx, p.office, date);
  return holder == p.person.str() ? "" : holder;
}

}  // namespace

void ResolveParticipants(const DocContext& ctx, const std::vector<Draft>& /*drafts*/, Draft* d) {
  Claim& c = d->claim;
  c.participants.reserve(d->parts.size());
  std::string role;  // the role of the people taking part, for counterparts
  for (const auto& p : d->parts) {
    if (!p.office.empty() && p.kind != RawParticipant::Kind::kCounterpart) role = OfficeRole(p.office);
    if (role.empty() && p.kind == RawParticipant::Kind::kPerson) role = OfficeRole(OfficeOfPerson(ctx, p.person, c.date));
    if (!role.empty()) break;
  }
  for (const auto& p : d->parts) {
    Participant out;
    out.side = p.side;
    out.written = p.written;
    out.via = p.borrowed ? via::kContext : p.via;
    switch (p.kind) {
      case RawParticipant::Kind::kPerson: {
        out.name = p.person;
        out.office = p.office;
        if (p.borrowed) {
          // Lent by a neighbouring sentence in an office: on this claim's own date the office may
          // have had another holder ("Последний раз главы военных ведомств общались в марте 2023
          // года" under a report of Belousov and Austin: Shoigu, not Belousov, in March 2023).
          std::string then = HolderInsteadOf(ctx, p, c.date);
          if (!then.empty()) out.name = then;
        }
        if (p.person_mention) {
          if (p.person_mention->match == "misspelled")
            c.flags.push_back({"misspelled_name", "'" + p.person_mention->written + "' read as " + p.person, p.span});
          if (!p.person_mention->given_fits)
            c.flags.push_back({"first_name_mismatch",
                               "given name '" + p.person_mention->given_written + "' does not fit " + p.person, p.span});
        }
        long first, last;
        // Only an office the lexicon knows the holders of can be "not held", and only on a date the
        // sentence that names it gives: a participant borrowed from a neighbouring sentence ("Pentagon
        // spokesman Pat Ryder said" under a recalled 2021 call) is checked in its own claim, and a
        // date inherited from another claim of the article (basis "lead") is weaker evidence than
        // the office written beside the name. So is one a pronoun stands for ("Foreign Minister Lavrov
        // ... In 2003 he met Powell": the office is his at the article's time, not the event's).
        if (!p.office.empty() && !p.borrowed && !Anaphoric(p) && c.date_basis != "lead" && ctx.lexicon &&
            DayRange(c.date, &first, &last) &&
            !ctx.lexicon->TenuresOf(p.person).empty() && !ctx.lexicon->TenuresOfOffice(p.office).empty()) {
          auto holders = ctx.lexicon->Holders(p.office, first, last);
          bool held = std::any_of(holders.begin(), holders.end(), [&](const Tenure* t) { return t->person == p.person; });
          if (!held)
            c.flags.push_back({"office_not_held", p.person + " did not hold " + p.office + " on " + c.date.ToIso(), p.span});
        }
        break;
      }
      case RawParticipant::Kind::kOffice:
        if (p.side.empty()) continue;  // an office of no side names nobody
        out.office = p.office;
        out.name = HolderOf(ctx, p.office, c.date);
        break;
      case RawParticipant::Kind::kCounterpart:
        if (role.empty()) continue;
        out.office = OfficeOf(p.side, role);
        out.name = HolderOf(ctx, out.office, c.date);
        break;
      case RawParticipant::Kind::kSide:
        if (ctx.lexicon) out.name = ctx.lexicon->SideName(p.side);
        else out.name = p.side;
        break;
    }
    bool dup = std::any_of(c.participants.begin(), c.participants.end(), [&](const Participant& q) {
      return !out.name.empty() ? q.name == out.name : (q.name.empty() && q.office == out.office && q.side == out.side);
    });
    if (dup) continue;
    if (!p.borrowed) AddHighlight(p.span, slot::kParticipant, d);
    c.participants.push_back(std::move(out));
  }
}

}  // namespace crosscheck::assemble
