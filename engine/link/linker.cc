#include "engine/link/linker.h"

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <unordered_map>

#include "engine/link/participants.h"
#include "engine/link/slots.h"

namespace crosscheck::link {

namespace {

constexpr long kFirstEverSlackDays = 7;  // see Linker::NearEnough

struct Cluster {
  std::vector<size_t> members;  // claim indices
  PersonsBySide persons;
  std::vector<PartialDate> dates;  // distinct dates of members
  std::set<std::string> docs;
  bool first_ever = false;  // a member says it was the first (ever)
  bool has_main = false;
  size_t min_index = SIZE_MAX;
  bool dead = false;  // merged into another
  const void* block = nullptr;
};

int Precision(const PartialDate& d) { return (d.year != 0) * 4 + (d.month != 0) * 2 + (d.day != 0) * 2; }

// Every date that `d` refines, itself included ("2024-06-25" → 2024-06, 2024, --06-25, --06).
std::vector<PartialDate> Generalisations(const PartialDate& d) {
  std::vector<PartialDate> out;
  for (int y : {d.year, 0})
    for (int m : {d.month, 0})
      for (int dd : {d.day, 0}) {
        PartialDate g{y, m, dd};
        if (g.empty() || (g.day && !g.month)) continue;
        if (std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
      }
  return out;
}

bool IsFirstEver(const Claim& c) {
  return c.ordinal.n == 1 && (c.ordinal.scope.empty() || c.ordinal.scope == "ever") && !c.negated;
}

class Linker {
 public:
  Linker(std::vector<Claim>* claims, const LinkOptions& opt) : claims_(*claims), opt_(opt) {}

  std::vector<Event> Run() {
    std::map<std::string, std::vector<size_t>> blocks;
    std::vector<size_t> sparse;  // fewer than two participants
    cluster_of_.assign(claims_.size(), SIZE_MAX);
    for (size_t i = 0; i < claims_.size(); ++i) persons_.push_back(PersonsOf(claims_[i]));
    CompleteFromDocument();
    for (size_t i = 0; i < claims_.size(); ++i) {
      if (persons_[i].size() < 2) sparse.push_back(i);
      else blocks[BlockKey(claims_[i])].push_back(i);
    }
    for (auto& [key, members] : blocks) ClusterBlock(key, members);
    for (auto& [key, block] : blocks_) MergeNearDates(block.clusters);
    std::map<std::string, std::vector<size_t>> rest;
    for (size_t i : sparse)
      if (!AttachToDocumentEvent(i)) rest[BlockKey(claims_[i])].push_back(i);
    for (auto& [key, members] : rest) ClusterBlock("sparse:" + key, members);
    return MakeEvents();
  }

 private:
  // A side named without its person ("the Russian defence ministry") in an article that names
  // exactly one person of that side in claims of the same type stands for that person (for linking
  // only; the claim itself is unchanged).
  void CompleteFromDocument() {
    std::map<std::pair<std::string, std::string>, std::map<std::string, std::set<std::string>>> named;
    for (size_t i = 0; i < claims_.size(); ++i)
      for (const auto& [side, persons] : persons_[i])
        named[{claims_[i].doc, claims_[i].type}][side].insert(persons.begin(), persons.end());
    for (size_t i = 0; i < claims_.size(); ++i) {
      const auto& doc = named[{claims_[i].doc, claims_[i].type}];
      for (auto& [side, persons] : persons_[i]) {
        if (!persons.empty()) continue;
        auto it = doc.find(side);
        if (it != doc.end() && it->second.size() == 1) persons = it->second;
      }
    }
  }

  bool DateFits(const Cluster& c, const PartialDate& d) const {
    if (d.empty()) return true;
    for (const auto& x : c.dates)
      if (CompareDates(x, d) == DateVerdict::kConflicting) return false;
    return true;
  }

  // "The first call" dated within a week of a known first call is that call with a wrong date; one
  // dated months later is another call that a report wrongly calls the first (a timeline finding).
  bool NearEnough(const Cluster& c, const PartialDate& d) const {
    if (!d.full()) return true;
    long x = *DaysFromEpoch(d);
    bool any = false;
    for (const auto& y : c.dates) {
      if (!y.full()) continue;
      any = true;
      if (std::labs(*DaysFromEpoch(y) - x) <= kFirstEverSlackDays) return true;
    }
    return !any;
  }

  bool SameDocDateConflict(const Cluster& c, size_t i) const {
    const Claim& x = claims_[i];
    if (x.date.empty()) return false;
    for (size_t m : c.members)
      if (claims_[m].doc == x.doc && CompareDates(claims_[m].date, x.date) == DateVerdict::kConflicting) return true;
    return false;
  }

  // "RU:Andrei Belousov|US:Lloyd Austin"; "" when some side is named without its persons.
  static std::string Signature(const PersonsBySide& p) {
    std::string s;
    for (const auto& [side, names] : p) {
      if (names.empty()) return "";
      s += side + ":";
      for (const auto& n : names) s += n + ";";
      s += "|";
    }
    return s;
  }

  void Add(size_t cid, size_t i) {
    cluster_of_[i] = cid;
    Cluster& c = *clusters_[cid];
    const Claim& x = claims_[i];
    Block& b = *block_;
    std::string before = Signature(c.persons);
    c.members.push_back(i);
    MergePersons(&c.persons, persons_[i]);
    std::string after = Signature(c.persons);
    if (after.empty() && c.members.size() == 1) b.open.push_back(cid);
    if (!after.empty() && after != before) {
      b.by_persons[after].push_back(cid);
      for (const auto& d : c.dates) IndexDate(cid, d, after);
    }
    c.docs.insert(x.doc);
    if (IsFirstEver(x) && !c.first_ever) b.first_ever.push_back(cid);
    c.first_ever |= IsFirstEver(x);
    c.has_main |= x.role != "reference";
    c.min_index = std::min(c.min_index, i);
    if (!x.date.empty() && std::find(c.dates.begin(), c.dates.end(), x.date) == c.dates.end()) {
      if (c.dates.empty()) ++b.dated;
      c.dates.push_back(x.date);
      IndexDate(cid, x.date, "all");
      IndexDate(cid, x.date, after.empty() ? "open" : after);
    }
    doc_clusters_[x.doc].push_back(cid);
  }

  void IndexDate(size_t cid, const PartialDate& d, const std::string& scope) {
    for (const auto& g : Generalisations(d)) block_->refined[scope + "@" + g.ToIso()].push_back(cid);
    block_->exact[scope + "@" + d.ToIso()].push_back(cid);
  }

  // Clusters of `scope` whose dates `d` can fit: those refining d, and those d refines.
  void ByDate(const std::string& scope, const PartialDate& d, std::vector<size_t>* out) const {
    const Block& b = *block_;
    if (auto it = b.refined.find(scope + "@" + d.ToIso()); it != b.refined.end())
      out->insert(out->end(), it->second.begin(), it->second.end());
    for (const auto& g : Generalisations(d))
      if (auto it = b.exact.find(scope + "@" + g.ToIso()); it != b.exact.end())
        out->insert(out->end(), it->second.begin(), it->second.end());
  }

  size_t NewCluster(const Claim& x) {
    clusters_.push_back(std::make_unique<Cluster>());
    size_t id = clusters_.size() - 1;
    block_->clusters.push_back(id);
    clusters_[id]->block = block_;
    if (x.date.empty()) block_->undated.push_back(id);
    return id;
  }

  // Clusters of the current block that claim i may join, before the persons/date filters: those
  // its date can fit (by the date index) and the undated ones with the same persons. A claim naming
  // sides only is compatible with every cluster: when the block has two dated clusters it is
  // ambiguous, and the search is skipped.
  std::vector<size_t> Candidates(size_t i, bool* ambiguous) {
    const PartialDate& d = claims_[i].date;
    Block& b = *block_;
    *ambiguous = false;
    std::vector<size_t> out;
    std::string sig = Signature(persons_[i]);
    auto same_persons = [&](std::vector<size_t>* into, bool undated_only) {
      auto add = [&](size_t c) {
        if (!undated_only || clusters_[c]->dates.empty()) into->push_back(c);
      };
      if (sig.empty()) {
        for (size_t c : undated_only ? b.undated : b.clusters) add(c);
        return;
      }
      if (auto it = b.by_persons.find(sig); it != b.by_persons.end())
        for (size_t c : it->second) add(c);
      for (size_t c : b.open) add(c);
    };
    if (d.empty()) {
      if (sig.empty() && b.dated >= 2) {
        *ambiguous = true;
        return out;
      }
      same_persons(&out, false);
    } else {
      if (sig.empty()) {
        ByDate("all", d, &out);
      } else {
        ByDate(sig, d, &out);
        ByDate("open", d, &out);
      }
      if (!b.undated.empty()) same_persons(&out, true);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  void Place(size_t i) {
    const Claim& x = claims_[i];
    // "The first call between A and B": one event, whatever dates the reports give.
    // Only when exactly one such event fits ("the first call between the US minister and Russia"
    // fits the first Austin-Shoigu and the first Austin-Belousov call alike).
    if (IsFirstEver(x)) {
      std::vector<size_t> firsts;
      for (size_t c : block_->first_ever) {
        const Cluster& cl = *clusters_[c];
        if (PersonsCompatible(cl.persons, persons_[i]) && !SameDocDateConflict(cl, i) && NearEnough(cl, x.date))
          firsts.push_back(c);
      }
      if (firsts.size() == 1) {
        Add(firsts[0], i);
        return;
      }
    }
    std::vector<size_t> fit;
    bool ambiguous = false;
    for (size_t c : Candidates(i, &ambiguous)) {
      const Cluster& cl = *clusters_[c];
      if (PersonsCompatible(cl.persons, persons_[i]) && DateFits(cl, x.date)) fit.push_back(c);
    }
    size_t target = SIZE_MAX;
    if (fit.size() == 1) {
      target = fit[0];
    } else if (fit.size() > 1) {
      if (x.date.empty()) {
        std::vector<size_t> dated, undated;
        for (size_t c : fit) (clusters_[c]->dates.empty() ? undated : dated).push_back(c);
        if (dated.size() == 1) target = dated[0];
        else if (dated.empty() && undated.size() == 1) target = undated[0];
      } else {
        std::vector<size_t> exact;
        for (size_t c : fit) {
          const auto& ds = clusters_[c]->dates;
          if (std::find(ds.begin(), ds.end(), x.date) != ds.end()) exact.push_back(c);
        }
        if (exact.size() == 1) target = exact[0];
      }
    }
    // Undated, or only a year or month ("this year"), and several known events fit.
    if (target == SIZE_MAX && !(x.date.month && x.date.day) && (ambiguous || fit.size() > 1)) {
      target = ResolveUndated(i, ambiguous ? SameDocInBlock(i) : fit);
      if (target == SIZE_MAX) return;  // several known events fit: left unlinked, not a new event
    }
    if (target == SIZE_MAX) target = NewCluster(x);
    Add(target, i);
  }

  std::vector<size_t> SameDocInBlock(size_t i) const {
    std::vector<size_t> out;
    auto it = doc_clusters_.find(claims_[i].doc);
    if (it == doc_clusters_.end()) return out;
    for (size_t c : it->second)
      if (clusters_[c]->block == block_ && PersonsCompatible(clusters_[c]->persons, persons_[i])) out.push_back(c);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // An undated claim that several events fit: the one its own document reports, when exactly one;
  // else, for "the n-th (ever)", the n-th of the fitting events in date order when the first of
  // them is known to be the first; else (no such ordinal) the event of the claim just before it in
  // its document, when that one fits. SIZE_MAX: undecidable.
  size_t ResolveUndated(size_t i, const std::vector<size_t>& pool) {
    const Claim& x = claims_[i];
    std::vector<size_t> same_doc;
    for (size_t c : pool)
      if (clusters_[c]->docs.count(x.doc)) same_doc.push_back(c);
    if (same_doc.size() == 1) return same_doc[0];
    bool nth_ever = x.ordinal.n >= 2 && (x.ordinal.scope.empty() || x.ordinal.scope == "ever") && !x.negated;
    if (!nth_ever) {
      // "This is the second conversation this year": the event of the sentence just before.
      if (i > 0 && claims_[i - 1].doc == x.doc && cluster_of_[i - 1] != SIZE_MAX &&
          std::find(pool.begin(), pool.end(), cluster_of_[i - 1]) != pool.end())
        return cluster_of_[i - 1];
      return SIZE_MAX;
    }
    std::vector<std::pair<std::string, size_t>> timeline;  // (ISO of the earliest date, cluster)
    for (size_t c : pool) {
      const auto& ds = clusters_[c]->dates;
      if (ds.empty()) continue;
      PartialDate first = ds[0];
      for (const auto& d : ds)
        if (d.ToIso() < first.ToIso()) first = d;
      if (!first.year) return SIZE_MAX;  // cannot be ordered
      timeline.push_back({first.ToIso(), c});
    }
    std::sort(timeline.begin(), timeline.end());
    if (timeline.size() < static_cast<size_t>(x.ordinal.n) || !clusters_[timeline[0].second]->first_ever) return SIZE_MAX;
    // Its ordinal placed it: a timeline check must not count it as confirmation.
    claims_[i].flags.push_back({"linked_by_ordinal", "placed as event " + std::to_string(x.ordinal.n) +
                                " in date order (" + timeline[x.ordinal.n - 1].first + ")", {}});
    return timeline[x.ordinal.n - 1].second;
  }

  void ClusterBlock(const std::string& key, std::vector<size_t> members) {
    block_ = &blocks_[key];
    std::stable_sort(members.begin(), members.end(), [&](size_t a, size_t b) {
      return Precision(claims_[a].date) > Precision(claims_[b].date);
    });
    for (size_t i : members) Place(i);
  }

  // Across documents: two one-date events of the same persons a day apart that share no document
  // (and have no third event of those persons near) are one event.
  void MergeNearDates(const std::vector<size_t>& ids) {
    if (opt_.max_conflict_days <= 0) return;
    std::map<std::string, std::vector<std::pair<long, size_t>>> by_persons;
    for (size_t c : ids) {
      const Cluster& cl = *clusters_[c];
      std::string sig = Signature(cl.persons);
      // One full date (other dates of the event only generalise it: "2024", "--08-14").
      std::vector<PartialDate> full;
      for (const auto& d : cl.dates)
        if (d.full() && std::find(full.begin(), full.end(), d) == full.end()) full.push_back(d);
      if (cl.dead || sig.empty() || full.size() != 1) continue;
      by_persons[sig].push_back({*DaysFromEpoch(full[0]), c});
    }
    for (auto& [sig, dated] : by_persons) MergeAdjacent(&dated);
  }

  void MergeAdjacent(std::vector<std::pair<long, size_t>>* list) {
    auto& dated = *list;
    std::sort(dated.begin(), dated.end());
    for (size_t k = 0; k + 1 < dated.size(); ++k) {
      auto [da, a] = dated[k];
      auto [db, b] = dated[k + 1];
      if (db - da > opt_.max_conflict_days || db == da) continue;
      bool isolated = (k == 0 || da - dated[k - 1].first > opt_.max_conflict_days) &&
                      (k + 2 >= dated.size() || dated[k + 2].first - db > opt_.max_conflict_days);
      Cluster& ca = *clusters_[a];
      Cluster& cb = *clusters_[b];
      bool shared = std::any_of(cb.docs.begin(), cb.docs.end(), [&](const std::string& d) { return ca.docs.count(d); });
      if (!isolated || shared || !ca.has_main || !cb.has_main || !PersonsCompatible(ca.persons, cb.persons)) continue;
      for (size_t m : cb.members) ca.members.push_back(m);
      MergePersons(&ca.persons, cb.persons);
      ca.dates.insert(ca.dates.end(), cb.dates.begin(), cb.dates.end());
      ca.docs.insert(cb.docs.begin(), cb.docs.end());
      ca.first_ever |= cb.first_ever;
      ca.min_index = std::min(ca.min_index, cb.min_index);
      cb.dead = true;
      ++k;  // b is consumed
    }
  }

  // A claim naming fewer than two participants ("the call took place on Friday") belongs to the
  // one event of the same type in its own document that it fits, if there is exactly one.
  bool AttachToDocumentEvent(size_t i) {
    const Claim& x = claims_[i];
    auto it = doc_clusters_.find(x.doc);
    if (it == doc_clusters_.end()) return false;
    std::set<size_t> fit;
    for (size_t c : it->second) {
      const Cluster& cl = *clusters_[c];
      if (cl.dead || claims_[cl.members[0]].type != x.type) continue;
      bool covered = std::all_of(persons_[i].begin(), persons_[i].end(),
                                 [&](const auto& kv) { return cl.persons.count(kv.first) > 0; });
      if (covered && PersonsCompatible(cl.persons, persons_[i]) && DateFits(cl, x.date)) fit.insert(c);
    }
    if (fit.size() != 1) return false;
    size_t c = *fit.begin();
    Cluster& cl = *clusters_[c];
    cl.members.push_back(i);
    cl.min_index = std::min(cl.min_index, i);
    if (!x.date.empty() && std::find(cl.dates.begin(), cl.dates.end(), x.date) == cl.dates.end()) cl.dates.push_back(x.date);
    return true;
  }

  std::vector<Event> MakeEvents() {
    std::vector<Cluster*> live;
    for (auto& c : clusters_)
      if (!c->dead) live.push_back(c.get());
    std::sort(live.begin(), live.end(), [](const Cluster* a, const Cluster* b) { return a->min_index < b->min_index; });
    std::vector<Event> events;
    events.reserve(live.size());
    for (Cluster* c : live) {
      std::sort(c->members.begin(), c->members.end());
      Event e;
      e.id = "E" + std::to_string(events.size() + 1);
      e.type = claims_[c->members[0]].type;
      std::vector<const Claim*> members;
      for (size_t m : c->members) {
        claims_[m].event = e.id;
        e.claims.push_back(claims_[m].id);
        members.push_back(&claims_[m]);
      }
      Summarise(members, &e);
      events.push_back(std::move(e));
    }
    return events;
  }

  // The clusters of one block, indexed so a claim meets only the clusters it could join.
  struct Block {
    std::vector<size_t> clusters;
    std::vector<size_t> undated;     // clusters without a date (yet)
    std::vector<size_t> first_ever;  // clusters with a "first (ever)" claim
    std::vector<size_t> open;        // clusters that named some side without its persons
    size_t dated = 0;
    std::unordered_map<std::string, std::vector<size_t>> by_persons;  // signature → clusters
    // Date indexes, "<scope>@<date>": scope is a persons signature (clusters with all persons
    // known), "open" (clusters naming a side without persons) or "all". refined: under every
    // generalisation of a cluster's dates; exact: under the dates themselves.
    std::unordered_map<std::string, std::vector<size_t>> refined, exact;
  };

  std::vector<Claim>& claims_;
  LinkOptions opt_;
  std::vector<PersonsBySide> persons_;
  std::vector<size_t> cluster_of_;  // claim → cluster, SIZE_MAX until placed
  std::vector<std::unique_ptr<Cluster>> clusters_;
  std::map<std::string, Block> blocks_;
  std::unordered_map<std::string, std::vector<size_t>> doc_clusters_;
  Block* block_ = nullptr;
};

}  // namespace

std::vector<Event> LinkEvents(std::vector<Claim>* claims, const LinkOptions& options) {
  for (auto& c : *claims) c.event.clear();
  return Linker(claims, options).Run();
}

}  // namespace crosscheck::link
