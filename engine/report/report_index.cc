#include "engine/report/report_index.h"

#include <algorithm>

namespace crosscheck::report {

const std::vector<std::string> kKindOrder = {"contradiction", "anomaly", "agreement"};
const std::vector<std::string> kSeverityOrder = {"high", "medium", "low", "info"};

namespace {
int RankIn(const std::vector<std::string>& order, const std::string& v) {
  auto it = std::find(order.begin(), order.end(), v);
  return static_cast<int>(it - order.begin());
}
bool MoreUrgent(const Finding* a, const Finding* b) {
  int ka = KindRank(a->kind), kb = KindRank(b->kind);
  if (ka != kb) return ka < kb;
  return SeverityRank(a->severity) < SeverityRank(b->severity);
}
}  // namespace

int KindRank(const std::string& kind) { return RankIn(kKindOrder, kind); }
int SeverityRank(const std::string& severity) { return RankIn(kSeverityOrder, severity); }

ReportIndex::ReportIndex(const RunResult& r) : r_(r) {
  for (const auto& d : r.documents) {
    docs_.emplace(d.id, &d);
    if (d.status != "processed") continue;
    if (!d.outlet.empty()) outlets_.insert(d.outlet);
    if (!d.lang.empty()) langs_.insert(d.lang);
  }
  std::set<std::string> events;
  for (const auto& e : r.events) events.insert(e.id);
  std::vector<bool> linked(r.claims.size(), false);
  for (const auto& e : r.events)
    for (ClaimRef c : e.claims) linked[c] = true;
  for (size_t i = 0; i < r.claims.size(); ++i) {
    const Claim& c = r.claims[i];
    if (!c.outlet.empty()) outlets_.insert(c.outlet);
    if (!c.lang.empty()) langs_.insert(c.lang);
    if (!linked[i]) unlinked_.push_back(&c);
  }
  for (const auto& f : r.findings) {
    kind_severity_[{f.kind, f.severity}]++;
    if (!f.event.empty() && events.count(f.event)) {
      by_event_[f.event].push_back(&f);
    } else {
      loose_.push_back(&f);
    }
  }
  for (auto& [id, list] : by_event_) std::stable_sort(list.begin(), list.end(), MoreUrgent);
  std::stable_sort(loose_.begin(), loose_.end(), MoreUrgent);
}

const DocumentStatus* ReportIndex::FindDocument(const std::string& id) const {
  auto it = docs_.find(id);
  return it == docs_.end() ? nullptr : it->second;
}

const std::vector<const Finding*>& ReportIndex::EventFindings(const std::string& event) const {
  static const std::vector<const Finding*> kNone;
  auto it = by_event_.find(event);
  return it == by_event_.end() ? kNone : it->second;
}

void ReportIndex::FindingOutletsLangs(const Finding& f, std::set<std::string>* outlets,
                                      std::set<std::string>* langs) const {
  // Distinct values are few (outlets, languages): collect pointers, deduplicated by address first.
  // An agreement of a popular event names thousands of claims, mostly of a few outlets.
  std::vector<const std::string*> os, ls;
  auto add = [](std::vector<const std::string*>* v, const std::string& s) {
    if (s.empty()) return;
    for (const std::string* p : *v)
      if (p == &s || *p == s) return;
    v->push_back(&s);
  };
  const std::string* last_doc = nullptr;
  for (ClaimRef r : f.claims) {
    const Claim& c = r_.claims[r];
    add(&os, c.outlet);
    add(&ls, c.lang);
    if (last_doc && *last_doc == c.doc) continue;
    last_doc = &c.doc;
    if (const DocumentStatus* d = FindDocument(c.doc)) {
      add(&os, d->outlet);
      add(&ls, d->lang);
    }
  }
  for (const std::string* o : os) outlets->insert(*o);
  for (const std::string* l : ls) langs->insert(*l);
}

std::vector<std::string> ReportIndex::Kinds() const {
  std::set<std::string> present(kKindOrder.begin(), kKindOrder.end());
  for (const auto& [ks, n] : kind_severity_) present.insert(ks.first);
  std::vector<std::string> out(present.begin(), present.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return KindRank(a) < KindRank(b); });
  return out;
}

std::vector<std::string> ReportIndex::Severities() const {
  std::set<std::string> present(kSeverityOrder.begin(), kSeverityOrder.end());
  for (const auto& [ks, n] : kind_severity_) present.insert(ks.second);
  std::vector<std::string> out(present.begin(), present.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return SeverityRank(a) < SeverityRank(b); });
  return out;
}

}  // namespace crosscheck::report
