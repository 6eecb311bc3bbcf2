#include "engine/link/linker.h"

#include <algorithm>
#include <cassert>
#include <climits>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "engine/link/participants.h"
#include "engine/link/slots.h"
#include "engine/link/support.h"
#include "engine/util/parallel.h"

namespace crosscheck::link {

namespace {

struct Cluster {
  std::vector<size_t> members;  // claim indices
  PersonsBySide persons;
  std::vector<PartialDate> dates;    // distinct dates of members that fit together (claims join by these)
  std::vector<PartialDate> dissent;  // dates of members linked despite their date (a finding, not a fit)
  std::string type;                  // the most specific type of its members (see TypesCompatible)
  std::set<std::string_view> docs;  // of its members (views of Claim::doc)
  std::set<std::string_view> news_docs;  // of its members that are not references
  bool first_ever = false;  // a member says it was the first (ever)
  bool has_main = false;
  size_t min_index = SIZE_MAX;
  bool dead = false;  // merged into another
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
  return c.ordinal.n == 1 && (c.ordinal.scope.empty() || c.ordinal.scope == "ever") && c.ReportsDone();
}

long DaysApart(const PartialDate& a, const PartialDate& b) {
  auto da = DaysFromEpoch(a), db = DaysFromEpoch(b);
  return da && db ? std::labs(*da - *db) : LONG_MAX;
}

// "RU:Andrei Belousov|US:Lloyd Austin"; "" when some side is named without its persons.
std::string Signature(const PersonsBySide& p) {
  std::string s;
  for (const auto& [side, names] : p) {
    if (names.empty()) return "";
    s.append(side).push_back(':');
    for (const auto& n : names) s.append(n).push_back(';');
    s.push_back('|');
  }
  return s;
}

// d fits the dates the cluster's members agree on.
bool CoreFits(const Cluster& c, const PartialDate& d) {
  if (d.empty()) return true;
  for (const auto& x : c.dates)
    if (CompareDates(x, d) == DateVerdict::kConflicting) return false;
  return true;
}

// d fits the cluster's agreed dates, or repeats (or is refined by) one of its dissenting dates:
// a second report of an absorbed wrong date joins the same dissent.
bool DateFits(const Cluster& c, const PartialDate& d) {
  if (CoreFits(c, d)) return true;
  for (const auto& x : c.dissent)
    if (CompareDates(x, d) != DateVerdict::kConflicting) return true;
  return false;
}

bool SharesDocument(const Cluster& a, const Cluster& b) {
  return std::any_of(b.docs.begin(), b.docs.end(), [&](std::string_view d) { return a.docs.count(d) > 0; });
}

constexpr uint32_t kNoBlock = UINT32_MAX;

// What the blocks of a run share. Read-only while blocks are clustered, except what belongs to one
// claim (its cluster_of entry, its flags), which only the block of that claim writes.
struct RunState {
  RunState(std::vector<Claim>* c, const LinkOptions& o) : claims(*c), opt(o) {}
  // The persons of claim i (as PersonsOf, completed by CompleteFromDocument). Claims share one
  // copy of each distinct set (a run has millions of claims but few distinct participant sets).
  const PersonsBySide& Persons(size_t i) const { return *persons_table[persons_of[i]]; }

  std::vector<Claim>& claims;
  const LinkOptions& opt;
  std::vector<const PersonsBySide*> persons_table;  // index → set
  std::vector<uint32_t> persons_of;                 // claim → index
  std::vector<size_t> cluster_of;  // claim → its cluster (an index into its block's clusters), SIZE_MAX until placed
  std::vector<uint32_t> block_of;  // claim → the block it is clustered in, kNoBlock for none
};

// A date index key: a scope (numbered per block) and a date, with what ToIso leaves out dropped (a
// day without its month), so that keys are equal exactly when "<scope>@<ISO date>" would be.
struct DateIndexKey {
  uint32_t scope;
  int year, month, day;
  DateIndexKey(uint32_t s, const PartialDate& d)
      : scope(s), year(d.year), month(d.month), day(d.month ? d.day : 0) {}
  friend bool operator==(const DateIndexKey&, const DateIndexKey&) = default;
};
struct DateIndexKeyHash {
  size_t operator()(const DateIndexKey& k) const {
    uint64_t date = (static_cast<uint64_t>(static_cast<uint32_t>(k.year)) << 16) ^ (static_cast<uint64_t>(k.month) << 8) ^
                    static_cast<uint64_t>(k.day);
    return std::hash<uint64_t>()((static_cast<uint64_t>(k.scope) * 0x9E3779B97F4A7C15ull) ^ (date * 0xC2B2AE3D27D4EB4Full));
  }
};

// The clusters of one block, indexed so a claim meets only the clusters it could join.
struct Block {
  std::vector<size_t> clusters;
  std::vector<size_t> undated;     // clusters without a date (yet)
  std::vector<size_t> first_ever;  // clusters with a "first (ever)" claim
  std::vector<size_t> open;        // clusters that named some side without its persons
  size_t dated = 0;
  std::unordered_map<std::string, std::vector<size_t>> by_persons;  // signature → clusters
  // Date indexes, by scope and date: scope is a persons signature (clusters with all persons
  // known), "open" (clusters naming a side without persons) or "all", numbered in `scopes`.
  // refined: under every generalisation of a cluster's dates; exact: under the dates themselves.
  std::unordered_map<std::string, uint32_t> scopes;
  std::unordered_map<DateIndexKey, std::vector<size_t>, DateIndexKeyHash> refined, exact;
};

// The clustering of one block: its clusters (numbered from 0 in creation order) and their indexes.
// A block never looks at another block's clusters, so blocks are clustered side by side.
class BlockRun {
 public:
  BlockRun(RunState* s, uint32_t id) : s_(*s), claims_(s->claims), id_(id) {}

