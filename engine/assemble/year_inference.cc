// Dates the text leaves incomplete.
//  - InheritLeadDates: an undated mention of the article's event (headline, "the conversation")
//    takes the date of the dated mentions of the same event (sides that fit, not a mention of other
//    people), when they all agree on one date.
//  - InferYearsFromOffices: a year fits when every person named held office then (in the office
//    stated, else any office they held) and the stated weekday falls on that date; one fitting year
//    is taken, several leave it open. The article's people together (the "story window") and a claim
//    of the same day with a year settle the rest.
//  - InferYearsFromAnchor: a reference to an earlier event ("the previous one, on 25 June") takes
//    the latest fitting year not after the article's main event.
#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

namespace {

constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2040;

using Intervals = std::vector<std::pair<long, long>>;

// Days a person's tenures cover: in the office stated when the lexicon knows it, else all.
Intervals PersonWindow(const LexiconView& lex, const RawParticipant& p) {
  Intervals all, stated;
  for (const Tenure* t : lex.TenuresOf(p.person)) {
    all.push_back({t->from, t->to});
    if (!p.office.empty() && t->office == p.office) stated.push_back({t->from, t->to});
  }
  return stated.empty() ? all : stated;
}

bool Covers(const Intervals& w, long first, long last, long horizon) {
  for (const auto& [a, b] : w)
    if (a <= last && std::min(b, horizon) >= first) return true;
  return false;
}

// The sides of the draft's participants, sorted and unique (views of atoms: valid for the run). A
// small vector, not a set: InheritLeadDates builds one for every pair of claims it compares.
std::vector<std::string_view> Sides(const Draft& d) {
  std::vector<std::string_view> s;
  for (const auto& p : d.parts)
    if (!p.side.empty()) s.push_back(p.side.view());
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

// Candidate years for the draft's month/day, or nullopt when nothing constrains it.
std::optional<std::set<int>> Candidates(const DocContext& ctx, const Draft& d, const std::vector<Intervals>& extra,
                                        bool* used_weekday) {
  std::vector<Intervals> windows = extra;
  for (const auto& p : d.parts)
    if (p.kind == RawParticipant::Kind::kPerson) {
      Intervals w = PersonWindow(*ctx.lexicon, p);
      if (!w.empty()) windows.push_back(std::move(w));
    }
  if (windows.empty()) return std::nullopt;
  std::set<int> years;
  const PartialDate& md = d.claim.date;
  for (int y = kMinYear; y <= kMaxYear; ++y) {
    PartialDate c{y, md.month, md.day};
    if (!IsValid(c)) continue;
    long first, last;
    if (!DayRange(c, &first, &last)) continue;
    bool ok = true;
    for (const auto& w : windows) ok = ok && Covers(w, first, last, ctx.lexicon->Horizon());
    if (!ok) continue;
    if (d.claim.weekday >= 0 && c.day != 0 && Weekday(c) != d.claim.weekday) {
      *used_weekday = true;
      continue;
    }
    years.insert(y);
  }
  return years;
}

void SetYear(int year, const char* basis, Draft* d) {
  d->claim.date.year = year;
  if (!d->claim.date_end.empty() && d->claim.date_end.year == 0) d->claim.date_end.year = year;
  d->claim.date_basis = basis;
  d->year_open = false;
}

}  // namespace

bool SameEventType(const std::string& a, const std::string& b) {
  auto talkish = [](const std::string& t) { return t == "call" || t == "talks"; };
  return a == b || (talkish(a) && talkish(b));
}

std::vector<int> YearsWhereWeekdayFits(int month, int day, int weekday, int from, int to) {
  std::vector<int> out;
  for (int y = from; y <= to; ++y) {
    PartialDate d{y, month, day};
    if (IsValid(d) && Weekday(d) == weekday) out.push_back(y);
  }
  return out;
}

// Whether two mentions are about other people: they share no person, and name different persons for
// some side ("Wallace holds talks with Ukraine's defence minister" and "Zelensky and Johnson had a
// call on 14 March" share sides, not people).
bool OtherPersons(const Draft& a, const Draft& b) {
  bool differ = false;
  for (const auto& p : a.parts) {
    if (p.kind != RawParticipant::Kind::kPerson || p.side.empty()) continue;
    for (const auto& q : b.parts) {
      if (q.kind != RawParticipant::Kind::kPerson) continue;
      if (q.person == p.person) return false;
      if (q.side == p.side) differ = true;
    }
  }
  return differ;
}

void InheritLeadDates(const DocContext& /*ctx*/, std::vector<Draft>* drafts) {
  for (Draft& d : *drafts) {
    if (d.dropped || d.claim.role != "main" || !d.claim.date.empty()) continue;
    std::vector<std::string_view> mine = Sides(d);
    if (mine.empty()) continue;
    const Draft* source = nullptr;
    bool ambiguous = false;
    for (const Draft& o : *drafts) {
      if (&o == &d || o.dropped || o.claim.role != "main" || !o.has_own_date) continue;
      if (!SameEventType(o.claim.type, d.claim.type)) continue;
      std::vector<std::string_view> theirs = Sides(o);
      bool compatible = std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end()) ||
                        std::includes(mine.begin(), mine.end(), theirs.begin(), theirs.end());
      if (!compatible || OtherPersons(d, o)) continue;
      if (o.list_index >= 0 || !o.claim.date_end.empty()) ambiguous = true;
      if (source && !(source->claim.date == o.claim.date)) ambiguous = true;
      source = &o;
    }
    if (!source || ambiguous) continue;
    d.claim.date = source->claim.date;
    d.claim.date_text = source->claim.date_text;
    d.claim.weekday = source->claim.weekday;
    d.claim.date_basis = source->year_open ? "lead" : "lead";
    d.year_open = source->year_open;
  }
}

