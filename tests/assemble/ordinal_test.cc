// Ordinal and sequence phrasings, per language: n, scope, and what the scope is relative to.
#include <catch2/catch.hpp>

#include "assemble/fixture.h"

using crosscheck::testing::AssembleFixture;

namespace {

struct Row {
  const char* text;
  int n;
  const char* scope;
  const char* extra;  // since (ISO) for scope "since", period for "period", "" otherwise
};

void CheckRows(const char* lang, const std::vector<Row>& rows) {
  AssembleFixture f;
  for (const Row& r : rows) {
    DYNAMIC_SECTION(r.text) {
      auto claims = f.Claims(r.text, lang);
      REQUIRE(claims.size() >= 1);
      const auto& o = claims[0].ordinal;
      CHECK(o.n == r.n);
      CHECK(o.scope == r.scope);
      if (std::string(r.scope) == "since") CHECK(o.since.ToIso() == r.extra);
      if (std::string(r.scope) == "period") CHECK(o.period == r.extra);
      CHECK_FALSE(o.text.empty());
    }
  }
}

}  // namespace

TEST_CASE("Ordinal phrasings (en)", "[assemble][ordinal][en]") {
  CheckRows("en", {
      {"It was the first phone call between [Austin|P:Lloyd Austin:US] and [Belousov|P:Andrei Belousov:RU].", 1, "ever", ""},
      {"[Austin|P:Lloyd Austin:US] called [Shoigu|P:Sergei Shoigu:RU] for the second time.", 2, "ever", ""},
      {"This is the second conversation between [Hegseth|P:Pete Hegseth:US] and [Belousov|P:Andrei Belousov:RU] this year.",
       2, "year", ""},
      {"It was the first call between [Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] since {May|M:--05}.", 1,
       "since", "--05"},
      {"[Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] spoke by phone for the first time in months.", 1,
       "period", "P3M"},
      {"[Belousov|P:Andrei Belousov:RU] held a third phone call with [Austin|P:Lloyd Austin:US].", 3, "ever", ""},
      {"[Shoigu|P:Sergei Shoigu:RU] and [Austin|P:Lloyd Austin:US] held their first phone call in 5 months.", 1, "period",
       "P5M"},
      {"The call was the first between [Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] since "
       "{February 2022|D:2022-02}.", 1, "since", "2022-02"},
  });
}

TEST_CASE("Ordinal phrasings (uk)", "[assemble][ordinal][uk]") {
  CheckRows("uk", {
      {"Відбулися перші телефонні переговори [Остіна|P:Lloyd Austin:US] і [Бєлоусова|P:Andrei Belousov:RU].", 1, "ever", ""},
      {"[Остін|P:Lloyd Austin:US] вдруге поговорив телефоном із [Шойгу|P:Sergei Shoigu:RU].", 2, "ever", ""},
      {"Це друга телефонна розмова [Остіна|P:Lloyd Austin:US] і [Бєлоусова|P:Andrei Belousov:RU] цього року.", 2, "year", ""},
      {"[Остін|P:Lloyd Austin:US] і [Шойгу|P:Sergei Shoigu:RU] вперше з {травня|M:--05} провели телефонну розмову.", 1,
       "since", "--05"},
      {"Це перша телефонна розмова [Остіна|P:Lloyd Austin:US] і [Шойгу|P:Sergei Shoigu:RU] за кілька місяців.", 1,
       "period", "P3M"},
      {"[Бєлоусов|P:Andrei Belousov:RU] утретє зателефонував [Остіну|P:Lloyd Austin:US].", 3, "ever", ""},
      {"[Остін|P:Lloyd Austin:US] і [Шойгу|P:Sergei Shoigu:RU] вперше за 5 місяців провели телефонну розмову.", 1, "period",
       "P5M"},
      {"Телефонна розмова [Умєрова|P:Rustem Umerov:UA] і [Гегсета|P:Pete Hegseth:US] стала першою з {березня|M:--03}.", 1,
       "since", "--03"},
  });
}