  // Claims with a full date first: they form the events; then reports with a date that dissents
  // from a well-supported event nearby are linked into it (AbsorbDissent, MergeNearDates); then the
  // claims with partial dates or none join the events they fit.
  // With one party known (`one_party`: claims naming fewer than two participants), a date that
  // differs is no evidence of the same event — "Barrot held a call on 13 March" and "... on 14 March"
  // may be calls with different counterparts — so dissenting and adjacent dates are not linked.
  void Run(std::vector<size_t> members, bool one_party) {
    std::stable_sort(members.begin(), members.end(), [&](size_t a, size_t b) {
      return Precision(claims_[a].date) > Precision(claims_[b].date);
    });
    size_t k = 0;
    for (; k < members.size() && claims_[members[k]].date.full(); ++k) Place(members[k]);
    if (!one_party) {
      AbsorbDissent();
      MergeNearDates(b_.clusters);
    }
    for (; k < members.size(); ++k) Place(members[k]);
  }

  std::vector<std::unique_ptr<Cluster>> clusters_;

 private:
  const PersonsBySide& Persons(size_t i) const { return s_.Persons(i); }

  bool SameDocDateConflict(const Cluster& c, size_t i) const {
    const Claim& x = claims_[i];
    if (x.date.empty()) return false;
    for (size_t m : c.members)
      if (claims_[m].doc == x.doc && CompareDates(claims_[m].date, x.date) == DateVerdict::kConflicting) return true;
    return false;
  }

  // Whether d is within max_dissent_days of every dated claim's date the cluster fits by (an undated
  // claim or cluster is near; a date that cannot be placed in days is near only when it fits).
  bool NearDates(const Cluster& c, const PartialDate& d) const {
    if (d.empty()) return true;
    for (const auto& x : c.dates) {
      if (CompareDates(x, d) != DateVerdict::kConflicting) continue;
      if (DaysApart(x, d) > s_.opt.max_dissent_days) return false;
    }
    return true;
  }

  void Add(size_t cid, size_t i) {
    s_.cluster_of[i] = cid;
    Cluster& c = *clusters_[cid];
    const Claim& x = claims_[i];
    Block& b = b_;
    std::string before = Signature(c.persons);
    c.members.push_back(i);
    MergePersons(&c.persons, Persons(i));
    std::string after = Signature(c.persons);
    if (after.empty() && c.members.size() == 1) b.open.push_back(cid);
    if (!after.empty() && after != before) {
      b.by_persons[after].push_back(cid);
      for (const auto& d : c.dates) IndexDate(cid, d, after);
    }
    c.docs.insert(x.doc);
    if (x.role != "reference") c.news_docs.insert(x.doc);
    if (IsFirstEver(x) && !c.first_ever) b.first_ever.push_back(cid);
    c.first_ever |= IsFirstEver(x);
    c.has_main |= x.role != "reference";
    c.min_index = std::min(c.min_index, i);
    if (c.type.empty() || c.type == "talks") c.type = x.type;  // the most specific type seen
    if (!x.date.empty() && !CoreFits(c, x.date)) {
      // Linked despite its date ("the first call", dated otherwise): a dissenting date, not a fit.
      if (std::find(c.dissent.begin(), c.dissent.end(), x.date) == c.dissent.end()) {
        c.dissent.push_back(x.date);
        IndexDate(cid, x.date, "all");
        IndexDate(cid, x.date, after.empty() ? "open" : after);
      }
    } else if (!x.date.empty() && std::find(c.dates.begin(), c.dates.end(), x.date) == c.dates.end()) {
      if (c.dates.empty()) ++b.dated;
      c.dates.push_back(x.date);
      IndexDate(cid, x.date, "all");
      IndexDate(cid, x.date, after.empty() ? "open" : after);
    }
    doc_clusters_[x.doc].push_back(cid);
  }

