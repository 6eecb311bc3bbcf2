// References to other events become claims with role "reference", with their own date (inferred
// relative to the article's main event when the year is not written) and participants.
#include <catch2/catch.hpp>

#include "assemble/fixture.h"

using crosscheck::testing::AssembleFixture;
using crosscheck::testing::FindClaim;

TEST_CASE("'The previous one took place on ...' is a reference claim (en)", "[assemble][reference][en]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "On {Friday|W:4}, {July 12|D:--07-12}, [Belousov|P:Andrei Belousov:RU] and [Austin|P:Lloyd Austin:US] had a "
      "phone call.\n"
      "It was the second conversation between the [US|S:US] and [Russian|S:RU] [defense ministers|O:defence_minister:] "
      "this year, the previous one took place on {June 25|D:--06-25}.");
  const auto* main = FindClaim(claims, "call", "main");
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(main);
  REQUIRE(ref);
  CHECK(main->date.ToIso() == "2024-07-12");
  CHECK(ref->date.ToIso() == "2024-06-25");
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
  // The ordinal belongs to the second conversation, not to the one it refers back to.
  const auto* second = [&]() -> const crosscheck::Claim* {
    for (const auto& c : claims)
      if (c.ordinal.n == 2) return &c;
    return nullptr;
  }();
  REQUIRE(second);
  CHECK(second->role == "main");
  CHECK(second->ordinal.scope == "year");
  CHECK(ref->ordinal.empty());
}

TEST_CASE("A previous conversation between offices resolves by its own date (uk)", "[assemble][reference][uk]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Міністри оборони|O:defence_minister:] [США|S:US] і [Росії|S:RU] провели телефонну розмову "
      "{12 липня 2024 року|D:2024-07-12}.\n"
      "Попередня розмова між ними відбулася у {березні 2023 року|D:2023-03}.", "uk");
  const auto* main = FindClaim(claims, "call", "main");
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(main);
  REQUIRE(ref);
  CHECK(main->ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
  CHECK(ref->date.ToIso() == "2023-03");
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"});
}

TEST_CASE("People lent in their offices to an earlier-dated reference are that date's holders (ru)",
          "[assemble][reference][ru]") {
  // "Последний раз главы военных ведомств России и США общались в марте 2023 года" under a report of
  // Belousov and Austin borrowed Belousov, who was not defence minister then: the timeline then had a
  // Belousov–Austin call in March 2023 and said the later "first" and "second" calls were wrong.
  AssembleFixture f;
  auto claims = f.Claims(
      "[Глава Минобороны РФ|O:ru.defence_minister:RU] [Андрей Белоусов|P:Andrei Belousov:RU] "
      "{25 июня 2024 года|D:2024-06-25} провел телефонный разговор с [министром обороны США|O:us.defence_minister:US] "
      "[Ллойдом Остином|P:Lloyd Austin:US].\n"
      "Предыдущий разговор состоялся в {марте 2023 года|D:2023-03}.", "ru");
  const auto* main = FindClaim(claims, "call", "main");
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(main);
  REQUIRE(ref);
  CHECK(main->ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"});
  // Lent by name only (no office written): the person stays.
  auto named = f.Claims(
      "[Белоусов|P:Andrei Belousov:RU] {25 июня 2024 года|D:2024-06-25} провел телефонный разговор с "
      "[Остином|P:Lloyd Austin:US].\n"
      "Предыдущий разговор состоялся в {марте 2023 года|D:2023-03}.", "ru");
  const auto* ref2 = FindClaim(named, "call", "reference");
  REQUIRE(ref2);
  CHECK(ref2->ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
}

TEST_CASE("An earlier-dated first call is a reference, its year taken before the main event (ru)",
          "[assemble][reference][ru]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Шойгу|P:Sergei Shoigu:RU] поговорил по телефону с [Остином|P:Lloyd Austin:US] "
      "{21 октября 2022 года|D:2022-10-21}.\n"
      "Первый телефонный разговор [Остина|P:Lloyd Austin:US] и [Шойгу|P:Sergei Shoigu:RU] состоялся {13 мая|D:--05-13} "
      "по инициативе [американской стороны|S:US].", "ru");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].role == "main");
  CHECK(claims[1].role == "reference");
  CHECK(claims[1].date.ToIso() == "2022-05-13");
  CHECK(claims[1].initiator == "US");
  CHECK(claims[1].ordinal.n == 1);
}

