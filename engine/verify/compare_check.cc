#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "engine/link/participants.h"
#include "engine/link/slots.h"
#include "engine/link/support.h"
#include "engine/verify/checks.h"

namespace crosscheck::verify {

namespace {

struct Group {
  std::string value;
  std::vector<const Claim*> claims;
};

std::string Scope(const Ordinal& o) {
  std::string s = o.scope.empty() ? "ever" : o.scope;
  return s + "|" + o.since.ToIso() + "|" + o.period;
}

// Whether two values of `slot` (represented by a claim each) contradict; `why` says how.
bool Conflicts(const std::string& slot, const Claim& a, const Claim& b, std::string* why) {
  if (slot == "date") {
    DateVerdict v = CompareDates(a.date, b.date);
    *why = a.date.ToIso() + " vs " + b.date.ToIso() + ": " + DateVerdictName(v);
    return v == DateVerdict::kConflicting;
  }
  if (slot == "ordinal") {
    if (Scope(a.ordinal) != Scope(b.ordinal)) return false;  // different wordings: not comparable
    *why = link::OrdinalValue(a.ordinal) + " vs " + link::OrdinalValue(b.ordinal) + ": same scope, different count";
    return a.ordinal.n != b.ordinal.n;
  }
  if (slot == "participants") {
    *why = "different persons for the same side";
    return !link::PersonsCompatible(link::PersonsOf(a), link::PersonsOf(b));
  }
  std::string va = link::SlotValueOf(a, slot), vb = link::SlotValueOf(b, slot);
  *why = va + " vs " + vb + ": different";
  return va != vb;
}

bool PreciseEnough(const PartialDate& d, const std::string& precision) {
  if (precision == "day") return d.month && d.day;
  if (precision == "month") return d.month != 0;
  if (precision == "year") return d.year != 0;
  return !d.empty();
}

std::vector<Group> GroupsOf(const std::vector<const Claim*>& claims, const std::string& slot) {
  std::vector<Group> groups;
  std::map<std::string, size_t> index;
  const Claim* prev = nullptr;
  size_t prev_group = SIZE_MAX;  // prev's group; SIZE_MAX when it has no value
  const link::SlotKind kind = link::SlotKindOf(slot);
  for (const Claim* c : claims) {
    if (prev && link::SameSlotValue(*prev, *c, kind)) {  // prev's value: no need to build it
      if (prev_group != SIZE_MAX) groups[prev_group].claims.push_back(c);
      prev = c;
      continue;
    }
    prev = c;
    prev_group = SIZE_MAX;
    std::string v = link::SlotValueOf(*c, slot);
    if (v.empty()) continue;
    auto [it, fresh] = index.emplace(v, groups.size());
    if (fresh) groups.push_back({v, {}});
    groups[it->second].claims.push_back(c);
    prev_group = it->second;
  }
  return groups;
}

// The distinct outlet keys of claims (link::OutletKey: the outlet, or "doc:<id>" when unknown),
// as (known, name) pairs, sorted and unique: two claims' pairs are equal exactly when their key
// strings are ("doc:<id>" and an outlet named so are one key), and no string is built.
using OutletKeys = std::vector<std::pair<bool, std::string_view>>;
OutletKeys Outlets(const std::vector<const Claim*>& claims) {
  OutletKeys keys;
  const Claim* prev = nullptr;
  for (const Claim* c : claims) {
    // An article's claims come together: the same outlet and document give the same key.
    if (prev && prev->outlet == c->outlet && prev->doc == c->doc) continue;
    prev = c;
    std::string_view outlet = c->outlet.view();
    if (outlet.empty() || outlet == "unknown") keys.push_back({false, c->doc});
    else if (outlet.substr(0, 4) == "doc:") keys.push_back({false, outlet.substr(4)});
    else keys.push_back({true, outlet});
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::vector<SlotValue> Values(const CheckContext& ctx, const std::vector<Group>& groups) {
  std::vector<SlotValue> v;
  for (const auto& g : groups) v.push_back(ctx.Value(g.value, g.claims));
  ctx.SortBySupport(&v);
  return v;
}

// Conflicting pairs among `groups`, restricted by the rule's scope; fills the groups involved.
bool FindConflicts(const Rule& rule, const std::vector<Group>& groups, std::vector<Group>* involved,
                   std::string* explanation) {
  std::set<size_t> in;
  for (size_t i = 0; i < groups.size(); ++i)
    for (size_t j = i + 1; j < groups.size(); ++j) {
      std::string why;
      if (!Conflicts(rule.check.slot, *groups[i].claims[0], *groups[j].claims[0], &why)) continue;
      if (rule.check.scope == "outlets") {
        auto oi = Outlets(groups[i].claims), oj = Outlets(groups[j].claims);
        if (oi.size() == 1 && oi == oj) continue;  // one outlet against itself: not across outlets
      }
      in.insert(i);
      in.insert(j);
      *explanation += (explanation->empty() ? "" : "; ") + why;
    }
  for (size_t i : in) involved->push_back(groups[i]);
  return !in.empty();
}

void Conflict(const Rule& rule, const CheckContext& ctx, const Event& e, const std::vector<const Claim*>& claims, std::vector<Finding>* out) {
  if (rule.check.scope == "document") {
    std::map<std::string, std::vector<const Claim*>> by_doc;
    std::vector<std::string> docs;
    for (const Claim* c : claims) {
      auto& v = by_doc[c->doc];
      if (v.empty()) docs.push_back(c->doc);
      v.push_back(c);
    }
    for (const auto& d : docs) {
      std::vector<Group> involved;
      Finding f;
      if (!FindConflicts(rule, GroupsOf(by_doc[d], rule.check.slot), &involved, &f.explanation)) continue;
      f.values = Values(ctx, involved);
      f.explanation = "within " + d + ": " + f.explanation;
      ctx.Finish(rule, &e, {}, &f);
      out->push_back(std::move(f));
    }
    return;
  }
  std::vector<Group> involved;
  Finding f;
  if (!FindConflicts(rule, GroupsOf(claims, rule.check.slot), &involved, &f.explanation)) return;
  f.values = Values(ctx, involved);
  ctx.Finish(rule, &e, {}, &f);
  out->push_back(std::move(f));
}

void Agree(const Rule& rule, const CheckContext& ctx, const Event& e, const std::vector<const Claim*>& claims, std::vector<Finding>* out) {
  const std::string& slot = rule.check.slot;
  std::vector<Group> groups = GroupsOf(claims, slot);
  std::vector<Group> best;
  std::string explanation;
  if (slot == "date") {
    // Values compatible with the most specific, best-supported date, each precise enough.
    std::vector<const Claim*> precise;
    for (const Claim* c : claims)
      if (PreciseEnough(c->date, rule.check.date_precision)) precise.push_back(c);
    PartialDate anchor = link::ConsensusDate(precise);
    if (anchor.empty()) return;
    for (const auto& g : GroupsOf(precise, slot)) {
      DateVerdict v = CompareDates(g.claims[0]->date, anchor);
      if (v == DateVerdict::kSame || v == DateVerdict::kCompatible) {
        best.push_back(g);
        if (g.value != anchor.ToIso())
          explanation += (explanation.empty() ? "" : "; ") + g.value + " vs " + anchor.ToIso() + ": " + DateVerdictName(v);
      }
    }
    if (explanation.empty()) explanation = "same date";
  } else {
    size_t top = SIZE_MAX, top_outlets = 0;
    for (size_t i = 0; i < groups.size(); ++i) {
      size_t n = Outlets(groups[i].claims).size();
      if (n > top_outlets) top = i, top_outlets = n;
    }
    if (top == SIZE_MAX) return;
    best.push_back(groups[top]);
    explanation = "same value";
  }
  std::vector<const Claim*> all;
  for (const auto& g : best) all.insert(all.end(), g.claims.begin(), g.claims.end());
  const size_t outlets = Outlets(all).size();
  if (static_cast<int>(outlets) < rule.check.min_outlets) return;
  Finding f;
  f.values = Values(ctx, best);
  f.explanation = explanation + "; " + std::to_string(outlets) + " outlets";
  ctx.Finish(rule, &e, {}, &f);
  out->push_back(std::move(f));
}

}  // namespace

void CompareCheck(const Rule& rule, const CheckContext& ctx, const EventRange& range, std::vector<Finding>* out) {
  const auto& events = ctx.events();
  for (size_t i = range.begin; i < range.end; ++i) {
    auto claims = ctx.Considered(i, rule.check);
    if (claims.size() < 2) continue;
    if (rule.check.expect == "conflict") Conflict(rule, ctx, events[i], claims, out);
    else Agree(rule, ctx, events[i], claims, out);
  }
}

}  // namespace crosscheck::verify
