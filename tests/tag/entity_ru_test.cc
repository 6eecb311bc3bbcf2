// Russian name, office and side cases.
#include <catch2/catch.hpp>

#include "entity_test_util.h"

using namespace crosscheck::testing;
using crosscheck::tag::EntityKind;

TEST_CASE("ru: instrumental case (Белоусовым, Остином)", "[entity][ru]") {
  auto ms = Entities("Ллойд Остин провел разговор с Андреем Белоусовым. Белоусов согласился с Остином.", "ru");
  CHECK(PersonIds(ms) ==
        std::vector<std::string>{"Lloyd Austin", "Andrei Belousov", "Andrei Belousov", "Lloyd Austin"});
  CHECK(Find(ms, EntityKind::kPerson, "Андреем Белоусовым")->match == "inflected");
}

TEST_CASE("ru: name with patronymic and official order", "[entity][ru]") {
  auto ms = Entities("Сергей Кужугетович обсудил ситуацию. Шойгу Сергей Кужугетович подписал приказ.", "ru");
  CHECK(PersonIds(ms) == std::vector<std::string>{"Sergei Shoigu", "Sergei Shoigu"});
}

TEST_CASE("ru: Ukrainian spelling in a Russian text is transliterated", "[entity][ru]") {
  auto ms = Entities("В украинских СМИ его называют Бєлоусов.", "ru");
  const auto* p = Find(ms, EntityKind::kPerson, "Бєлоусов");
  REQUIRE(p);
  CHECK(p->id == "Andrei Belousov");
  CHECK(p->match == "transliterated");
}

TEST_CASE("ru: misspelled surname", "[entity][ru]") {
  auto ms = Entities("Министр Белоусав выступил на коллегии.", "ru");
  const auto* p = Find(ms, EntityKind::kPerson, "Белоусав");
  REQUIRE(p);
  CHECK(p->id == "Andrei Belousov");
  CHECK(p->match == "misspelled");
}

TEST_CASE("ru: a place in the locative is no misspelled short surname (в Гааге is not Цинь Ган)", "[entity][ru]") {
  auto ms = Entities("Эрдоган встретился с Макроном в Гааге 29 декабря. Министр Цинь Ган в Гааге не был.", "ru");
  CHECK(PersonIds(ms) == std::vector<std::string>{"Recep Tayyip Erdoğan", "Emmanuel Macron", "Qin Gang"});
}

TEST_CASE("ru: 'министр обороны России' resolves by date", "[entity][ru]") {
  auto ms = Entities("Министр обороны России провел переговоры.", "ru");
  const auto* o = Find(ms, EntityKind::kOffice, "Министр обороны России");
  REQUIRE(o);
  CHECK(o->id == "ru.defence_minister");
  CHECK(HolderOn(o->id, "2022-10-21") == "Sergei Shoigu");
  CHECK(HolderOn(o->id, "2025-01-10") == "Andrei Belousov");
}

TEST_CASE("ru: 'глава Пентагона' and 'глава Минобороны Украины'", "[entity][ru]") {
  auto ms = Entities("Глава Пентагона позвонил, а глава Минобороны Украины промолчал.", "ru");
  const auto* us = Find(ms, EntityKind::kOffice, "Пентагона");
  REQUIRE(us);
  CHECK(us->id == "us.defence_minister");
  const auto* ua = Find(ms, EntityKind::kOffice, "Украины");
  REQUIRE(ua);
  CHECK(ua->id == "ua.defence_minister");
  CHECK(HolderOn("ua.defence_minister", "2022-10-21") == "Oleksii Reznikov");
  CHECK(HolderOn("ua.defence_minister", "2024-03-01") == "Rustem Umerov");
}

TEST_CASE("ru: sides in their cases (российской стороны, США)", "[entity][ru]") {
  auto ms = Entities("По инициативе российской стороны состоялся разговор с представителями США.", "ru");
  const auto* ru = Find(ms, EntityKind::kSide, "российской стороны");
  REQUIRE(ru);
  CHECK(ru->id == "RU");
  const auto* us = Find(ms, EntityKind::kSide, "США");
  REQUIRE(us);
  CHECK(us->id == "US");
}

TEST_CASE("ru: spokespeople (Песков, Конашенков, Захарова)", "[entity][ru]") {
  auto ms = Entities("Пресс-секретарь Кремля Дмитрий Песков и официальный представитель Минобороны России Игорь Конашенков "
                     "прокомментировали слова Марии Захаровой.", "ru");
  CHECK(PersonIds(ms) == std::vector<std::string>{"Dmitry Peskov", "Igor Konashenkov", "Maria Zakharova"});
  const auto* k = Find(ms, EntityKind::kOffice, "Кремля");
  REQUIRE(k);
  CHECK(k->id == "ru.kremlin_spokesperson");
  const auto* mod = Find(ms, EntityKind::kOffice, "Минобороны");
  REQUIRE(mod);
  CHECK(mod->id == "ru.defence_spokesperson");
}

TEST_CASE("ru: american counterpart", "[entity][ru]") {
  auto ms = Entities("Белоусов провел беседу со своим американским коллегой.", "ru");
  const auto* c = Find(ms, EntityKind::kSide, "американским");
  REQUIRE(c);
  CHECK(c->id == "US");
  CHECK(ShippedLexicon().Counterpart("ru.defence_minister", c->id) == "us.defence_minister");
}

TEST_CASE("ru: a wrong first name is recorded (Сергей Белоусов)", "[entity][ru]") {
  auto ms = Entities("Новый министр Сергей Белоусов приступил к работе.", "ru");
  const auto* p = Find(ms, EntityKind::kPerson, "Белоусов");
  REQUIRE(p);
  CHECK(p->given_written == "Сергей");
  CHECK_FALSE(p->given_fits);
}

TEST_CASE("ru: ordinary capitalised words are not people", "[entity][ru]") {
  auto ms = Entities("Пятница выдалась жаркой. Однако Источник в Генштабе ничего не сказал.", "ru");
  CHECK(PersonIds(ms).empty());
}
