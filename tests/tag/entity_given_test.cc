// Given names before a surname, in the four languages: the person's own name in any spelling real
// reports use (inflected, hyphenated, another romanisation) is accepted; another name is flagged.
// Also side-less and possessive role labels ("Russia's top diplomat", "очільник Міноборони").
#include <catch2/catch.hpp>

#include "engine/tag/entity_names.h"
#include "entity_test_util.h"

using namespace crosscheck::testing;
using crosscheck::tag::EntityKind;
using crosscheck::tag::EntityMention;

namespace {

// The person mention whose text contains `written`; fails the test when there is none.
const EntityMention& Person(const std::vector<EntityMention>& ms, const std::string& written) {
  const EntityMention* p = Find(ms, EntityKind::kPerson, written);
  if (!p) FAIL("no person mention containing '" << written << "'");
  return *p;
}

}  // namespace

TEST_CASE("given names: another romanisation has the same skeleton, another name does not", "[entity][given]") {
  using crosscheck::tag::NameSkeleton;
  CHECK(NameSkeleton("Sergei") == NameSkeleton("Sergey"));
  CHECK(NameSkeleton("Sergej") == NameSkeleton("Sergey"));
  CHECK(NameSkeleton("Anthony") == NameSkeleton("Antony"));
  CHECK(NameSkeleton("Yaşar") == NameSkeleton("Jasar"));
  CHECK(NameSkeleton("Maxim") == NameSkeleton("Maksym"));
  CHECK(NameSkeleton("Yevgeny") == NameSkeleton("Evgeny"));
  CHECK(NameSkeleton("Valerii") == NameSkeleton("Valeriy"));
  CHECK(NameSkeleton("Mario") != NameSkeleton("Marco"));
  CHECK(NameSkeleton("Hasan") != NameSkeleton("Hakan"));
}

TEST_CASE("en: transliteration variants of the given name are the person's own", "[entity][given][en]") {
  auto ms = Entities(
      "Serhii Lavrov met Anthony Blinken, Yasar Guler and Oleksiy Reznikov; Dmitriy Kuleba and "
      "Tayyip Erdogan joined by video.", "en");
  for (const char* w : {"Lavrov", "Blinken", "Guler", "Reznikov", "Kuleba", "Erdogan"}) {
    INFO(w);
    CHECK(Person(ms, w).given_fits);
  }
  CHECK(Person(ms, "Lavrov").id == "Sergey Lavrov");
  CHECK(Person(ms, "Lavrov").written == "Serhii Lavrov");
}

TEST_CASE("en: a different given name is flagged, even one edit away", "[entity][given][en]") {
  auto ms = Entities(
      "Secretary of State Mario Rubio called Hasan Fidan on Tuesday. Gary Shapps and Denys Kuleba were briefed.",
      "en");
  for (const char* w : {"Rubio", "Fidan", "Shapps", "Kuleba"}) {
    INFO(w);
    CHECK_FALSE(Person(ms, w).given_fits);
  }
  CHECK(Person(ms, "Rubio").given_written == "Mario");
  CHECK(Person(ms, "Rubio").id == "Marco Rubio");
  // At the start of a sentence a known given name is read as one, too.
  CHECK(Person(ms, "Shapps").given_written == "Gary");
}

TEST_CASE("en: a hyphenated given name is compared whole", "[entity][given][en]") {
  auto ok = Entities("French Foreign Minister Jean-Yves Le Drian arrived in Kyiv.", "en");
  CHECK(Person(ok, "Le Drian").given_fits);
  CHECK(Person(ok, "Le Drian").written == "Jean-Yves Le Drian");
  auto spaced = Entities("The minister Jean Yves Le Drian arrived in Kyiv.", "en");
  CHECK(Person(spaced, "Le Drian").given_fits);
  CHECK(Person(spaced, "Le Drian").given_written == "Jean Yves");
  auto wrong = Entities("Yesterday Jean-Marc Le Drian arrived in Kyiv.", "en");
  const auto& p = Person(wrong, "Le Drian");
  CHECK(p.id == "Jean-Yves Le Drian");
  CHECK(p.given_written == "Jean-Marc");
  CHECK_FALSE(p.given_fits);
}