TEST_CASE("'L'ultima telefonata' with its own date is a reference (it)", "[assemble][reference][it]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Hegseth|P:Pete Hegseth:US] ha avuto una telefonata con [Belousov|P:Andrei Belousov:RU] il "
      "{5 marzo 2025|D:2025-03-05}. L'ultima telefonata tra i ministri della difesa dei due paesi risale a "
      "{luglio 2024|D:2024-07}.", "it");
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(ref);
  CHECK(ref->date.ToIso() == "2024-07");
  CHECK(FindClaim(claims, "call", "main")->date.ToIso() == "2025-03-05");
}

TEST_CASE("A time after 'previous' is not the main event's date", "[assemble][reference]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Austin|P:Lloyd Austin:US] and [Belousov|P:Andrei Belousov:RU] spoke by phone again; the previous call was on "
      "{June 25, 2024|D:2024-06-25}.");
  const auto* main = FindClaim(claims, "call", "main");
  REQUIRE(main);
  CHECK(main->date.empty());
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(ref);
  CHECK(ref->date.ToIso() == "2024-06-25");
}

TEST_CASE("'Предыдущий контакт X и Y' takes its own pair, not the previous sentence's", "[assemble][reference][ru]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "Президент [Владимир Зеленский|P:Volodymyr Zelensky:UA] {7 февраля 2022 года|D:2022-02-07} провел телефонный "
      "разговор с президентом США [Джо Байденом|P:Joe Biden:US].\n"
      "Это первый разговор [Зеленского|P:Volodymyr Zelensky:UA] и [Байдена|P:Joe Biden:US].\n"
      "В ходе разговора речь шла о ситуации на [Украине|S:UA].\n"
      "Предыдущий контакт [Зеленского|P:Volodymyr Zelensky:UA] и [Байдена|P:Joe Biden:US] состоялся "
      "{25 декабря 2021 года|D:2021-12-25}.",
      "ru");
  // "Контакт" does not say by phone, and the sentence it follows speaks of a conversation only because
  // the page does: "talks" (it links with a call or a meeting of that day).
  const crosscheck::Claim* ref = FindClaim(claims, "talks", "reference");
  REQUIRE(ref);
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Joe Biden", "Volodymyr Zelensky"});
  CHECK(ref->date.ToIso() == "2021-12-25");
  const crosscheck::Claim* main = FindClaim(claims, "call", "main");
  REQUIRE(main);
  CHECK(main->ordinal.n == 1);
  // The article calls its call the first and reports an earlier one itself.
  bool flagged = false;
  for (const auto& fl : main->flags) flagged = flagged || fl.code == "first_contradicted_in_document";
  CHECK(flagged);
}

TEST_CASE("'The first call since June' is not contradicted by the June call the article reports", "[assemble][reference][en]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Austin|P:Lloyd Austin:US] spoke by phone with [Belousov|P:Andrei Belousov:RU] on "
      "{November 12, 2024|D:2024-11-12}, the first call between the two since {June|M:--06}.\n"
      "The previous call between [Austin|P:Lloyd Austin:US] and [Belousov|P:Andrei Belousov:RU] took place on "
      "{June 25, 2024|D:2024-06-25}.");
  const crosscheck::Claim* main = FindClaim(claims, "call", "main");
  REQUIRE(main);
  CHECK(main->ordinal.scope == "since");
  CHECK(main->flags.empty());
}

TEST_CASE("An earlier contact recalled after a meeting is 'talks', not the page's call (it)",
          "[assemble][reference][it]") {
  AssembleFixture f;
  // A phone further down the page makes its generic "colloquio" a call; the contact recalled after it
  // says only that the two were in touch (before: a one-report "call" on 21 February that made a
  // later "fifth call this year" look wrong).
  auto claims = f.Claims(
      "Ieri, {13 maggio|D:--05-13}, a Ginevra il presidente [Erdogan|P:Recep Tayyip Erdogan:TR] ha incontrato "
      "[Zelensky|P:Volodymyr Zelensky:UA]. Il colloquio è durato due ore.\n"
      "[Erdogan|P:Recep Tayyip Erdogan:TR] e [Zelensky|P:Volodymyr Zelensky:UA] si erano sentiti l'ultima volta "
      "il {21 febbraio|D:--02-21}.\n"
      "In serata il portavoce ha risposto al telefono alle domande dei giornalisti.",
      "it");
  REQUIRE(FindClaim(claims, "meeting", "main"));
  const auto* ref = FindClaim(claims, "talks", "reference");
  REQUIRE(ref);
  CHECK(ref->date.month == 2);
  CHECK(ref->date.day == 21);
  CHECK(FindClaim(claims, "call", "reference") == nullptr);
}

