// Helpers for the time tagger tests: run the real Analyser + Tagger with the shipped rules on a
// sentence and describe each time mention compactly ("date 2024-06-25", "range --07-09..--07-11").
#ifndef CROSSCHECK_TESTS_TAG_TIME_TEST_UTIL_H_
#define CROSSCHECK_TESTS_TAG_TIME_TEST_UTIL_H_

#include <optional>
#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "engine/tag/mentions.h"

namespace crosscheck::testing {

Document MakeDoc(const std::string& text, const std::string& lang, const std::string& published = "");
tag::TaggedDocument TagDoc(const Document& doc);
// "<kind> <date>" plus "..<end>" (range), "[a b c]" (list), " wd=N" (stated weekday), " day=N" (a day
// alone, its month from the context),
// " rel=<unit><count>@<anchor>" (relative), " basis=<basis>" when resolved by an anchor.
std::string Describe(const tag::TimeMention& m);
// Every time mention of `text`, described.
std::vector<std::string> Times(const std::string& text, const std::string& lang, const std::string& published = "");
// The first mention's description, or "" when none.
std::string First(const std::string& text, const std::string& lang, const std::string& published = "");

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_TAG_TIME_TEST_UTIL_H_
