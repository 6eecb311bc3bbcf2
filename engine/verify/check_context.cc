#include "engine/verify/check_context.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "engine/link/support.h"
#include "engine/util/view_index.h"
#include "engine/verify/message.h"

namespace crosscheck::verify {

namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

const std::vector<size_t>& Empty() {
  static const std::vector<size_t> kEmpty;
  return kEmpty;
}

}  // namespace

CheckContext::CheckContext(const RunView& run) : run_(run) {
  const auto& events = *run.events;
  for (size_t i = 0; i < events.size(); ++i) event_index_[events[i].id] = i;
  event_claims_.resize(events.size());
  std::unordered_map<std::string, std::set<std::string>> person_offices;
  const auto& claims = *run.claims;
  // Findings list their claims in id order: rank every claim once rather than compare ids per finding
  // (on a thread of its own when the run has two: it is the longest step here).
  id_rank_.resize(claims.size());
  auto rank = [&] {
    std::vector<ClaimRef> by_id(claims.size());
    std::iota(by_id.begin(), by_id.end(), 0);
    std::stable_sort(by_id.begin(), by_id.end(), [&](ClaimRef a, ClaimRef b) { return claims[a].id < claims[b].id; });
    for (size_t k = 0; k < by_id.size(); ++k) id_rank_[by_id[k]] = static_cast<uint32_t>(k);
  };
  std::thread ranker;
  if (run.threads > 1) ranker = std::thread(rank);
  else rank();
  event_roles_.resize(events.size());
  std::vector<bool> linked(claims.size(), false);
  for (size_t i = 0; i < events.size(); ++i) {
    event_claims_[i].reserve(events[i].claims.size());
    event_roles_[i].reserve(events[i].claims.size());
    for (ClaimRef r : events[i].claims) {
      event_claims_[i].push_back(&claims[r]);
      event_roles_[i].push_back({claims[r].role, claims[r].ReportsDone()});
      linked[r] = true;
    }
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (!linked[i]) unlinked_.push_back(&c);
    for (const auto& p : c.participants)
      if (!p.office.empty() && !p.name.empty()) person_offices[p.name].insert(p.office);
  }
  event_independent_.assign(events.size(), -1);
  // Documents by number (DocOf), looked up by id once per document rather than per check; the
  // last document listed with an id gives its date.
  util::ViewIndex doc_number(claims.size());  // views of Claim::doc, numbered in order of first claim
  doc_of_.resize(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    if (i > 0 && claims[i].doc == claims[i - 1].doc) {
      doc_of_[i] = doc_of_[i - 1];
      continue;
    }
    bool fresh;
    doc_of_[i] = doc_number.Insert(claims[i].doc, &fresh);
  }
  published_.assign(doc_number.size(), std::nullopt);
  if (run.documents)
    for (const auto& d : *run.documents)
      if (uint32_t k = doc_number.Find(d.id); k != util::ViewIndex::kNone)
        published_[k] = d.published.empty() ? std::nullopt : PartialDate::ParseIso(d.published);
  persons_key_.resize(events.size());
  office_key_.resize(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    persons_key_[i] = events[i].type + "|" + Join(events[i].participants, "+");
    by_persons_[persons_key_[i]].push_back(i);
    // Offices: from the event's claims first, then the one office a person is known in.
    std::map<std::string, std::string> office_of;
    for (const Claim* c : event_claims_[i])
      for (const auto& p : c->participants)
        if (!p.office.empty() && !p.name.empty()) office_of.emplace(p.name, p.office);
    std::vector<std::string> offices;
    bool complete = !events[i].participants.empty();
    for (const auto& name : events[i].participants) {
      auto it = office_of.find(name);
      if (it != office_of.end()) offices.push_back(it->second);
      else if (auto po = person_offices.find(name); po != person_offices.end() && po->second.size() == 1) offices.push_back(*po->second.begin());
      else complete = false;
    }
    if (complete) {
      std::sort(offices.begin(), offices.end());
      office_key_[i] = events[i].type + "|" + Join(offices, ",");
      by_offices_[office_key_[i]].push_back(i);
    }
  }
  if (ranker.joinable()) ranker.join();
}

namespace {

// A claim a check looks at: one that reports its event as done (Claim::ReportsDone), of one of the
// check's roles (no role is "main").
bool RoleConsidered(const Atom& claim_role, bool reports_done, const CheckSpec& spec) {
  if (!reports_done) return false;
  std::string_view role = claim_role.empty() ? std::string_view("main") : claim_role.view();
  return std::any_of(spec.roles.begin(), spec.roles.end(), [&](const std::string& r) { return r == role; });
}

// The placeholder names of a message template, worked out once per template per thread (a run
// fills the templates of a few dozen rules tens of thousands of times).
const std::vector<std::string>& PlaceholderNames(const std::string& message) {
  thread_local std::unordered_map<std::string, std::vector<std::string>> names;
  auto [it, fresh] = names.try_emplace(message);
  if (fresh)
    for (const auto& p : Placeholders(message)) it->second.push_back(p.name);
  return it->second;
}

bool TypeConsidered(const std::string& type, const CheckSpec& spec) {
  return spec.event_types.empty() || Contains(spec.event_types, type);
}

}  // namespace

