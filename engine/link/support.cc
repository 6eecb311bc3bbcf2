#include "engine/link/support.h"

#include <algorithm>
#include <cassert>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace crosscheck::link {

namespace {
// Whether the claim's outlet names one (else its document stands for its outlet).
bool OutletKnown(const Claim& c) { return !c.outlet.empty() && c.outlet != "unknown"; }
}  // namespace

std::string OutletKey(const Claim& c) {
  if (!OutletKnown(c)) return "doc:" + c.doc;
  return c.outlet;
}

std::string OriginKey(const Claim& c) {
  if (c.attributed_to.empty()) return OutletKey(c);
  std::string k;
  for (char ch : c.attributed_to) k += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  return "via:" + k;
}

namespace {

// The key of each claim's independent group (see IndependentGroups): the one relayed origin of its
// outlet when all the outlet's claims relay one source, else its outlet key. Keys are computed once
// per claim (this runs for every slot value of every event and finding).
class GroupKeys {
 public:
  // Keys are views: of the claim's outlet (interned, so stable) in the common case, else of a
  // string built here ("doc:<id>", "via:<source>"), kept in owned_ (a deque: never moved).
  explicit GroupKeys(const std::vector<const Claim*>& claims) {
    std::vector<std::string_view> outlet(claims.size()), origin(claims.size());
    for (size_t i = 0; i < claims.size(); ++i) {
      const Claim& c = *claims[i];
      outlet[i] = OutletKnown(c) ? c.outlet.view() : Own(OutletKey(c));
      origin[i] = c.attributed_to.empty() ? outlet[i] : Own(OriginKey(c));
    }
    std::unordered_map<std::string_view, std::optional<std::string_view>> single;  // outlet key → its origin; nullopt: several
    for (size_t i = 0; i < claims.size(); ++i) {
      auto [it, fresh] = single.emplace(outlet[i], origin[i]);
      if (!fresh && it->second && *it->second != origin[i]) it->second.reset();
    }
    key_.reserve(claims.size());
    for (size_t i = 0; i < claims.size(); ++i) {
      const auto& o = single.at(outlet[i]);
      key_.push_back(o && o->substr(0, 4) == "via:" ? *o : outlet[i]);
    }
  }
  std::string_view operator[](size_t i) const { return key_[i]; }

 private:
  std::string_view Own(std::string s) {
    owned_.push_back(std::move(s));
    return owned_.back();
  }
  std::deque<std::string> owned_;
  std::vector<std::string_view> key_;
};

}  // namespace

std::vector<std::pair<std::string, std::vector<const Claim*>>> IndependentGroups(const std::vector<const Claim*>& claims) {
  GroupKeys keys(claims);
  std::vector<std::pair<std::string, std::vector<const Claim*>>> out;
  std::unordered_map<std::string_view, size_t> index;
  for (size_t i = 0; i < claims.size(); ++i) {
    auto [it, fresh] = index.emplace(keys[i], out.size());
    if (fresh) out.push_back({std::string(keys[i]), {}});
    out[it->second].second.push_back(claims[i]);
  }
  return out;
}

size_t IndependentCount(const std::vector<const Claim*>& claims) {
  GroupKeys keys(claims);
  std::unordered_set<std::string_view> distinct;
  for (size_t i = 0; i < claims.size(); ++i) distinct.insert(keys[i]);
  return distinct.size();
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
  v.independent = static_cast<int>(IndependentCount(members));
  return v;
}

namespace {

std::set<std::string_view> DocSet(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims) {
  std::set<std::string_view> docs;
  for (ClaimRef r : refs) docs.insert(claims[r].doc);
  return docs;
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
    keys.push_back({v.independent, DocSet(v.claims, claims).size(), v.claims.size(), i});
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
  std::set<std::string_view> docs = DocSet(refs, claims);
  return {docs.begin(), docs.end()};
}

std::vector<std::string> OutletsOf(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims) {
  std::set<std::string_view> outlets;
  for (ClaimRef r : refs)
    if (!claims[r].outlet.empty()) outlets.insert(claims[r].outlet);
  return {outlets.begin(), outlets.end()};
}

}  // namespace crosscheck::link
