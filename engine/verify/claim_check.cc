#include <algorithm>
#include <map>
#include <span>
#include <string_view>
#include <unordered_map>

#include "engine/link/slots.h"
#include "engine/link/support.h"
#include "engine/verify/checks.h"

namespace crosscheck::verify {

namespace {

// Day of a non-leap reference year (1..365) for a month-day; 0 when the day is unknown.
int DayOfYear(int month, int day) {
  static const int kStart[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  return month ? kStart[month - 1] + (day ? day : 1) : 0;
}

const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// Claims of one event grouped by document, in order of first claim. A document's claims usually
// come one after another (the run lists each document's claims together, and an event's claims are
// in input order): then each group is a run of `claims` itself and nothing is copied. Otherwise the
// claims are regrouped into *storage and the groups are runs of it. Documents are compared by
// number (CheckContext::DocOf), not by id.
std::vector<std::span<const Claim* const>> ByDoc(const CheckContext& ctx, const std::vector<const Claim*>& claims,
                                                 std::vector<const Claim*>* storage) {
  std::vector<std::span<const Claim* const>> out;
  std::vector<uint32_t> docs;  // of the runs
  bool increasing = true;      // then no document has two runs
  for (size_t a = 0, b = 0; a < claims.size(); a = b) {
    const uint32_t doc = ctx.DocOf(*claims[a]);
    for (b = a + 1; b < claims.size() && ctx.DocOf(*claims[b]) == doc; ++b) {
    }
    out.emplace_back(claims.data() + a, b - a);
    increasing &= docs.empty() || docs.back() < doc;
    docs.push_back(doc);
  }
  if (increasing) return out;
  std::sort(docs.begin(), docs.end());
  if (std::adjacent_find(docs.begin(), docs.end()) == docs.end()) return out;
  // Some document's claims are split by another's: group them by document.
  std::vector<std::vector<const Claim*>> groups;
  std::unordered_map<uint32_t, size_t> index;
  for (const Claim* c : claims) {
    auto [it, fresh] = index.emplace(ctx.DocOf(*c), groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(c);
  }
  storage->clear();
  for (const auto& g : groups) storage->insert(storage->end(), g.begin(), g.end());
  out.clear();
  size_t at = 0;
  for (const auto& g : groups) {
    out.emplace_back(storage->data() + at, g.size());
    at += g.size();
  }
  return out;
}

Finding Make(const CheckContext& ctx, const std::string& value, const std::vector<const Claim*>& claims) {
  Finding f;
  f.values.push_back(ctx.Value(value, claims));
  return f;
}

void AfterPublicationOne(const Rule& rule, const CheckContext& ctx, const Event& e,
                         std::span<const Claim* const> claims, std::vector<Finding>* out) {
  auto pub = ctx.Published(*claims[0]);
  if (!pub) return;
  std::vector<const Claim*> late;
  for (const Claim* c : claims) {
    // A date read off the publication date ("yesterday") cannot contradict it. One whose year only was
    // taken from it ("July 12" in an article of July 10) can: the nearer reading put it after.
    if (c->date.empty() || c->date_basis == "relative") continue;
    if (AfterPublication(c->date, *pub, rule.check.max_days_ahead)) late.push_back(c);
  }
  if (late.empty()) return;
  Finding f = Make(ctx, late[0]->date.ToIso(), late);
  f.explanation = "dated " + late[0]->date.ToIso() + ", after the article's publication date " + pub->ToIso();
  if (pub->year == 0 || late[0]->date.year == 0 || late[0]->date_basis == "publication")
    f.explanation += " (same year assumed: the nearer reading)";
  ctx.Finish(rule, &e, {{"date", late[0]->date.ToIso()}, {"published", pub->ToIso()}}, &f);
  out->push_back(std::move(f));
}

void WeekdayOne(const Rule& rule, const CheckContext& ctx, const Event& e, std::span<const Claim* const> claims, std::vector<Finding>* out) {
  std::vector<const Claim*> bad;
  std::string why;
  for (const Claim* c : claims) {
    bool flagged = false;
    for (const auto& fl : c->flags)
      if (fl.code == "weekday_mismatch") flagged = true, why = fl.detail;
    int actual = Weekday(c->date);
    if (c->weekday >= 0 && c->weekday < 7 && actual >= 0 && actual != c->weekday) {
      flagged = true;
      why = c->date.ToIso() + " is a " + kWeekdays[actual] + ", not a " + kWeekdays[c->weekday];
    }
    if (flagged) bad.push_back(c);
  }
  if (bad.empty()) return;
  Finding f = Make(ctx, bad[0]->date.ToIso(), bad);
  f.explanation = why;
  std::string wd = bad[0]->weekday >= 0 && bad[0]->weekday < 7 ? kWeekdays[bad[0]->weekday] : "";
  ctx.Finish(rule, &e, {{"date", bad[0]->date.ToIso()}, {"weekday", wd}}, &f);
  out->push_back(std::move(f));
}

// `e` null: claims linked to no event, described by their own type and participants.
void FlagOne(const Rule& rule, const CheckContext& ctx, const Event* e, std::span<const Claim* const> claims, std::vector<Finding>* out) {
  for (const auto& code : rule.check.flags) {
    std::vector<const Claim*> hit;
    std::string detail;
    for (const Claim* c : claims)
      for (const auto& fl : c->flags)
        if (fl.code == code) {
          if (hit.empty() || hit.back() != c) hit.push_back(c);
          if (detail.empty()) detail = fl.detail;
        }
    if (hit.empty()) continue;
    std::string value = link::SlotValueOf(*hit[0], rule.check.slot);
    Finding f = Make(ctx, value.empty() ? code : value, hit);
    f.explanation = code + (detail.empty() ? "" : ": " + detail);
    std::map<std::string, std::string> vars = {{"flag", detail.empty() ? code : detail}, {"date", hit[0]->date.ToIso()}};
    if (!e) {
      const Claim& c = *hit[0];
      std::string names;
      for (const auto& p : c.participants) names += (names.empty() ? "" : " and ") + (p.name.empty() ? p.written : p.name.str());
      vars["event"] = "the " + (c.type.empty() ? std::string("event") : c.type.str()) + (names.empty() ? "" : " between " + names) +
                      " reported in " + c.doc + " (linked to no event)";
    }
    ctx.Finish(rule, e, std::move(vars), &f);
    out->push_back(std::move(f));
  }
}

}  // namespace

bool AfterPublication(const PartialDate& ev, const PartialDate& pub, int max_days) {
  if (ev.month == 0 || pub.month == 0) {
    // Years only: later year.
    return ev.year && pub.year && ev.year > pub.year;
  }
  if (ev.year && pub.year) {
    if (ev.year != pub.year) return ev.year > pub.year;
    if (ev.day && pub.day) return *DaysFromEpoch(ev) - *DaysFromEpoch(pub) > max_days;
    return ev.month > pub.month;
  }
  // A year unknown: the nearer reading, i.e. forward by at most half a year.
  if (!ev.day || !pub.day) {
    int diff = ((ev.month - pub.month) % 12 + 12) % 12;
    return diff > 0 && diff <= 6;
  }
  int diff = ((DayOfYear(ev.month, ev.day) - DayOfYear(pub.month, pub.day)) % 365 + 365) % 365;
  return diff > max_days && diff <= 182;
}

void ClaimCheck(const Rule& rule, const CheckContext& ctx, const EventRange& range, std::vector<Finding>* out) {
  const auto& events = ctx.events();
  std::vector<const Claim*> storage;  // ByDoc's, when it must regroup
  for (size_t i = range.begin; i < range.end; ++i) {
    auto claims = ctx.Considered(i, rule.check);
    if (claims.empty()) continue;
    for (const auto& dc : ByDoc(ctx, claims, &storage)) {
      if (rule.check.type == "after_publication") AfterPublicationOne(rule, ctx, events[i], dc, out);
      else if (rule.check.type == "weekday") WeekdayOne(rule, ctx, events[i], dc, out);
      else FlagOne(rule, ctx, &events[i], dc, out);
    }
  }
  if (rule.check.type != "flag" || !range.unlinked) return;
  auto unlinked = ctx.ConsideredUnlinked(rule.check);
  for (const auto& dc : ByDoc(ctx, unlinked, &storage)) FlagOne(rule, ctx, nullptr, dc, out);
}

}  // namespace crosscheck::verify
