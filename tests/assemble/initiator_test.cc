// Initiator phrasings, per language: each row is a sentence written for the test and the side that
// started the event.
#include <catch2/catch.hpp>

#include "assemble/fixture.h"

using crosscheck::testing::AssembleFixture;

namespace {

struct Row {
  const char* text;
  const char* initiator;
};

void CheckRows(const char* lang, const std::vector<Row>& rows) {
  AssembleFixture f;
  for (const Row& r : rows) {
    DYNAMIC_SECTION(r.text) {
      auto claims = f.Claims(r.text, lang);
      REQUIRE(claims.size() >= 1);
      CHECK(claims[0].initiator == r.initiator);
      CHECK_FALSE(claims[0].initiator_text.empty());
    }
  }
}

}  // namespace

TEST_CASE("Initiator phrasings (en)", "[assemble][initiator][en]") {
  CheckRows("en", {
      {"At the initiative of the [Russian side|S:RU], [Belousov|P:Andrei Belousov:RU] and [Austin|P:Lloyd Austin:US] "
       "had a phone call.", "RU"},
      {"[Austin|P:Lloyd Austin:US] called [Shoigu|P:Sergei Shoigu:RU] on {Friday|W:4}.", "US"},
      {"The call between [Hegseth|P:Pete Hegseth:US] and [Belousov|P:Andrei Belousov:RU] took place at the request of "
       "[Moscow|S:RU].", "RU"},
      {"[Lloyd Austin|P:Lloyd Austin:US] initiated a telephone conversation with [Sergei Shoigu|P:Sergei Shoigu:RU].", "US"},
      {"[Austin|P:Lloyd Austin:US] reached out to [Belousov|P:Andrei Belousov:RU] by phone on {July 12|D:--07-12}.", "US"},
      {"The [defence ministers|O:defence_minister:] of [Britain|S:GB] and [France|S:FR] spoke by phone with [Shoigu|P:Sergei Shoigu:RU] at his "
       "request.", "RU"},
      {"[Belousov|P:Andrei Belousov:RU] received a call from [Austin|P:Lloyd Austin:US] on {25 June|D:--06-25}.", "US"},
      {"The phone call with [Shoigu|P:Sergei Shoigu:RU] was initiated by [Washington|S:US], [Austin|P:Lloyd Austin:US] "
       "said.", "US"},
      {"[Umerov|P:Rustem Umerov:UA] phoned his [British|S:GB] counterpart on {Monday|W:0}.", "UA"},
  });
}

TEST_CASE("Initiator phrasings (uk)", "[assemble][initiator][uk]") {
  CheckRows("uk", {
      {"З ініціативи [американської сторони|S:US] [Остін|P:Lloyd Austin:US] провів телефонну розмову з "
       "[Бєлоусовим|P:Andrei Belousov:RU].", "US"},
      {"[Остін|P:Lloyd Austin:US] зателефонував [Шойгу|P:Sergei Shoigu:RU] у {п'ятницю|W:4}.", "US"},
      {"На прохання [Москви|S:RU] відбулася телефонна розмова [Остіна|P:Lloyd Austin:US] та "
       "[Бєлоусова|P:Andrei Belousov:RU].", "RU"},
      {"Телефонна розмова [Шойгу|P:Sergei Shoigu:RU] з [Остіном|P:Lloyd Austin:US] відбулася за ініціативою "
       "[російської сторони|S:RU].", "RU"},
      {"Ініціатива проведення телефонної розмови між [Остіном|P:Lloyd Austin:US] і [Шойгу|P:Sergei Shoigu:RU] "
       "виходила від [американської сторони|S:US].", "US"},
      {"Ініціатором телефонної розмови [Бєлоусова|P:Andrei Belousov:RU] та [Остіна|P:Lloyd Austin:US] виступила "
       "[російська сторона|S:RU].", "RU"},
      {"[Міністри оборони|O:defence_minister:] [Франції|S:FR] поговорили по телефону з [Шойгу|P:Sergei Shoigu:RU] на його прохання.", "RU"},
      {"[Умєров|P:Rustem Umerov:UA] ініціював телефонну розмову з [Гегсетом|P:Pete Hegseth:US].", "UA"},
  });
}