TEST_CASE("Ordinal phrasings (ru)", "[assemble][ordinal][ru]") {
  CheckRows("ru", {
      {"Состоялся первый телефонный разговор [Белоусова|P:Andrei Belousov:RU] и [Остина|P:Lloyd Austin:US].", 1, "ever", ""},
      {"[Шойгу|P:Sergei Shoigu:RU] во второй раз поговорил по телефону с [Остином|P:Lloyd Austin:US].", 2, "ever", ""},
      {"Это второй телефонный разговор [Белоусова|P:Andrei Belousov:RU] и [Остина|P:Lloyd Austin:US] в этом году.", 2,
       "year", ""},
      {"[Остин|P:Lloyd Austin:US] и [Шойгу|P:Sergei Shoigu:RU] впервые с {мая|M:--05} провели телефонный разговор.", 1,
       "since", "--05"},
      {"[Остин|P:Lloyd Austin:US] и [Шойгу|P:Sergei Shoigu:RU] созвонились впервые за несколько месяцев.", 1, "period",
       "P3M"},
      {"Это третий телефонный разговор [Шойгу|P:Sergei Shoigu:RU] и [Остина|P:Lloyd Austin:US].", 3, "ever", ""},
      {"[Белоусов|P:Andrei Belousov:RU] и [Остин|P:Lloyd Austin:US] впервые за год провели телефонный разговор.", 1,
       "period", "P1Y"},
      {"[Шойгу|P:Sergei Shoigu:RU] повторно позвонил [Остину|P:Lloyd Austin:US].", 2, "ever", ""},
  });
}

TEST_CASE("Ordinal phrasings (it)", "[assemble][ordinal][it]") {
  CheckRows("it", {
      {"[Austin|P:Lloyd Austin:US] ha parlato per la prima volta al telefono con [Shoigu|P:Sergei Shoigu:RU].", 1, "ever", ""},
      {"È la seconda telefonata tra [Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU] quest'anno.", 2, "year", ""},
      {"[Austin|P:Lloyd Austin:US] e [Shoigu|P:Sergei Shoigu:RU] si sono sentiti al telefono per la prima volta in pochi mesi.",
       1, "period", "P3M"},
      {"La prima telefonata tra [Austin|P:Lloyd Austin:US] e [Shoigu|P:Sergei Shoigu:RU] dall'inizio della guerra.", 1,
       "since", ""},
      {"[Belousov|P:Andrei Belousov:RU] ha telefonato ad [Austin|P:Lloyd Austin:US] per la seconda volta.", 2, "ever", ""},
      {"Il terzo colloquio telefonico tra [Shoigu|P:Sergei Shoigu:RU] e [Austin|P:Lloyd Austin:US] è durato un'ora.", 3, "ever",
       ""},
      {"[Austin|P:Lloyd Austin:US] e [Shoigu|P:Sergei Shoigu:RU] hanno avuto una telefonata per la prima volta da "
       "{maggio|M:--05}.", 1, "since", "--05"},
      {"[Hegseth|P:Pete Hegseth:US] e [Belousov|P:Andrei Belousov:RU] hanno avuto la prima telefonata in 3 mesi.", 1,
       "period", "P3M"},
  });
}

TEST_CASE("A 'since' time that starts inside the cue is the ordinal's, not the event's", "[assemble][ordinal][it]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "Telefonata tra [Austin|P:Lloyd Austin:US] e [Shoigu|P:Sergei Shoigu:RU], la prima {da febbraio|M:--02}.", "it");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.empty());
  CHECK(claims[0].ordinal.scope == "since");
  CHECK(claims[0].ordinal.since.ToIso() == "--02");
}

