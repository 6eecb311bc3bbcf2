// Hand-built claims for link and verify tests: what the assemble stage produces for realistic
// sentences, written out so linking and checks can be tested on their own.
#ifndef CROSSCHECK_TESTS_LINK_CLAIM_FIXTURES_H_
#define CROSSCHECK_TESTS_LINK_CLAIM_FIXTURES_H_

#include <string>
#include <vector>

#include "crosscheck/claim.h"

namespace crosscheck::testing {

inline Participant Person(const std::string& name, const std::string& side, const std::string& office = "") {
  Participant p;
  p.name = name;
  p.side = side;
  p.written = name;
  p.via = office.empty() ? "name" : "office";
  p.office = office;
  return p;
}

inline Participant Side(const std::string& name, const std::string& side) {
  Participant p;
  p.name = name;
  p.side = side;
  p.written = name;
  p.via = "side";
  return p;
}

inline Participant Austin() { return Person("Lloyd Austin", "US", "us.defence_secretary"); }
inline Participant Belousov() { return Person("Andrei Belousov", "RU", "ru.defence_minister"); }
inline Participant Shoigu() { return Person("Sergei Shoigu", "RU", "ru.defence_minister"); }
inline Participant Gerasimov() { return Person("Valery Gerasimov", "RU", "ru.chief_of_general_staff"); }
inline Participant Brown() { return Person("Charles Q. Brown", "US", "us.chairman_joint_chiefs"); }
inline Participant Zelensky() { return Person("Volodymyr Zelensky", "UA", "ua.president"); }
inline Participant Putin() { return Person("Vladimir Putin", "RU", "ru.president"); }
inline Participant Blinken() { return Person("Antony Blinken", "US", "us.secretary_of_state"); }
inline Participant Kuleba() { return Person("Dmytro Kuleba", "UA", "ua.foreign_minister"); }

// A claim of `doc` (outlet, lang) about a `type` event between `who`, dated `date` (ISO or "").
inline Claim MakeClaim(const std::string& doc, int n, const std::string& outlet, const std::string& lang,
                       const std::string& type, std::vector<Participant> who, const std::string& date,
                       const std::string& role = "main") {
  Claim c;
  c.id = doc + "#" + std::to_string(n);
  c.doc = doc;
  c.outlet = outlet;
  c.lang = lang;
  c.type = type;
  c.role = role;
  c.participants = std::move(who);
  if (!date.empty()) c.date = *PartialDate::ParseIso(date);
  c.date_basis = date.empty() ? "" : "explicit";
  c.evidence.text = "(evidence of " + c.id + ")";
  return c;
}

inline Ordinal MakeOrdinal(int n, const std::string& scope = "ever", const std::string& text = "") {
  Ordinal o;
  o.n = n;
  o.scope = scope;
  o.text = text.empty() ? std::to_string(n) : text;
  return o;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_LINK_CLAIM_FIXTURES_H_