TEST_CASE("en: a common surname with a wrong given name under the person's office is still the person",
          "[entity][given][en]") {
  auto ms = Entities("British Prime Minister Brian Johnson called the Russian president.", "en");
  const auto& p = Person(ms, "Johnson");
  CHECK(p.id == "Boris Johnson");
  CHECK(p.given_written == "Brian");
  CHECK_FALSE(p.given_fits);
  // Without an office of his it is somebody else.
  CHECK_FALSE(Find(Entities("The actor Brian Johnson called the BBC.", "en"), EntityKind::kPerson, "Johnson"));
}

TEST_CASE("en: possessive and inner sides qualify a side-less role", "[entity][given][en]") {
  auto ms = Entities("Russia's top diplomat spoke with the top US diplomat and with Ukraine's defence minister.", "en");
  std::vector<std::string> offices;
  for (const auto& m : ms)
    if (m.kind == EntityKind::kOffice) offices.push_back(m.id);
  CHECK(offices == std::vector<std::string>{"ru.foreign_minister", "us.foreign_minister", "ua.defence_minister"});
  // "U.S." is several tokens: the lexicon names the office with it.
  offices.clear();
  for (const auto& m : Entities("The top U.S. diplomat spoke with the top American diplomat in Europe.", "en"))
    if (m.kind == EntityKind::kOffice) offices.push_back(m.id);
  CHECK(offices == std::vector<std::string>{"us.foreign_minister", "us.foreign_minister"});
}

TEST_CASE("uk: an inflected hyphenated French given name is accepted (Жан-Івом Ле Дріаном)", "[entity][given][uk]") {
  auto ms = Entities(
      "Міністр закордонних справ Туреччини зустрівся з Жан-Івом Ле Дріаном в Анкарі. Позицію Жан-Іва Ле Дріана "
      "підтримали в Брюсселі.", "uk");
  const auto& a = Person(ms, "Жан-Івом");
  CHECK(a.id == "Jean-Yves Le Drian");
  CHECK(a.given_fits);
  CHECK(a.written == "Жан-Івом Ле Дріаном");
  CHECK(Person(ms, "Жан-Іва").given_fits);
  auto wrong = Entities("Учора Жан-Марк Ле Дріан прибув до Києва.", "uk");
  CHECK(Person(wrong, "Ле Дріан").given_written == "Жан-Марк");
  CHECK_FALSE(Person(wrong, "Ле Дріан").given_fits);
}

TEST_CASE("uk: a listed given name is not a case form of a shorter one (Ліза is not Ліз)", "[entity][given][uk]") {
  auto ms = Entities("Учора Ліза Трасс прилетіла до Києва, а з Ліз Трасс зустрівся Кулеба.", "uk");
  const auto* wrong = Find(ms, EntityKind::kPerson, "Ліза Трасс");
  REQUIRE(wrong);
  CHECK(wrong->id == "Liz Truss");
  CHECK_FALSE(wrong->given_fits);
  CHECK(Person(ms, "Ліз Трасс").given_fits);
}

TEST_CASE("uk: an office of 'Великої Британії' stands before a wrong given name with a common surname",
          "[entity][given][uk]") {
  auto ms = Entities("Прем'єр-міністр Великої Британії Браян Джонсон провів телефонні переговори з Макроном.", "uk");
  const auto* o = Find(ms, EntityKind::kOffice, "Великої Британії");
  REQUIRE(o);
  CHECK(o->id == "gb.head_of_government");
  const auto& p = Person(ms, "Джонсон");
  CHECK(p.id == "Boris Johnson");
  CHECK(p.given_written == "Браян");
  CHECK_FALSE(p.given_fits);
}

