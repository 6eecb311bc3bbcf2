// Shared helpers for the ingest tests: the shipped rules, a loaded Cleaner, temp folders.
#ifndef CROSSCHECK_TESTS_INGEST_INGEST_TEST_UTIL_H_
#define CROSSCHECK_TESTS_INGEST_INGEST_TEST_UTIL_H_

#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "engine/ingest/cleaner.h"

namespace crosscheck::testing {

// The source tree's rules/ folder.
std::string RulesDir();
// A Cleaner with the shipped rules (loaded once).
const ingest::Cleaner& ShippedCleaner();
// Cleans `text` as a .txt (or .html) document with no manifest.
Document CleanText(const std::string& text, bool html = false, const std::string& id = "t");
// The kept text: body spans joined by "\n".
std::string BodyText(const Document& d);
// Whether `needle` lies wholly inside one body span.
bool InBody(const Document& d, const std::string& needle);
// Whether any part of `needle` (its first occurrence in the text) lies inside the body.
bool TouchesBody(const Document& d, const std::string& needle);
// A fresh empty folder under the system temp dir, removed when the test binary exits.
std::string TempDir(const std::string& tag);
void WriteFile(const std::string& path, const std::string& data);

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_INGEST_INGEST_TEST_UTIL_H_
