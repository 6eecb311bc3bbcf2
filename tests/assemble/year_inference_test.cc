// Years the text does not write: from the publication date, the weekday, who held office, the
// people of the whole article, or left open — never invented.
#include <catch2/catch.hpp>

#include "assemble/fixture.h"
#include "engine/assemble/draft.h"

using crosscheck::testing::AssembleFixture;
using crosscheck::testing::FindClaim;

TEST_CASE("Who held office fixes the year (uk, no publication date)", "[assemble][years][uk]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "{Вчора|W:-1}, {25 червня|D:--06-25},\n"
      "відбулися перші телефонні переговори між [Андрієм Бєлоусовим|P:Andrei Belousov:RU] та "
      "[Ллойдом Остіним|P:Lloyd Austin:US].", "uk");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.ToIso() == "2024-06-25");
  CHECK(claims[0].date_basis == "office");
  CHECK(claims[0].date_text == "25 червня");
}

TEST_CASE("Weekday and office together fix the year (en)", "[assemble][years][en]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "On {Friday|W:4}, {July 12|D:--07-12}, [Belousov|P:Andrei Belousov:RU] and [Austin|P:Lloyd Austin:US] had a "
      "telephone conversation.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.ToIso() == "2024-07-12");
  CHECK(claims[0].weekday == 4);
}

TEST_CASE("Several fitting years leave the year open", "[assemble][years]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Шойгу|P:Sergei Shoigu:RU] провел телефонный разговор с [Остином|P:Lloyd Austin:US] {25 июня|D:--06-25}.", "ru");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.ToIso() == "--06-25");
  auto sides = f.Claims("On {Friday|W:4}, {July 12|D:--07-12}, [Russia|S:RU] and [Ukraine|S:UA] held talks.");
  REQUIRE(sides.size() == 1);
  CHECK(sides[0].date.ToIso() == "--07-12");  // a weekday alone, without a window, proves nothing
}

TEST_CASE("The article's people together fix the year (it)", "[assemble][years][it]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "Il {21 ottobre|D:--10-21} [Shoigu|P:Sergei Shoigu:RU] ha avuto una telefonata con [Austin|P:Lloyd Austin:US]. "
      "Il {23 ottobre|D:--10-23} [Shoigu|P:Sergei Shoigu:RU] ha avuto colloqui telefonici con "
      "[Lecornu|P:Sebastien Lecornu:FR] e [Akar|P:Hulusi Akar:TR].", "it");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].date.ToIso() == "2022-10-21");
  CHECK(claims[0].date_basis == "article-offices");
  CHECK(claims[1].date.ToIso() == "2022-10-23");
}

TEST_CASE("A year from the publication date is kept", "[assemble][years]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Остин|P:Lloyd Austin:US] позвонил [Шойгу|P:Sergei Shoigu:RU] {13 мая|D:2022-05-13p}.", "ru", "2022-05-14");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.ToIso() == "2022-05-13");
  CHECK(claims[0].date_basis == "publication");
}

TEST_CASE("An undated headline takes the date of the article's dated report", "[assemble][years]") {
  AssembleFixture f;
  // The headline says something the body does not (who called), so it stays a claim of its own.
  auto claims = f.Claims(
      "[Austin|P:Lloyd Austin:US] calls [Belousov|P:Andrei Belousov:RU] on the phone\n"
      "On {June 25, 2024|D:2024-06-25}, [Austin|P:Lloyd Austin:US] had a phone call with "
      "[Belousov|P:Andrei Belousov:RU] at the request of [Moscow|S:RU].");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].date.ToIso() == "2024-06-25");
  CHECK(claims[0].date_basis == "lead");
}

TEST_CASE("An earlier call the article recalls does not make the headline's date ambiguous", "[assemble][years]") {
  AssembleFixture f;
  // As in the test above, the headline says who called and the body does not agree: two claims.
  auto claims = f.Claims(
      "[Blinken|P:Antony Blinken:US] calls [Barrot|P:Jean-Noël Barrot:FR] on the phone\n"
      "[Blinken|P:Antony Blinken:US] spoke with [Barrot|P:Jean-Noël Barrot:FR] by phone on {6 December|D:2024-12-06p} "
      "at the request of [Paris|S:FR]. Officials gave no details. [Blinken|P:Antony Blinken:US] and "
      "[Barrot|P:Jean-Noël Barrot:FR] last held a phone call on {16 November 2024|D:2024-11-16}.");
  REQUIRE(claims.size() == 3);
  CHECK(claims[0].evidence.text == "Blinken calls Barrot on the phone");
  CHECK(claims[0].date.ToIso() == "2024-12-06");
  CHECK(claims[0].date_basis == "lead");
  CHECK(claims[2].role == "reference");
  CHECK(claims[2].date.ToIso() == "2024-11-16");
}

TEST_CASE("YearsWhereWeekdayFits", "[assemble][years]") {
  using crosscheck::assemble::YearsWhereWeekdayFits;
  CHECK(YearsWhereWeekdayFits(7, 12, 4, 2020, 2026) == std::vector<int>{2024});
  CHECK(YearsWhereWeekdayFits(2, 29, 3, 2020, 2026) == std::vector<int>{2024});
  CHECK(YearsWhereWeekdayFits(10, 21, 4, 2021, 2023) == std::vector<int>{2022});
}

TEST_CASE("Ministers still in office: the lexicon's horizon bounds the years", "[assemble][years]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "On {Wednesday|W:2}, {March 12|D:--03-12}, [Pete Hegseth|P:Pete Hegseth:US] spoke by phone with "
      "[Andrei Belousov|P:Andrei Belousov:RU].");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.ToIso() == "2025-03-12");
}
