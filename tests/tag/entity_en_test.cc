// English name, office and side cases, through the real Analyser + Tagger with the shipped rules.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

using namespace crosscheck::testing;
using crosscheck::tag::EntityKind;

TEST_CASE("en: full names and surnames resolve to lexicon persons", "[entity][en]") {
  auto ms = Entities("U.S. Defense Secretary Lloyd Austin spoke with Andrei Belousov on Tuesday. Austin said the line stays open.", "en");
  auto ids = PersonIds(ms);
  REQUIRE(ids.size() == 3);
  CHECK(ids[0] == "Lloyd Austin");
  CHECK(ids[1] == "Andrei Belousov");
  CHECK(ids[2] == "Lloyd Austin");
  const auto* austin = Find(ms, EntityKind::kPerson, "Lloyd Austin");
  REQUIRE(austin);
  CHECK(austin->match == "exact");
  CHECK(austin->side == "US");
  const auto* surname = Find(ms, EntityKind::kPerson, "Austin said");
  CHECK_FALSE(surname);
}