TEST_CASE("Initiator phrasings (ru)", "[assemble][initiator][ru]") {
  CheckRows("ru", {
      {"По инициативе [американской стороны|S:US] состоялся телефонный разговор [Белоусова|P:Andrei Belousov:RU] и "
       "[Остина|P:Lloyd Austin:US].", "US"},
      {"[Шойгу|P:Sergei Shoigu:RU] позвонил [Остину|P:Lloyd Austin:US] в {пятницу|W:4}.", "RU"},
      {"По просьбе [Вашингтона|S:US] [Белоусов|P:Andrei Belousov:RU] провел телефонный разговор с "
       "[Остином|P:Lloyd Austin:US].", "US"},
      {"Телефонный разговор [Шойгу|P:Sergei Shoigu:RU] и [Остина|P:Lloyd Austin:US] прошел по инициативе "
       "[российской стороны|S:RU].", "RU"},
      {"Инициатива проведения телефонных переговоров [Белоусова|P:Andrei Belousov:RU] с [Остином|P:Lloyd Austin:US] "
       "исходила от [российской стороны|S:RU].", "RU"},
      {"Инициатором телефонного разговора [Шойгу|P:Sergei Shoigu:RU] и [Остина|P:Lloyd Austin:US] выступила "
       "[американская сторона|S:US].", "US"},
      {"[Министры обороны|O:defence_minister:] [Великобритании|S:GB] созвонились с [Шойгу|P:Sergei Shoigu:RU] по его просьбе.", "RU"},
      {"[Остин|P:Lloyd Austin:US] инициировал телефонный разговор с [Белоусовым|P:Andrei Belousov:RU].", "US"},
  });
}

TEST_CASE("Initiator phrasings (it)", "[assemble][initiator][it]") {
  CheckRows("it", {
      {"Su iniziativa della [parte russa|S:RU], [Belousov|P:Andrei Belousov:RU] e [Austin|P:Lloyd Austin:US] hanno avuto "
       "una telefonata.", "RU"},
      {"[Austin|P:Lloyd Austin:US] ha avviato una chiamata con [Shoigu|P:Sergei Shoigu:RU].", "US"},
      {"Su richiesta di [Washington|S:US] si è svolto un colloquio telefonico tra [Austin|P:Lloyd Austin:US] e "
       "[Belousov|P:Andrei Belousov:RU].", "US"},
      {"[Shoigu|P:Sergei Shoigu:RU] ha telefonato ad [Austin|P:Lloyd Austin:US] venerdì.", "RU"},
      {"La telefonata tra [Austin|P:Lloyd Austin:US] e [Shoigu|P:Sergei Shoigu:RU] è stata promossa da "
       "[Mosca|S:RU].", "RU"},
      {"I [ministri della difesa|O:defence_minister:] di [Francia|S:FR] hanno avuto una conversazione telefonica con "
       "[Shoigu|P:Sergei Shoigu:RU] su sua richiesta.", "RU"},
      {"[Belousov|P:Andrei Belousov:RU] ha chiamato [Austin|P:Lloyd Austin:US] per discutere della situazione.", "RU"},
      {"Per iniziativa di [Kiev|S:UA], [Umerov|P:Rustem Umerov:UA] ha avuto un colloquio telefonico con "
       "[Hegseth|P:Pete Hegseth:US].", "UA"},
  });
}

