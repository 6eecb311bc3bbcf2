// Runs link + the shipped rules over hand-built claims: the verify stage on its own.
#ifndef CROSSCHECK_TESTS_VERIFY_VERIFY_FIXTURE_H_
#define CROSSCHECK_TESTS_VERIFY_VERIFY_FIXTURE_H_

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "engine/link/linker.h"
#include "engine/verify/rule_engine.h"
#include "tests/link/claim_fixtures.h"

namespace crosscheck::testing {

struct Checked {
  std::vector<Claim> claims;
  std::vector<Event> events;
  std::vector<Finding> findings;
  // The documents of a finding's claims.
  std::set<std::string> Docs(const Finding& f) const {
    std::set<std::string> out;
    for (ClaimRef c : f.claims) out.insert(claims[c].doc);
    return out;
  }
  std::vector<const Finding*> ByRule(const std::string& rule) const {
    std::vector<const Finding*> out;
    for (const auto& f : findings)
      if (f.rule == rule) out.push_back(&f);
    return out;
  }
};

inline const verify::RuleEngine& ShippedRules() {
  static verify::RuleEngine* engine = [] {
    auto* e = new verify::RuleEngine;
    Status s = e->Load({std::string(CROSSCHECK_SOURCE_DIR) + "/rules"});
    if (!s.ok()) FAIL(s.message());
    return e;
  }();
  return *engine;
}

// `published`: doc id → ISO publication date.
inline Checked Check(std::vector<Claim> claims, std::vector<std::pair<std::string, std::string>> published = {},
                     const verify::RuleEngine& rules = ShippedRules(), int threads = 1) {
  Checked r;
  r.claims = std::move(claims);
  link::LinkOptions opt;  // as the pipeline links: with the publication dates
  for (const auto& [id, date] : published)
    if (auto d = PartialDate::ParseIso(date)) opt.published[id] = *d;
  r.events = link::LinkEvents(&r.claims, opt);
  std::vector<DocumentStatus> docs;
  std::set<std::string> seen;
  for (const auto& c : r.claims) {
    if (!seen.insert(c.doc).second) continue;
    DocumentStatus d;
    d.id = c.doc;
    d.status = "processed";
    d.outlet = c.outlet;
    for (const auto& [id, date] : published)
      if (id == c.doc) d.published = date;
    docs.push_back(d);
  }
  verify::RunView view{&docs, &r.claims, &r.events, threads};
  r.findings = rules.Check(view);
  return r;
}


}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_VERIFY_VERIFY_FIXTURE_H_