  void IndexDate(size_t cid, const PartialDate& d, const std::string& scope) {
    uint32_t id = b_.scopes.emplace(scope, static_cast<uint32_t>(b_.scopes.size())).first->second;
    for (const auto& g : Generalisations(d)) b_.refined[DateIndexKey(id, g)].push_back(cid);
    b_.exact[DateIndexKey(id, d)].push_back(cid);
  }

  // Clusters of `scope` whose dates `d` can fit: those refining d, and those d refines.
  void ByDate(const std::string& scope, const PartialDate& d, std::vector<size_t>* out) const {
    const Block& b = b_;
    auto scope_it = b.scopes.find(scope);
    if (scope_it == b.scopes.end()) return;  // nothing indexed under it
    uint32_t id = scope_it->second;
    if (auto it = b.refined.find(DateIndexKey(id, d)); it != b.refined.end())
      out->insert(out->end(), it->second.begin(), it->second.end());
    for (const auto& g : Generalisations(d))
      if (auto it = b.exact.find(DateIndexKey(id, g)); it != b.exact.end())
        out->insert(out->end(), it->second.begin(), it->second.end());
  }

  size_t NewCluster(const Claim& x) {
    clusters_.push_back(std::make_unique<Cluster>());
    size_t id = clusters_.size() - 1;
    b_.clusters.push_back(id);
    if (x.date.empty()) b_.undated.push_back(id);
    return id;
  }