void InferYearsFromOffices(const DocContext& ctx, std::vector<Draft>* drafts) {
  if (!ctx.lexicon) return;
  // 1. Each claim by its own people (and weekday).
  std::vector<std::optional<std::set<int>>> cand(drafts->size());
  for (size_t i = 0; i < drafts->size(); ++i) {
    Draft& d = (*drafts)[i];
    if (d.dropped || !d.year_open) continue;
    bool weekday = false;
    cand[i] = Candidates(ctx, d, {}, &weekday);
    if (cand[i] && cand[i]->size() == 1) SetYear(*cand[i]->begin(), weekday ? "weekday+office" : "office", &d);
  }
  // 2. The story window: every person of the article's main claims in office together.
  std::vector<Intervals> story;
  std::set<std::string> seen;
  for (const Draft& d : *drafts) {
    if (d.dropped || d.claim.role != "main") continue;
    for (const auto& p : d.parts)
      if (p.kind == RawParticipant::Kind::kPerson && seen.insert(p.person).second) {
        Intervals w = PersonWindow(*ctx.lexicon, p);
        if (!w.empty()) story.push_back(std::move(w));
      }
  }
  for (size_t i = 0; i < drafts->size() && !story.empty(); ++i) {
    Draft& d = (*drafts)[i];
    if (d.dropped || !d.year_open || d.claim.role != "main") continue;
    bool weekday = false;
    auto c = Candidates(ctx, d, story, &weekday);
    if (c && c->size() == 1) SetYear(*c->begin(), "article-offices", &d);
  }
  // 3. Another claim of the same day with a year.
  for (size_t i = 0; i < drafts->size(); ++i) {
    Draft& d = (*drafts)[i];
    if (d.dropped || !d.year_open || d.claim.date.day == 0) continue;
    for (const Draft& o : *drafts) {
      if (o.dropped || o.year_open || o.claim.date.year == 0) continue;
      if (o.claim.date.month != d.claim.date.month || o.claim.date.day != d.claim.date.day) continue;
      if (cand[i] && !cand[i]->count(o.claim.date.year)) continue;
      SetYear(o.claim.date.year, "same-date", &d);
      break;
    }
  }
}

void InferYearsFromAnchor(const DocContext& ctx, std::vector<Draft>* drafts) {
  const Draft* lead = nullptr;
  for (const Draft& d : *drafts)
    if (!d.dropped && d.claim.role == "main" && d.claim.date.year != 0 && d.claim.date.month != 0) {
      lead = &d;
      break;
    }
  if (!lead) return;
  const PartialDate anchor = lead->claim.date;
  for (Draft& d : *drafts) {
    if (d.dropped || !d.year_open || d.claim.role != "reference") continue;
    std::optional<std::set<int>> c;
    if (ctx.lexicon) {
      bool weekday = false;
      c = Candidates(ctx, d, {}, &weekday);
    }
    for (int y = anchor.year; y >= anchor.year - 10; --y) {
      PartialDate t{y, d.claim.date.month, d.claim.date.day};
      if (!IsValid(t)) continue;
      bool before = t.month < anchor.month || (t.month == anchor.month && (t.day == 0 || anchor.day == 0 || t.day <= anchor.day));
      if (y == anchor.year && !before) continue;
      if (c && !c->count(y)) continue;
      if (d.claim.weekday >= 0 && t.day != 0 && Weekday(t) != d.claim.weekday) continue;
      SetYear(y, "before-main-event", &d);
      break;
    }
  }
}

}  // namespace crosscheck::assemble
