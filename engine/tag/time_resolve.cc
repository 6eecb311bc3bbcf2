#include "engine/tag/time_resolve.h"

#include <algorithm>

namespace crosscheck::tag {

namespace {

// Day arithmetic on a month/day whose year may be unknown: a stand-in year keeps month lengths
// right (2000 is leap, so 29 February survives; 2001 otherwise) and the result's year stays 0.
std::optional<PartialDate> AddDays(const PartialDate& d, int days) {
  if (d.month == 0 || d.day == 0) return std::nullopt;
  PartialDate x = d;
  if (x.year == 0) x.year = (d.month == 2 && d.day == 29) ? 2000 : 2001;
  auto n = DaysFromEpoch(x);
  if (!n) return std::nullopt;
  PartialDate r = FromDaysSinceEpoch(*n + days);
  if (d.year == 0) r.year = 0;
  return r;
}

// The year that puts month/day (day 0: the month) most recently at or before publication + slack.
int MostRecentYear(int month, int day, const PartialDate& pub) {
  if (pub.year == 0) return 0;
  if (pub.month == 0) return pub.year;
  for (int y = pub.year + 1; y >= pub.year - 8; --y) {
    if (day == 0) {
      if (y * 12 + month <= pub.year * 12 + pub.month) return y;
      continue;
    }
    PartialDate c{y, month, day};
    if (!IsValid(c)) continue;
    PartialDate limit = pub;
    if (limit.day == 0) limit.day = DaysInMonth(limit.year, limit.month);
    auto a = DaysFromEpoch(c), b = DaysFromEpoch(limit);
    if (a && b && *a <= *b + kPublicationSlackDays) return y;
  }
  return pub.year;
}

bool WholeDateDerived(const TimeMention& m) {
  return m.kind == TimeKind::kRelative || m.kind == TimeKind::kWeekday ||
         ((m.kind == TimeKind::kYear || m.kind == TimeKind::kMonth) &&
          (m.relative_unit == "year" || m.relative_unit == "month"));
}

void ResolveDerived(const PartialDate& pub, TimeMention* m) {
  if (m->relative_anchor != "publication") return;  // "previous": the assembler's
  if (m->relative_unit == "day" && m->relative_days != INT_MIN) {
    if (auto d = AddDays(pub, m->relative_days)) {
      m->date = *d;
      m->basis = "publication";
    }
  } else if (m->relative_unit == "month" && pub.year != 0 && pub.month != 0) {
    int ym = pub.year * 12 + (pub.month - 1) + m->relative_count;
    m->date = {ym / 12, ym % 12 + 1, 0};
    m->basis = "publication";
  } else if (m->relative_unit == "year" && pub.year != 0) {
    m->date = {pub.year + m->relative_count, 0, 0};
    m->basis = "publication";
  } else if (m->kind == TimeKind::kWeekday && m->weekday >= 0 && pub.full()) {
    int wd = Weekday(pub);
    if (wd < 0) return;
    int delta;
    if (m->relative_count > 0) {  // next Friday: the first after publication
      delta = (m->weekday - wd + 7) % 7;
      if (delta == 0) delta = 7;
    } else {  // (last) Friday: the latest on (before) publication
      delta = -((wd - m->weekday + 7) % 7);
      if (delta == 0 && m->relative_count < 0) delta = -7;
    }
    if (auto d = AddDays(pub, delta)) {
      m->date = *d;
      m->basis = "publication";
    }
  }
}

// Whether `d` lies within kRecentDays before the publication date (or the slack after it).
bool Recent(const PartialDate& d, const PartialDate& pub) {
  constexpr long kRecentDays = 31;
  if (!pub.full()) return false;
  auto a = DaysFromEpoch(d), b = DaysFromEpoch(pub);
  return a && b && *a <= *b + kPublicationSlackDays && *a >= *b - kRecentDays;
}

// Year of a date the text gives without one.
void ResolveYear(const PartialDate& pub, PartialDate* d, int weekday, int year_offset, std::string* basis) {
  if (d->month == 0 || pub.year == 0) return;
  if (year_offset != INT_MIN) {
    d->year = pub.year + year_offset;
    *basis = "publication";
    return;
  }
  int y = MostRecentYear(d->month, d->day, pub);
  if (y == 0) return;
  *basis = "publication";
  const PartialDate dated{y, d->month, d->day};
  if (weekday >= 0 && d->day != 0 && Weekday(dated) != weekday && !Recent(dated, pub)) {
    // The stated weekday rules that year out: the latest year before it where the date fits. Not
    // for a date of the last few weeks before publication: "on Monday, July 12" in an article of
    // 13 July 2024 is yesterday's news with a wrong weekday (an anomaly to report), not 2021's.
    auto fits = YearsWhereWeekdayFits(d->month, d->day, weekday, y - 6, y);
    if (!fits.empty()) {
      y = fits.back();
      *basis = "weekday";
    }
  }
  d->year = y;
}

// A day alone ("on the 12th", "12-го числа") takes the month of the nearest mention before it that
// names one ("In July ... on the 12th"), or the publication's when the day is not past the
// publication day ("on the 12th" in an article of 13 July). When both offer a month and they differ,
// or neither does, the day stays open: a wrong month would make a false contradiction.
void ResolveDays(const std::optional<PartialDate>& published, size_t first, std::vector<TimeMention>* times) {
  const PartialDate* named = nullptr;
  for (size_t i = first; i < times->size(); ++i) {  // in text order
    TimeMention& m = (*times)[i];
    if (m.day_only == 0) {
      if (m.date.month != 0 && !WholeDateDerived(m)) named = &m.date;
      continue;
    }
    std::optional<PartialDate> from_pub, from_text;
    if (published && published->month != 0 && published->day != 0 && m.day_only <= published->day)
      from_pub = PartialDate{published->year, published->month, m.day_only};
    if (named) from_text = PartialDate{named->year, named->month, m.day_only};
    if (from_pub && from_text &&
        (from_pub->month != from_text->month || (from_text->year != 0 && from_pub->year != from_text->year)))
      continue;
    const std::optional<PartialDate>& d = from_text ? from_text : from_pub;
    if (!d || !IsValid(*d)) continue;
    m.date = *d;
    m.basis = from_text ? "context" : "publication";
  }
}

bool Before(const PartialDate& a, const PartialDate& b) {
  return a.month != b.month ? a.month < b.month : a.day < b.day;
}

}  // namespace

std::vector<int> YearsWhereWeekdayFits(int month, int day, int weekday, int from_year, int to_year) {
  std::vector<int> out;
  for (int y = from_year; y <= to_year; ++y) {
    PartialDate d{y, month, day};
    if (IsValid(d) && Weekday(d) == weekday) out.push_back(y);
  }
  return out;
}

void ResolveTime(const std::optional<PartialDate>& published, TimeMention* m) {
  if (m->day_only != 0) {  // its month comes from the other mentions (ResolveDays)
    m->date = {};
    m->basis.clear();
    return;
  }
  // Forget what an earlier resolution derived.
  if (WholeDateDerived(*m)) {
    m->date = {};
    m->end = {};
    m->basis.clear();
  } else if (!m->year_explicit) {
    m->date.year = 0;
    m->end.year = 0;
    for (auto& d : m->list) d.year = 0;
    m->basis.clear();
  } else {
    m->basis = "explicit";
  }
  if (!published || published->empty()) return;
  const PartialDate& pub = *published;
  if (WholeDateDerived(*m)) {
    ResolveDerived(pub, m);
    return;
  }
  if (m->year_explicit) return;
  int year_offset = m->relative_unit == "year" && m->relative_anchor == "publication" ? m->relative_count : INT_MIN;
  if (m->kind == TimeKind::kRange) {
    // The end is the most recent; the start falls in the same year unless it lies after the end.
    ResolveYear(pub, &m->end, -1, year_offset, &m->basis);
    if (m->end.year != 0 && m->date.month != 0) {
      m->date.year = Before(m->end, m->date) ? m->end.year - 1 : m->end.year;
    } else {
      ResolveYear(pub, &m->date, m->weekday, year_offset, &m->basis);
    }
    return;
  }
  if (m->kind == TimeKind::kList) {
    for (auto& d : m->list) ResolveYear(pub, &d, -1, year_offset, &m->basis);
    if (!m->list.empty()) m->date = m->list.front();
    return;
  }
  ResolveYear(pub, &m->date, m->weekday, year_offset, &m->basis);
}

void ResolveTimes(const Document& doc, TaggedDocument* tagged) { ResolveTimes(doc.published, 0, &tagged->times); }

void ResolveTimes(const std::optional<PartialDate>& published, size_t first, std::vector<TimeMention>* times) {
  bool days = false;
  for (size_t i = first; i < times->size(); ++i) {
    ResolveTime(published, &(*times)[i]);
    days |= (*times)[i].day_only != 0;
  }
  if (days) ResolveDays(published, first, times);
  // Only forward counts: "the day before", "накануне", "on the same day" also open "on the eve of the
  // resignation", "the day before the summit", "the same day as X" — dates of something else.
  auto counts_forward = [](const TimeMention& m) {
    return m.relative_anchor == "previous" && m.relative_unit == "day" && m.relative_days > 0;  // not INT_MIN
  };
  if (std::none_of(times->begin() + static_cast<std::ptrdiff_t>(first), times->end(), counts_forward)) return;
  std::vector<TimeMention*> order;
  order.reserve(times->size() - first);
  for (size_t i = first; i < times->size(); ++i) order.push_back(&(*times)[i]);
  std::stable_sort(order.begin(), order.end(),
                   [](const TimeMention* a, const TimeMention* b) { return a->span.start < b->span.start; });
  const PartialDate* last = nullptr;  // the month and day (year if known) of the nearest earlier date
  for (TimeMention* m : order) {
    if (m->relative_anchor == "previous") {
      if (!counts_forward(*m) || !last) continue;
      if (auto d = AddDays(*last, m->relative_days)) {
        m->date = *d;
        m->basis = "previous";
        last = &m->date;  // "The next day ... Two days later": counted on from it
      }
      continue;
    }
    if ((m->kind == TimeKind::kDate || m->kind == TimeKind::kWeekday) && m->date.month != 0 && m->date.day != 0)
      last = &m->date;
  }
}

namespace {

// Byte offset past which a date no longer counts as "at the top": the end of the second line of
// prose (a line of 200+ bytes) after the start of the body, and never less than 400 bytes.
size_t TopLimit(const Document& doc) {
  size_t start = doc.body.empty() ? 0 : doc.body.front().start;
  size_t prose = 0, pos = start;
  const std::string& t = doc.text;
  while (pos < t.size()) {
    size_t nl = t.find('\n', pos);
    if (nl == std::string::npos) nl = t.size();
    if (nl - pos >= 200 && ++prose == 2) return std::max(nl, start + 400);
    pos = nl + 1;
  }
  return t.size();
}

}  // namespace

std::optional<PartialDate> InferPublished(const Document& doc, const TaggedDocument& tagged, std::string* method) {
  // A dateline anywhere in the top wins over a relative date before it (the page's own timestamp is
  // the better evidence than "yesterday, 8 October" in the lead).
  size_t limit = TopLimit(doc);
  std::optional<PartialDate> relative;
  for (const TimeMention& m : tagged.times) {
    if (m.span.start > limit) break;
    if (m.kind == TimeKind::kDateline && m.date.month != 0 && m.date.day != 0) {
      PartialDate d = m.date;
      if (!m.year_explicit) d.year = 0;
      if (method) *method = "dateline";
      return d;
    }
    if (!relative && m.kind == TimeKind::kDate && m.relative_anchor == "publication" && m.relative_unit == "day" &&
        m.relative_days != INT_MIN && m.date.month != 0 && m.date.day != 0) {
      PartialDate d = m.date;
      if (!m.year_explicit) d.year = 0;
      relative = AddDays(d, -m.relative_days);
    }
  }
  if (relative && method) *method = "relative";
  return relative;
}

}  // namespace crosscheck::tag
