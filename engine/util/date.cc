#include "crosscheck/date.h"

#include <charconv>

namespace crosscheck {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && (year == 0 || IsLeap(year))) return 29;  // year unknown: 29 Feb possible
  return kDays[month - 1];
}

bool IsValid(const PartialDate& d) {
  if (d.year < 0 || d.year > 9999) return false;
  if (d.month < 0 || d.month > 12) return false;
  if (d.day < 0 || d.day > 31) return false;
  if (d.day != 0 && d.month != 0 && d.day > DaysInMonth(d.year, d.month)) return false;
  return true;
}

namespace {

// Appends v as printf's "%0<width>d" writes it: zero-padded to `width` characters, sign included.
void AppendPadded(std::string* s, int v, int width) {
  char digits[16];
  char* end = std::to_chars(digits, digits + sizeof digits, v).ptr;
  int n = static_cast<int>(end - digits);
  bool negative = v < 0;
  if (negative) s->push_back('-');
  if (n < width) s->append(width - n, '0');
  s->append(digits + negative, end);
}

}  // namespace

// Formatted by hand: link, verify and report call this for every claim and event (snprintf was a
// visible share of the link stage at 1M claims).
std::string PartialDate::ToIso() const {
  std::string s;
  if (year == 0 && month == 0) return s;
  // The common case (a year of four digits; month and day of at most two) written into a buffer and
  // made a string at once: "2024", "2024-06", "2024-06-25".
  if (year >= 1000 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    char b[10] = {static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
                  static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10)};
    size_t n = 4;
    if (month != 0) {
      b[4] = '-';
      b[5] = static_cast<char>('0' + month / 10);
      b[6] = static_cast<char>('0' + month % 10);
      n = 7;
      if (day != 0) {
        b[7] = '-';
        b[8] = static_cast<char>('0' + day / 10);
        b[9] = static_cast<char>('0' + day % 10);
        n = 10;
      }
    }
    return std::string(b, n);
  }
  s.reserve(10);
  if (year != 0) AppendPadded(&s, year, 4);
  else s += '-';  // "--MM" and "--MM-DD" when the year is unknown
  if (month == 0) return s;
  s += '-';
  AppendPadded(&s, month, 2);
  if (day != 0) {
    s += '-';
    AppendPadded(&s, day, 2);
  }
  return s;
}

std::optional<PartialDate> PartialDate::ParseIso(std::string_view s) {
  PartialDate d;
  auto t = s.find('T');
  if (t != std::string_view::npos) s = s.substr(0, t);
  auto t2 = s.find(' ');
  if (t2 != std::string_view::npos) s = s.substr(0, t2);
  if (s.size() >= 2 && s[0] == '-' && s[1] == '-') {
    s.remove_prefix(2);
    if (s.size() == 2) {
      if (!ParseInt(s, &d.month)) return std::nullopt;
    } else if (s.size() == 5 && s[2] == '-') {
      if (!ParseInt(s.substr(0, 2), &d.month) || !ParseInt(s.substr(3, 2), &d.day)) return std::nullopt;
    } else {
      return std::nullopt;
    }
  } else {
    if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
    if (!ParseInt(s.substr(0, 4), &d.year)) return std::nullopt;
    if (s.size() >= 7 && (s[4] != '-' || !ParseInt(s.substr(5, 2), &d.month))) return std::nullopt;
    if (s.size() == 10 && (s[7] != '-' || !ParseInt(s.substr(8, 2), &d.day))) return std::nullopt;
    if (d.year == 0) return std::nullopt;
  }
  if (d.empty() || !IsValid(d) || (d.month == 0 && d.day != 0)) return std::nullopt;
  if (d.month == 0 && s.size() > 4) return std::nullopt;
  return d;
}

DateVerdict CompareDates(const PartialDate& a, const PartialDate& b) {
  if (a.empty() || b.empty()) return DateVerdict::kUnknown;
  if (a == b) return DateVerdict::kSame;
  bool conflict = (a.year && b.year && a.year != b.year) || (a.month && b.month && a.month != b.month) ||
                  (a.day && b.day && a.day != b.day);
  // A day without a month cannot be compared; a month known on one side only is compatible.
  return conflict ? DateVerdict::kConflicting : DateVerdict::kCompatible;
}

const char* DateVerdictName(DateVerdict v) {
  switch (v) {
    case DateVerdict::kSame: return "same";
    case DateVerdict::kCompatible: return "compatible";
    case DateVerdict::kConflicting: return "conflicting";
    case DateVerdict::kUnknown: return "unknown";
  }
  return "unknown";
}

std::optional<long> DaysFromEpoch(const PartialDate& d) {
  if (!d.full() || !IsValid(d)) return std::nullopt;
  // Howard Hinnant's days_from_civil.
  long y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (d.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

PartialDate FromDaysSinceEpoch(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  PartialDate d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(y + (d.month <= 2 ? 1 : 0));
  return d;
}

int Weekday(const PartialDate& d) {
  auto days = DaysFromEpoch(d);
  if (!days) return -1;
  // 1970-01-01 was a Thursday (3 when Monday = 0).
  long w = (*days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

}  // namespace crosscheck
