// Shared fixture for the entity tests: the shipped rules loaded once, and a helper that runs a
// sentence through the real Analyser and Tagger.
#ifndef CROSSCHECK_TESTS_TAG_ENTITY_TEST_UTIL_H_
#define CROSSCHECK_TESTS_TAG_ENTITY_TEST_UTIL_H_

#include <string>
#include <vector>

#include "engine/tag/entity_tagger.h"
#include "engine/tag/mentions.h"
#include "engine/tag/tagger.h"

namespace crosscheck::testing {

// The Tagger with the shipped rules (CROSSCHECK_SOURCE_DIR/rules), loaded on first use.
const tag::Tagger& ShippedTagger();
const tag::Lexicon& ShippedLexicon();

// Entity mentions of `text` read as a document in `lang`.
std::vector<tag::EntityMention> Entities(const std::string& text, const std::string& lang);

// The first mention of `kind` whose written text contains `written` (nullptr when none).
const tag::EntityMention* Find(const std::vector<tag::EntityMention>& ms, tag::EntityKind kind,
                               const std::string& written);
// The person ids found, in order.
std::vector<std::string> PersonIds(const std::vector<tag::EntityMention>& ms);

// The single holder id of `office` at `iso` date, "" when none or several.
std::string HolderOn(const std::string& office, const std::string& iso);

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_TAG_ENTITY_TEST_UTIL_H_
