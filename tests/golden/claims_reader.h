// Reads hand-written claims in the claims.jsonl contract (README "Outputs"), so golden cases can
// exercise link + verify without the extraction stages. Test-only.
#ifndef CROSSCHECK_TESTS_GOLDEN_CLAIMS_READER_H_
#define CROSSCHECK_TESTS_GOLDEN_CLAIMS_READER_H_

#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "engine/util/json.h"

namespace crosscheck::testing {

inline Claim ClaimFromJson(const rapidjson::Value& v) {
  using util::GetInt;
  using util::GetString;
  Claim c;
  c.id = GetString(v, "id");
  c.doc = GetString(v, "doc");
  c.outlet = GetString(v, "outlet");
  c.lang = GetString(v, "lang");
  c.type = GetString(v, "type");
  c.role = GetString(v, "role", "main");
  if (auto d = PartialDate::ParseIso(GetString(v, "date"))) c.date = *d;
  c.date_basis = GetString(v, "date_basis", "explicit");
  c.weekday = GetInt(v, "weekday", -1);
  c.initiator = GetString(v, "initiator");
  c.attributed_to = GetString(v, "attributed_to");
  c.negated = util::GetBool(v, "negated");
  c.planned = util::GetBool(v, "planned");
  c.evidence.text = GetString(v, "text", "(evidence of " + c.id + ")");
  if (auto p = v.FindMember("participants_detail"); p != v.MemberEnd() && p->value.IsArray()) {
    for (const auto& x : p->value.GetArray()) {
      Participant q;
      q.name = GetString(x, "name");
      q.side = GetString(x, "side");
      q.via = GetString(x, "via", "name");
      q.office = GetString(x, "office");
      q.written = q.name;
      c.participants.push_back(q);
    }
  }
  if (auto o = v.FindMember("ordinal"); o != v.MemberEnd() && o->value.IsObject()) {
    c.ordinal.n = GetInt(o->value, "n");
    c.ordinal.scope = GetString(o->value, "scope");
    if (auto s = PartialDate::ParseIso(GetString(o->value, "since"))) c.ordinal.since = *s;
    c.ordinal.period = GetString(o->value, "period");
    c.ordinal.text = GetString(o->value, "text");
  }
  if (auto f = v.FindMember("flags"); f != v.MemberEnd() && f->value.IsArray())
    for (const auto& x : f->value.GetArray()) c.flags.push_back({GetString(x, "code"), GetString(x, "detail"), {}});
  return c;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_GOLDEN_CLAIMS_READER_H_