TEST_CASE("An ordinal inside a title ('il primo ministro') counts nothing", "[assemble][ordinal][it]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Putin|P:Vladimir Putin:RU] e [il primo ministro britannico|O:gb.head_of_government:GB] "
      "[Sunak|P:Rishi Sunak:GB] si sono sentiti al telefono ieri.",
      "it");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ordinal.n == 0);
  // Outside the title the same word still counts: «la prima telefonata tra Putin e il premier».
  auto first = f.Claims("È stata la prima telefonata tra [Putin|P:Vladimir Putin:RU] e [Sunak|P:Rishi Sunak:GB].", "it");
  REQUIRE(first.size() == 1);
  CHECK(first[0].ordinal.n == 1);
}

TEST_CASE("A period written in words ('in three months', 'за два роки') is the ordinal's scope", "[assemble][ordinal]") {
  // The cues files' "numbers" let "in # months" also match number words; before, these read as "ever".
  CheckRows("en", {
      {"[Macron|P:Emmanuel Macron:FR] and [Putin|P:Vladimir Putin:RU] held their first phone call in three months.",
       1, "period", "P3M"},
      {"It was the first call between [Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] in nearly five months.",
       1, "period", "P5M"},
      {"[Austin|P:Lloyd Austin:US] spoke with [Shoigu|P:Sergei Shoigu:RU] for the first time in two years.", 1, "period",
       "P2Y"},
      // No number at all: a few weeks (was "PW", not a duration).
      {"[Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] held their first call in weeks.", 1, "period", "P3W"},
  });
  CheckRows("ru", {
      {"[Путин|P:Vladimir Putin:RU] и [Макрон|P:Emmanuel Macron:FR] провели первый за три месяца телефонный разговор.", 1,
       "period", "P3M"},
      {"Это первый за пять лет разговор [Шойгу|P:Sergei Shoigu:RU] с [Остином|P:Lloyd Austin:US].", 1, "period", "P5Y"},
  });
  CheckRows("uk", {
      {"[Макрон|P:Emmanuel Macron:FR] і [Путін|P:Vladimir Putin:RU] провели першу за два роки телефонну розмову.", 1,
       "period", "P2Y"},
      {"Це перша за п'ять місяців розмова [Остіна|P:Lloyd Austin:US] з [Шойгу|P:Sergei Shoigu:RU].", 1, "period", "P5M"},
  });
  CheckRows("it", {
      {"[Macron|P:Emmanuel Macron:FR] e [Putin|P:Vladimir Putin:RU] hanno avuto il primo colloquio telefonico da tre mesi.",
       1, "period", "P3M"},
      {"È la prima telefonata tra [Austin|P:Lloyd Austin:US] e [Shoigu|P:Sergei Shoigu:RU] in quasi due anni.", 1,
       "period", "P2Y"},
  });
}

TEST_CASE("The ordinal's scope may stand between it and the event noun", "[assemble][ordinal]") {
  // "первый с 2022 года телефонный разговор": the preposition between the ordinal and the noun read as
  // "the ordinal counts something else", and the claim had no ordinal at all.
  CheckRows("ru", {
      {"[Путин|P:Vladimir Putin:RU] и [Трамп|P:Donald Trump:US] провели первый с {2022 года|D:2022} телефонный разговор.",
       1, "since", "2022"},
      {"Это первая с {февраля|D:--02} встреча [Лаврова|P:Sergey Lavrov:RU] и [Рубио|P:Marco Rubio:US].", 1, "since",
       "--02"},
      // "раз" (time) is no preposition: the short-word test counts letters now, and it is three.
      {"[Шойгу|P:Sergei Shoigu:RU] второй раз провел телефонный разговор с [Остином|P:Lloyd Austin:US].", 2, "ever", ""},
  });
  CheckRows("uk", {
      {"[Зеленський|P:Volodymyr Zelensky:UA] і [Дуда|P:Andrzej Duda:PL] провели першу з {2023 року|D:2023} зустріч.", 1,
       "since", "2023"},
  });
  // A preposition that is not a scope still means the ordinal counts something else.
  AssembleFixture f;
  auto other = f.Claims(
      "[Макрон|P:Emmanuel Macron:FR] стал первым из лидеров, кто провел разговор с [Путиным|P:Vladimir Putin:RU].", "ru");
  REQUIRE(other.size() == 1);
  CHECK(other[0].ordinal.n == 0);
}

