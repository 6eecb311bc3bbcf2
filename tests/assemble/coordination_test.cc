// Two event words of one sentence joined by "and then" / "e poi" / "а потім" / "а затем", with one
// subject: two claims, each with the subject and the people of its own clause, both dated by the
// sentence. One event word with several people stays one claim.
#include <catch2/catch.hpp>

#include "assemble/fixture.h"

using crosscheck::testing::AssembleFixture;
using Names = std::vector<std::string>;

namespace {

std::vector<Names> MainParticipants(const std::vector<crosscheck::Claim>& claims) {
  std::vector<Names> out;
  for (const auto& c : claims)
    if (c.role == "main") out.push_back(c.ParticipantNames());
  return out;
}

}  // namespace

TEST_CASE("'received by Mattarella and then met Meloni' is two meetings of Zelensky (it)",
          "[assemble][coordination][it]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "Il [presidente ucraino Volodymyr Zelensky|P:Volodymyr Zelensky:UA] è stato ricevuto da "
      "[Sergio Mattarella|P:Sergio Mattarella:IT] al Quirinale e poi ha incontrato [Giorgia Meloni|P:Giorgia Meloni:IT] "
      "a Palazzo Chigi il {12 febbraio|D:2024-02-12p}.",
      "it", "2024-02-13");
  REQUIRE(claims.size() == 2);
  CHECK(MainParticipants(claims) == std::vector<Names>{{"Sergio Mattarella", "Volodymyr Zelensky"},
                                                       {"Giorgia Meloni", "Volodymyr Zelensky"}});
  for (const auto& c : claims) {
    CHECK(c.type == "meeting");
    CHECK(c.date.ToIso() == "2024-02-12");
  }
}

TEST_CASE("'was received by Mattarella and later met Meloni' is two meetings (en)", "[assemble][coordination][en]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Ukrainian President Volodymyr Zelensky|P:Volodymyr Zelensky:UA] was received by "
      "[Sergio Mattarella|P:Sergio Mattarella:IT] at the Quirinale and later met [Giorgia Meloni|P:Giorgia Meloni:IT] "
      "on {February 12|D:2024-02-12p}.",
      "en", "2024-02-13");
  REQUIRE(claims.size() == 2);
  CHECK(MainParticipants(claims) == std::vector<Names>{{"Sergio Mattarella", "Volodymyr Zelensky"},
                                                       {"Giorgia Meloni", "Volodymyr Zelensky"}});
  CHECK(claims[0].date.ToIso() == "2024-02-12");
  CHECK(claims[1].date.ToIso() == "2024-02-12");
}

TEST_CASE("'зустрівся з Маттареллою, а потім провів переговори з Мелоні': a meeting and talks (uk)",
          "[assemble][coordination][uk]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Президент Володимир Зеленський|P:Volodymyr Zelensky:UA] {12 лютого|D:2024-02-12p} зустрівся з "
      "[Серджо Маттареллою|P:Sergio Mattarella:IT], а потім він провів переговори з "
      "[Джорджею Мелоні|P:Giorgia Meloni:IT].",
      "uk", "2024-02-13");
  REQUIRE(claims.size() == 2);
  CHECK(MainParticipants(claims) == std::vector<Names>{{"Sergio Mattarella", "Volodymyr Zelensky"},
                                                       {"Giorgia Meloni", "Volodymyr Zelensky"}});
  CHECK(claims[0].type == "meeting");
  CHECK(claims[1].type == "talks");
  CHECK(claims[0].date.ToIso() == "2024-02-12");
  CHECK(claims[1].date.ToIso() == "2024-02-12");
}

TEST_CASE("'встретился с Маттареллой, а затем провел переговоры с Мелони' is two events (ru)",
          "[assemble][coordination][ru]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Владимир Зеленский|P:Volodymyr Zelensky:UA] {12 февраля|D:2024-02-12p} встретился с "
      "[Серджо Маттареллой|P:Sergio Mattarella:IT], а затем провел переговоры с [Джорджей Мелони|P:Giorgia Meloni:IT].",
      "ru", "2024-02-13");
  REQUIRE(claims.size() == 2);
  CHECK(MainParticipants(claims) == std::vector<Names>{{"Sergio Mattarella", "Volodymyr Zelensky"},
                                                       {"Giorgia Meloni", "Volodymyr Zelensky"}});
}

TEST_CASE("One event word with several people, or a second clause of its own subject, is not split",
          "[assemble][coordination][en][it]") {
  AssembleFixture f;
  // One trigger: a three-party meeting (or two told as one) stays one claim.
  auto tri = f.Claims(
      "Il {12 febbraio|D:2024-02-12p} [Zelensky|P:Volodymyr Zelensky:UA] ha incontrato "
      "[Mattarella|P:Sergio Mattarella:IT] e [Meloni|P:Giorgia Meloni:IT] a Roma.",
      "it", "2024-02-13");
  REQUIRE(tri.size() == 1);
  CHECK(tri[0].ParticipantNames() == Names{"Giorgia Meloni", "Sergio Mattarella", "Volodymyr Zelensky"});
  // "they": the second clause's subject is the pair, not Zelensky alone.
  auto they = f.Claims(
      "[Zelensky|P:Volodymyr Zelensky:UA] met [Meloni|P:Giorgia Meloni:IT] in Rome on {February 12|D:2024-02-12p} "
      "and then they held talks with [Mattarella|P:Sergio Mattarella:IT].",
      "en", "2024-02-13");
  for (const auto& c : they)
    CHECK_FALSE(c.ParticipantNames() == Names{"Sergio Mattarella", "Volodymyr Zelensky"});
  // "... and the call with Scholz": the second event word points back at one already told.
  auto back = f.Claims(
      "[Biden|P:Joe Biden:US] spoke by phone with [Zelensky|P:Volodymyr Zelensky:UA] on {June 3|D:2024-06-03p} "
      "and discussed the call with [Scholz|P:Olaf Scholz:DE].",
      "en", "2024-06-04");
  for (const auto& c : back)
    CHECK_FALSE(c.ParticipantNames() == Names{"Joe Biden", "Olaf Scholz"});
}
