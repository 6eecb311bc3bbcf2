// util::KeyTable: keys found after adding, across the doubling of its slots, and after Clear.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/util/hash.h"
#include "engine/util/key_table.h"

using crosscheck::util::FastHash;
using crosscheck::util::KeyTable;

TEST_CASE("KeyTable finds every key it was given, through growth, and none after Clear", "[util][key_table]") {
  // Keys of a news text in four languages, and numbered variants so the 4 first slots double often.
  std::vector<std::string> keys = {"шойгу", "остін", "белоусов", "austin", "colloquio", "телефонну", "розмову"};
  for (int i = 0; i < 200; ++i) keys.push_back("міністр" + std::to_string(i));
  KeyTable<int> t(4);
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t empty = 0;
    REQUIRE(t.Find(keys[i], FastHash(keys[i]), &empty) == KeyTable<int>::kNone);
    CHECK(t.Add(keys[i], FastHash(keys[i]), empty, static_cast<int>(i)) == i);
  }
  CHECK(t.size() == keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t empty = 0;
    uint32_t e = t.Find(keys[i], FastHash(keys[i]), &empty);
    REQUIRE(e != KeyTable<int>::kNone);
    CHECK(t.at(e).key == keys[i]);
    CHECK(t.at(e).value == static_cast<int>(i));
  }
  size_t empty = 0;
  CHECK(t.Find("шойг", FastHash("шойг"), &empty) == KeyTable<int>::kNone);  // a prefix is another key
  t.Clear();
  CHECK(t.size() == 0);
  CHECK(t.Find("шойгу", FastHash("шойгу"), &empty) == KeyTable<int>::kNone);
}
