#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/tag/mentions.h"
#include "engine/tag/stable_order.h"

using crosscheck::tag::EntityMention;
using crosscheck::tag::StableSortTail;

namespace {
// `written`: a literal (a mention views its text).
EntityMention Mention(uint32_t begin, uint32_t end, std::string_view written) {
  EntityMention m;
  m.tokens = {begin, end};
  m.written = written;
  return m;
}
bool ByBeginLongest(const EntityMention& a, const EntityMention& b) {
  return a.tokens.begin != b.tokens.begin ? a.tokens.begin < b.tokens.begin : a.tokens.end > b.tokens.end;
}
std::vector<std::string> Written(const std::vector<EntityMention>& v) {
  std::vector<std::string> out;
  for (const EntityMention& m : v) out.emplace_back(m.written);
  return out;
}
}  // namespace

TEST_CASE("StableSortTail orders the tail as std::stable_sort does, ties in input order", "[stable_order]") {
  // Emitted out of order, as the entity tagger does: combined offices first, then persons, then sides.
  // "США" and "Сполучених Штатів" both start at token 7 with the same end (a tie kept in input order).
  std::vector<EntityMention> v = {
      Mention(0, 1, "Reuters"),  // before `from`: never moved
      Mention(12, 14, "міністр оборони"), Mention(3, 5, "Ллойдом Остіним"), Mention(7, 8, "США"),
      Mention(3, 4, "Ллойдом"),           Mention(7, 8, "Сполучених Штатів"), Mention(1, 3, "Андрій Білоусов"),
  };
  std::vector<EntityMention> expected = v;
  std::stable_sort(expected.begin() + 1, expected.end(), ByBeginLongest);
  StableSortTail(&v, 1, ByBeginLongest);
  CHECK(Written(v) == Written(expected));
  CHECK(Written(v) == std::vector<std::string>{"Reuters", "Андрій Білоусов", "Ллойдом Остіним", "Ллойдом", "США",
                                               "Сполучених Штатів", "міністр оборони"});
}

TEST_CASE("StableSortTail leaves a sorted or short tail alone", "[stable_order]") {
  std::vector<EntityMention> v = {Mention(2, 3, "Шойгу"), Mention(0, 2, "Lloyd Austin")};
  StableSortTail(&v, 1, ByBeginLongest);  // a tail of one
  CHECK(Written(v) == std::vector<std::string>{"Шойгу", "Lloyd Austin"});
  StableSortTail(&v, 0, ByBeginLongest);
  CHECK(Written(v) == std::vector<std::string>{"Lloyd Austin", "Шойгу"});
}
