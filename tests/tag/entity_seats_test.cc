// Seats of power named for who sits in them, in each language: the Élysée (an organisation that
// speaks for France, like the Kremlin), Downing Street (a metonym of the British side), the
// Quirinale, Palazzo Chigi and the German Chancellery (labels of the offices they house) — inflected,
// and after the Italian elided articles ("dell'Eliseo", "dell'Iran").
#include <catch2/catch.hpp>

#include <tuple>

#include "entity_test_util.h"

using namespace crosscheck::testing;
using crosscheck::tag::EntityKind;

namespace {

// The mention of `kind` written as `written` in `text` has this id and side.
void CheckMention(const std::string& text, const std::string& lang, EntityKind kind, const std::string& written,
                  const std::string& id, const std::string& side) {
  INFO(text);
  auto ms = Entities(text, lang);
  const auto* m = Find(ms, kind, written);
  REQUIRE(m);
  CHECK(m->id == id);
  CHECK(m->side == side);
}

}  // namespace

TEST_CASE("The Élysée in four languages, inflected and elided", "[entity][seats]") {
  const auto org = EntityKind::kOrganisation;
  CheckMention("Emmanuel Macron spoke with Vladimir Putin on Sunday, the Elysee said.", "en", org, "Elysee",
               "Élysée", "FR");
  CheckMention("Як повідомляє Єлисейський палац, ініціатором розмови виступив Путін.", "uk", org,
               "Єлисейський палац", "Élysée", "FR");
  CheckMention("Об этом сообщили в Елисейском дворце.", "ru", org, "Елисейском дворце", "Élysée", "FR");
  CheckMention("Il colloquio è avvenuto su iniziativa dell'Eliseo.", "it", org, "dell'Eliseo", "Élysée", "FR");
  CheckMention("Lo riferisce l'Eliseo in una nota.", "it", org, "l'Eliseo", "Élysée", "FR");
  auto ms = Entities("The call was initiated by the French side, according to the Élysée Palace.", "en");
  const auto* e = Find(ms, org, "Élysée Palace");
  REQUIRE(e);
  CHECK(e->is_side_metonym);
}

TEST_CASE("Downing Street, the Quirinale, Palazzo Chigi and the Chancellery in other languages", "[entity][seats]") {
  CheckMention("Про розмову повідомили на Даунінг-стріт.", "uk", EntityKind::kSide, "Даунінг-стріт", "GB", "GB");
  CheckMention("За даними Квіриналу, президенти обговорили ситуацію.", "uk", EntityKind::kOffice, "Квіриналу",
               "it.president", "IT");
  CheckMention("Palazzo Chigi said the call lasted half an hour.", "en", EntityKind::kOffice, "Palazzo Chigi",
               "it.head_of_government", "IT");
  CheckMention("В Ведомстве федерального канцлера подтвердили разговор.", "ru", EntityKind::kOffice,
               "Ведомстве федерального канцлера", "de.head_of_government", "DE");
}

TEST_CASE("A side after an elided Italian article", "[entity][seats][it]") {
  CheckMention("La telefonata è avvenuta su iniziativa dell'Iran.", "it", EntityKind::kSide, "dell'Iran", "IR", "IR");
  CheckMention("Il ministro degli Esteri dell'Iran ha parlato con Blinken.", "it", EntityKind::kOffice,
               "ministro degli Esteri dell'Iran", "ir.foreign_minister", "IR");
  CheckMention("Lo ha detto Josep Borrell, alto rappresentante dell'UE.", "it", EntityKind::kOffice,
               "alto rappresentante dell'UE", "eu.high_representative", "EU");
  CheckMention("Il presidente ha chiamato i leader dell'Unione Europea.", "it", EntityKind::kSide,
               "dell'Unione Europea", "EU", "EU");
}

TEST_CASE("A place after a preposition is not read as the given name of the surname after it", "[entity][given]") {
  // "в Вильнюсе Байден": Vilnius (not in the lexicon) is where, not Biden's first name.
  for (const auto& [text, lang, surname] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"Накануне в Вильнюсе Байден встретился с Зеленским.", "ru", "Байден"},
           {"Учора у Вільнюсі Байден зустрівся із Зеленським.", "uk", "Байден"},
           {"Later in Vilnius Biden met Zelensky again.", "en", "Biden"}}) {
    INFO(text);
    auto ms = Entities(text, lang);
    const auto* b = Find(ms, EntityKind::kPerson, surname);
    REQUIRE(b);
    CHECK(b->id == "Joe Biden");
    CHECK(b->given_written.empty());
  }
  // Without the preposition the capitalised word before the surname is still a (wrong) given name.
  auto ms = Entities("Накануне Вильнюсе Байден встретился с Зеленским.", "ru");
  const auto* b = Find(ms, EntityKind::kPerson, "Байден");
  REQUIRE(b);
  CHECK(b->given_written == "Вильнюсе");
  CHECK_FALSE(b->given_fits);
  // A known given name after "у" is still read as one: "у Ивана Шойгу" names a wrong first name.
  auto known = Entities("Вопрос возник у Ивана Шойгу.", "ru");
  const auto* s = Find(known, EntityKind::kPerson, "Шойгу");
  REQUIRE(s);
  CHECK(s->given_written == "Ивана");
  CHECK_FALSE(s->given_fits);
}