TEST_CASE("A reference claim keeps its place in text order among the claims after it",
          "[assemble][reference][en]") {
  // The reference is added after the claims of the triggers and merged in by its position: claims
  // are numbered in the order their sentences come.
  AssembleFixture f;
  auto claims = f.Claims(
      "On {July 12|D:--07-12}, [Belousov|P:Andrei Belousov:RU] and [Austin|P:Lloyd Austin:US] had a "
      "phone call.\n"
      "The previous one took place on {June 25|D:--06-25}.\n"
      "On {July 20|D:--07-20}, [Austin|P:Lloyd Austin:US] and [Belousov|P:Andrei Belousov:RU] had "
      "another phone call.");
  REQUIRE(claims.size() == 3);
  CHECK(claims[0].date.ToIso() == "2024-07-12");
  CHECK(claims[1].role == "reference");
  CHECK(claims[1].date.month == 6);
  CHECK(claims[2].date.ToIso() == "2024-07-20");
  for (size_t i = 1; i < claims.size(); ++i)
    CHECK(claims[i - 1].evidence.span.start < claims[i].evidence.span.start);
}

TEST_CASE("'The first since March 2023, when Austin spoke with Shoigu': the clause is the earlier event",
          "[assemble][reference][en]") {
  // The clause's people made a main Austin–Shoigu call on the article's day, which took the ordinal
  // of the Austin–Belousov call.
  AssembleFixture f;
  auto claims = f.Claims(
      "[U.S. Defense Secretary Lloyd Austin|P:Lloyd Austin:US] spoke with [Russian Defense Minister Andrei "
      "Belousov|P:Andrei Belousov:RU] on {June 25, 2024|D:2024-06-25}. It was the first call between the two since "
      "{March 2023|M:2023-03}, when [Austin|P:Lloyd Austin:US] spoke with then-defense minister "
      "[Sergei Shoigu|P:Sergei Shoigu:RU].");
  const auto* main = FindClaim(claims, "call", "main");
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(main);
  REQUIRE(ref);
  CHECK(main->ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
  CHECK(main->date.ToIso() == "2024-06-25");
  CHECK(main->ordinal.n == 1);
  CHECK(main->ordinal.since.ToIso() == "2023-03");
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"});
  CHECK(ref->date.ToIso() == "2023-03");
  for (const auto& c : claims)
    CHECK_FALSE((c.role == "main" && c.date.ToIso() == "2024-06-25" &&
                 c.ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"}));
}

TEST_CASE("A when-clause with 'govoryv z' (spoke with) is the earlier event (uk)",
          "[assemble][reference][uk]") {
  // "говорив з" (spoke with) is the clause's trigger: without it the clause told of no event.
  AssembleFixture f;
  auto claims = f.Claims(
      "[Остін|P:Lloyd Austin:US] і [Білоусов|P:Andrei Belousov:RU] розмовляли телефоном {12 липня|D:2024-07-12p}. "
      "Це перша розмова з {березня 2023 року|M:2023-03}, коли [Остін|P:Lloyd Austin:US] говорив з тодішнім "
      "[міністром оборони Росії|O:ru.defence_minister:RU] [Сергієм Шойгу|P:Sergei Shoigu:RU].",
      "uk", "2024-07-13");
  const auto* main = FindClaim(claims, "call", "main");
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(main);
  REQUIRE(ref);
  CHECK(main->ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
  CHECK(main->ordinal.since.ToIso() == "2023-03");
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"});
  CHECK(ref->date.ToIso() == "2023-03");
}

TEST_CASE("A when-clause with 'govoril s' and an office alone: the office resolves on the since-date (ru)",
          "[assemble][reference][ru]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Остин|P:Lloyd Austin:US] и [Белоусов|P:Andrei Belousov:RU] поговорили по телефону {12 июля|D:2024-07-12p}. "
      "Это первый разговор с {марта 2023 года|M:2023-03}, когда [Остин|P:Lloyd Austin:US] говорил с тогдашним "
      "[министром обороны России|O:ru.defence_minister:RU].",
      "ru", "2024-07-13");
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(ref);
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"});
  CHECK(ref->date.ToIso() == "2023-03");
}

TEST_CASE("A when-clause that names no one, and 'govoril, chto' (said), make no claim (uk, ru)",
          "[assemble][reference][uk][ru]") {
  AssembleFixture f;
  auto uk = f.Claims(
      "[Остін|P:Lloyd Austin:US] і [Білоусов|P:Andrei Belousov:RU] розмовляли телефоном {12 липня|D:2024-07-12p}. "
      "Це перша розмова з {березня 2023 року|M:2023-03}, коли [Остін|P:Lloyd Austin:US] говорив з журналістами.",
      "uk", "2024-07-13");
  CHECK_FALSE(FindClaim(uk, "call", "reference"));
  CHECK(uk.size() == 1);
  // "говорил, что" is "said"; "готов говорить с" is no event.
  auto ru = f.Claims(
      "[Путин|P:Vladimir Putin:RU] говорил, что [Байден|P:Joe Biden:US] готов говорить с ним {в марте|M:--03}.",
      "ru", "2024-07-13");
  CHECK(ru.empty());
}

TEST_CASE("'dopo oltre un anno, dal marzo 2023, quando Austin aveva parlato con Shoigu': first since, and the clause "
          "is the earlier event (it)",
          "[assemble][reference][ordinal][it]") {
  // No ordinal word: the gap in apposition with the date it began says the call is the first since
  // then. The main call's date stands in the same sentence, before the clause: the clause's call
  // takes the since-date, not 12 July.
  AssembleFixture f;
  auto claims = f.Claims(
      "[Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU] si sono sentiti al telefono il "
      "{12 luglio|D:2024-07-12p}, dopo oltre un anno, dal {marzo 2023|M:2023-03}, quando [Austin|P:Lloyd Austin:US] "
      "aveva parlato con [Shoigu|P:Sergei Shoigu:RU].",
      "it", "2024-07-13");
  const auto* main = FindClaim(claims, "call", "main");
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(main);
  REQUIRE(ref);
  CHECK(main->ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
  CHECK(main->date.ToIso() == "2024-07-12");
  CHECK(main->ordinal.n == 1);
  CHECK(main->ordinal.scope == "since");
  CHECK(main->ordinal.since.ToIso() == "2023-03");
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"});
  CHECK(ref->date.ToIso() == "2023-03");
  CHECK(ref->ordinal.empty());
  CHECK(claims.size() == 2);
}

TEST_CASE("'per la prima volta dal marzo 2023, quando ...' with the main date in the same sentence (it)",
          "[assemble][reference][it]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU] si sono sentiti al telefono il {12 luglio|D:2024-07-12p} "
      "per la prima volta dal {marzo 2023|M:2023-03}, quando [Austin|P:Lloyd Austin:US] aveva parlato con "
      "[Shoigu|P:Sergei Shoigu:RU].",
      "it", "2024-07-13");
  const auto* ref = FindClaim(claims, "call", "reference");
  REQUIRE(ref);
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"});
  CHECK(ref->date.ToIso() == "2023-03");
  for (const auto& c : claims)
    CHECK_FALSE((c.role == "main" && c.ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"}));
}

TEST_CASE("A gap without its since-date, or a since-date of another clause, makes no 'first' (it)",
          "[assemble][ordinal][it]") {
  AssembleFixture f;
  // "after more than a year of war" is not about the contact.
  auto war = f.Claims(
      "[Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU] si sono sentiti al telefono il "
      "{12 luglio|D:2024-07-12p}, dopo oltre un anno di guerra.",
      "it", "2024-07-13");
  REQUIRE(war.size() == 1);
  CHECK(war[0].ordinal.empty());
  auto other = f.Claims(
      "[Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU] si sono sentiti al telefono il "
      "{12 luglio|D:2024-07-12p}. Dopo oltre un anno, dal {marzo 2023|M:2023-03}, la guerra continua.",
      "it", "2024-07-13");
  REQUIRE(other.size() == 1);
  CHECK(other[0].ordinal.empty());
  // A when-clause whose verb has no person of its own makes no claim.
  auto none = f.Claims(
      "[Austin|P:Lloyd Austin:US] e [Belousov|P:Andrei Belousov:RU] si sono sentiti al telefono il "
      "{12 luglio|D:2024-07-12p}, dopo oltre un anno, dal {marzo 2023|M:2023-03}, quando [Austin|P:Lloyd Austin:US] "
      "aveva parlato con i giornalisti.",
      "it", "2024-07-13");
  CHECK(none.size() == 1);
  CHECK_FALSE(FindClaim(none, "call", "reference"));
}
