// The assembler's per-document context: mentions grouped by the sentence they stand in.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/assemble/draft.h"
#include "fixture.h"

using namespace crosscheck;
using crosscheck::testing::AssembleFixture;

namespace {

// The ids of the entity mentions ctx groups under sentence `s`, in the order given.
std::vector<std::string> EntityIds(const assemble::DocContext& ctx, size_t s) {
  std::vector<std::string> out;
  for (size_t i : ctx.entities[s]) out.push_back(ctx.tagged->entities[i].id);
  return out;
}

}  // namespace

TEST_CASE("Mentions are grouped by sentence, in text order; a sentence without any has none", "[assemble][context]") {
  AssembleFixture f;
  f.Claims("[Кулеба|P:Dmytro Kuleba:UA] провів телефонну розмову з [Блінкеном|P:Antony Blinken:US]. "
           "Сторони обговорили ситуацію на фронті. "
           "Раніше, {25 червня|D:--06-25}, [Кулеба|P:Dmytro Kuleba:UA] говорив з [Бербок|P:Annalena Baerbock:DE].",
           "uk");
  assemble::DocContext ctx = assemble::BuildContext(f.doc(), f.analysis(), f.tagged(), nullptr);
  REQUIRE(ctx.entities.size() == 3);
  CHECK(EntityIds(ctx, 0) == std::vector<std::string>{"Dmytro Kuleba", "Antony Blinken"});
  CHECK(ctx.entities[1].empty());
  CHECK(EntityIds(ctx, 2) == std::vector<std::string>{"Dmytro Kuleba", "Annalena Baerbock"});
  CHECK(ctx.times[0].empty());
  CHECK(ctx.times[1].empty());
  REQUIRE(ctx.times[2].size() == 1);
  CHECK(f.tagged().times[ctx.times[2][0]].tokens.begin > f.tagged().entities[ctx.entities[0][1]].tokens.end);
  CHECK_FALSE(ctx.triggers[0].empty());  // "телефонну розмову"
  CHECK(ctx.cues.size() == 3);
}
