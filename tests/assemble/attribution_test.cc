// Attribution phrasings, per language: the canonical source a claim is attributed to.
#include <catch2/catch.hpp>

#include "assemble/fixture.h"

using crosscheck::testing::AssembleFixture;

namespace {

struct Row {
  const char* text;
  const char* source;
};

void CheckRows(const char* lang, const std::vector<Row>& rows) {
  AssembleFixture f;
  for (const Row& r : rows) {
    DYNAMIC_SECTION(r.text) {
      auto claims = f.Claims(r.text, lang);
      REQUIRE(claims.size() >= 1);
      CHECK(claims[0].attributed_to == r.source);
      CHECK_FALSE(claims[0].attribution_text.empty());
      CHECK(claims[0].participants.size() == 2);  // the source is not a participant
    }
  }
}

}  // namespace

TEST_CASE("Attribution phrasings (en)", "[assemble][attribution][en]") {
  CheckRows("en", {
      {"According to the [Pentagon|G:Pentagon:US], [Austin|P:Lloyd Austin:US] spoke by phone with "
       "[Belousov|P:Andrei Belousov:RU].", "Pentagon"},
      {"[Austin|P:Lloyd Austin:US] held a phone call with [Belousov|P:Andrei Belousov:RU], the "
       "[Pentagon|G:Pentagon:US] said.", "Pentagon"},
      {"[Austin|P:Lloyd Austin:US] and [Belousov|P:Andrei Belousov:RU] had a phone call, [Reuters|U:Reuters] reported.",
       "Reuters"},
      {"[Shoigu|P:Sergei Shoigu:RU] held a phone call with [Austin|P:Lloyd Austin:US], [TASS|U:TASS] reported citing the "
       "[Russian Defence Ministry|G:Russian Defence Ministry:RU].", "Russian Defence Ministry"},
      {"[Belousov|P:Andrei Belousov:RU] and [Austin|P:Lloyd Austin:US] had a telephone conversation.\n"
       "This was reported by UNN with reference to the statement of the "
       "[Russian Defense Ministry|G:Russian Defence Ministry:RU].", "Russian Defence Ministry"},
      {"[Austin|P:Lloyd Austin:US] had a call with [Shoigu|P:Sergei Shoigu:RU], The Washington Post wrote.",
       "The Washington Post"},
      // The source stands before "said", the person after it is the news, not the source's spokesman.
      {"The [Kremlin|G:Kremlin:RU] said [Putin|P:Vladimir Putin:RU] and [Xi|P:Xi Jinping:CN] spoke by phone.", "Kremlin"},
      {"In a readout of the call, the [Pentagon|G:Pentagon:US] said [Austin|P:Lloyd Austin:US] and "
       "[Belousov|P:Andrei Belousov:RU] discussed Ukraine.", "Pentagon"},
  });
}

TEST_CASE("Attribution phrasings (uk)", "[assemble][attribution][uk]") {
  CheckRows("uk", {
      {"За словами [Пентагону|G:Pentagon:US], [Остін|P:Lloyd Austin:US] провів телефонну розмову з "
       "[Бєлоусовим|P:Andrei Belousov:RU].", "Pentagon"},
      {"[Остін|P:Lloyd Austin:US] провів телефонну розмову з [Бєлоусовим|P:Andrei Belousov:RU], повідомили в "
       "[Міноборони РФ|G:Russian Defence Ministry:RU].", "Russian Defence Ministry"},
      {"[Остін|P:Lloyd Austin:US] і [Шойгу|P:Sergei Shoigu:RU] провели телефонну розмову, пише [Reuters|U:Reuters].",
       "Reuters"},
      {"Як повідомляє [Укрінформ|U:Ukrinform], [Умєров|P:Rustem Umerov:UA] провів телефонну розмову з "
       "[Гегсетом|P:Pete Hegseth:US].", "Ukrinform"},
      {"[Остін|P:Lloyd Austin:US] провів телефонну розмову з [Шойгу|P:Sergei Shoigu:RU], йдеться у заяві "
       "[Пентагону|G:Pentagon:US].", "Pentagon"},
      {"Як повідомив [Пентагон|G:Pentagon:US], [Остін|P:Lloyd Austin:US] провів телефонну розмову з "
       "[Бєлоусовим|P:Andrei Belousov:RU].", "Pentagon"},
  });
}

