// Resolution of time mentions against what anchors them: the publication date, a stated weekday.
// Never invents precision: a field neither the text nor an anchor fixes stays 0, and `basis` says
// where a year (or a whole relative date) came from.
#ifndef CROSSCHECK_ENGINE_TAG_TIME_RESOLVE_H_
#define CROSSCHECK_ENGINE_TAG_TIME_RESOLVE_H_

#include <optional>
#include <string>
#include <vector>

#include "crosscheck/date.h"
#include "crosscheck/document.h"
#include "engine/tag/mentions.h"

namespace crosscheck::tag {

// A yearless date is taken as the most recent one not after publication plus this many days
// (articles announce events a few days ahead; "25 June" in a story of 24 June is this year's).
inline constexpr int kPublicationSlackDays = 3;

// The years in [from_year, to_year] in which month/day falls on `weekday` (0 = Monday), ascending.
// Friday 12 July in 2020..2026 → {2024}.
std::vector<int> YearsWhereWeekdayFits(int month, int day, int weekday, int from_year, int to_year);

// Re-resolves one mention against `published` (may be absent or partial): clears what an earlier
// resolution derived, then fills the year of yearless dates (basis "publication", or "weekday" when a
// stated weekday rules the publication year out), the date of relative words anchored to publication
// ("вчора" = published - 1; "last Friday"; "this year"), and leaves relative phrases anchored to a
// previous date ("the next day") to ResolveTimes. Idempotent.
void ResolveTime(const std::optional<PartialDate>& published, TimeMention* m);

// ResolveTime for every time mention of `tagged` against doc.published; then a forward day count
// anchored to a previous date ("the next day", "two days later", "через неделю") is counted from the
// month and day of the nearest earlier date mention in the text, when there is one (basis
// "previous"). Without one, and for backward or zero counts ("накануне", "the day before", "the same
// day": often "on the eve of" something else), it stays undated. A day alone (TimeMention::day_only:
// "on the 12th") takes the month of the nearest earlier mention that names one (basis "context") or,
// when the day is not past the publication day, the publication's (basis "publication"); when the
// two differ, or neither is there, its date stays empty.
void ResolveTimes(const Document& doc, TaggedDocument* tagged);
// The same for the mentions of `times` from index `first` on (one document's).
void ResolveTimes(const std::optional<PartialDate>& published, size_t first, std::vector<TimeMention>* times);

// The publication date the text itself gives, when the input did not: a dateline near the top of the
// body ("29 січня, 19:50" → --01-29, *method = "dateline"), or a relative word next to an explicit
// date at the start ("Вчора, 25 червня" → --06-26, *method = "relative"). nullopt when neither.
std::optional<PartialDate> InferPublished(const Document& doc, const TaggedDocument& tagged, std::string* method);

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_TIME_RESOLVE_H_
