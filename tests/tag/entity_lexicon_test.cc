#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>

#include "entity_test_util.h"

using namespace crosscheck::testing;

TEST_CASE("Offices resolve to their holder by date", "[entity][lexicon]") {
  CHECK(HolderOn("ru.defence_minister", "2023-03-15") == "Sergei Shoigu");
  CHECK(HolderOn("ru.defence_minister", "2024-06-25") == "Andrei Belousov");
  CHECK(HolderOn("us.defence_minister", "2024-06-25") == "Lloyd Austin");
  CHECK(HolderOn("us.defence_minister", "2025-03-01") == "Pete Hegseth");
}

// Not a test: `entity_test "[.dump]"` with DUMP_TEXT (and DUMP_LANG) set prints what the tagger finds.
TEST_CASE("dump entities of DUMP_TEXT", "[.dump]") {
  const char* text = std::getenv("DUMP_TEXT");
  const char* lang = std::getenv("DUMP_LANG");
  if (!text) return;
  for (const auto& m : Entities(text, lang ? lang : "en"))
    std::printf("%u-%u kind=%d id=%s side=%s match=%s given=%s fits=%d metonym=%d cands=%zu | %s\n", m.tokens.begin,
                m.tokens.end, static_cast<int>(m.kind), m.id.c_str(), m.side.c_str(), m.match.c_str(),
                m.given_written.c_str(), m.given_fits, m.is_side_metonym, m.candidates.size(), m.written.c_str());
}
