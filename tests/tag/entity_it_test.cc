// Italian name, office and side cases.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

using namespace crosscheck::testing;
using crosscheck::tag::EntityKind;

TEST_CASE("it: misspellings from machine translation are flagged (Shoig, Baiden, Blyen)", "[entity][it]") {
  auto ms = Entities("Il Pentagono ha detto che Austin ha ricordato a Sergei Shoig l'importanza del dialogo. "
                     "L'amministrazione Baiden è stata chiara, disse Blyen.", "it");
  const auto* s = Find(ms, EntityKind::kPerson, "Shoig");
  REQUIRE(s);
  CHECK(s->id == "Sergei Shoigu");
  CHECK(s->match == "misspelled");
  CHECK(s->given_fits);
  const auto* b = Find(ms, EntityKind::kPerson, "Baiden");
  REQUIRE(b);
  CHECK(b->id == "Joe Biden");
  CHECK(b->match == "misspelled");
  const auto* bl = Find(ms, EntityKind::kPerson, "Blyen");
  REQUIRE(bl);
  CHECK(bl->id == "Antony Blinken");
  CHECK(bl->match == "misspelled");
}

TEST_CASE("it: English spellings are native in Italian text", "[entity][it]") {
  auto ms = Entities("Il segretario alla Difesa Lloyd Austin ha parlato con Andrei Belousov.", "it");
  CHECK(PersonIds(ms) == std::vector<std::string>{"Lloyd Austin", "Andrei Belousov"});
  CHECK(Find(ms, EntityKind::kPerson, "Lloyd Austin")->match == "exact");
}

TEST_CASE("it: Slavic romanisations (Šojgu, Zelenskyj) are transliterated", "[entity][it]") {
  auto ms = Entities("Secondo Šojgu, la colpa è di Zelenskyj.", "it");
  const auto* s = Find(ms, EntityKind::kPerson, "Šojgu");
  REQUIRE(s);
  CHECK(s->id == "Sergei Shoigu");
  CHECK(s->match == "transliterated");
  const auto* z = Find(ms, EntityKind::kPerson, "Zelenskyj");
  REQUIRE(z);
  CHECK(z->id == "Volodymyr Zelensky");
}

TEST_CASE("it: il ministro della Difesa russo by date", "[entity][it]") {
  auto ms = Entities("Il ministro della Difesa russo ha risposto al telefono.", "it");
  const auto* o = Find(ms, EntityKind::kOffice, "ministro della Difesa russo");
  REQUIRE(o);
  CHECK(o->id == "ru.defence_minister");
  CHECK(HolderOn(o->id, "2022-05-13") == "Sergei Shoigu");
  CHECK(HolderOn(o->id, "2024-07-12") == "Andrei Belousov");
}

TEST_CASE("it: il ministro russo della Difesa (side inside the role)", "[entity][it]") {
  auto ms = Entities("Il ministro russo della Difesa non ha commentato.", "it");
  const auto* o = Find(ms, EntityKind::kOffice, "ministro russo della Difesa");
  REQUIRE(o);
  CHECK(o->id == "ru.defence_minister");
}

TEST_CASE("it: capo del Pentagono is Austin in 2024, Hegseth in 2025", "[entity][it]") {
  auto ms = Entities("Il capo del Pentagono ha avviato la chiamata.", "it");
  const auto* o = Find(ms, EntityKind::kOffice, "capo del Pentagono");
  REQUIRE(o);
  CHECK(o->id == "us.defence_minister");
  CHECK(HolderOn(o->id, "2024-06-25") == "Lloyd Austin");
  CHECK(HolderOn(o->id, "2025-03-18") == "Pete Hegseth");
}

TEST_CASE("it: sides (la parte russa, gli Stati Uniti, Mosca, il Cremlino)", "[entity][it]") {
  auto ms = Entities("Su iniziativa della parte russa, Mosca ha chiamato gli Stati Uniti; il Cremlino ha confermato.", "it");
  const auto* p = Find(ms, EntityKind::kSide, "parte russa");
  REQUIRE(p);
  CHECK(p->id == "RU");
  CHECK(Find(ms, EntityKind::kSide, "Stati Uniti")->id == "US");
  CHECK(Find(ms, EntityKind::kSide, "Mosca")->is_side_metonym);
  const auto* k = Find(ms, EntityKind::kOrganisation, "Cremlino");
  REQUIRE(k);
  CHECK(k->side == "RU");
}

TEST_CASE("it: il suo omologo americano", "[entity][it]") {
  auto ms = Entities("Belousov ha parlato con il suo omologo americano.", "it");
  const auto* c = Find(ms, EntityKind::kSide, "americano");
  REQUIRE(c);
  CHECK(c->id == "US");
  CHECK(ShippedLexicon().Counterpart("ru.defence_minister", c->id) == "us.defence_minister");
}

TEST_CASE("it: i ministri della Difesa degli Stati Uniti e russi", "[entity][it]") {
  auto ms = Entities("I ministri di difesa degli Stati Uniti e russi hanno parlato.", "it");
  std::vector<std::string> ids;
  for (const auto& m : ms)
    if (m.kind == EntityKind::kOffice) ids.push_back(m.id);
  REQUIRE(ids.size() == 2);
  CHECK(std::find(ids.begin(), ids.end(), "us.defence_minister") != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "ru.defence_minister") != ids.end());
}

TEST_CASE("it: a wrong first name (Sergej Belousov)", "[entity][it]") {
  auto ms = Entities("Il nuovo ministro Sergej Belousov ha giurato.", "it");
  const auto* p = Find(ms, EntityKind::kPerson, "Belousov");
  REQUIRE(p);
  CHECK(p->id == "Andrei Belousov");
  CHECK(p->given_written == "Sergej");
  CHECK_FALSE(p->given_fits);
}

TEST_CASE("it: ordinary capitalised words are not people", "[entity][it]") {
  auto ms = Entities("Mercoledì a Marzo la Costa Azzurra era piena. Inoltre Giovedì piove.", "it");
  CHECK(PersonIds(ms).empty());
}