std::vector<const Claim*> CheckContext::Considered(size_t e, const CheckSpec& spec) const {
  std::vector<const Claim*> out;
  if (!TypeConsidered((*run_.events)[e].type, spec)) return out;
  const auto& claims = event_claims_[e];
  const auto& roles = event_roles_[e];
  // Roles are atoms, nearly all "main": the role's test is done once per run of one role.
  const Atom* role = nullptr;
  bool role_considered = false;
  for (size_t k = 0; k < claims.size(); ++k) {
    if (!roles[k].reports_done) continue;
    if (!role || !(*role == roles[k].role)) {
      role = &roles[k].role;
      role_considered = RoleConsidered(*role, true, spec);
    }
    if (role_considered) out.push_back(claims[k]);
  }
  return out;
}

std::vector<const Claim*> CheckContext::ConsideredUnlinked(const CheckSpec& spec) const {
  std::vector<const Claim*> out;
  for (const Claim* c : unlinked_)
    if (RoleConsidered(c->role, c->ReportsDone(), spec) && TypeConsidered(c->type, spec)) out.push_back(c);
  return out;
}

// Events that are only an echo of another in one article: every claim of the event is a main
// claim of one document, and that document also reports, as its news, an event of the same
// persons that other documents confirm. An article reports one event; a stray line of it that
// comes out on another date or as another type (a headline dated from a later paragraph, "talks"
// read as a call) is not an earlier event of the timeline. Events an article cites as earlier
// ("the previous call was on 12 July") are references, not echoes, and count.
const std::vector<bool>& CheckContext::Echoes() const {
  std::call_once(echoes_once_, [&] { echoes_ = FindEchoes(); });
  return echoes_;
}

std::vector<bool> CheckContext::FindEchoes() const {
  const auto& events = *run_.events;
  std::vector<std::string_view> one_doc(events.size());  // an event's document, if it has only one
  std::vector<bool> several(events.size(), false), all_main(events.size(), true);
  std::unordered_map<std::string_view, std::vector<size_t>> doc_events;  // main claims' documents → events
  for (size_t j = 0; j < events.size(); ++j) {
    const Claim* listed = nullptr;  // j was last listed under its document (a document's claims mostly come together)
    for (const Claim* c : event_claims_[j]) {
      if (c == event_claims_[j][0]) one_doc[j] = c->doc;
      else if (c->doc != one_doc[j]) several[j] = true;
      if (c->role == "reference") {
        all_main[j] = false;
      } else if (!listed || c->doc != listed->doc) {
        auto& list = doc_events[c->doc];
        if (list.empty() || list.back() != j) list.push_back(j);
        listed = c;
      }
    }
  }
  std::vector<bool> echo(events.size(), false);
  for (size_t j = 0; j < events.size(); ++j) {
    if (several[j] || event_claims_[j].empty() || !all_main[j]) continue;
    for (size_t k : doc_events[one_doc[j]])
      if (k != j && several[k] && events[k].participants == events[j].participants) echo[j] = true;
  }
  return echo;
}

const Event* CheckContext::EventById(const std::string& id) const {
  auto it = event_index_.find(id);
  return it == event_index_.end() ? nullptr : &(*run_.events)[it->second];
}

size_t CheckContext::EventIndex(const std::string& id) const {
  auto it = event_index_.find(id);
  return it == event_index_.end() ? SIZE_MAX : it->second;
}

std::string CheckContext::OfficeKey(size_t e) const { return office_key_[e]; }
std::string CheckContext::PersonsKey(size_t e) const { return persons_key_[e]; }

const std::vector<size_t>& CheckContext::EventsWithPersons(const std::string& key) const {
  auto it = by_persons_.find(key);
  return it == by_persons_.end() ? Empty() : it->second;
}

const std::vector<size_t>& CheckContext::EventsWithOffices(const std::string& key) const {
  if (key.empty()) return Empty();
  auto it = by_offices_.find(key);
  return it == by_offices_.end() ? Empty() : it->second;
}

std::string DescribeEvent(const Event& e) {
  std::string s = "the " + e.type;
  if (!e.participants.empty()) {
    s += " between ";
    for (size_t i = 0; i < e.participants.size(); ++i)
      s.append(i == 0 ? "" : i + 1 == e.participants.size() ? " and " : ", ").append(e.participants[i]);
  }
  if (e.date.empty()) s += " (date unknown; ";
  else s.append(" on ").append(e.date.ToIso()).append(" (");
  return s.append(e.id).append(")");
}

SlotValue CheckContext::Value(const std::string& value, const std::vector<const Claim*>& members) const {
  return link::MakeSlotValue(value, members, *run_.claims);
}

