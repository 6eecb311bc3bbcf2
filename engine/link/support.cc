#include "engine/link/support.h"

#include <algorithm>
#include <cassert>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>

#include "engine/util/hash.h"
#include "engine/util/view_index.h"

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
  // Neighbouring claims mostly share their outlet and origin (an article's claims come together),
  // so what was worked out for the claim before is reused when they are the same views.
  explicit GroupKeys(const std::vector<const Claim*>& claims) {
    std::vector<std::string_view> outlet(claims.size()), origin(claims.size());
    for (size_t i = 0; i < claims.size(); ++i) {
      const Claim& c = *claims[i];
      if (OutletKnown(c)) outlet[i] = c.outlet.view();
      else if (i > 0 && !OutletKnown(*claims[i - 1]) && claims[i - 1]->doc == c.doc) outlet[i] = outlet[i - 1];
      else outlet[i] = Own(OutletKey(c));
      origin[i] = c.attributed_to.empty() ? outlet[i] : Relayed(c);
    }
    // Per distinct outlet key (by text): its one origin; nullopt when its claims have several.
    util::ViewIndex outlets(claims.size());
    std::vector<std::optional<std::string_view>> single;
    std::vector<uint32_t> outlet_of(claims.size());  // claim → its outlet key's number
    for (size_t i = 0; i < claims.size(); ++i) {
      if (i > 0 && Same(outlet[i], outlet[i - 1])) {
        outlet_of[i] = outlet_of[i - 1];
        if (Same(origin[i], origin[i - 1])) continue;  // nothing new
      } else {
        bool fresh;
        outlet_of[i] = outlets.Insert(outlet[i], &fresh);
        if (fresh) {
          single.push_back(origin[i]);
          continue;
        }
      }
      auto& one = single[outlet_of[i]];
      if (one && *one != origin[i]) one.reset();
    }
    key_.reserve(claims.size());
    for (size_t i = 0; i < claims.size(); ++i) {
      const auto& o = single[outlet_of[i]];
      key_.push_back(o && o->substr(0, 4) == "via:" ? *o : outlet[i]);
    }
  }
  std::string_view operator[](size_t i) const { return key_[i]; }
  // The same view (and so the same text).
  static bool Same(std::string_view a, std::string_view b) { return a.data() == b.data() && a.size() == b.size(); }

 private:
  std::string_view Own(std::string s) {
    owned_.push_back(std::move(s));
    return owned_.back();
  }
  // OriginKey of a relayed claim, built once per source.
  std::string_view Relayed(const Claim& c) {
    for (const auto& [source, key] : relayed_)
      if (source == c.attributed_to) return key;
    relayed_.push_back({c.attributed_to, Own(OriginKey(c))});
    return relayed_.back().second;
  }
  std::deque<std::string> owned_;
  std::vector<std::pair<Atom, std::string_view>> relayed_;
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
  // Most claims relay no source: then each claim's group is its OutletKey, and the groups are its
  // known outlets (atoms: one address per name) and the documents of claims whose outlet is
  // unknown, counted without building a key. (A known outlet named "doc:<id>" would be the key of
  // such a document: left to GroupKeys.)
  if (std::all_of(claims.begin(), claims.end(), [](const Claim* c) {
        return c->attributed_to.empty() && c->outlet.view().substr(0, 4) != "doc:";
      })) {
    std::vector<const void*> outlets;
    std::vector<std::string_view> docs;  // "doc:<id>" keys, without the prefix
    const Claim* prev = nullptr;
    for (const Claim* c : claims) {
      const bool known = OutletKnown(*c);
      if (prev && prev->outlet == c->outlet && (known || prev->doc == c->doc)) continue;  // the key before
      prev = c;
      if (known) outlets.push_back(c->outlet.id());
      else docs.push_back(c->doc);
    }
    std::sort(outlets.begin(), outlets.end());
    std::sort(docs.begin(), docs.end());
    return static_cast<size_t>(std::unique(outlets.begin(), outlets.end()) - outlets.begin()) +
           static_cast<size_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
  }
  GroupKeys keys(claims);
  util::ViewIndex distinct(claims.size());
  bool fresh;
  for (size_t i = 0; i < claims.size(); ++i)
    if (i == 0 || !GroupKeys::Same(keys[i], keys[i - 1])) distinct.Insert(keys[i], &fresh);
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

// The distinct documents of `refs`, sorted. A document's claims mostly come one after another, so
// only where the document changes is one taken.
std::vector<std::string_view> DocSet(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims) {
  std::vector<std::string_view> docs;
  const std::string* last = nullptr;
  for (ClaimRef r : refs) {
    const std::string& doc = claims[r].doc;
    if (last && *last == doc) continue;
    docs.push_back(doc);
    last = &doc;
  }
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  return docs;
}

// DocSet(refs, claims).size(), without sorting the ids themselves: (FastHash, id) pairs are sorted,
// so ids are compared byte by byte only where their hashes tie (an event of a big run has
// thousands of documents).
size_t DistinctDocs(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims) {
  std::vector<std::pair<uint64_t, std::string_view>> docs;
  const std::string* last = nullptr;
  for (ClaimRef r : refs) {
    const std::string& doc = claims[r].doc;
    if (last && *last == doc) continue;
    docs.push_back({util::FastHash(doc), doc});
    last = &doc;
  }
  std::sort(docs.begin(), docs.end());
  return static_cast<size_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
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
    keys.push_back({v.independent, DistinctDocs(v.claims, claims), v.claims.size(), i});
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
  std::vector<std::string_view> docs = DocSet(refs, claims);
  return {docs.begin(), docs.end()};
}

std::vector<std::string> OutletsOf(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims) {
  std::set<std::string_view> outlets;
  for (ClaimRef r : refs)
    if (!claims[r].outlet.empty()) outlets.insert(claims[r].outlet);
  return {outlets.begin(), outlets.end()};
}

}  // namespace crosscheck::link