TEST_CASE("Attribution phrasings (ru)", "[assemble][attribution][ru]") {
  CheckRows("ru", {
      {"[Шойгу|P:Sergei Shoigu:RU] провел телефонный разговор с [Остином|P:Lloyd Austin:US], сообщает [ТАСС|U:TASS].",
       "TASS"},
      {"По данным [Минобороны России|G:Russian Defence Ministry:RU], [Белоусов|P:Andrei Belousov:RU] провел телефонный "
       "разговор с [Остином|P:Lloyd Austin:US].", "Russian Defence Ministry"},
      {"[Белоусов|P:Andrei Belousov:RU] и [Остин|P:Lloyd Austin:US] провели телефонный разговор, сообщает "
       "[РИА Новости|U:RIA Novosti] со ссылкой на [Пентагон|G:Pentagon:US].", "Pentagon"},
      {"[Пентагон|G:Pentagon:US] сообщил, что [Остин|P:Lloyd Austin:US] провел телефонный разговор с "
       "[Шойгу|P:Sergei Shoigu:RU].", "Pentagon"},
      {"По словам [Кремля|G:Kremlin:RU], [Шойгу|P:Sergei Shoigu:RU] поговорил по телефону с [Остином|P:Lloyd Austin:US].",
       "Kremlin"},
      {"Как сообщил [Кремль|G:Kremlin:RU], [Путин|P:Vladimir Putin:RU] провел телефонный разговор с "
       "[Си Цзиньпином|P:Xi Jinping:CN].", "Kremlin"},
  });
}

TEST_CASE("Attribution phrasings (it)", "[assemble][attribution][it]") {
  CheckRows("it", {
      {"Secondo il [Pentagono|G:Pentagon:US], [Austin|P:Lloyd Austin:US] ha avuto una telefonata con "
       "[Shoigu|P:Sergei Shoigu:RU].", "Pentagon"},
      {"Il [Pentagono|G:Pentagon:US] ha affermato che [Austin|P:Lloyd Austin:US] ha avuto una telefonata con "
       "[Shoigu|P:Sergei Shoigu:RU].", "Pentagon"},
      {"[Austin|P:Lloyd Austin:US] ha avuto una telefonata con [Belousov|P:Andrei Belousov:RU], scrive il "
       "[Washington Post|U:The Washington Post].", "The Washington Post"},
      {"[Belousov|P:Andrei Belousov:RU] ha avuto un colloquio telefonico con [Austin|P:Lloyd Austin:US], riferisce "
       "[ANSA|U:ANSA] citando il [ministero della Difesa russo|G:Russian Defence Ministry:RU].", "Russian Defence Ministry"},
      {"[Austin|P:Lloyd Austin:US] e [Shoigu|P:Sergei Shoigu:RU] hanno avuto una telefonata, ha riferito il "
       "[Cremlino|G:Kremlin:RU].", "Kremlin"},
      {"Come ha riferito il [Pentagono|G:Pentagon:US], [Austin|P:Lloyd Austin:US] ha avuto una telefonata con "
       "[Shoigu|P:Sergei Shoigu:RU].", "Pentagon"},
  });
}

TEST_CASE("Past a comma the source follows the verb (it)", "[assemble][attribution][it]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Austin|P:Lloyd Austin:US] ha avuto una telefonata con [Shoigu|P:Sergei Shoigu:RU], ha reso noto il "
      "[Pentagono|G:Pentagon:US].", "it");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].attributed_to == "Pentagon");
}

