#include "engine/link/support.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <set>
#include <string_view>

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

ClaimRef RefOf(const Claim* c, const std::vector<Claim>& claims) {
  assert(c >= claims.data() && c < claims.data() + claims.size());
  return static_cast<ClaimRef>(c - claims.data());
}

SlotValue MakeSlotValue(const std::string& value, const std::vector<const Claim*>& members, const std::vector<Claim>& claims) {
  SlotValue v;
  v.value = value;
  v.claims.reserve(members.size());
  for (const Claim* c : members) v.claims.push_back(RefOf(c, claims));
  v.independent = static_cast<int>(IndependentGroups(members).size());
  return v;
}

namespace {

size_t DocCount(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims) {
  std::set<std::string_view> docs;
  for (ClaimRef r : refs) docs.insert(claims[r].doc);
  return docs.size();
}

}  // namespace

void SortBySupport(std::vector<SlotValue>* values, const std::vector<Claim>& claims) {
  struct Key {
    int independent;
    size_t docs, claims;
    size_t index;
  };
  std::vector<Key> keys;
  keys.reserve(values->size());
  for (size_t i = 0; i < values->size(); ++i) {
    const SlotValue& v = (*values)[i];
    keys.push_back({v.independent, DocCount(v.claims, claims), v.claims.size(), i});
  }
  std::stable_sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (a.independent != b.independent) return a.independent > b.independent;
    if (a.docs != b.docs) return a.docs > b.docs;
    if (a.claims != b.claims) return a.claims > b.claims;
    return (*values)[a.index].value < (*values)[b.index].value;
  });
  std::vector<SlotValue> sorted;
  sorted.reserve(values->size());
  for (const Key& k : keys) sorted.push_back(std::move((*values)[k.index]));
  *values = std::move(sorted);
}

std::vector<std::string> DocsOf(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims) {
  std::set<std::string_view> docs;
  for (ClaimRef r : refs) docs.insert(claims[r].doc);
  return {docs.begin(), docs.end()};
}

std::vector<std::string> OutletsOf(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims) {
  std::set<std::string_view> outlets;
  for (ClaimRef r : refs)
    if (!claims[r].outlet.empty()) outlets.insert(claims[r].outlet);
  return {outlets.begin(), outlets.end()};
}

}  // namespace crosscheck::link
