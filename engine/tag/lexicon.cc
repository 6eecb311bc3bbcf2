#include "engine/tag/lexicon.h"

#include <algorithm>
#include <memory>
#include <set>

#include "engine/tag/lexicon_parse.h"
#include "engine/util/fs.h"
#include "engine/util/json.h"

namespace crosscheck::tag {

namespace {

// First and last day a partial date can denote; nullopt bounds for an unknown year.
struct Period {
  long first = 0, last = 0;
  bool known = false;
};

Period PeriodOf(const PartialDate& d) {
  Period p;
  if (d.year == 0) return p;
  int m1 = d.month ? d.month : 1, m2 = d.month ? d.month : 12;
  int d1 = d.day ? d.day : 1, d2 = d.day ? d.day : DaysInMonth(d.year, m2);
  auto a = DaysFromEpoch({d.year, m1, d1});
  auto b = DaysFromEpoch({d.year, m2, d2});
  if (!a || !b) return p;
  p.first = *a;
  p.last = *b;
  p.known = true;
  return p;
}

// True when the tenure may overlap the period of `date` (unknown year: always).
bool Overlaps(const Tenure& t, const PartialDate& date) {
  Period want = PeriodOf(date);
  if (!want.known) return true;
  Period from = PeriodOf(t.from), to = PeriodOf(t.to);
  if (from.known && from.first > want.last) return false;
  if (to.known && to.last < want.first) return false;
  return true;
}

bool ByStart(const Tenure& a, const Tenure& b) {
  Period pa = PeriodOf(a.from), pb = PeriodOf(b.from);
  if (pa.first != pb.first) return pa.first < pb.first;
  return a.office < b.office;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

template <typename T>
const T* Lexicon::Find(const std::vector<T>& v, const std::unordered_map<std::string, size_t>& index,
                       std::string_view id) {
  auto it = index.find(std::string(id));
  return it == index.end() ? nullptr : &v[it->second];
}

const Person* Lexicon::FindPerson(std::string_view id) const { return Find(persons_, person_index_, id); }
const Office* Lexicon::FindOffice(std::string_view id) const { return Find(offices_, office_index_, id); }
const Side* Lexicon::FindSide(std::string_view code) const { return Find(sides_, side_index_, code); }
const Organisation* Lexicon::FindOrganisation(std::string_view id) const {
  return Find(organisations_, org_index_, id);
}
const Role* Lexicon::FindRole(std::string_view id) const { return Find(roles_, role_index_, id); }
const OrgKind* Lexicon::FindOrgKind(std::string_view id) const { return Find(org_kinds_, org_kind_index_, id); }

std::vector<Tenure> Lexicon::HoldersOf(std::string_view office_id, const PartialDate& date) const {
  std::vector<Tenure> out;
  const Office* o = FindOffice(office_id);
  if (!o) return out;
  for (const Tenure& t : o->holders)
    if (Overlaps(t, date)) out.push_back(t);
  return out;
}

std::vector<Tenure> Lexicon::OfficesOf(std::string_view person_id, const PartialDate& date) const {
  std::vector<Tenure> out;
  for (const Tenure& t : Tenures(person_id))
    if (Overlaps(t, date)) out.push_back(t);
  return out;
}

const std::vector<Tenure>& Lexicon::Tenures(std::string_view person_id) const {
  static const std::vector<Tenure> kNone;
  const Person* p = FindPerson(person_id);
  return p ? p->tenures : kNone;
}

std::string Lexicon::SideOf(std::string_view id) const {
  if (const Person* p = FindPerson(id)) return p->side;
  if (const Office* o = FindOffice(id)) return o->side;
  if (const Organisation* g = FindOrganisation(id)) return g->side;
  if (const Side* s = FindSide(id)) return s->code;
  return "";
}

std::string Lexicon::OfficeFor(std::string_view side, std::string_view role) const {
  std::string id = Lower(side) + "." + std::string(role);
  return FindOffice(id) ? id : "";
}

std::string Lexicon::Counterpart(std::string_view office_id, std::string_view side) const {
  const Office* o = FindOffice(office_id);
  if (!o) return "";
  return OfficeFor(side, o->role);
}

Status Lexicon::Load(const std::vector<std::string>& rule_roots) {
  std::unique_ptr<util::JsonSchema> schema;  // compiled once for every file
  for (const std::string& root : rule_roots) {
    std::string path = root + "/schema/lexicon.schema.json";
    if (!util::ReadFile(path).ok()) continue;
    rapidjson::Document doc;
    Status s = util::ReadJsonFile(path, &doc);
    if (!s.ok()) return s;
    schema = std::make_unique<util::JsonSchema>(doc);
    break;
  }
  for (const std::string& root : rule_roots) {
    auto files = util::ListFiles(root + "/lexicon", {".json"});
    if (!files.ok()) continue;  // no lexicon/ folder in this root
    // Ids defined in this root: a duplicate inside one root is a mistake; across roots, an override.
    std::set<std::string> seen_in_root;
    for (const std::string& path : *files) {
      auto text = util::ReadFile(path);
      if (!text.ok()) return text.status();
      Status s = LexiconParser::Parse(*text, path, schema.get(), &seen_in_root, this);
      if (!s.ok()) return s;
    }
  }
  return Finish();
}

Status Lexicon::AddFile(std::string_view text, const std::string& name) {
  std::set<std::string> seen;
  return LexiconParser::Parse(text, name, nullptr, &seen, this);
}

Status Lexicon::Finish() {
  // Gather every tenure (written on persons or on offices), dedupe, and hand each side its copy.
  std::vector<Tenure> all;
  for (const Person& p : persons_) all.insert(all.end(), p.tenures.begin(), p.tenures.end());
  for (const Office& o : offices_) all.insert(all.end(), o.holders.begin(), o.holders.end());
  std::sort(all.begin(), all.end(), [](const Tenure& a, const Tenure& b) {
    if (a.person != b.person) return a.person < b.person;
    if (a.office != b.office) return a.office < b.office;
    return ByStart(a, b);
  });
  all.erase(std::unique(all.begin(), all.end(),
                        [](const Tenure& a, const Tenure& b) {
                          return a.person == b.person && a.office == b.office && a.from == b.from;
                        }),
            all.end());
  // An open tenure ends when someone else takes the office: the lexicon need not repeat every end.
  std::vector<size_t> order(all.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (all[a].office != all[b].office) return all[a].office < all[b].office;
    return ByStart(all[a], all[b]);
  });
  for (size_t k = 0; k + 1 < order.size(); ++k) {
    Tenure& t = all[order[k]];
    if (!t.to.empty() || t.from.empty()) continue;
    for (size_t n = k + 1; n < order.size() && all[order[n]].office == t.office; ++n) {
      const Tenure& next = all[order[n]];
      if (next.person == t.person || PeriodOf(next.from).first <= PeriodOf(t.from).first) continue;
      t.to = next.from;
      t.to_implied = true;
      break;
    }
  }
  for (Person& p : persons_) p.tenures.clear();
  for (Office& o : offices_) o.holders.clear();
  for (const Tenure& t : all) {
    auto pi = person_index_.find(t.person);
    auto oi = office_index_.find(t.office);
    if (pi == person_index_.end())
      return Status::RuleError((oi != office_index_.end() ? offices_[oi->second].source + ": " : std::string()) +
                               "office '" + t.office + "': holder '" + t.person + "' is not a person in the lexicon");
    if (oi == office_index_.end())
      return Status::RuleError(persons_[pi->second].source + ": person '" + t.person + "': office '" + t.office +
                               "' is not an office in the lexicon");
    persons_[pi->second].tenures.push_back(t);
    offices_[oi->second].holders.push_back(t);
  }
  for (Person& p : persons_) std::sort(p.tenures.begin(), p.tenures.end(), ByStart);
  for (Office& o : offices_) std::sort(o.holders.begin(), o.holders.end(), ByStart);
  for (const Organisation& g : organisations_)
    if (!g.head.empty() && !FindOffice(g.head))
      return Status::RuleError(g.id + ": head office '" + g.head + "' is not an office in the lexicon");
  return Status::OK();
}

}  // namespace crosscheck::tag
