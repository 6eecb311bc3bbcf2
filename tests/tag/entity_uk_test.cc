// Ukrainian name, office and side cases (inflection, scripts, misspellings, offices by date).
#include <catch2/catch.hpp>

#include "entity_test_util.h"

using namespace crosscheck::testing;
using crosscheck::tag::EntityKind;

TEST_CASE("uk: inflected given name and surname (Ллойдом Остіним, Остіна)", "[entity][uk]") {
  auto ms = Entities("Розмова з Ллойдом Остіним тривала годину. Позицію Остіна підтримали в Конгресі.", "uk");
  auto ids = PersonIds(ms);
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == "Lloyd Austin");
  CHECK(ids[1] == "Lloyd Austin");
  CHECK(Find(ms, EntityKind::kPerson, "Ллойдом Остіним")->match == "inflected");
  CHECK(Find(ms, EntityKind::kPerson, "Остіна")->given_written.empty());
}

TEST_CASE("uk: a name typed with a Latin i is the person, with no misspelling", "[entity][uk]") {
  auto ms = Entities("Остін провів розмову з Андрiєм Бiлоусовим.", "uk");
  const auto* b = Find(ms, EntityKind::kPerson, "Андрiєм Бiлоусовим");
  REQUIRE(b);
  CHECK(b->id == "Andrei Belousov");
  CHECK(b->match != "misspelled");
  CHECK(b->given_fits);
}

TEST_CASE("uk: the Russian spelling of a name is a transliterated match", "[entity][uk]") {
  auto ms = Entities("Кремлівські медіа пишуть Белоусов, а українські — Бєлоусов.", "uk");
  const auto* ru = Find(ms, EntityKind::kPerson, "Белоусов");
  const auto* uk = Find(ms, EntityKind::kPerson, "Бєлоусов");
  REQUIRE(ru);
  REQUIRE(uk);
  CHECK(ru->id == "Andrei Belousov");
  CHECK(ru->match == "transliterated");
  CHECK(uk->id == "Andrei Belousov");
  CHECK(uk->match == "surname");
}

TEST_CASE("uk: indeclinable Шойгу and the lower-case путін of Ukrainian media", "[entity][uk]") {
  auto ms = Entities("Шойгу доповів, що путін доручив продовжити операцію.", "uk");
  CHECK(PersonIds(ms) == std::vector<std::string>{"Sergei Shoigu", "Vladimir Putin"});
}

TEST_CASE("uk: a misspelled Cyrillic surname is flagged", "[entity][uk]") {
  auto ms = Entities("Міністр Шойгк заявив про нові загрози.", "uk");
  const auto* p = Find(ms, EntityKind::kPerson, "Шойгк");
  REQUIRE(p);
  CHECK(p->id == "Sergei Shoigu");
  CHECK(p->match == "misspelled");
}

TEST_CASE("uk: 'глава Пентагону' is Austin in 2024 and Hegseth in March 2025", "[entity][uk]") {
  auto ms = Entities("Глава Пентагону провів телефонну розмову з російським колегою.", "uk");
  const auto* o = Find(ms, EntityKind::kOffice, "Глава Пентагону");
  REQUIRE(o);
  CHECK(o->id == "us.defence_minister");
  CHECK(HolderOn(o->id, "2024-06-25") == "Lloyd Austin");
  CHECK(HolderOn(o->id, "2025-03-10") == "Pete Hegseth");
  const auto* c = Find(ms, EntityKind::kSide, "російським");
  REQUIRE(c);
  CHECK(c->id == "RU");
}

TEST_CASE("uk: міністр оборони Росії by date, and both sides of a coordinated office", "[entity][uk]") {
  auto ms = Entities("Відбулися перші переговори міністрів оборони Росії та США.", "uk");
  std::vector<std::string> ids;
  for (const auto& m : ms)
    if (m.kind == EntityKind::kOffice) ids.push_back(m.id);
  REQUIRE(ids.size() == 2);
  CHECK(std::find(ids.begin(), ids.end(), "ru.defence_minister") != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "us.defence_minister") != ids.end());
  CHECK(HolderOn("ru.defence_minister", "2023-03-15") == "Sergei Shoigu");
  CHECK(HolderOn("ru.defence_minister", "2024-07-12") == "Andrei Belousov");
}

TEST_CASE("uk: sides in their cases", "[entity][uk]") {
  auto ms = Entities("Ініціатива виходила від американської сторони, а Російська сторона погодилася. Про це заявили у Вашингтоні та Москві.", "uk");
  const auto* us = Find(ms, EntityKind::kSide, "американської сторони");
  REQUIRE(us);
  CHECK(us->id == "US");
  const auto* ru = Find(ms, EntityKind::kSide, "Російська сторона");
  REQUIRE(ru);
  CHECK(ru->id == "RU");
  const auto* dc = Find(ms, EntityKind::kSide, "Вашингтоні");
  REQUIRE(dc);
  CHECK(dc->is_side_metonym);
  CHECK(Find(ms, EntityKind::kSide, "Москві"));
}

TEST_CASE("uk: his American counterpart", "[entity][uk]") {
  auto ms = Entities("Бєлоусов поговорив зі своїм американським колегою.", "uk");
  const auto* c = Find(ms, EntityKind::kSide, "американським");
  REQUIRE(c);
  CHECK(c->id == "US");
  CHECK(ShippedLexicon().Counterpart("ru.defence_minister", c->id) == "us.defence_minister");
}

TEST_CASE("uk: a wrong first name is recorded (Сергій Бєлоусов)", "[entity][uk]") {
  auto ms = Entities("Учора Сергій Бєлоусов провів нараду.", "uk");
  const auto* p = Find(ms, EntityKind::kPerson, "Бєлоусов");
  REQUIRE(p);
  CHECK(p->id == "Andrei Belousov");
  CHECK(p->given_written == "Сергій");
  CHECK_FALSE(p->given_fits);
}

TEST_CASE("uk: spokespeople and their offices (Патріка Райдера, речник Пентагону)", "[entity][uk]") {
  auto ms = Entities("За словами офіційного представника Пентагону Патріка Райдера, розмова була корисною.", "uk");
  const auto* o = Find(ms, EntityKind::kOffice, "представника Пентагону");
  REQUIRE(o);
  CHECK(o->id == "us.defence_spokesperson");
  const auto* p = Find(ms, EntityKind::kPerson, "Райдера");
  REQUIRE(p);
  CHECK(p->id == "Pat Ryder");
  CHECK(p->given_fits);
}

TEST_CASE("uk: ordinary capitalised words are not people", "[entity][uk]") {
  auto ms = Entities("Середа видалася спокійною. Водночас Нагадаємо читачам про Стратегію оборони.", "uk");
  CHECK(PersonIds(ms).empty());
}
