// English name, office and side cases, through the real Analyser + Tagger with the shipped rules.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

using namespace crosscheck::testing;
using crosscheck::tag::EntityKind;

TEST_CASE("en: full names and surnames resolve to lexicon persons", "[entity][en]") {
  auto ms = Entities("U.S. Defense Secretary Lloyd Austin spoke with Andrei Belousov on Tuesday. Austin said the line stays open.", "en");
  auto ids = PersonIds(ms);
  REQUIRE(ids.size() == 3);
  CHECK(ids[0] == "Lloyd Austin");
  CHECK(ids[1] == "Andrei Belousov");
  CHECK(ids[2] == "Lloyd Austin");
  const auto* austin = Find(ms, EntityKind::kPerson, "Lloyd Austin");
  REQUIRE(austin);
  CHECK(austin->match == "exact");
  CHECK(austin->side == "US");
  const auto* alone = Find(ms, EntityKind::kPerson, "Austin said");
  CHECK_FALSE(alone);  // the span is the surname only
  CHECK(ms.back().match == "surname");
}

TEST_CASE("en: a possessive is an inflected surname", "[entity][en]") {
  auto ms = Entities("Hegseth's call with his Russian counterpart lasted an hour.", "en");
  REQUIRE(PersonIds(ms) == std::vector<std::string>{"Pete Hegseth"});
  CHECK(Find(ms, EntityKind::kPerson, "Hegseth")->match == "inflected");
}

TEST_CASE("en: other romanisations and scripts are transliterated matches", "[entity][en]") {
  auto ms = Entities("A German paper spelled it Belousow, while a Ukrainian site wrote Бєлоусов.", "en");
  auto ids = PersonIds(ms);
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == "Andrei Belousov");
  CHECK(ids[1] == "Andrei Belousov");
  for (const auto& m : ms)
    if (m.kind == EntityKind::kPerson) CHECK(m.match == "transliterated");
}

TEST_CASE("en: misspelled surnames are matched and flagged", "[entity][en]") {
  auto ms = Entities("Defence chiefs Shoig and Lecorny spoke after President Baiden left.", "en");
  auto ids = PersonIds(ms);
  REQUIRE(ids.size() == 3);
  CHECK(ids[0] == "Sergei Shoigu");
  CHECK(ids[1] == "Sébastien Lecornu");
  CHECK(ids[2] == "Joe Biden");
  for (const auto& m : ms)
    if (m.kind == EntityKind::kPerson) CHECK(m.match == "misspelled");
}

TEST_CASE("en: a given name that does not fit is kept and flagged", "[entity][en]") {
  auto ms = Entities("Russian Defence Minister Sergei Belousov told reporters nothing.", "en");
  const auto* p = Find(ms, EntityKind::kPerson, "Belousov");
  REQUIRE(p);
  CHECK(p->id == "Andrei Belousov");
  CHECK(p->given_written == "Sergei");
  CHECK_FALSE(p->given_fits);
  CHECK(p->written == "Sergei Belousov");
  auto ok = Entities("Andrei Belousov spoke.", "en");
  REQUIRE(!ok.empty());
  CHECK(ok[0].given_fits);
}

TEST_CASE("en: the Russian defence minister is Shoigu in 2023 and Belousov in mid-2024", "[entity][en]") {
  auto ms = Entities("The Russian defence minister said the call was useful.", "en");
  const auto* o = Find(ms, EntityKind::kOffice, "defence minister");
  REQUIRE(o);
  CHECK(o->id == "ru.defence_minister");
  CHECK(o->side == "RU");
  CHECK(HolderOn(o->id, "2023-03-15") == "Sergei Shoigu");
  CHECK(HolderOn(o->id, "2024-06-25") == "Andrei Belousov");
  // A year alone spans both tenures: both are candidates.
  CHECK(ShippedLexicon().HoldersOf(o->id, {2024, 0, 0}).size() == 2);
}

TEST_CASE("en: the head of the Pentagon in June 2024 is Lloyd Austin", "[entity][en]") {
  auto ms = Entities("The head of the Pentagon held a call; later the Pentagon chief flew to Brussels.", "en");
  int offices = 0;
  for (const auto& m : ms)
    if (m.kind == EntityKind::kOffice) {
      ++offices;
      CHECK(m.id == "us.defence_minister");
    }
  CHECK(offices == 2);
  CHECK(HolderOn("us.defence_minister", "2024-06-03") == "Lloyd Austin");
}

TEST_CASE("en: coordinated sides give one office each", "[entity][en]") {
  auto ms = Entities("The US and Russian defense ministers held a telephone conversation.", "en");
  std::vector<std::string> ids;
  for (const auto& m : ms)
    if (m.kind == EntityKind::kOffice) ids.push_back(m.id);
  REQUIRE(ids.size() == 2);
  CHECK(std::find(ids.begin(), ids.end(), "us.defence_minister") != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "ru.defence_minister") != ids.end());
}

