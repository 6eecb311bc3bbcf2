// Restatements of the article's main event (the headline, "it was the first call between them") give
// their slots to the dated claim they restate; contradicting ones stay claims of their own.
#include <catch2/catch.hpp>

#include "assemble/fixture.h"

using crosscheck::testing::AssembleFixture;
using crosscheck::testing::FindClaim;

TEST_CASE("A headline saying 'talks' for the body's phone call folds into the call (en)", "[assemble][restatement][en]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Zelensky|P:Volodymyr Zelensky:UA], [Biden|P:Joe Biden:US] hold talks on air defence\n"
      "[Zelensky|P:Volodymyr Zelensky:UA] and [Biden|P:Joe Biden:US] spoke by phone on {December 4, 2024|D:2024-12-04}.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].type == "call");
  CHECK(claims[0].date.ToIso() == "2024-12-04");
}

TEST_CASE("'This is the first conversation between them' gives its ordinal to the dated claim (ru)",
          "[assemble][restatement][ru]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Президент Украины Владимир Зеленский|P:Volodymyr Zelensky:UA] {3 июня|D:2022-06-03p} провел телефонный разговор "
      "с [президентом США Джо Байденом|P:Joe Biden:US].\n"
      "Это первый разговор [Зеленского|P:Volodymyr Zelensky:UA] и [Байдена|P:Joe Biden:US], отмечает издание.",
      "ru", "2022-06-03");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.ToIso() == "2022-06-03");
  CHECK(claims[0].ordinal.n == 1);
  CHECK(claims[0].ordinal.scope == "ever");
  bool highlighted = false;
  for (const auto& h : claims[0].evidence.highlights) highlighted = highlighted || h.slot == "ordinal";
  CHECK(highlighted);
}

TEST_CASE("A headline's generic 'talks' takes the body's specific type; the ordinal comes along (it)",
          "[assemble][restatement][it]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Meloni|P:Giorgia Meloni:IT] e [Zelensky|P:Volodymyr Zelensky:UA], primo colloquio telefonico\n"
      "La presidente del Consiglio [Giorgia Meloni|P:Giorgia Meloni:IT] ha avuto un colloquio telefonico con il "
      "presidente ucraino [Volodymyr Zelensky|P:Volodymyr Zelensky:UA] il {10 gennaio|D:--01-10}.",
      "it", "2024-01-10");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].type == "call");
  CHECK(claims[0].ordinal.n == 1);
}

TEST_CASE("A restatement that contradicts the dated claim stays a claim of its own", "[assemble][restatement][en]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Austin|P:Lloyd Austin:US] calls [Belousov|P:Andrei Belousov:RU]\n"
      "On {June 25, 2024|D:2024-06-25}, [Austin|P:Lloyd Austin:US] had a phone call with "
      "[Belousov|P:Andrei Belousov:RU] at the request of [Moscow|S:RU].");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].initiator == "US");
  CHECK(claims[0].date.ToIso() == "2024-06-25");
  CHECK(claims[0].date_basis == "lead");
  CHECK(claims[1].initiator == "RU");
}

TEST_CASE("Two dated calls of the same pair: an undated restatement is not folded into either", "[assemble][restatement]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Shoigu|P:Sergei Shoigu:RU] and [Austin|P:Lloyd Austin:US] spoke by phone on {October 21, 2022|D:2022-10-21}. "
      "[Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] spoke by phone again on {October 23, 2022|D:2022-10-23}.\n"
      "It was the first phone call between [Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] in months.");
  const crosscheck::Claim* undated = nullptr;
  for (const auto& c : claims)
    if (c.ordinal.n == 1) undated = &c;
  REQUIRE(undated);
  CHECK(undated->date.empty());
}

TEST_CASE("'Перша розмова з лютого': a bare 'з' after an ordinal is its 'since' (uk)", "[assemble][restatement][uk]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "Президент [Володимир Зеленський|P:Volodymyr Zelensky:UA] {19 березня|D:2025-03-19p} провів телефонну розмову з "
      "президентом США [Дональдом Трампом|P:Donald Trump:US]. Це перша розмова з {лютого|M:--02}, зазначили в "
      "[Офісі президента|G:Ukraine presidential office:UA].",
      "uk", "2025-03-19");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].role == "main");
  CHECK(claims[0].date.ToIso() == "2025-03-19");
  CHECK(claims[0].ordinal.n == 1);
  CHECK(claims[0].ordinal.scope == "since");
  CHECK(claims[0].ordinal.since.month == 2);
  CHECK(claims[0].attributed_to == "Ukraine presidential office");
}

TEST_CASE("A bare 'з' not after an ordinal is only 'with' (uk)", "[assemble][ordinal][uk]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Умєров|P:Rustem Umerov:UA] провів телефонну розмову з [Гегсетом|P:Pete Hegseth:US] {21 березня|D:2025-03-21p}.",
      "uk", "2025-03-21");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ordinal.empty());
  CHECK(claims[0].date.ToIso() == "2025-03-21");
}

TEST_CASE("A dated claim with only lent participants shows the sentence that names them", "[assemble][restatement][it]") {
  // "L'incontro si è svolto giovedì" took Tajani and Sybiha from the sentence before and folded it,
  // but its evidence was the one sentence that names nobody.
  AssembleFixture f;
  const std::string named = "Il ministro degli Esteri [Antonio Tajani|P:Antonio Tajani:IT] ha incontrato a New York "
                            "l'omologo ucraino [Andrii Sybiha|P:Andrii Sybiha:UA].";
  auto claims = f.Claims(named + " L'incontro si è svolto {giovedì 26 settembre 2024|D:2024-09-26}.", "it");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.ToIso() == "2024-09-26");
  CHECK(claims[0].evidence.text.find("Tajani") != std::string::npos);
  CHECK(claims[0].evidence.text.find("giovedì") != std::string::npos);
  size_t names = 0;
  for (const auto& h : claims[0].evidence.highlights) names += h.slot == "participant";
  CHECK(names == 2);
}
