#include <catch2/catch.hpp>

#include "engine/tag/name_index.h"

using crosscheck::tag::BoundedDistance;
using crosscheck::tag::NameIndex;

TEST_CASE("Edit distance is exact within the limit and over it beyond", "[names]") {
  CHECK(BoundedDistance("belousov", "bielousov", 2) == 1);
  CHECK(BoundedDistance("shoigu", "shoig", 1) == 1);
  CHECK(BoundedDistance("lecornu", "lecorny", 1) == 1);
  CHECK(BoundedDistance("zelensky", "zelenskyy", 2) == 1);
  CHECK(BoundedDistance("blinken", "blyen", 2) > 2);  // three edits
  CHECK(BoundedDistance("austin", "austin", 1) == 0);
  CHECK(BoundedDistance("sunak", "sanuk", 2) == 2);
  CHECK(BoundedDistance("sunak", "sanuk", 1) > 1);
  CHECK(BoundedDistance("macron", "cameron", 2) > 2);
  CHECK(BoundedDistance("meloni", "melon", 1) == 1);
  CHECK(BoundedDistance("", "", 1) == 0);
}

TEST_CASE("A surname misspelt by one edit finds its person, also after the index grows", "[names]") {
  NameIndex idx;
  idx.Add("belousov", 7);
  NameIndex::Hit hit;
  idx.Lookup("bielousov", &hit);
  CHECK(hit.distance == 1);
  CHECK(hit.persons == std::vector<uint32_t>{7});
  idx.Lookup("pelosi", &hit);
  CHECK(hit.distance == -1);
  CHECK(hit.persons.empty());
  // Another person whose key is nearer: the same lookup now answers with it.
  idx.Add("bielousov", 9);
  idx.Lookup("bielousov", &hit);
  CHECK(hit.distance == 0);
  CHECK(hit.persons == std::vector<uint32_t>{9});
  NameIndex other;  // a second index on the same thread knows nothing of the first
  other.Lookup("bielousov", &hit);
  CHECK(hit.distance == -1);
}

TEST_CASE("A four-letter surname is found only as written in another script, never one edit off", "[names]") {
  NameIndex idx;
  idx.Add("gang", 3);  // Qin Gang (Цинь Ган)
  idx.Add("lecornu", 5);
  NameIndex::Hit hit;
  idx.Lookup("gang", &hit);
  CHECK(hit.distance == 0);
  CHECK(hit.persons == std::vector<uint32_t>{3});
  idx.Lookup("gaag", &hit);  // "в Гааге" (The Hague), its case ending stripped
  CHECK(hit.distance == -1);
  idx.Lookup("lecorny", &hit);  // five letters and more still allow one edit
  CHECK(hit.distance == 1);
  CHECK(hit.persons == std::vector<uint32_t>{5});
}
