#include "engine/report/report_index.h"

#include <algorithm>
#include <string_view>

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

ReportIndex::ReportIndex(const RunResult& r) : ReportIndex(r, WithoutFindings{}) { IndexFindings(); }

ReportIndex::ReportIndex(const RunResult& r, WithoutFindings) : r_(r), doc_ids_(r.documents.size()) {
  docs_.reserve(r.documents.size());
  for (const auto& d : r.documents) {
    bool fresh;
    doc_ids_.Insert(d.id, &fresh);
    if (fresh) docs_.push_back(&d);  // the first document listed with an id
    if (d.status != "processed") continue;
    if (!d.outlet.empty()) outlets_.insert(d.outlet);
    if (!d.lang.empty()) langs_.insert(d.lang);
  }
  std::vector<bool> linked(r.claims.size(), false);
  for (const auto& e : r.events)
    for (ClaimRef c : e.claims) linked[c] = true;
  for (size_t i = 0; i < r.claims.size(); ++i) {
    const Claim& c = r.claims[i];
    // Claims of one document mostly share outlet and language (atoms: equal is the same pointer).
    const Claim* prev = i > 0 ? &r.claims[i - 1] : nullptr;
    if (!c.outlet.empty() && !(prev && prev->outlet == c.outlet)) outlets_.insert(c.outlet);
    if (!c.lang.empty() && !(prev && prev->lang == c.lang)) langs_.insert(c.lang);
    if (!linked[i]) unlinked_.push_back(&c);
  }
  BuildKeys();
}

void ReportIndex::IndexFindings() {
  std::set<std::string> events;
  for (const auto& e : r_.events) events.insert(e.id);
  for (const auto& f : r_.findings) {
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

void ReportIndex::BuildKeys() {
  // Distinct names first (claims of one document share its strings' values), then ids in name order.
  std::unordered_map<std::string_view, int> outlet_id, lang_id;
  auto note = [](std::unordered_map<std::string_view, int>* ids, std::vector<const std::string*>* names,
                 const std::string& s) {
    if (!s.empty() && ids->emplace(s, 0).second) names->push_back(&s);
  };
  std::vector<const DocumentStatus*> doc_of(r_.claims.size(), nullptr);
  for (size_t i = 0; i < r_.claims.size(); ++i) {
    const Claim& c = r_.claims[i];
    const bool same_doc = i > 0 && r_.claims[i - 1].doc == c.doc;
    if (!(i > 0 && r_.claims[i - 1].outlet == c.outlet)) note(&outlet_id, &outlet_names_, c.outlet);
    if (!(i > 0 && r_.claims[i - 1].lang == c.lang)) note(&lang_id, &lang_names_, c.lang);
    doc_of[i] = same_doc ? doc_of[i - 1] : FindDocument(c.doc);
    if (doc_of[i] && !same_doc) {
      note(&outlet_id, &outlet_names_, doc_of[i]->outlet);
      note(&lang_id, &lang_names_, doc_of[i]->lang);
    }
  }
  auto number = [](std::unordered_map<std::string_view, int>* ids, std::vector<const std::string*>* names) {
    std::sort(names->begin(), names->end(), [](const std::string* a, const std::string* b) { return *a < *b; });
    for (size_t i = 0; i < names->size(); ++i) (*ids)[*(*names)[i]] = static_cast<int>(i);
  };
  number(&outlet_id, &outlet_names_);
  number(&lang_id, &lang_names_);
  auto id = [](const std::unordered_map<std::string_view, int>& ids, const std::string& s) {
    return s.empty() ? -1 : ids.at(s);
  };
  keys_.resize(r_.claims.size());
  for (size_t i = 0; i < r_.claims.size(); ++i) {
    const Claim& c = r_.claims[i];
    ClaimKeys& k = keys_[i];
    if (i > 0 && r_.claims[i - 1].outlet == c.outlet && r_.claims[i - 1].lang == c.lang &&
        doc_of[i] == doc_of[i - 1]) {
      k = keys_[i - 1];
      continue;
    }
    k.outlet = id(outlet_id, c.outlet);
    k.lang = id(lang_id, c.lang);
    if (doc_of[i]) {
      k.doc_outlet = id(outlet_id, doc_of[i]->outlet);
      k.doc_lang = id(lang_id, doc_of[i]->lang);
    }
  }
}

std::vector<std::string_view> ReportIndex::OutletsOf(const std::vector<ClaimRef>& refs) const {
  // Both reports ask this for every side of every finding: the flags are a per-thread buffer, and
  // the list is allocated once, at its size.
  thread_local std::vector<char> seen;
  seen.assign(outlet_names_.size(), 0);
  size_t n = 0;
  for (ClaimRef r : refs)
    if (int o = keys_[r].outlet; o >= 0 && !seen[o]) seen[o] = 1, ++n;
  std::vector<std::string_view> out;
  out.reserve(n);
  for (size_t i = 0; i < seen.size(); ++i)
    if (seen[i]) out.push_back(*outlet_names_[i]);
  return out;
}

void ReportIndex::ClaimOutletsLangs(const std::vector<ClaimRef>& refs, std::vector<std::string>* outlets,
                                    std::vector<std::string>* langs) const {
  // Flags by id + 1 (slot 0: the empty name).
  std::vector<char> os(outlet_names_.size() + 1, 0), ls(lang_names_.size() + 1, 0);
  for (ClaimRef r : refs) {
    os[keys_[r].outlet + 1] = 1;
    ls[keys_[r].lang + 1] = 1;
  }
  for (size_t i = 0; i < os.size(); ++i)
    if (os[i]) outlets->push_back(i == 0 ? std::string() : *outlet_names_[i - 1]);
  for (size_t i = 0; i < ls.size(); ++i)
    if (ls[i]) langs->push_back(i == 0 ? std::string() : *lang_names_[i - 1]);
}

const DocumentStatus* ReportIndex::FindDocument(std::string_view id) const {
  const uint32_t k = doc_ids_.Find(id);
  return k == util::ViewIndex::kNone ? nullptr : docs_[k];
}

const std::vector<const Finding*>& ReportIndex::EventFindings(const std::string& event) const {
  static const std::vector<const Finding*> kNone;
  auto it = by_event_.find(event);
  return it == by_event_.end() ? kNone : it->second;
}

void ReportIndex::FindingOutletsLangs(const Finding& f, std::set<std::string>* outlets,
                                      std::set<std::string>* langs) const {
  // An agreement of a popular event names hundreds of thousands of claims of a few dozen outlets.
  std::vector<char> os(outlet_names_.size(), 0), ls(lang_names_.size(), 0);
  for (ClaimRef r : f.claims) {
    const ClaimKeys& k = keys_[r];
    for (int o : {k.outlet, k.doc_outlet})
      if (o >= 0) os[o] = 1;
    for (int l : {k.lang, k.doc_lang})
      if (l >= 0) ls[l] = 1;
  }
  for (size_t i = 0; i < os.size(); ++i)
    if (os[i]) outlets->insert(*outlet_names_[i]);
  for (size_t i = 0; i < ls.size(); ++i)
    if (ls[i]) langs->insert(*lang_names_[i]);
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
