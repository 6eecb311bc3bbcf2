#include <catch2/catch.hpp>

#include "entity_test_util.h"

using namespace crosscheck::testing;

TEST_CASE("Offices resolve to their holder by date", "[entity][lexicon]") {
  CHECK(HolderOn("ru.defence_minister", "2023-03-15") == "Sergei Shoigu");
  CHECK(HolderOn("ru.defence_minister", "2024-06-25") == "Andrei Belousov");
  CHECK(HolderOn("us.defence_minister", "2024-06-25") == "Lloyd Austin");
  CHECK(HolderOn("us.defence_minister", "2025-03-01") == "Pete Hegseth");
}