SlotValue CheckContext::EventValue(const std::string& value, size_t e) const {
  int independent;
  {
    std::lock_guard<std::mutex> lock(independent_mu_);
    if (event_independent_[e] < 0) event_independent_[e] = static_cast<int>(link::IndependentCount(event_claims_[e]));
    independent = event_independent_[e];
  }
  const Event& event = (*run_.events)[e];
  const auto& claims = *run_.claims;
  std::vector<ClaimRef> sample;
  std::set<std::string_view> outlets;
  // Passes: main reports of outlets not yet cited; then any report of such an outlet; then any.
  for (int pass = 0; pass < 3 && sample.size() < kEventSampleClaims; ++pass)
    for (ClaimRef r : event.claims) {
      if (sample.size() >= kEventSampleClaims) break;
      const Claim& c = claims[r];
      if (pass == 0 && c.role == "reference") continue;
      if (pass < 2 && outlets.count(std::string_view(c.outlet))) continue;
      if (std::find(sample.begin(), sample.end(), r) != sample.end()) continue;
      sample.push_back(r);
      outlets.insert(std::string_view(c.outlet));
    }
  std::sort(sample.begin(), sample.end());
  SlotValue v;
  v.value = value;
  v.claims = std::move(sample);
  v.independent = independent;
  v.event = event.id;
  v.event_claims = event.claims.size();
  return v;
}

void CheckContext::SortBySupport(std::vector<SlotValue>* values) const { link::SortBySupport(values, *run_.claims); }

// A value's backers for a message: its outlets, or its documents when some outlet is unknown.
std::string CheckContext::DescribeValues(const std::vector<SlotValue>& values) const {
  std::string s;
  for (const auto& v : values) {
    std::vector<std::string> outlets = link::OutletsOf(v.claims, *run_.claims);
    bool unknown = outlets.empty() || Contains(outlets, "unknown");
    s.append(s.empty() ? "" : " vs ").append(v.value).append(" [");
    s.append(Join(unknown ? link::DocsOf(v.claims, *run_.claims) : outlets, ", ")).append("]");
  }
  return s;
}

void CheckContext::Finish(const Rule& rule, const Event* event, std::map<std::string, std::string> vars, Finding* f) const {
  const auto& claims = *run_.claims;
  f->rule = rule.id;
  f->kind = rule.kind;
  f->severity = rule.severity;
  f->slot = rule.check.slot;
  if (event) f->event = event->id;
  std::vector<ClaimRef> refs = f->claims;
  for (const auto& v : f->values) refs.insert(refs.end(), v.claims.begin(), v.claims.end());
  std::sort(refs.begin(), refs.end(), [&](ClaimRef a, ClaimRef b) { return id_rank_[a] < id_rank_[b]; });
  refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
  f->claims = std::move(refs);
  if (event && f->consensus.empty()) {
    auto it = event->slots.find(f->slot);
    if (f->slot == "date") f->consensus = event->date.ToIso();
    else if (it != event->slots.end() && !it->second.empty()) f->consensus = it->second[0].value;
    if (it != event->slots.end())
      for (const auto& v : it->second)
        if (v.value == f->consensus) f->support = v.independent;
  }
  // A value is worked out only when the message names it (an agreement names thousands of claims,
  // and a run has tens of thousands of findings); Render sees the same values for the names it fills.
  const std::vector<std::string>& used = PlaceholderNames(rule.message);
  auto uses = [&](std::string_view name) { return std::find(used.begin(), used.end(), name) != used.end(); };
  if (uses("rule")) vars["rule"] = rule.id;
  if (uses("kind")) vars["kind"] = rule.kind;
  if (uses("severity")) vars["severity"] = rule.severity;
  if (uses("slot")) vars["slot"] = f->slot;
  if (uses("values")) vars.emplace("values", DescribeValues(f->values));
  if (uses("docs") || uses("outlets")) {
    std::set<std::string> outlets;  // outlets, or the documents where the outlet is unknown
    for (const auto& v : f->values) {
      std::vector<std::string> vo = link::OutletsOf(v.claims, claims);
      bool unknown = vo.empty() || Contains(vo, "unknown");
      for (const auto& o : unknown ? link::DocsOf(v.claims, claims) : vo) outlets.insert(o);
    }
    std::string docs = Join(link::DocsOf(f->claims, claims), ", ");
    vars.emplace("outlets", outlets.empty() ? docs : Join({outlets.begin(), outlets.end()}, ", "));
    vars.emplace("docs", std::move(docs));
  }
  if (uses("claims")) {
    std::string ids;
    for (ClaimRef r : f->claims) ids += (ids.empty() ? "" : ", ") + claims[r].id;
    vars.emplace("claims", std::move(ids));
  }
  if (uses("consensus")) vars.emplace("consensus", f->consensus.empty() ? "unknown" : f->consensus);
  if (uses("support")) vars.emplace("support", std::to_string(f->support));
  if (uses("explanation")) vars.emplace("explanation", f->explanation);
  if (event) {
    if (uses("event")) vars.emplace("event", DescribeEvent(*event));
    if (uses("event_id")) vars.emplace("event_id", event->id);
    if (uses("event_date")) vars.emplace("event_date", event->date.empty() ? "unknown" : event->date.ToIso());
    if (uses("type")) vars.emplace("type", event->type);
    if (uses("participants")) vars.emplace("participants", Join(event->participants, ", "));
  }
  f->message = Render(rule.message, vars);
}

}  // namespace crosscheck::verify
