// ViewIndex numbers distinct strings by text in order of first insertion, whatever their address,
// up to the count it was sized for.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/util/view_index.h"

using crosscheck::util::ViewIndex;

TEST_CASE("a ViewIndex numbers strings by text in order of first insertion", "[util]") {
  // Document ids of several scripts, each also as a separate copy (same text, other address), and
  // ids that differ only in their last characters or by a prefix.
  std::vector<std::string> ids = {"ru-1", "uk-Київ-7", "ru-10", "ru-1", "", "en-1", "uk-Київ-8", "ru-10"};
  std::vector<std::string> copies = ids;
  ViewIndex index(ids.size());
  std::vector<uint32_t> numbers;
  std::vector<bool> fresh;
  for (const auto& id : ids) {
    bool f;
    numbers.push_back(index.Insert(id, &f));
    fresh.push_back(f);
  }
  CHECK(numbers == std::vector<uint32_t>{0, 1, 2, 0, 3, 4, 5, 2});
  CHECK(fresh == std::vector<bool>{true, true, true, false, true, true, true, false});
  CHECK(index.size() == 6);
  for (size_t i = 0; i < copies.size(); ++i) CHECK(index.Find(copies[i]) == numbers[i]);
  CHECK(index.Find("ru-100") == ViewIndex::kNone);
  CHECK(index.Find("uk-Київ") == ViewIndex::kNone);
}

TEST_CASE("a ViewIndex holds as many keys as it was sized for", "[util]") {
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("d" + std::to_string(i) + "#" + std::to_string(i % 7));
  ViewIndex index(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    bool f;
    REQUIRE(index.Insert(keys[i], &f) == i);
    REQUIRE(f);
  }
  for (size_t i = 0; i < keys.size(); ++i) CHECK(index.Find(std::string(keys[i])) == i);
  CHECK(index.Find("d5000#2") == ViewIndex::kNone);
}
