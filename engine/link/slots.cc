#include "engine/link/slots.h"

#include <algorithm>
#include <map>
#include <set>

#include "engine/link/participants.h"
#include "engine/link/support.h"

namespace crosscheck::link {

namespace {

int Precision(const PartialDate& d) { return (d.year != 0) * 4 + (d.month != 0) * 2 + (d.day != 0) * 2; }

// True when `general` is the same as or less specific than `specific` and compatible with it.
bool Covers(const PartialDate& general, const PartialDate& specific) {
  if ((general.year && general.year != specific.year) || (general.month && general.month != specific.month) ||
      (general.day && general.day != specific.day))
    return false;
  return true;
}

}  // namespace

SlotKind SlotKindOf(const std::string& slot) {
  if (slot == "date") return SlotKind::kDate;
  if (slot == "initiator") return SlotKind::kInitiator;
  if (slot == "participants") return SlotKind::kParticipants;
  if (slot == "ordinal") return SlotKind::kOrdinal;
  if (slot == "type") return SlotKind::kType;
  return SlotKind::kOther;
}

bool SameSlotValue(const Claim& a, const Claim& b, SlotKind slot) {
  switch (slot) {
    case SlotKind::kDate: return a.date == b.date;
    case SlotKind::kInitiator: return a.initiator == b.initiator;
    case SlotKind::kType: return a.type == b.type;
    case SlotKind::kOrdinal:
      return a.ordinal.n == b.ordinal.n && a.ordinal.scope == b.ordinal.scope &&
             a.ordinal.since == b.ordinal.since && a.ordinal.period == b.ordinal.period;
    case SlotKind::kParticipants:
      return std::equal(a.participants.begin(), a.participants.end(), b.participants.begin(),
                        b.participants.end(),
                        [](const Participant& x, const Participant& y) { return x.name == y.name; });
    case SlotKind::kOther: return false;
  }
  return false;
}

bool SameSlotValue(const Claim& a, const Claim& b, const std::string& slot) {
  return SameSlotValue(a, b, SlotKindOf(slot));
}

const std::vector<std::string>& SlotNames() {
  static const std::vector<std::string> kSlots = {"date", "initiator", "participants", "ordinal", "type"};
  return kSlots;
}

bool IsKnownSlot(const std::string& slot) {
  const auto& s = SlotNames();
  return std::find(s.begin(), s.end(), slot) != s.end();
}

std::string OrdinalValue(const Ordinal& o) {
  if (o.n <= 0) return "";
  std::string v = "#" + std::to_string(o.n);
  if (o.scope == "year") v += " this year";
  else if (o.scope == "since" && !o.since.empty()) v += " since " + o.since.ToIso();
  else if (o.scope == "period" && !o.period.empty()) v += " within " + o.period;
  return v;
}

std::string SlotValueOf(const Claim& c, const std::string& slot) {
  if (slot == "date") return c.date.ToIso();
  if (slot == "initiator") return c.initiator;
  if (slot == "ordinal") return OrdinalValue(c.ordinal);
  if (slot == "type") return c.type;
  if (slot == "participants") {
    std::vector<std::string_view> names;
    c.ParticipantNames(&names);
    std::string v;
    for (std::string_view n : names) v.append(v.empty() ? "" : " + ").append(n);
    return v;
  }
  return "";
}

PartialDate ConsensusDate(const std::vector<const Claim*>& claims) {
  std::vector<PartialDate> dates;
  for (const Claim* c : claims)
    if (!c->date.empty() && std::find(dates.begin(), dates.end(), c->date) == dates.end()) dates.push_back(c->date);
  PartialDate best;
  size_t best_support = 0;
  for (const PartialDate& d : dates) {
    std::vector<const Claim*> backing;
    for (const Claim* c : claims)
      if (!c->date.empty() && Covers(c->date, d)) backing.push_back(c);
    size_t s = IndependentCount(backing) * 1000 + backing.size();
    if (best.empty() || s > best_support || (s == best_support && Precision(d) > Precision(best)) ||
        (s == best_support && Precision(d) == Precision(best) && d.ToIso() < best.ToIso())) {
      best = d;
      best_support = s;
    }
  }
  return best;
}

void Summarise(const std::vector<const Claim*>& members, const std::vector<Claim>& claims, Event* e) {
  e->slots.clear();
  for (const std::string& slot : SlotNames()) {
    const SlotKind kind = SlotKindOf(slot);
    std::map<std::string, std::vector<const Claim*>> by_value;
    std::vector<std::string> order;
    const Claim* prev = nullptr;
    std::vector<const Claim*>* prev_list = nullptr;  // prev's value's claims; null when it has none
    for (const Claim* c : members) {
      if (prev && SameSlotValue(*prev, *c, kind)) {
        if (prev_list) prev_list->push_back(c);
        prev = c;
        continue;
      }
      prev = c;
      prev_list = nullptr;
      std::string v = SlotValueOf(*c, slot);
      if (v.empty()) continue;
      auto& list = by_value[v];
      if (list.empty()) order.push_back(v);
      list.push_back(c);
      prev_list = &list;
    }
    if (order.empty()) continue;
    std::vector<SlotValue> values;
    for (const auto& v : order) values.push_back(MakeSlotValue(v, by_value[v], claims));
    SortBySupport(&values, claims);
    e->slots[slot] = std::move(values);
  }
  e->date = ConsensusDate(members);
  e->participants = EventParticipants(members);
}

}  // namespace crosscheck::link