TEST_CASE("uk: case forms of the given name fit, a similar other name does not", "[entity][given][uk]") {
  auto ms = Entities(
      "Розмова з Сергієм Лавровим, Олексієм Резніковим і Дмитром Кулебою тривала годину, а Джо Байденом "
      "опікувався Джоном Кірбі.", "uk");
  for (const char* w : {"Лавровим", "Резніковим", "Кулебою", "Байденом", "Кірбі"}) {
    INFO(w);
    CHECK(Person(ms, w).given_fits);
  }
  auto wrong = Entities("Президент Франції говорив з Вадимом Путіним, а Джон Байден мовчав.", "uk");
  CHECK(Person(wrong, "Путіним").given_written == "Вадимом");
  CHECK_FALSE(Person(wrong, "Путіним").given_fits);
  // Джон is not a case form of Джо.
  CHECK(Person(wrong, "Байден").id == "Joe Biden");
  CHECK_FALSE(Person(wrong, "Байден").given_fits);
}

TEST_CASE("uk: a side-less office label keeps no side (the assembler takes the person's)", "[entity][given][uk]") {
  auto ms = Entities("Очільник Міноборони Рустем Умєров зустрівся з Ллойдом Остіним.", "uk");
  const auto* o = Find(ms, EntityKind::kOffice, "Очільник Міноборони");
  REQUIRE(o);
  CHECK(o->id == "defence_minister");
  CHECK(o->side.empty());
  CHECK(Person(ms, "Умєров").given_fits);
}

TEST_CASE("ru: inflected given names, hyphenated or not, fit; other names are flagged", "[entity][given][ru]") {
  auto ms = Entities(
      "Встреча Жан-Ива Ле Дриана с Эммануэлем Макроном, Дмитрием Кулебой и Сергеем Шойгу прошла в Париже.", "ru");
  for (const char* w : {"Ле Дриана", "Макроном", "Кулебой", "Шойгу"}) {
    INFO(w);
    CHECK(Person(ms, w).given_fits);
  }
  CHECK(Person(ms, "Ле Дриана").written == "Жан-Ива Ле Дриана");
  auto wrong = Entities("Разговор Джона Байдена с Андреем Шойгу и Жан-Полем Барро длился час.", "ru");
  CHECK_FALSE(Person(wrong, "Байдена").given_fits);
  CHECK(Person(wrong, "Байдена").given_written == "Джона");
  CHECK_FALSE(Person(wrong, "Шойгу").given_fits);
  CHECK(Person(wrong, "Шойгу").id == "Sergei Shoigu");
  CHECK(Person(wrong, "Барро").given_written == "Жан-Полем");
  CHECK_FALSE(Person(wrong, "Барро").given_fits);
}

TEST_CASE("it: Italian spellings fit, a wrong given name does not", "[entity][given][it]") {
  auto ms = Entities(
      "Il ministro Sergej Lavrov ha incontrato Dmitrij Kuleba, Jaşar Güler e Jean-Yves Le Drian a Ginevra.", "it");
  for (const char* w : {"Lavrov", "Kuleba", "Güler", "Le Drian"}) {
    INFO(w);
    CHECK(Person(ms, w).given_fits);
  }
  auto wrong = Entities("Ieri Andrej Šojgu ha telefonato a Vadim Putin.", "it");
  CHECK(Person(wrong, "Šojgu").id == "Sergei Shoigu");
  CHECK_FALSE(Person(wrong, "Šojgu").given_fits);
  CHECK(Person(wrong, "Putin").given_written == "Vadim");
  CHECK_FALSE(Person(wrong, "Putin").given_fits);
}

TEST_CASE("uk/ru: the first word of a two-word surname is not a given name (Ле Дріяном)", "[entity][given][uk][ru]") {
  auto uk = Entities("Це була друга розмова між Ле Дріяном та Кулебою.", "uk");
  const auto& a = Person(uk, "Дріяном");
  CHECK(a.id == "Jean-Yves Le Drian");
  CHECK(a.written == "Ле Дріяном");
  CHECK(a.given_written.empty());
  CHECK(a.given_fits);
  auto ru = Entities("Встреча Жан-Ива Ле Дрияна и Блинкена прошла в Париже.", "ru");
  CHECK(Person(ru, "Дрияна").given_written == "Жан-Ива");
  CHECK(Person(ru, "Дрияна").given_fits);
}