TEST_CASE("'In less than three weeks' and its kin are periods in all four languages", "[assemble][ordinal]") {
  CheckRows("en", {
      {"The call between [Austin|P:Lloyd Austin:US] and [Belousov|P:Andrei Belousov:RU] was the second in less than "
       "three weeks.", 2, "period", "P3W"},
      {"It was the third meeting of [Lavrov|P:Sergey Lavrov:RU] and [Fidan|P:Hakan Fidan:TR] within two months.", 3,
       "period", "P2M"},
  });
  CheckRows("ru", {
      {"Это второй менее чем за два месяца разговор [Путина|P:Vladimir Putin:RU] и [Трампа|P:Donald Trump:US].", 2,
       "period", "P2M"},
  });
  CheckRows("uk", {
      {"Це друга менш ніж за три тижні розмова [Остіна|P:Lloyd Austin:US] з [Білоусовим|P:Andrei Belousov:RU].", 2,
       "period", "P3W"},
  });
  CheckRows("it", {
      {"È la seconda telefonata tra [Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU] in meno di tre settimane.",
       2, "period", "P3W"},
  });
}

TEST_CASE("'After five months' is a period with 'first', the gap to the one before with 'second'", "[assemble][ordinal]") {
  CheckRows("en", {
      {"It was the first call between [Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] after five months.", 1,
       "period", "P5M"},
      {"[Austin|P:Lloyd Austin:US] called [Shoigu|P:Sergei Shoigu:RU] for the second time after more than five months.",
       2, "ever", ""},
  });
  CheckRows("ru", {
      {"[Шойгу|P:Sergei Shoigu:RU] впервые спустя полгода поговорил по телефону с [Остином|P:Lloyd Austin:US].", 1,
       "period", "P6M"},
  });
  CheckRows("it", {
      {"[Austin|P:Lloyd Austin:US] ha chiamato [Shoigu|P:Sergei Shoigu:RU] per la seconda volta dopo cinque mesi.", 2,
       "ever", ""},
  });
}

TEST_CASE("An ordinal in apposition after a long clause is said of its event", "[assemble][ordinal]") {
  // More than 8 tokens after the trigger, after a comma: ", the first since December 2022".
  AssembleFixture f;
  auto en = f.Claims(
      "[German Chancellor|O:de.head_of_government:DE] [Olaf Scholz|P:Olaf Scholz:DE] held a phone call lasting about an "
      "hour with [Russian President|O:ru.head_of_state:RU] [Vladimir Putin|P:Vladimir Putin:RU] on Friday, the first "
      "{since December 2022|M:2022-12}.",
      "en");
  REQUIRE(en.size() == 1);
  CHECK(en[0].ordinal.n == 1);
  CHECK(en[0].ordinal.scope == "since");
  auto it = f.Claims(
      "Il cancelliere [Olaf Scholz|P:Olaf Scholz:DE] ha avuto oggi un colloquio telefonico di circa un'ora con il "
      "presidente russo [Vladimir Putin|P:Vladimir Putin:RU], il primo dal {dicembre 2022|M:2022-12}.",
      "it");
  REQUIRE(it.size() == 1);
  CHECK(it[0].ordinal.n == 1);
  CHECK(it[0].ordinal.since.ToIso() == "2022-12");
  auto ru = f.Claims(
      "Канцлер [Олаф Шольц|P:Olaf Scholz:DE] провел в пятницу часовой телефонный разговор с президентом России "
      "[Владимиром Путиным|P:Vladimir Putin:RU], первый почти за два года.",
      "ru");
  REQUIRE(ru.size() == 1);
  CHECK(ru[0].ordinal.n == 1);
  CHECK(ru[0].ordinal.period == "P2Y");
  // An ordinal that counts something else after the comma is not the event's.
  auto other = f.Claims(
      "[Scholz|P:Olaf Scholz:DE] spoke with [Putin|P:Vladimir Putin:RU] for an hour on Friday about the war, the first "
      "woman to lead the party said.",
      "en");
  REQUIRE(other.size() == 1);
  CHECK(other[0].ordinal.n == 0);
}

