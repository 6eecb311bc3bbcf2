#include "engine/link/participants.h"

#include <algorithm>

namespace crosscheck::link {

bool IsSideLevel(const Participant& p) {
  return p.via == "side" || p.via == "country" || p.via == "state" || p.via == "metonym";
}

namespace {
std::string Token(const Participant& p) { return p.side.empty() ? "name:" + p.name : p.side.str(); }
}  // namespace

PersonsBySide PersonsOf(const Claim& c) {
  PersonsBySide m;
  for (const auto& p : c.participants) {
    if (p.name.empty() && p.side.empty()) continue;
    auto& set = m[Token(p)];
    if (!IsSideLevel(p) && !p.name.empty()) set.insert(p.name);
  }
  return m;
}

namespace {
bool IsContact(const std::string& type) { return type == "call" || type == "meeting" || type == "talks"; }
}  // namespace

std::string TypeFamily(const std::string& type) { return IsContact(type) ? "contact" : type; }

bool TypesCompatible(const std::string& a, const std::string& b) {
  return a == b || (IsContact(a) && IsContact(b) && (a == "talks" || b == "talks"));
}

std::string BlockKey(const Claim& c) {
  std::string key = TypeFamily(c.type) + "|";
  bool first = true;
  for (const auto& [token, persons] : PersonsOf(c)) {
    key += (first ? "" : ",") + token;
    first = false;
  }
  return key;
}

bool PersonsCompatible(const PersonsBySide& a, const PersonsBySide& b) {
  for (const auto& [side, pa] : a) {
    auto it = b.find(side);
    if (it == b.end() || pa.empty() || it->second.empty()) continue;
    if (pa != it->second) return false;
  }
  return true;
}

void MergePersons(PersonsBySide* a, const PersonsBySide& b) {
  for (const auto& [side, pb] : b) {
    auto& pa = (*a)[side];
    if (pa.empty()) pa = pb;
  }
}

std::vector<std::string> EventParticipants(const std::vector<const Claim*>& claims) {
  std::vector<Atom> persons, sides;
  for (const Claim* c : claims)
    for (const auto& p : c->participants) {
      if (p.name.empty()) continue;
      auto& into = IsSideLevel(p) ? sides : persons;
      if (into.empty() || into.back() != p.name) into.push_back(p.name);  // (the claim before mostly names the same)
    }
  auto& names = persons.empty() ? sides : persons;
  std::sort(names.begin(), names.end());  // by content
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return {names.begin(), names.end()};
}

}  // namespace crosscheck::link