TEST_CASE("Initiator: possessives and 'upon the request of' (en)", "[assemble][initiator][en]") {
  CheckRows("en", {
      {"[Rubio|P:Marco Rubio:US] spoke by phone with [Lavrov|P:Sergey Lavrov:RU] on {Saturday|W:5} at Moscow's request.",
       "RU"},
      {"[Rubio|P:Marco Rubio:US] and [Lavrov|P:Sergey Lavrov:RU] held a phone call at the Kremlin's initiative.", "RU"},
      {"[Umerov|P:Rustem Umerov:UA] met [Hegseth|P:Pete Hegseth:US] in Brussels at Washington's invitation.", "US"},
      {"[Rubio|P:Marco Rubio:US] spoke by phone with [Lavrov|P:Sergey Lavrov:RU] upon the request of the "
       "[Russian side|S:RU].", "RU"},
  });
}

TEST_CASE("Initiator: the host who invited, 'at his own invitation', and a sentence that only adds who asked",
          "[assemble][initiator]") {
  CheckRows("en", {
      {"[Antony Blinken|P:Antony Blinken:US] hosted [Sergey Lavrov|P:Sergey Lavrov:RU] for talks in Vilnius, at his "
       "own invitation.", "US"},
      {"[Lloyd Austin|P:Lloyd Austin:US] invited [Rustem Umerov|P:Rustem Umerov:UA] to talks in Brussels.", "US"},
  });
  CheckRows("uk", {
      {"Міністр [Бен Уоллес|P:Ben Wallace:GB] запросив [Андрія Тарана|P:Andrii Taran:UA] на переговори у Брюсселі.", "GB"},
  });
  CheckRows("ru", {
      {"[Себастьен Лекорню|P:Sebastien Lecornu:FR] провел телефонный разговор с [Яшаром Гюлером|P:Yasar Guler:TR]. "
       "Контакт состоялся по просьбе [турецкой стороны|S:TR].", "TR"},
      {"[Путин|P:Vladimir Putin:RU] пригласил [Джонсона|P:Boris Johnson:GB] на переговоры в Москве.", "RU"},
  });
  CheckRows("it", {
      {"[Lloyd Austin|P:Lloyd Austin:US] ha invitato [Rustem Umerov|P:Rustem Umerov:UA] a Bruxelles per colloqui.",
       "US"},
  });
}

TEST_CASE("A next sentence that reports something else does not lend its initiator", "[assemble][initiator]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Lecornu|P:Sebastien Lecornu:FR] held a phone call with [Guler|P:Yasar Guler:TR]. "
      "[Ukraine|S:UA] requested more air defence systems.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].initiator.empty());
}

TEST_CASE("Initiator: the possessor inside 'at X's request' (en)", "[assemble][initiator][en]") {
  CheckRows("en", {
      {"[Lloyd Austin|P:Lloyd Austin:US] held a phone call with [Andrei Belousov|P:Andrei Belousov:RU] on "
       "{Friday|W:4} at [Belousov's|P:Andrei Belousov:RU] request.", "RU"},
      {"[Austin|P:Lloyd Austin:US] spoke with [Belousov|P:Andrei Belousov:RU] at the "
       "[Russian minister's|O:ru.defence_minister:RU] invitation.", "RU"},
      {"[Shoigu|P:Sergei Shoigu:RU] took a call from [Austin|P:Lloyd Austin:US] on "
       "[Washington's|S:US] initiative.", "US"},
  });
  // "at his request" is still the person before it, not a possessor inside the cue.
  CheckRows("en", {
      {"[Austin|P:Lloyd Austin:US] spoke with [Shoigu|P:Sergei Shoigu:RU] at his request.", "RU"},
  });
}

