#include <catch2/catch.hpp>

#include "crosscheck/date.h"

using crosscheck::CompareDates;
using crosscheck::DateVerdict;
using crosscheck::PartialDate;

TEST_CASE("PartialDate writes the ISO forms of the output contract", "[date]") {
  CHECK(PartialDate{2024, 6, 25}.ToIso() == "2024-06-25");
  CHECK(PartialDate{2023, 3, 0}.ToIso() == "2023-03");
  CHECK(PartialDate{0, 6, 25}.ToIso() == "--06-25");
  CHECK(PartialDate{2022, 0, 0}.ToIso() == "2022");
  CHECK(PartialDate{}.ToIso().empty());
  CHECK(PartialDate{2024, 1, 5}.ToIso() == "2024-01-05");  // zero-padded
  CHECK(PartialDate{987, 12, 31}.ToIso() == "0987-12-31");
  CHECK(PartialDate{0, 12, 0}.ToIso() == "--12");
  CHECK(PartialDate{2024, 0, 7}.ToIso() == "2024");         // a day without its month is not written
  CHECK(PartialDate{0, 0, 7}.ToIso().empty());
  CHECK(PartialDate{12345, 1, 2}.ToIso() == "12345-01-02");  // out of range: as printf writes it
}

TEST_CASE("PartialDate parses what it writes and rejects impossible dates", "[date]") {
  for (const char* s : {"2024-06-25", "2023-03", "--06-25", "2022", "--02"}) {
    auto d = PartialDate::ParseIso(s);
    REQUIRE(d);
    CHECK(d->ToIso() == s);
  }
  CHECK(PartialDate::ParseIso("2024-06-25T14:27:00Z")->ToIso() == "2024-06-25");
  CHECK_FALSE(PartialDate::ParseIso("2023-02-29"));
  CHECK(PartialDate::ParseIso("2024-02-29"));
  CHECK_FALSE(PartialDate::ParseIso("2024-13-01"));
  CHECK_FALSE(PartialDate::ParseIso("June 25"));
  CHECK_FALSE(PartialDate::ParseIso(""));
}

TEST_CASE("Date verdicts are granularity-aware", "[date]") {
  CHECK(CompareDates({2024, 6, 0}, {2024, 6, 25}) == DateVerdict::kCompatible);
  CHECK(CompareDates({0, 6, 25}, {2024, 6, 25}) == DateVerdict::kCompatible);
  CHECK(CompareDates({0, 10, 17}, {2022, 10, 21}) == DateVerdict::kConflicting);
  CHECK(CompareDates({2024, 6, 25}, {2024, 6, 25}) == DateVerdict::kSame);
  CHECK(CompareDates({2023, 3, 0}, {2024, 3, 0}) == DateVerdict::kConflicting);
  CHECK(CompareDates({}, {2024, 3, 0}) == DateVerdict::kUnknown);
}

TEST_CASE("Weekdays of real dates", "[date]") {
  CHECK(crosscheck::Weekday({2024, 7, 12}) == 4);   // Friday
  CHECK(crosscheck::Weekday({2022, 10, 21}) == 4);  // Friday
  CHECK(crosscheck::Weekday({2024, 6, 25}) == 1);   // Tuesday
  CHECK(crosscheck::Weekday({0, 6, 25}) == -1);
  auto d = crosscheck::DaysFromEpoch({2024, 2, 29});
  REQUIRE(d);
  CHECK(crosscheck::FromDaysSinceEpoch(*d + 1) == PartialDate{2024, 3, 1});
}
