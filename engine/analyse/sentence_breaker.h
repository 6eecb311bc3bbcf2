// Sentence boundaries in one body span: ICU's sentence BreakIterator (root rules, asked only around
// terminators: icu_breaks.h), corrected two ways:
//  - no boundary after an abbreviation from rules/analyse/abbreviations.json ("ген.", "т. зв.",
//    "sig.", "Gen.", "U.S.") or after a one-letter initial ("J. Biden", "Л. Остін");
//  - a line break always ends a sentence (a headline never runs into the next paragraph), unless
//    the line ends with a comma, or does not end a sentence and the next line starts in lower case
//    ("Вчора, 25 червня,\nвідбулися ..."; "... war against Ukraine\n- explained the spokesperson").
#ifndef CROSSCHECK_ENGINE_ANALYSE_SENTENCE_BREAKER_H_
#define CROSSCHECK_ENGINE_ANALYSE_SENTENCE_BREAKER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace crosscheck::analyse {

// Abbreviation keys: folded, spaces removed, without the final dot ("т. зв." → "т.зв").
using AbbreviationSet = std::unordered_set<std::string>;
std::string AbbreviationKey(std::string_view written);

// Appends to `ends` the end offset (relative to `text`, exclusive, after trailing white space) of
// every sentence in `text`, in order; the last is text.size(). `abbrev` may be null. Thread-safe:
// each thread uses its own ICU iterator and buffers.
void SentenceEnds(std::string_view text, const AbbreviationSet* abbrev, std::vector<uint32_t>* ends);

}  // namespace crosscheck::analyse

#endif  // CROSSCHECK_ENGINE_ANALYSE_SENTENCE_BREAKER_H_