TEST_CASE("Never a pronoun or a channel: the person or office behind it", "[assemble][attribution]") {
  AssembleFixture f;
  SECTION("an Italian object clitic before the verb: the subject follows it") {
    auto claims = f.Claims(
        "Il ministro [Guido Crosetto|P:Guido Crosetto:IT] ha avuto oggi un colloquio telefonico con "
        "[Andrei Belousov|P:Andrei Belousov:RU]. Lo ha reso noto il [Cremlino|G:Kremlin:RU] in una nota.", "it");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].attributed_to == "Kremlin");
  }
  SECTION("'він повідомив у Telegram' (uk): the minister it stands for") {
    auto claims = f.Claims(
        "Міністр [Андрій Сибіга|P:Andrii Sybiha:UA] провів телефонну розмову з [Марко Рубіо|P:Marco Rubio:US]. "
        "Про це він повідомив у Telegram.", "uk");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].attributed_to == "Andrii Sybiha");
  }
  SECTION("'он сообщил в Telegram' (ru): the person named before the pronoun") {
    auto claims = f.Claims(
        "[Лавров|P:Sergey Lavrov:RU] провел телефонный разговор с [Рубио|P:Marco Rubio:US]. "
        "Об этом он сообщил в Telegram.", "ru");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].attributed_to == "Sergey Lavrov");
  }
  SECTION("'said on Telegram' (en): the speaker, not the channel") {
    auto claims = f.Claims(
        "[Umerov|P:Rustem Umerov:UA] held a phone call with [Hegseth|P:Pete Hegseth:US], "
        "[Umerov|P:Rustem Umerov:UA] wrote on Telegram.", "en");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].attributed_to == "Rustem Umerov");
  }
}

TEST_CASE("A ministry named without a country is that of the claim's first participant", "[assemble][attribution]") {
  AssembleFixture f;
  auto uk = f.Claims(
      "Міністр оборони України [Рустем Умєров|P:Rustem Umerov:UA] провів телефонну розмову з "
      "[Пітом Гегсетом|P:Pete Hegseth:US], повідомили в [Міноборони|G:defence_ministry:].", "uk");
  REQUIRE(uk.size() == 1);
  CHECK(uk[0].attributed_to == "Ukraine defence ministry");
  auto it = f.Claims(
      "Il ministro russo [Andrei Belousov|P:Andrei Belousov:RU] ha avuto un colloquio telefonico con "
      "[Guido Crosetto|P:Guido Crosetto:IT]. Lo ha reso noto il [ministero della Difesa|G:defence_ministry:] di Mosca.",
      "it");
  REQUIRE(it.size() == 1);
  CHECK(it[0].attributed_to == "Russia defence ministry");
}

TEST_CASE("'X said (that) A and B held a call': X is the source, not a third party", "[assemble][attribution]") {
  // Before, Peskov was a participant of the Putin-Biden call, and the claim could not link with the
  // reports that name only the two presidents.
  AssembleFixture f;
  struct Case {
    const char* text;
    const char* lang;
    const char* source;
  };
  const Case cases[] = {
      {"[Peskov|P:Dmitry Peskov:RU] said [Putin|P:Vladimir Putin:RU] and [Biden|P:Joe Biden:US] held a phone call on "
       "Friday.", "en", "Dmitry Peskov"},
      {"[Песков|P:Dmitry Peskov:RU] заявил, что [Путин|P:Vladimir Putin:RU] и [Байден|P:Joe Biden:US] провели "
       "телефонный разговор.", "ru", "Dmitry Peskov"},
      {"[Кулеба|P:Dmytro Kuleba:UA] повідомив, що [Зеленський|P:Volodymyr Zelensky:UA] провів телефонну розмову з "
       "[Байденом|P:Joe Biden:US].", "uk", "Dmytro Kuleba"},
      {"[Peskov|P:Dmitry Peskov:RU] ha detto che [Putin|P:Vladimir Putin:RU] e [Biden|P:Joe Biden:US] hanno avuto una "
       "telefonata.", "it", "Dmitry Peskov"},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.text) {
      auto claims = f.Claims(c.text, c.lang);
      REQUIRE(claims.size() == 1);
      CHECK(claims[0].participants.size() == 2);
      CHECK_FALSE(crosscheck::testing::HasParticipant(claims[0], c.source));
      CHECK(claims[0].attributed_to == c.source);
    }
  }
  // The source who is the reported clause's subject stays a party: "he", or a pair of its own missing.
  auto he = f.Claims("[Zelensky|P:Volodymyr Zelensky:UA] said he had called [Biden|P:Joe Biden:US] and "
                     "[Scholz|P:Olaf Scholz:DE] on Friday.");
  REQUIRE(he.size() == 1);
  CHECK(crosscheck::testing::HasParticipant(he[0], "Volodymyr Zelensky"));
  auto own = f.Claims("[Austin|P:Lloyd Austin:US] said he spoke with [Shoigu|P:Sergei Shoigu:RU] on Friday.");
  REQUIRE(own.size() == 1);
  CHECK(crosscheck::testing::HasParticipant(own[0], "Lloyd Austin"));
}
