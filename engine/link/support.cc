#include "engine/link/support.h"

#include <algorithm>
#include <map>
#include <set>

namespace crosscheck::link {

std::string OutletKey(const Claim& c) {
  if (c.outlet.empty() || c.outlet == "unknown") return "doc:" + c.doc;
  return c.outlet;
}

std::string OriginKey(const Claim& c) {
  if (c.attributed_to.empty()) return OutletKey(c);
  std::string k;
  for (char ch : c.attributed_to) k += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  return "via:" + k;
}

std::vector<std::pair<std::string, std::vector<const Claim*>>> IndependentGroups(const std::vector<const Claim*>& claims) {
  // Per outlet: the one origin all its claims relay, if there is exactly one.
  std::map<std::string, std::set<std::string>> origins_of;
  for (const Claim* c : claims) origins_of[OutletKey(*c)].insert(OriginKey(*c));
  std::vector<std::pair<std::string, std::vector<const Claim*>>> out;
  std::map<std::string, size_t> index;
  for (const Claim* c : claims) {
    const auto& o = origins_of[OutletKey(*c)];
    std::string key = (o.size() == 1 && o.begin()->rfind("via:", 0) == 0) ? *o.begin() : OutletKey(*c);
    auto [it, fresh] = index.emplace(key, out.size());
    if (fresh) out.push_back({key, {}});
    out[it->second].second.push_back(c);
  }
  return out;
}

SlotValue MakeSlotValue(const std::string& value, const std::vector<const Claim*>& claims) {
  SlotValue v;
  v.value = value;
  std::set<std::string> docs, outlets;
  for (const Claim* c : claims) {
    v.claims.push_back(c->id);
    docs.insert(c->doc);
    if (!c->outlet.empty()) outlets.insert(c->outlet);
  }
  v.docs.assign(docs.begin(), docs.end());
  v.outlets.assign(outlets.begin(), outlets.end());
  v.independent = static_cast<int>(IndependentGroups(claims).size());
  return v;
}

void SortBySupport(std::vector<SlotValue>* values) {
  std::stable_sort(values->begin(), values->end(), [](const SlotValue& a, const SlotValue& b) {
    if (a.independent != b.independent) return a.independent > b.independent;
    if (a.docs.size() != b.docs.size()) return a.docs.size() > b.docs.size();
    if (a.claims.size() != b.claims.size()) return a.claims.size() > b.claims.size();
    return a.value < b.value;
  });
}

}  // namespace crosscheck::link