TEST_CASE("A count over days or weeks ('the second in three days') is a period, not a count since ever",
          "[assemble][ordinal]") {
  // Read as "ever", these made false ordinal-timeline contradictions: a pair that spoke twice in three
  // days had spoken before, months earlier.
  CheckRows("en", {
      {"[Austin|P:Lloyd Austin:US] called [Shoigu|P:Sergei Shoigu:RU] for the second time in three days.", 2, "period",
       "P3D"},
      {"[Austin|P:Lloyd Austin:US] and [Belousov|P:Andrei Belousov:RU] held their second conversation in less than a "
       "month.",
       2, "period", "P1M"},
      {"It was the third call between [Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] in a week.", 3, "period",
       "P1W"},
  });
  CheckRows("uk", {
      {"[Остін|P:Lloyd Austin:US] удруге за три дні поговорив із [Шойгу|P:Sergei Shoigu:RU].", 2, "period", "P3D"},
      {"[Остін|P:Lloyd Austin:US] провів другу за кілька днів розмову з [Шойгу|P:Sergei Shoigu:RU].", 2, "period", "P7D"},
  });
  CheckRows("ru", {
      {"Это второй за неделю разговор [Шойгу|P:Sergei Shoigu:RU] с [Остином|P:Lloyd Austin:US].", 2, "period", "P1W"},
      {"[Шойгу|P:Sergei Shoigu:RU] и [Остин|P:Lloyd Austin:US] провели второй разговор менее чем за месяц.", 2, "period",
       "P1M"},
  });
  CheckRows("it", {
      {"Nuova telefonata tra [Shoigu|P:Sergei Shoigu:RU] e [Austin|P:Lloyd Austin:US], la seconda in tre giorni.", 2,
       "period", "P3D"},
      {"È il secondo colloquio tra [Austin|P:Lloyd Austin:US] e [Shoigu|P:Sergei Shoigu:RU] in meno di un mese.", 2,
       "period", "P1M"},
  });
}

TEST_CASE("A bare 'since' preposition after the ordinal's whole noun phrase gives the scope, not the date",
          "[assemble][ordinal]") {
  // "с"/"da" more than six tokens after the ordinal: the since-date was read as the event's date, and the
  // sentence became a claim of its own about March 2023.
  AssembleFixture f;
  auto ru = f.Claims(
      "Это первый разговор глав оборонных ведомств [России|S:RU] и [США|S:US] с {марта 2023 года|D:2023-03}.", "ru");
  REQUIRE(ru.size() == 1);
  CHECK(ru[0].date.empty());
  CHECK(ru[0].ordinal.n == 1);
  CHECK(ru[0].ordinal.scope == "since");
  CHECK(ru[0].ordinal.since.ToIso() == "2023-03");
  auto it = f.Claims(
      "È stata la prima conversazione tra i due ministri della Difesa [Austin|P:Lloyd Austin:US] e "
      "[Belousov|P:Andrei Belousov:RU] da {marzo 2023|D:2023-03}.",
      "it");
  REQUIRE(it.size() == 1);
  CHECK(it[0].date.empty());
  CHECK(it[0].ordinal.since.ToIso() == "2023-03");
  // Across a comma the preposition starts another clause: its date is the event's own.
  auto uk = f.Claims(
      "Перша розмова [Остіна|P:Lloyd Austin:US] і [Шойгу|P:Sergei Shoigu:RU] тривала годину, з {13 травня|D:2022-05-13} "
      "вони не спілкувалися.",
      "uk");
  REQUIRE(uk.size() >= 1);
  CHECK(uk[0].ordinal.scope == "ever");
}
