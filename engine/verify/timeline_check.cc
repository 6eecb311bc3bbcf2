#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "engine/link/slots.h"
#include "engine/link/support.h"
#include "engine/verify/checks.h"

namespace crosscheck::verify {

namespace {

enum class Order { kBefore, kNotBefore, kUnknown };

// Whether a is strictly before b, judged on the fields both know (a year missing: unknown).
Order Before(const PartialDate& a, const PartialDate& b) {
  if (!a.year || !b.year) return Order::kUnknown;
  if (a.year != b.year) return a.year < b.year ? Order::kBefore : Order::kNotBefore;
  if (!a.month || !b.month) return Order::kUnknown;
  if (a.month != b.month) return a.month < b.month ? Order::kBefore : Order::kNotBefore;
  if (!a.day || !b.day) return Order::kUnknown;
  return a.day < b.day ? Order::kBefore : Order::kNotBefore;
}

// ISO 8601 duration in days, loosely ("P3D", "P1W", "P2M", "P1Y"); 0 when unreadable.
long PeriodDays(const std::string& p) {
  if (p.size() < 3 || p[0] != 'P') return 0;
  long n = 0;
  size_t i = 1;
  for (; i < p.size() && p[i] >= '0' && p[i] <= '9'; ++i) n = n * 10 + (p[i] - '0');
  if (i >= p.size()) return 0;
  switch (p[i]) {
    case 'D': return n;
    case 'W': return n * 7;
    case 'M': return n * 31;
    case 'Y': return n * 366;
  }
  return 0;
}

// Whether earlier event x falls inside the ordinal's scope, counted back from the event date d.
bool InScope(const Ordinal& o, const PartialDate& x, const PartialDate& d) {
  if (o.scope == "year") return x.year && x.year == d.year;
  if (o.scope == "since") {
    PartialDate since = o.since;
    if (!since.year) since.year = since.month > d.month && d.month ? d.year - 1 : d.year;
    return Before(since, x) == Order::kBefore;
  }
  if (o.scope == "period") {
    long days = PeriodDays(o.period);
    auto dx = DaysFromEpoch(x), dd = DaysFromEpoch(d);
    return days > 0 && dx && dd && *dd - *dx <= days;
  }
  return true;  // ever
}

// A claim the linker placed by its ordinal confirms nothing about that ordinal.
bool LinkedByOrdinal(const Claim& c) {
  for (const auto& f : c.flags)
    if (f.code == "linked_by_ordinal") return true;
  return false;
}

// The levels the claims' own wording speaks of: "the second call between Sybiha and Blinken this
// year" counts the persons' calls, "the first call between the defence ministers" the offices'.
// Names (also misspelt) → persons, and offices too when the office is written beside the name
// ("Defence Minister Belousov"); offices and "his counterpart" alone → offices. Empty: no telling.
std::set<std::string> WordedLevels(const std::vector<const Claim*>& claims) {
  std::set<std::string> out;
  for (const Claim* c : claims)
    for (const auto& p : c->participants) {
      if (p.via == "name" || p.via == "misspelling") {
        out.insert("persons");
        if (!p.office.empty()) out.insert("offices");
      } else if (p.via == "office" || p.via == "counterpart") {
        out.insert("offices");
      }
    }
  return out;
}

struct LevelResult {
  std::string level;
  bool checked = false;
  std::vector<size_t> earlier;  // event indices
};

// How many earlier events a finding names (as sides and in its explanation): the latest ones,
// at least the n of an "n-th" — enough to refute it — and never fewer than kShownEarlier. A pair
// that met thirty times before is "30 earlier", not thirty dates.
constexpr size_t kShownEarlier = 5;

size_t ShownEarlier(const LevelResult& r, int n) {
  return std::min(r.earlier.size(), std::max(kShownEarlier, static_cast<size_t>(std::max(n, 0))));
}

std::string DescribeLevel(const LevelResult& r, int n, const std::vector<Event>& events, const std::string& who) {
  int k = static_cast<int>(r.earlier.size());
  std::string verdict = k > n - 1 ? "fails" : k == n - 1 ? "holds" : "is not contradicted";
  std::string s = verdict + " for the " + r.level + " (" + who + ": ";
  if (r.earlier.empty()) return s + "no earlier event in scope)";
  s += std::to_string(k) + " earlier: ";
  size_t shown = ShownEarlier(r, n), from = r.earlier.size() - shown;  // the latest, in date order
  if (from > 0) s += "the latest " + std::to_string(shown) + " ";
  for (size_t i = from; i < r.earlier.size(); ++i)
    s += (i > from ? ", " : "") + events[r.earlier[i]].date.ToIso() + " (" + events[r.earlier[i]].id + ")";
  return s + ")";
}

}  // namespace

void TimelineCheck(const Rule& rule, const CheckContext& ctx, const EventRange& range, std::vector<Finding>* out) {
  const auto& events = ctx.events();
  const std::vector<bool>& echo = ctx.Echoes();
  for (size_t i = range.begin; i < range.end; ++i) {
    const Event& e = events[i];
    if (e.date.empty()) continue;
    // Claims by the ordinal they state.
    std::map<std::string, std::vector<const Claim*>> by_ordinal;
    for (const Claim* c : ctx.Considered(i, rule.check))
      if (c->ordinal.n > 0 && !LinkedByOrdinal(*c)) by_ordinal[link::OrdinalValue(c->ordinal)].push_back(c);
    for (const auto& [value, claims] : by_ordinal) {
      const Ordinal& o = claims[0]->ordinal;
      std::vector<LevelResult> results;
      for (const auto& level : rule.check.levels) {
        LevelResult r{level, false, {}};
        bool persons = level == "persons";
        std::string key = persons ? ctx.PersonsKey(i) : ctx.OfficeKey(i);
        if (key.empty()) continue;
        r.checked = true;
        const auto& same = persons ? ctx.EventsWithPersons(key) : ctx.EventsWithOffices(key);
        for (size_t j : same)
          if (j != i && !echo[j] && Before(events[j].date, e.date) == Order::kBefore && InScope(o, events[j].date, e.date))
            r.earlier.push_back(j);
        std::stable_sort(r.earlier.begin(), r.earlier.end(), [&](size_t a, size_t b) {
          return events[a].date.ToIso() < events[b].date.ToIso();
        });
        results.push_back(std::move(r));
      }
      if (results.empty()) continue;
      // Judged at the levels the wording names (all checked levels when it names none of them); the
      // explanation still says how every level fares.
      std::set<std::string> worded = WordedLevels(claims);
      bool any_worded = std::any_of(results.begin(), results.end(), [&](const LevelResult& r) { return worded.count(r.level) > 0; });
      auto judged = [&](const LevelResult& r) { return !any_worded || worded.count(r.level) > 0; };
      bool contradicted = false, fits = true;
      for (const auto& r : results) {
        if (!judged(r)) continue;
        if (static_cast<int>(r.earlier.size()) > o.n - 1) contradicted = true;
        if (static_cast<int>(r.earlier.size()) != o.n - 1) fits = false;
      }
      bool fire = rule.check.expect == "contradicted" ? contradicted : (fits && o.n >= 2);
      if (!fire) continue;
      Finding f;
      f.values.push_back(ctx.Value(value, claims));
      std::set<size_t> shown;
      std::string explanation, failing;
      for (const auto& r : results) {
        std::string who = r.level == "persons" ? ctx.PersonsKey(i).substr(e.type.size() + 1) : ctx.OfficeKey(i).substr(e.type.size() + 1);
        explanation += (explanation.empty() ? "" : "; ") + DescribeLevel(r, o.n, events, who);
        if (judged(r) && static_cast<int>(r.earlier.size()) > o.n - 1) failing += (failing.empty() ? "" : ", ") + r.level;
        if (!judged(r)) continue;
        for (size_t k = r.earlier.size() - ShownEarlier(r, o.n); k < r.earlier.size(); ++k) {
          size_t j = r.earlier[k];
          if (!shown.insert(j).second) continue;
          f.values.push_back(ctx.EventValue("earlier " + events[j].type + " " + events[j].date.ToIso() + " (" + events[j].id + ")", j));
        }
      }
      f.explanation = "\"" + claims[0]->ordinal.text + "\" (" + value + "): " + explanation;
      ctx.Finish(rule, &e, {{"ordinal", value}, {"level", failing.empty() ? "persons and offices" : failing},
                        {"count", std::to_string(results[0].earlier.size())}}, &f);
      f.consensus = value;
      out->push_back(std::move(f));
    }
  }
}

}  // namespace crosscheck::verify
