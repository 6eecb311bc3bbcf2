// Assembler::Load: who held which office when, copied once from the entity lexicon
// (tag::Lexicon) into the assembler's LexiconView.
#include <optional>

#include "engine/assemble/assembler.h"
#include "engine/tag/entity_tagger.h"
#include "engine/tag/lexicon.h"

namespace crosscheck::assemble {

namespace {

// First day of a partial date (a year: 1 January), or nullopt.
std::optional<long> FirstDay(const PartialDate& d) {
  long first, last;
  if (!DayRange(d, &first, &last)) return std::nullopt;
  return first;
}

std::optional<long> LastDay(const PartialDate& d) {
  long first, last;
  if (!DayRange(d, &first, &last)) return std::nullopt;
  return last;
}

}  // namespace

LexiconView ViewOf(const tag::Lexicon& lex) {
  LexiconView v;
  for (const tag::Person& p : lex.persons()) {
    if (p.gender) v.AddGender(p.id, p.gender);
    for (const tag::Tenure& t : p.tenures) {
      auto from = FirstDay(t.from);
      if (!from) continue;  // a tenure with no known start cannot place anyone in time
      auto to = t.to.empty() ? std::optional<long>(Tenure::kOpen) : LastDay(t.to);
      if (!to) continue;
      v.AddTenure({t.person.empty() ? p.id : t.person, t.office, *from, *to});
    }
  }
  for (const tag::Office& o : lex.offices())
    if (!o.name.empty()) v.AddOfficeName(o.id, o.name);
  for (const tag::Side& s : lex.sides())
    if (!s.name.empty()) v.AddSideName(s.code, s.name);
  return v;
}

Status Assembler::Load(const std::vector<std::string>& /*rule_roots*/, const tag::Tagger* tagger) {
  tagger_ = tagger;
  if (tagger) lexicon_ = ViewOf(tagger->entities().lexicon());
  return Status::OK();
}

}  // namespace crosscheck::assemble