TEST_CASE("A next sentence that only says who asked for the same event lends its initiator, in any word order",
          "[assemble][initiator]") {
  // "Звонок был инициирован …", "Розмову ініціювала …": an event noun of its own, but no person or office,
  // date, reference or plan — the same call. Before, only a sentence with no event word at all lent it.
  CheckRows("ru", {
      {"[Остин|P:Lloyd Austin:US] и [Белоусов|P:Andrei Belousov:RU] поговорили по телефону в пятницу. Звонок был "
       "инициирован [американской стороной|S:US].", "US"},
  });
  CheckRows("uk", {
      {"[Остін|P:Lloyd Austin:US] і [Білоусов|P:Andrei Belousov:RU] поговорили телефоном. Розмову ініціювала "
       "[американська сторона|S:US].", "US"},
  });
  CheckRows("it", {
      {"[Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU] si sono sentiti al telefono. La telefonata è "
       "stata chiesta dalla [parte americana|S:US].", "US"},
  });
  // Another call: "the previous one" keeps its initiator to itself.
  AssembleFixture f;
  auto claims = f.Claims(
      "[Остин|P:Lloyd Austin:US] и [Белоусов|P:Andrei Belousov:RU] поговорили по телефону. Предыдущий звонок был "
      "инициирован [американской стороной|S:US].",
      "ru");
  REQUIRE(claims.size() >= 1);
  CHECK(claims[0].initiator.empty());
}

TEST_CASE("A sentence that only says who reported the event does not hide the next one's initiator",
          "[assemble][initiator]") {
  // "… провів телефонну розмову з Білоусовим. Про це повідомив речник Пентагону. Як зазначається, розмову
  // ініціювала американська сторона.": the initiator two sentences on was lost.
  CheckRows("uk", {
      {"[Остін|P:Lloyd Austin:US] провів телефонну розмову з [Білоусовим|P:Andrei Belousov:RU]. Про це повідомив "
       "[речник Пентагону|O:us.defence_spokesperson:US]. Як зазначається, розмову ініціювала "
       "[американська сторона|S:US].", "US"},
  });
  CheckRows("ru", {
      {"[Белоусов|P:Andrei Belousov:RU] провел телефонный разговор с [Остином|P:Lloyd Austin:US]. Об этом сообщили в "
       "[Минобороны России|G:Russia defence ministry:RU]. Разговор был инициирован [американской стороной|S:US].", "US"},
  });
  // Two sentences on, but the one between tells of another call: nothing is lent.
  AssembleFixture f;
  auto claims = f.Claims(
      "[Остін|P:Lloyd Austin:US] провів телефонну розмову з [Білоусовим|P:Andrei Belousov:RU]. Раніше він говорив "
      "з [Шойгу|P:Sergei Shoigu:RU]. Розмову ініціювала [американська сторона|S:US].",
      "uk");
  REQUIRE(claims.size() >= 1);
  CHECK(claims[0].initiator.empty());
}

TEST_CASE("'The initiator was the American side' alone in the next sentence lends that side; a cleft names who asked",
          "[assemble][initiator]") {
  // "…состоялся 12.07. Инициатором выступила американская сторона.": no event word in the sentence, so
  // only "following" cues were read there; "A chiedere il colloquio è stato il Pentagono" had no cue.
  CheckRows("ru", {
      {"Телефонный разговор [Белоусова|P:Andrei Belousov:RU] и [Остина|P:Lloyd Austin:US] состоялся "
       "{12 июля|D:2024-07-12}. Инициатором выступила [американская сторона|S:US].", "US"},
  });
  CheckRows("it", {
      {"{Venerdì 12 luglio|D:2024-07-12}, telefonata tra [Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU]. "
       "A chiedere il colloquio è stato il [Pentagono|G:Pentagon:US].", "US"},
      {"[Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU] si sono sentiti al telefono. A volere la telefonata "
       "è stata la [parte russa|S:RU].", "RU"},
  });
  // A person named there is not taken for the side that asked.
  AssembleFixture f;
  auto claims = f.Claims(
      "[Остин|P:Lloyd Austin:US] и [Белоусов|P:Andrei Belousov:RU] поговорили по телефону. Инициатором санкций "
      "выступил [Байден|P:Joe Biden:US].",
      "ru");
  REQUIRE(claims.size() >= 1);
  CHECK(claims[0].initiator.empty());
}