TEST_CASE("en: sides, capitals and seats of power", "[entity][en]") {
  auto ms = Entities("At the initiative of the U.S. side, Washington called Moscow; the Kremlin confirmed.", "en");
  const auto* side = Find(ms, EntityKind::kSide, "U.S. side");
  REQUIRE(side);
  CHECK(side->id == "US");
  const auto* moscow = Find(ms, EntityKind::kSide, "Moscow");
  REQUIRE(moscow);
  CHECK(moscow->id == "RU");
  CHECK(moscow->is_side_metonym);
  const auto* kremlin = Find(ms, EntityKind::kOrganisation, "Kremlin");
  REQUIRE(kremlin);
  CHECK(kremlin->side == "RU");
  CHECK(kremlin->is_side_metonym);
}

TEST_CASE("en: the side beside 'counterpart' stays a side (counterparts are cues)", "[entity][en]") {
  auto ms = Entities("Shoigu then spoke with his French counterpart Sebastien Lecornu.", "en");
  const auto* c = Find(ms, EntityKind::kSide, "French");
  REQUIRE(c);
  CHECK(c->id == "FR");
  CHECK(ShippedLexicon().Counterpart("ru.defence_minister", "FR") == "fr.defence_minister");
  CHECK(PersonIds(ms) == std::vector<std::string>{"Sergei Shoigu", "Sébastien Lecornu"});
}

TEST_CASE("en: outlets are found", "[entity][en]") {
  auto ms = Entities("The Washington Post reported it first, citing officials; Reuters confirmed.", "en");
  const auto* wp = Find(ms, EntityKind::kOutlet, "Washington Post");
  REQUIRE(wp);
  CHECK(wp->id == "The Washington Post");
  CHECK(Find(ms, EntityKind::kOutlet, "Reuters"));
  CHECK_FALSE(Find(ms, EntityKind::kSide, "Washington"));  // part of the outlet's name
}

TEST_CASE("en: ordinary capitalised words are not people", "[entity][en]") {
  auto ms = Entities("On Monday, Martin and Dustin drove from Boston to Austin, Texas. Brown bears were seen. "
                     "However, the Council met in March.", "en");
  CHECK(PersonIds(ms).empty());
}

TEST_CASE("en: an ambiguous surname follows the full name written earlier", "[entity][en]") {
  auto ms = Entities("General Charles Q. Brown met reporters. Brown said little.", "en");
  auto ids = PersonIds(ms);
  REQUIRE_FALSE(ids.empty());
  CHECK(ids.back() == "Charles Q. Brown Jr.");
}

TEST_CASE("en: titles are not given names, and a common surname after another given name is someone else", "[entity][en]") {
  auto ms = Entities("Speaking in London, Mr Healey said Senator Tim Johnson was wrong. Gen. Milley agreed.", "en");
  const auto* h = Find(ms, EntityKind::kPerson, "Healey");
  REQUIRE(h);
  CHECK(h->id == "John Healey");
  CHECK(h->given_written.empty());
  CHECK(h->given_fits);
  CHECK_FALSE(Find(ms, EntityKind::kPerson, "Johnson"));
  const auto* m = Find(ms, EntityKind::kPerson, "Milley");
  REQUIRE(m);
  CHECK(m->given_written.empty());
}

TEST_CASE("en: mentions do not overlap, even for one role with several sides", "[entity][en]") {
  for (const char* text : {"The US and Russian defense ministers spoke.",
                           "The heads of the US and Russian defense departments spoke.",
                           "Defense ministers of Russia and the United States spoke.",
                           "The Russian and Ukrainian defence ministries issued statements."}) {
    auto ms = Entities(text, "en");
    int offices_or_orgs = 0;
    for (size_t i = 0; i < ms.size(); ++i) {
      if (ms[i].kind == EntityKind::kOffice || ms[i].kind == EntityKind::kOrganisation) ++offices_or_orgs;
      if (i > 0) CHECK(ms[i - 1].tokens.end <= ms[i].tokens.begin);
    }
    CHECK(offices_or_orgs == 2);
  }
}

TEST_CASE("en: a surname two persons share lists both, unless the text names one", "[entity][en]") {
  auto ms = Entities("Sullivan said the talks would continue.", "en");
  const auto* p = Find(ms, EntityKind::kPerson, "Sullivan");
  REQUIRE(p);
  CHECK(p->candidates.size() == 2);
  auto named = Entities("National security adviser Jake Sullivan flew to Kyiv. Sullivan said the talks would continue.", "en");
  auto ids = PersonIds(named);
  REQUIRE(ids.size() == 2);
  CHECK(ids[1] == "Jake Sullivan");
  CHECK(Find(named, EntityKind::kPerson, "Sullivan said") == nullptr);
  CHECK(named.back().candidates.empty());
}