  // Clusters of the current block that claim i may join, before the persons/date filters: those
  // its date can fit (by the date index) and the undated ones with the same persons. A claim naming
  // sides only is compatible with every cluster: when the block has two dated clusters it is
  // ambiguous, and the search is skipped.
  std::vector<size_t> Candidates(size_t i, bool* ambiguous) {
    const PartialDate& d = claims_[i].date;
    Block& b = b_;
    *ambiguous = false;
    std::vector<size_t> out;
    std::string sig = Signature(Persons(i));
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
    // Full dates first form the events on their own (AbsorbDissent weighs a "first" that dissents).
    if (IsFirstEver(x) && !x.date.full()) {
      std::vector<size_t> firsts;
      for (size_t c : b_.first_ever) {
        const Cluster& cl = *clusters_[c];
        if (!cl.dead && TypesCompatible(cl.type, x.type) && PersonsCompatible(cl.persons, Persons(i)) &&
            !SameDocDateConflict(cl, i) && NearDates(cl, x.date))
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
      if (!cl.dead && TypesCompatible(cl.type, x.type) && PersonsCompatible(cl.persons, Persons(i)) &&
          DateFits(cl, x.date))
        fit.push_back(c);
    }
    // An undated report of news is not an event long before its article (the only known
    // Putin-Erdogan meeting, in Sochi in 2023, is not the one "Состоялась встреча ..." of July 2024
    // reports): such an event does not fit it at all.
    fit.erase(std::remove_if(fit.begin(), fit.end(), [&](size_t c) { return OutOfItsNews(c, i); }), fit.end());
    // The document's news is not an event it names only as an earlier one (the full list still
    // orders "the second call" below).
    std::vector<size_t> news;
    for (size_t c : fit)
      if (!EarlierInItsDoc(c, i)) news.push_back(c);
    size_t target = SIZE_MAX;
    if (fit.size() == 1 && news.size() == 1) {
      target = fit[0];
    } else if (news.size() == 1 && !(x.ordinal.n >= 2 && x.date.empty())) {
      target = news[0];
    } else if (fit.size() > 1) {
      if (x.date.empty()) {
        std::vector<size_t> dated, undated;
        for (size_t c : news) (clusters_[c]->dates.empty() ? undated : dated).push_back(c);
        if (dated.size() == 1) target = dated[0];
        else if (dated.empty() && undated.size() == 1) target = undated[0];
      } else {
        std::vector<size_t> exact;
        for (size_t c : fit) {
          const auto& ds = clusters_[c]->dates;
          if (std::find(ds.begin(), ds.end(), x.date) != ds.end()) exact.push_back(c);
        }
        if (exact.size() == 1) target = exact[0];
        else if (exact.size() > 1 && !Signature(Persons(i)).empty()) target = Preferred(exact);
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

  // Of several events of the same persons on the claim's exact date (a call and a meeting, and the
  // claim says "talks"; or one whose reports name a side without its person): one that names all
  // its persons, and of those the one more documents report; ties to the earlier. Never a new
  // event: that would invent a third.
  size_t Preferred(const std::vector<size_t>& pool) const {
    size_t best = SIZE_MAX;
    auto key = [&](size_t c) { return std::make_pair(!Signature(clusters_[c]->persons).empty(), clusters_[c]->docs.size()); };
    for (size_t c : pool)
      if (best == SIZE_MAX || key(c) > key(best)) best = c;
    return best;
  }

  // "Putin met Erdogan. The leaders last met in Sochi in September": an event that the claim's own
  // document names only in reference claims is an earlier one, never the document's news.
  // A sentence that goes on about the one before it ("Before that, Austin met Wallace in person. The
  // negotiations were held face-to-face") is of that event, whatever its role.
  bool EarlierInItsDoc(size_t c, size_t i) const {
    const Cluster& cl = *clusters_[c];
    const Claim& x = claims_[i];
    if (x.role == "reference" || !cl.docs.count(x.doc)) return false;
    if (i > 0 && claims_[i - 1].doc == x.doc && s_.cluster_of[i - 1] == c && s_.block_of[i - 1] == id_) return false;
    return !cl.news_docs.count(x.doc);
  }

  // Whether every date of event `c` is more than kNewsDays before the publication of claim `i`'s
  // article (for a planned claim: before its day at all), or after it beyond the publication slack, when
  // `i` is an undated main claim of an article with a known publication day. An event with a date
  // that cannot be placed so (no month, no year) or no date at all stays a candidate.
  bool OutOfItsNews(size_t c, size_t i) const {
    constexpr long kNewsDays = 31, kSlackDays = 3;
    const Claim& x = claims_[i];
    if (!x.date.empty() || x.role == "reference") return false;
    auto it = s_.opt.published.find(x.doc);
    if (it == s_.opt.published.end()) return false;
    auto published = DaysFromEpoch(it->second);
    const auto& ds = clusters_[c]->dates;
    if (!published || ds.empty()) return false;
    for (const PartialDate& d : ds) {
      if (d.year == 0 || d.month == 0) return false;
      // A month counts by its last day when early, by its first when late.
      PartialDate last = d, first = d;
      if (d.day == 0) last.day = DaysInMonth(d.year, d.month), first.day = 1;
      auto a = DaysFromEpoch(first), b = DaysFromEpoch(last);
      if (!a || !b) return false;
      if (x.planned ? *b >= *published : *b >= *published - kNewsDays && *a <= *published + kSlackDays)
        return false;
    }
    return true;
  }

  std::vector<size_t> SameDocInBlock(size_t i) const {
    std::vector<size_t> out;
    auto it = doc_clusters_.find(claims_[i].doc);
    if (it == doc_clusters_.end()) return out;
    for (size_t c : it->second)
      if (PersonsCompatible(clusters_[c]->persons, Persons(i))) out.push_back(c);
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
    if (x.planned) return SIZE_MAX;  // "the next meeting will take place in Turkey" is none of them
    std::vector<size_t> same_doc;
    for (size_t c : pool)
      if (clusters_[c]->docs.count(x.doc) && !EarlierInItsDoc(c, i)) same_doc.push_back(c);
    if (same_doc.size() == 1) return same_doc[0];
    bool nth_ever = x.ordinal.n >= 2 && (x.ordinal.scope.empty() || x.ordinal.scope == "ever") && !x.negated;
    if (!nth_ever) {
      // "This is the second conversation this year": the event of the sentence just before.
      if (i > 0 && claims_[i - 1].doc == x.doc && s_.block_of[i - 1] == id_ && s_.cluster_of[i - 1] != SIZE_MAX &&
          std::find(pool.begin(), pool.end(), s_.cluster_of[i - 1]) != pool.end())
        return s_.cluster_of[i - 1];
      return OfPublicationDay(i, pool);
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

  // A report's undated news ("Состоялась встреча Владимира Путина с Президентом Турции") of the day
  // it was published or the day before: the one event of the pool dated so, when exactly one is.
  // SIZE_MAX otherwise, and for references, negations, plans ("Biden will speak with Putin" is not
  // the call of the day before) and documents without a publication date.
  size_t OfPublicationDay(size_t i, const std::vector<size_t>& pool) const {
    const Claim& x = claims_[i];
    if (!x.date.empty() || x.role == "reference" || !x.ReportsDone()) return SIZE_MAX;
    auto it = s_.opt.published.find(x.doc);
    if (it == s_.opt.published.end()) return SIZE_MAX;
    auto published = DaysFromEpoch(it->second);
    if (!published) return SIZE_MAX;
    size_t found = SIZE_MAX;
    for (size_t c : pool) {
      if (EarlierInItsDoc(c, i)) continue;
      bool near = false;
      for (const auto& d : clusters_[c]->dates) {
        auto day = d.full() ? DaysFromEpoch(d) : std::nullopt;
        near = near || (day && *day <= *published && *day >= *published - 1);
      }
      if (!near) continue;
      if (found != SIZE_MAX) return SIZE_MAX;
      found = c;
    }
    return found;
  }

  // What backs a one-date cluster: its full date, independent origins of its main claims, its
  // documents' publication dates.
  struct Backing {
    size_t cluster;
    long day;
    int independent;
  };

  // A cluster of the block with exactly one full date that fits, and with main claims; nullopt
  // otherwise.
  std::optional<Backing> BackingOf(size_t cid) const {
    const Cluster& cl = *clusters_[cid];
    if (cl.dead || !cl.has_main) return std::nullopt;
    std::vector<PartialDate> full;
    for (const auto& d : cl.dates)
      if (d.full() && std::find(full.begin(), full.end(), d) == full.end()) full.push_back(d);
    if (full.size() != 1) return std::nullopt;
    std::vector<const Claim*> main;
    for (size_t m : cl.members)
      if (claims_[m].role != "reference") main.push_back(&claims_[m]);
    return Backing{cid, *DaysFromEpoch(full[0]), static_cast<int>(IndependentCount(main))};
  }

  // Whether every document of w that has a publication date was published on or after `day`: a
  // report published before a call cannot be a report of it.
  bool PublishedBy(const Cluster& w, long day) const {
    for (const auto& doc : w.docs) {
      auto it = s_.opt.published.find(std::string(doc));
      if (it == s_.opt.published.end()) continue;
      auto p = DaysFromEpoch(it->second);
      if (p && *p < day) return false;
    }
    return true;
  }

  // A date backed by one origin (or by at most half as many as a date nearby) for the same persons
  // and type, at most max_dissent_days from a date with at least twice its independent support and
  // at least two origins, reported by documents that share none with that event and were published
  // after it, is that event reported with a wrong date: linked into it as a dissenting date (a
  // date-conflict finding names the documents). Two dates that both have the support of several
  // independent origins stay two events; so do dates an article reports side by side.
  void AbsorbDissent() {
    if (s_.opt.max_dissent_days <= 0) return;
    std::map<std::string, std::vector<Backing>> by_persons;
    for (size_t c : b_.clusters) {
      std::string sig = Signature(clusters_[c]->persons);
      if (sig.empty()) continue;
      if (auto b = BackingOf(c)) by_persons[sig].push_back(*b);
    }
    for (auto& [sig, list] : by_persons) {
      std::sort(list.begin(), list.end(), [](const Backing& a, const Backing& b) {
        return a.day != b.day ? a.day < b.day : a.cluster < b.cluster;
      });
      // Weakest first, so a report absorbed into a middling date moves on with it.
      std::vector<size_t> order(list.size());
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return list[a].independent < list[b].independent; });
      for (size_t k : order) {
        const Backing& w = list[k];
        Cluster& cw = *clusters_[w.cluster];
        if (cw.dead) continue;
        size_t best = SIZE_MAX;
        bool tie = false;
        for (size_t j = 0; j < list.size(); ++j) {
          const Backing& s = list[j];
          if (j == k || std::labs(s.day - w.day) > s_.opt.max_dissent_days) continue;
          const Cluster& cs = *clusters_[s.cluster];
          // A call one origin reports where several report a meeting of the same persons (or the
          // reverse) is that event with its type misread, like a date: linked as a dissent.
          bool same_type = TypesCompatible(cs.type, cw.type);
          if ((s.day == w.day && same_type) || (!same_type && w.independent != 1)) continue;
          // Two reports of "the first" between the same persons days apart are one event, whatever
          // their support; otherwise the nearby date needs clearly more independent backing.
          bool firsts = same_type && cs.first_ever && cw.first_ever && s.independent >= w.independent;
          if (cs.dead || (!firsts && (s.independent < 2 || s.independent < 2 * w.independent))) continue;
          if (!PersonsCompatible(cs.persons, cw.persons)) continue;
          if (SharesDocument(cs, cw) || !PublishedBy(cw, s.day)) continue;
          if (best == SIZE_MAX) {
            best = j;
            continue;
          }
          const Backing& b = list[best];
          long ds = std::labs(s.day - w.day), db = std::labs(b.day - w.day);
          if (s.independent > b.independent || (s.independent == b.independent && ds < db)) best = j, tie = false;
          else if (s.independent == b.independent && ds == db) tie = true;
        }
        if (best != SIZE_MAX && !tie) Merge(list[best].cluster, w.cluster);
      }
    }
  }

  // Links cluster b into a: b's dates become dissenting dates of a.
  void Merge(size_t a, size_t b) {
    Cluster& ca = *clusters_[a];
    Cluster& cb = *clusters_[b];
    for (size_t m : cb.members) {
      ca.members.push_back(m);
      s_.cluster_of[m] = a;
    }
    MergePersons(&ca.persons, cb.persons);
    std::string sig = Signature(ca.persons);
    for (const auto& d : cb.dates) {
      if (CoreFits(ca, d) || std::find(ca.dissent.begin(), ca.dissent.end(), d) != ca.dissent.end()) continue;
      ca.dissent.push_back(d);
      IndexDate(a, d, "all");
      IndexDate(a, d, sig.empty() ? "open" : sig);
    }
    for (const auto& d : cb.dissent)
      if (std::find(ca.dissent.begin(), ca.dissent.end(), d) == ca.dissent.end()) ca.dissent.push_back(d);
    for (const auto& doc : cb.docs) doc_clusters_[doc].push_back(a);
    ca.docs.insert(cb.docs.begin(), cb.docs.end());
    ca.news_docs.insert(cb.news_docs.begin(), cb.news_docs.end());
    if (cb.first_ever && !ca.first_ever) b_.first_ever.push_back(a);
    ca.first_ever |= cb.first_ever;
    ca.has_main |= cb.has_main;
    ca.min_index = std::min(ca.min_index, cb.min_index);
    if (ca.type == "talks") ca.type = cb.type;
    if (!cb.dates.empty()) --b_.dated;
    cb.dead = true;
  }

  // Across documents: two one-date events of the same persons a day apart that share no document
  // (and have no third event of those persons near) are one event.
  void MergeNearDates(const std::vector<size_t>& ids) {
    if (s_.opt.max_conflict_days <= 0) return;
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
      if (db - da > s_.opt.max_conflict_days || db == da) continue;
      bool isolated = (k == 0 || da - dated[k - 1].first > s_.opt.max_conflict_days) &&
                      (k + 2 >= dated.size() || dated[k + 2].first - db > s_.opt.max_conflict_days);
      Cluster& ca = *clusters_[a];
      Cluster& cb = *clusters_[b];
      if (!isolated || SharesDocument(ca, cb) || !ca.has_main || !cb.has_main || !PersonsCompatible(ca.persons, cb.persons) ||
          !TypesCompatible(ca.type, cb.type))
        continue;
      Merge(a, b);
      ++k;  // b is consumed
    }
  }

  RunState& s_;
  std::vector<Claim>& claims_;
  const uint32_t id_;
  Block b_;
  std::unordered_map<std::string_view, std::vector<size_t>> doc_clusters_;  // document → clusters with its claims
};

class Linker {
 public:
  Linker(std::vector<Claim>* claims, const LinkOptions& opt) : s_(claims, opt), claims_(*claims) {}

  std::vector<Event> Run() {
    std::map<std::string, std::vector<size_t>> blocks;
    std::vector<size_t> sparse;  // fewer than two participants
    s_.cluster_of.assign(claims_.size(), SIZE_MAX);
    s_.block_of.assign(claims_.size(), kNoBlock);
    InternPersons();
    GroupDocuments();
    CompleteFromDocument();
    BlockFinder in_blocks(&blocks);
    for (size_t i = 0; i < claims_.size(); ++i) {
      if (Persons(i).size() < 2) sparse.push_back(i);
      else in_blocks.Of(*this, i).push_back(i);
    }
    ClusterBlocks(blocks, /*one_party=*/false);
    std::map<std::string, std::vector<size_t>> rest;
    BlockFinder in_rest(&rest);
    for (size_t i : sparse)
      if (!AttachToDocumentEvent(i)) in_rest.Of(*this, i).push_back(i);
    ClusterBlocks(rest, /*one_party=*/true);
    return MakeEvents();
  }

 private:
  const PersonsBySide& Persons(size_t i) const { return s_.Persons(i); }

  // Every claim's persons (PersonsOf, read on up to LinkOptions::threads threads in slices of
  // claims), interned in claim order.
  // Each slice first tells its own distinct sets apart (side by side); then, in slice order, each
  // slice's distinct sets are interned in order of first claim, which numbers every set as
  // interning claim after claim would.
  void InternPersons() {
    constexpr size_t kSlice = 4096;
    struct Slice {
      std::vector<PersonsBySide> distinct;  // in order of first claim
      std::vector<uint32_t> local;          // claim → its set in `distinct`
    };
    std::vector<Slice> slices((claims_.size() + kSlice - 1) / kSlice);
    util::ForEachIndex(slices.size(), s_.opt.threads, [&](size_t k) {
      Slice& slice = slices[k];
      std::map<PersonsBySide, uint32_t> seen;
      const size_t end = std::min(claims_.size(), (k + 1) * kSlice);
      slice.local.reserve(end - k * kSlice);
      for (size_t i = k * kSlice; i < end; ++i) {
        PersonsBySide p = PersonsOf(claims_[i]);
        // An article's claims mostly name the persons of the claim before: one comparison, not a lookup.
        if (!slice.local.empty() && slice.distinct[slice.local.back()] == p) {
          slice.local.push_back(slice.local.back());
          continue;
        }
        auto [it, fresh] = seen.emplace(std::move(p), static_cast<uint32_t>(slice.distinct.size()));
        if (fresh) slice.distinct.push_back(it->first);
        slice.local.push_back(it->second);
      }
    });
    s_.persons_of.reserve(claims_.size());
    std::vector<uint32_t> global;
    for (Slice& slice : slices) {
      global.clear();
      for (PersonsBySide& p : slice.distinct) global.push_back(Intern(std::move(p)));
      for (uint32_t l : slice.local) s_.persons_of.push_back(global[l]);
    }
  }

  uint32_t Intern(PersonsBySide&& p) {
    auto [it, fresh] = persons_index_.emplace(std::move(p), static_cast<uint32_t>(s_.persons_table.size()));
    if (fresh) {
      const PersonsBySide& set = it->first;
      s_.persons_table.push_back(&set);
      std::string tokens;
      bool open = false;
      for (const auto& [side, names] : set) {
        tokens += (tokens.empty() ? "" : ",") + side;
        open |= names.empty();
      }
      side_tokens_.push_back(std::move(tokens));
      open_side_.push_back(open);
    }
    return it->second;
  }

  // BlockKey(claim i), from its interned persons (completing a side's persons keeps the sides).
  std::string BlockKeyOf(size_t i) const {
    return TypeFamily(claims_[i].type) + "|" + side_tokens_[s_.persons_of[i]];
  }

  // The member list of claim i's block in a map of blocks by key. The key depends only on the
  // claim's type and interned persons, and a run has few distinct pairs of them: each key is made
  // and looked up in the map once per pair, not once per claim.
  class BlockFinder {
   public:
    explicit BlockFinder(std::map<std::string, std::vector<size_t>>* blocks) : blocks_(*blocks) {}
    std::vector<size_t>& Of(const Linker& l, size_t i) {
      auto [it, fresh] = by_pair_.try_emplace(std::make_pair(l.claims_[i].type.id(), l.s_.persons_of[i]), nullptr);
      if (fresh) it->second = &blocks_[l.BlockKeyOf(i)];
      return *it->second;
    }

   private:
    struct PairHash {
      size_t operator()(const std::pair<const void*, uint32_t>& p) const {
        return std::hash<const void*>()(p.first) ^ (static_cast<size_t>(p.second) * 0x9E3779B97F4A7C15ull);
      }
    };
    std::map<std::string, std::vector<size_t>>& blocks_;
    std::unordered_map<std::pair<const void*, uint32_t>, std::vector<size_t>*, PairHash> by_pair_;
  };

  // A side named without its person ("the Russian defence ministry") in an article that names
  // exactly one person of that side in claims of the same type stands for that person (for linking
  // only; the claim itself is unchanged). One document at a time.
  void CompleteFromDocument() {
    ForEachDocument([&](const size_t* begin, const size_t* end) {
      // Only a claim naming some side without its persons can be completed.
      if (std::none_of(begin, end, [&](size_t i) { return open_side_[s_.persons_of[i]]; })) return;
      std::map<std::string, std::map<std::string, std::set<std::string>>> named;  // family → side → persons
      for (const size_t* i = begin; i != end; ++i)
        for (const auto& [side, persons] : Persons(*i))
          named[TypeFamily(claims_[*i].type)][side].insert(persons.begin(), persons.end());
      for (const size_t* i = begin; i != end; ++i) {
        if (!open_side_[s_.persons_of[*i]]) continue;
        const auto& doc = named[TypeFamily(claims_[*i].type)];
        std::optional<PersonsBySide> completed;
        for (const auto& [side, persons] : Persons(*i)) {
          if (!persons.empty()) continue;
          auto it = doc.find(side);
          if (it == doc.end() || it->second.size() != 1) continue;
          if (!completed) completed = Persons(*i);
          (*completed)[side] = it->second;
        }
        if (completed) s_.persons_of[*i] = Intern(std::move(*completed));
      }
    });
  }

  // The claims of each document, together (doc_order_: claim indexes, grouped by document in order
  // of first claim, kept in input order within one; doc_start_: where each group starts, and its
  // end; doc_group_: claim → its group). A run's claims of one document come one after another:
  // then doc_order_ is the input order.
  void GroupDocuments() {
    bool consecutive = true;
    {
      std::unordered_set<std::string_view> done;
      for (size_t i = 0; i < claims_.size() && consecutive; ++i)
        if (i == 0 || claims_[i].doc != claims_[i - 1].doc) consecutive = done.insert(claims_[i].doc).second;
    }
    doc_order_.resize(claims_.size());
    std::iota(doc_order_.begin(), doc_order_.end(), 0);
    if (!consecutive)
      std::stable_sort(doc_order_.begin(), doc_order_.end(), [&](size_t a, size_t b) { return claims_[a].doc < claims_[b].doc; });
    doc_group_.resize(claims_.size());
    doc_start_.clear();
    for (size_t a = 0, b = 0; a < doc_order_.size(); a = b) {
      for (b = a + 1; b < doc_order_.size() && claims_[doc_order_[b]].doc == claims_[doc_order_[a]].doc; ++b) {
      }
      for (size_t k = a; k < b; ++k) doc_group_[doc_order_[k]] = static_cast<uint32_t>(doc_start_.size());
      doc_start_.push_back(a);
    }
    doc_start_.push_back(doc_order_.size());
  }

  template <typename F>
  void ForEachDocument(F&& f) const {
    for (size_t g = 0; g + 1 < doc_start_.size(); ++g) f(doc_order_.data() + doc_start_[g], doc_order_.data() + doc_start_[g + 1]);
  }

  // Clusters each block (on up to LinkOptions::threads threads, largest blocks first), then takes
  // their clusters in block order: cluster ids are what clustering the blocks one after another, in
  // key order, would give, whatever the thread count.
  void ClusterBlocks(const std::map<std::string, std::vector<size_t>>& blocks, bool one_party) {
    std::vector<const std::vector<size_t>*> members;
    for (const auto& [key, m] : blocks) {
      for (size_t i : m) s_.block_of[i] = next_block_ + static_cast<uint32_t>(members.size());
      members.push_back(&m);
    }
    std::vector<size_t> order(members.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return members[a]->size() > members[b]->size(); });
    std::vector<std::unique_ptr<BlockRun>> runs(members.size());
    util::ForEachIndex(order.size(), s_.opt.threads, [&](size_t k) {
      size_t b = order[k];
      runs[b] = std::make_unique<BlockRun>(&s_, next_block_ + static_cast<uint32_t>(b));
      runs[b]->Run(*members[b], one_party);
    });
    next_block_ += static_cast<uint32_t>(members.size());
    for (auto& run : runs) {
      block_first_.push_back(clusters_.size());
      for (auto& c : run->clusters_) clusters_.push_back(std::move(c));
    }
  }

  // A claim naming fewer than two participants ("the call took place on Friday") belongs to the
  // one event of the same type in its own document that it fits, if there is exactly one.
  // The events of the document are those of its claims placed so far (a claim's cluster is never a
  // dead one: a merge moves the members).
  bool AttachToDocumentEvent(size_t i) {
    const Claim& x = claims_[i];
    std::set<size_t> fit;
    std::vector<size_t> seen;
    uint32_t g = doc_group_[i];
    for (size_t k = doc_start_[g]; k < doc_start_[g + 1]; ++k) {
      size_t j = doc_order_[k];
      if (s_.block_of[j] == kNoBlock || s_.cluster_of[j] == SIZE_MAX) continue;
      size_t c = block_first_[s_.block_of[j]] + s_.cluster_of[j];
      if (std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
      seen.push_back(c);
      const Cluster& cl = *clusters_[c];
      if (cl.dead || !TypesCompatible(cl.type, x.type)) continue;
      bool covered = std::all_of(Persons(i).begin(), Persons(i).end(),
                                 [&](const auto& kv) { return cl.persons.count(kv.first) > 0; });
      if (covered && PersonsCompatible(cl.persons, Persons(i)) && DateFits(cl, x.date)) fit.insert(c);
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
    std::vector<std::vector<const Claim*>> members_of(live.size());
    for (Cluster* c : live) {
      std::sort(c->members.begin(), c->members.end());
      Event e;
      e.id = "E" + std::to_string(events.size() + 1);
      e.type = c->type.empty() ? claims_[c->members[0]].type.str() : c->type;
      std::vector<const Claim*>& members = members_of[events.size()];
      for (size_t m : c->members) {
        claims_[m].event = e.id;
        e.claims.push_back(static_cast<ClaimRef>(m));
        members.push_back(&claims_[m]);
      }
      events.push_back(std::move(e));
    }
    // Each event's summary reads only its own claims.
    util::ForEachIndex(events.size(), s_.opt.threads, [&](size_t k) { Summarise(members_of[k], claims_, &events[k]); });
    return events;
  }

  RunState s_;
  std::vector<Claim>& claims_;
  std::map<PersonsBySide, uint32_t> persons_index_;  // distinct persons sets → their index in persons_table
  std::vector<std::unique_ptr<Cluster>> clusters_;   // of every block, in block order
  std::vector<size_t> block_first_;                  // block → its first cluster in clusters_
  std::vector<std::string> side_tokens_;             // persons index → its sides, "RU,US" (BlockKey's)
  std::vector<bool> open_side_;                      // persons index → names some side without persons
  std::vector<size_t> doc_order_, doc_start_;        // see GroupDocuments
  std::vector<uint32_t> doc_group_;
  uint32_t next_block_ = 0;
};

}  // namespace

std::vector<Event> LinkEvents(std::vector<Claim>* claims, const LinkOptions& options) {
  assert(claims->size() <= std::numeric_limits<ClaimRef>::max());
  for (auto& c : *claims) c.event.clear();
  return Linker(claims, options).Run();
}

}  // namespace crosscheck::link
