// PartialDate: a calendar date that may lack its year, its day, or both ("25 June", "March 2023").
// crosscheck never invents precision: a field the text does not fix stays 0.
#ifndef CROSSCHECK_DATE_H_
#define CROSSCHECK_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

struct PartialDate {
  int year = 0;   // 0: unknown
  int month = 0;  // 1..12, 0: unknown
  int day = 0;    // 1..31, 0: unknown

  bool empty() const { return year == 0 && month == 0 && day == 0; }
  bool full() const { return year != 0 && month != 0 && day != 0; }
  // ISO 8601 as the output contract wants it: "2024-06-25", "2023-03", "2024", "--06-25" (year
  // unknown), "--06" (month only). Empty string for an empty date.
  std::string ToIso() const;
  // Parses what ToIso writes (and "YYYY-MM-DDThh:mm..." by ignoring the time). nullopt when malformed
  // or out of range.
  static std::optional<PartialDate> ParseIso(std::string_view s);

  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// How two partial dates relate: the same value, compatible (one refines the other: 2024-06 vs
// 2024-06-25, --06-25 vs 2024-06-25), or conflicting (some field known on both sides differs).
enum class DateVerdict { kSame, kCompatible, kConflicting, kUnknown };
DateVerdict CompareDates(const PartialDate& a, const PartialDate& b);
const char* DateVerdictName(DateVerdict v);

// Day of week of a full date, 0 = Monday .. 6 = Sunday; -1 when not full or invalid.
int Weekday(const PartialDate& d);
// Days since 1970-01-01 for a full date (proleptic Gregorian); nullopt when not full or invalid.
std::optional<long> DaysFromEpoch(const PartialDate& d);
PartialDate FromDaysSinceEpoch(long days);
int DaysInMonth(int year, int month);
// True when the fields known form a possible calendar date (30 February is not).
bool IsValid(const PartialDate& d);

}  // namespace crosscheck

#endif  // CROSSCHECK_DATE_H_
