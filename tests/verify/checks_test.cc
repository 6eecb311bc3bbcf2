#include "tests/verify/verify_fixture.h"

#include "engine/verify/check_context.h"
#include "engine/verify/checks.h"

using namespace crosscheck;
using namespace crosscheck::testing;

TEST_CASE("outlets agreeing on a date give one agreement with both documents", "[verify][compare]") {
  auto r = Check({
      MakeClaim("uk-1", 1, "ukrinform.ua", "uk", "call", {Belousov(), Austin()}, "2024-06-25"),
      MakeClaim("en-1", 1, "unn.ua", "en", "call", {Side("Russia", "RU"), Side("United States", "US")}, "--06-25",
                "reference"),
  });
  auto f = r.ByRule("date-agreement");
  REQUIRE(f.size() == 1);
  CHECK(f[0]->kind == "agreement");
  CHECK(f[0]->slot == "date");
  CHECK(r.Docs(*f[0]) == std::set<std::string>{"uk-1", "en-1"});
  CHECK(f[0]->consensus == "2024-06-25");
  CHECK(f[0]->message.find("ukrinform.ua") != std::string::npos);
  CHECK(r.ByRule("date-conflict").empty());
}

TEST_CASE("conflicting dates of one event are a contradiction; compatible ones are not", "[verify][compare]") {
  std::vector<Claim> claims = {
      MakeClaim("en-2", 1, "apnews.com", "en", "call", {Austin(), Shoigu()}, "2022-05-13"),
      MakeClaim("ru-2", 1, "ria.ru", "ru", "call", {Shoigu(), Austin()}, "2022-05-12"),
  };
  claims[0].ordinal = claims[1].ordinal = MakeOrdinal(1);
  auto r = Check(claims);
  auto f = r.ByRule("date-conflict");
  REQUIRE(f.size() == 1);
  CHECK(f[0]->values.size() == 2);
  CHECK(f[0]->explanation.find("conflicting") != std::string::npos);

  auto ok = Check({
      MakeClaim("uk-2", 1, "pravda.com.ua", "uk", "call", {Austin(), Belousov()}, "2024-06"),
      MakeClaim("en-3", 1, "defense.gov", "en", "call", {Austin(), Belousov()}, "2024-06-25"),
  });
  CHECK(ok.ByRule("date-conflict").empty());
}

TEST_CASE("an article quoting a statement that contradicts it on the initiator is flagged", "[verify][compare]") {
  auto a = MakeClaim("ru-3", 1, "topwar.ru", "en", "call", {Austin(), Shoigu()}, "2022-10-21");
  a.initiator = "US";
  auto b = MakeClaim("ru-3", 2, "topwar.ru", "en", "call", {Austin(), Shoigu()}, "2022-10-21");
  b.initiator = "RU";
  b.attributed_to = "joint statement";
  auto r = Check({a, b});
  auto f = r.ByRule("initiator-conflict");
  REQUIRE(f.size() == 1);
  CHECK(r.Docs(*f[0]) == std::set<std::string>{"ru-3"});
  CHECK(f[0]->values.size() == 2);
}

TEST_CASE("ordinals over different scopes are not compared", "[verify][compare]") {
  auto a = MakeClaim("en-4", 1, "politico.eu", "en", "call", {Austin(), Shoigu()}, "2022-10-23");
  a.ordinal = MakeOrdinal(2, "period", "second in a week");
  a.ordinal.period = "P7D";
  auto b = MakeClaim("it-4", 1, "ansa.it", "it", "call", {Austin(), Shoigu()}, "2022-10-23");
  b.ordinal = MakeOrdinal(2, "period", "seconda in tre giorni");
  b.ordinal.period = "P3D";
  auto r = Check({a, b});
  CHECK(r.ByRule("ordinal-conflict").empty());
}

TEST_CASE("an event dated after its article is an anomaly, also with years unknown", "[verify][anomaly]") {
  auto c = MakeClaim("uk-3", 1, "unian.ua", "uk", "agreement", {Side("United States", "US"), Side("Russia", "RU")},
                     "--02-05");
  auto r = Check({c}, {{"uk-3", "--01-29"}});
  auto f = r.ByRule("event-after-publication");
  REQUIRE(f.size() == 1);
  CHECK(f[0]->slot == "date");
  CHECK(f[0]->message.find("--01-29") != std::string::npos);

  // December event in a January article: the previous December, not an anomaly.
  auto d = MakeClaim("uk-4", 1, "unian.ua", "uk", "agreement", {Side("United States", "US"), Side("Russia", "RU")},
                     "--12-20");
  CHECK(Check({d}, {{"uk-4", "2025-01-10"}}).ByRule("event-after-publication").empty());
  CHECK(verify::AfterPublication(*PartialDate::ParseIso("2024-06-26"), *PartialDate::ParseIso("2024-06-25"), 0));
  CHECK_FALSE(verify::AfterPublication(*PartialDate::ParseIso("2024-06-25"), *PartialDate::ParseIso("2024-06-25"), 0));
}

TEST_CASE("a per-article finding holds all the article's claims, also when they are not listed together",
          "[verify][anomaly]") {
  // «Остін і Бєлоусов провели розмову 12 липня» twice in an article published on 10 July, with a
  // Reuters report of the call between its two claims.
  auto first = MakeClaim("uk-31", 1, "unian.ua", "uk", "call", {Austin(), Belousov()}, "2024-07-12");
  auto other = MakeClaim("en-31", 1, "reuters.com", "en", "call", {Belousov(), Austin()}, "2024-07-12");
  auto second = MakeClaim("uk-31", 2, "unian.ua", "uk", "call", {Belousov(), Austin()}, "2024-07-12");
  for (const auto& claims : {std::vector<Claim>{first, second, other}, std::vector<Claim>{first, other, second}}) {
    auto r = Check(claims, {{"uk-31", "2024-07-10"}, {"en-31", "2024-07-13"}});
    REQUIRE(r.events.size() == 1);
    auto f = r.ByRule("event-after-publication");
    REQUIRE(f.size() == 1);  // one finding for the article, not one per run of its claims
    std::vector<std::string> ids;
    for (ClaimRef c : f[0]->claims) ids.push_back(r.claims[c].id);
    CHECK(ids == std::vector<std::string>{"uk-31#1", "uk-31#2"});
  }
}

TEST_CASE("a weekday that does not fit the date is an anomaly", "[verify][anomaly]") {
  auto c = MakeClaim("en-5", 1, "example.com", "en", "call", {Austin(), Belousov()}, "2024-07-11");
  c.weekday = 4;  // Friday; 11 July 2024 was a Thursday
  auto r = Check({c});
  auto f = r.ByRule("weekday-mismatch");
  REQUIRE(f.size() == 1);
  CHECK(f[0]->explanation.find("Thursday") != std::string::npos);
  c.date = *PartialDate::ParseIso("2024-07-12");
  CHECK(Check({c}).ByRule("weekday-mismatch").empty());
}

TEST_CASE("'first' is checked for the persons and for the offices, saying which holds", "[verify][timeline]") {
  auto first = MakeClaim("uk-5", 1, "ukrinform.ua", "uk", "call", {Belousov(), Austin()}, "2024-06-25");
  first.ordinal = MakeOrdinal(1, "ever", "перші");
  auto before = MakeClaim("en-6", 1, "unn.ua", "en", "call", {Austin(), Shoigu()}, "2023-03", "reference");
  auto r = Check({first, before});
  auto f = r.ByRule("ordinal-timeline");
  REQUIRE(f.size() == 1);
  CHECK(f[0]->slot == "ordinal");
  CHECK(r.Docs(*f[0]) == std::set<std::string>{"uk-5", "en-6"});
  CHECK(f[0]->explanation.find("holds for the persons") != std::string::npos);
  CHECK(f[0]->explanation.find("fails for the offices") != std::string::npos);
}

TEST_CASE("'second this year' that fits the graph is an agreement, not a contradiction", "[verify][timeline]") {
  auto june = MakeClaim("en-7", 2, "unn.ua", "en", "call", {Belousov(), Austin()}, "2024-06-25", "reference");
  auto july = MakeClaim("en-7", 1, "unn.ua", "en", "call", {Belousov(), Austin()}, "2024-07-12");
  july.ordinal = MakeOrdinal(2, "year", "second this year");
  auto r = Check({july, june});
  CHECK(r.ByRule("ordinal-timeline").empty());
  auto f = r.ByRule("ordinal-fits-timeline");
  REQUIRE(f.size() == 1);
  CHECK(f[0]->kind == "agreement");
}

TEST_CASE("corroboration counts relays of one origin once", "[verify][corroboration]") {
  auto a = MakeClaim("ru-5", 1, "rbc.ru", "ru", "call", {Austin(), Belousov()}, "2024-07-12");
  auto b = MakeClaim("uk-6", 1, "unian.ua", "uk", "call", {Austin(), Belousov()}, "2024-07-12");
  a.attributed_to = b.attributed_to = "TASS";
  CHECK(Check({a, b}).ByRule("corroborated").empty());
  b.attributed_to = "";
  auto f = Check({a, b}).ByRule("corroborated");
  REQUIRE(f.size() == 1);
  CHECK(f[0]->support == 2);
}

TEST_CASE("findings are deterministic: same input, same ids and order", "[verify]") {
  std::vector<Claim> claims = {
      MakeClaim("uk-1", 1, "ukrinform.ua", "uk", "call", {Belousov(), Austin()}, "2024-06-25"),
      MakeClaim("en-1", 1, "unn.ua", "en", "call", {Belousov(), Austin()}, "2024-06-24"),
      MakeClaim("it-1", 1, "ansa.it", "it", "call", {Belousov(), Austin()}, "2024-06-25"),
  };
  auto a = Check(claims), b = Check(claims);
  REQUIRE(a.findings.size() == b.findings.size());
  REQUIRE(!a.findings.empty());
  for (size_t i = 0; i < a.findings.size(); ++i) {
    CHECK(a.findings[i].id == "F" + std::to_string(i + 1));
    CHECK(a.findings[i].rule == b.findings[i].rule);
    CHECK(a.findings[i].message == b.findings[i].message);
  }
}

TEST_CASE("a misdated report is a date conflict naming it, not an earlier event of the timeline",
          "[verify][timeline][dissent]") {
  // Three outlets: the second call this year, on 1 October; one Russian outlet dates it 28 September.
  auto jan = MakeClaim("en-30", 2, "reuters.com", "en", "call", {Belousov(), Austin()}, "2024-07-12", "reference");
  auto a = MakeClaim("en-30", 1, "reuters.com", "en", "call", {Austin(), Belousov()}, "2024-10-01");
  a.ordinal = MakeOrdinal(2, "year", "the second call this year");
  auto b = MakeClaim("uk-30", 1, "ukrinform.ua", "uk", "call", {Belousov(), Austin()}, "2024-10-01");
  b.ordinal = MakeOrdinal(2, "year", "друга розмова цього року");
  auto c = MakeClaim("it-30", 1, "ansa.it", "it", "call", {Austin(), Belousov()}, "2024-10-01");
  auto wrong = MakeClaim("ru-30", 1, "kommersant.ru", "ru", "call", {Belousov(), Austin()}, "2024-09-28");
  auto r = Check({a, b, c, wrong, jan}, {{"ru-30", "2024-10-02"}});
  auto f = r.ByRule("date-conflict");
  REQUIRE(f.size() == 1);
  CHECK(r.Docs(*f[0]).count("ru-30"));
  CHECK(f[0]->consensus == "2024-10-01");
  CHECK(r.ByRule("ordinal-timeline").empty());  // 28 September is not a third call
  CHECK(r.ByRule("ordinal-fits-timeline").size() == 1);
}

TEST_CASE("an ordinal naming the persons is judged on their events, not on their predecessors' in office",
          "[verify][timeline]") {
  auto sybiha = [] { return Person("Andrii Sybiha", "UA"); };
  auto blinken = [] { return Person("Antony Blinken", "US"); };
  // Kuleba held the office until September: his calls with Blinken are the offices', not Sybiha's.
  auto kuleba_call = MakeClaim("en-40", 1, "reuters.com", "en", "call",
                               {Person("Dmytro Kuleba", "UA", "ua.foreign_minister"), Person("Antony Blinken", "US", "us.secretary_of_state")},
                               "2024-07-10");
  auto first = MakeClaim("uk-40", 1, "ukrinform.ua", "uk", "call", {sybiha(), blinken()}, "2024-11-22");
  first.participants[0].office = "ua.foreign_minister";
  first.participants[1].office = "us.secretary_of_state";
  auto second = MakeClaim("uk-41", 1, "pravda.com.ua", "uk", "call", {sybiha(), blinken()}, "2024-12-14");
  // «Це друга телефонна розмова між Сибігою та Блінкеном цього року»
  second.ordinal = MakeOrdinal(2, "year", "друга телефонна розмова між Сибігою та Блінкеном цього року");
  auto r = Check({kuleba_call, first, second});
  CHECK(r.ByRule("ordinal-timeline").empty());
  REQUIRE(r.ByRule("ordinal-fits-timeline").size() == 1);

  // Worded by office («друга розмова міністрів цього року»), the predecessor's call counts.
  for (auto& p : second.participants) p.via = "office";
  auto by_office = Check({kuleba_call, first, second});
  REQUIRE(by_office.ByRule("ordinal-timeline").size() == 1);
  CHECK(by_office.ByRule("ordinal-timeline")[0]->explanation.find("holds for the persons") != std::string::npos);
}

TEST_CASE("a headline of one article dated from another paragraph is not an earlier event", "[verify][timeline]") {
  // Three outlets report the first call on 2 October; one of them is headlined «Путін поговорив з
  // Зеленським: що відомо», and the headline took the date of a paragraph about another contact.
  auto a = MakeClaim("ru-50", 2, "rbc.ru", "ru", "call", {Putin(), Zelensky()}, "2024-10-02");
  a.ordinal = MakeOrdinal(1, "ever", "первый");
  auto headline = MakeClaim("ru-50", 1, "rbc.ru", "ru", "call", {Putin(), Zelensky()}, "2024-09-12");
  headline.date_basis = "lead";
  auto b = MakeClaim("uk-50", 1, "ukrinform.ua", "uk", "call", {Zelensky(), Putin()}, "2024-10-02");
  b.ordinal = MakeOrdinal(1, "ever", "перша");
  auto c = MakeClaim("it-50", 1, "ansa.it", "it", "call", {Putin(), Zelensky()}, "2024-10-02");
  auto r = Check({headline, a, b, c});
  CHECK(r.events.size() == 2);  // the linker keeps what one article dates differently apart
  CHECK(r.ByRule("ordinal-timeline").empty());

  // Cited by an article as the earlier call, the same date is an earlier event, and "first" fails.
  auto cited = MakeClaim("en-51", 1, "reuters.com", "en", "call", {Putin(), Zelensky()}, "2024-09-12", "reference");
  auto r2 = Check({headline, a, b, c, cited});
  REQUIRE(r2.ByRule("ordinal-timeline").size() == 1);
}

TEST_CASE("a wrong first name is reported also on a claim linked to no event", "[verify][flag]") {
  std::vector<Claim> claims = {
      MakeClaim("ru-9", 1, "example.ru", "ru", "call", {Shoigu(), Austin()}, ""),
      MakeClaim("ru-9", 2, "example.ru", "ru", "call", {Shoigu(), Austin()}, "", "main"),
  };
  claims[0].flags.push_back({"first_name_mismatch", "given name 'Андрей' does not fit Sergei Shoigu", {0, 12}});
  claims[1].negated = true;
  claims[1].flags = claims[0].flags;
  std::vector<Event> no_events;
  std::vector<DocumentStatus> docs(1);
  docs[0].id = "ru-9";
  docs[0].status = "processed";
  verify::RunView view{&docs, &claims, &no_events};
  auto findings = ShippedRules().Check(view);
  std::vector<const Finding*> names;
  for (const auto& f : findings)
    if (f.rule == "first-name-mismatch") names.push_back(&f);
  REQUIRE(names.size() == 1);  // the negated claim adds nothing
  CHECK(names[0]->event.empty());
  REQUIRE(names[0]->claims.size() == 1);
  CHECK(claims[names[0]->claims[0]].id == "ru-9#1");
  CHECK(names[0]->message.find("linked to no event") != std::string::npos);
  CHECK(names[0]->message.find("Андрей") != std::string::npos);
}

TEST_CASE("an earlier event that refutes a 'first' is cited by a few of its reports, not all", "[verify][timeline]") {
  // The call of 13 May 2022 was reported by six articles (one of them only citing it in passing);
  // a report of the October call calls it «первый разговор» all the same.
  std::vector<Claim> claims = {
      MakeClaim("en-60", 1, "reuters.com", "en", "call", {Austin(), Shoigu()}, "2022-05-13", "reference"),
      MakeClaim("en-61", 1, "apnews.com", "en", "call", {Austin(), Shoigu()}, "2022-05-13"),
      MakeClaim("en-62", 1, "apnews.com", "en", "call", {Shoigu(), Austin()}, "2022-05-13"),
      MakeClaim("ru-60", 1, "ria.ru", "ru", "call", {Shoigu(), Austin()}, "2022-05-13"),
      MakeClaim("uk-60", 1, "ukrinform.ua", "uk", "call", {Austin(), Shoigu()}, "2022-05-13"),
      MakeClaim("it-60", 1, "ansa.it", "it", "call", {Austin(), Shoigu()}, "2022-05-13"),
  };
  auto first = MakeClaim("ru-61", 1, "kommersant.ru", "ru", "call", {Shoigu(), Austin()}, "2022-10-21");
  first.ordinal = MakeOrdinal(1, "ever", "первый разговор");
  claims.push_back(first);
  auto r = Check(claims);
  auto f = r.ByRule("ordinal-timeline");
  REQUIRE(f.size() == 1);
  REQUIRE(f[0]->values.size() == 2);
  const SlotValue& earlier = f[0]->values[1];
  CHECK(earlier.event_claims == 6);
  CHECK_FALSE(earlier.event.empty());
  REQUIRE(earlier.claims.size() == verify::CheckContext::kEventSampleClaims);
  std::set<std::string> outlets;
  for (ClaimRef c : earlier.claims) {
    CHECK(r.claims[c].role != "reference");  // main reports first
    outlets.insert(r.claims[c].outlet);
  }
  CHECK(outlets == std::set<std::string>{"apnews.com", "ria.ru", "ukrinform.ua"});  // distinct outlets, input order
  CHECK(f[0]->claims.size() == 4);  // the "first" and the three cited
  CHECK(f[0]->explanation.find("2022-05-13") != std::string::npos);
}

TEST_CASE("rules checked on several threads give the same findings, in the same order, with the same ids",
          "[verify][threads]") {
  std::vector<Claim> claims = {
      MakeClaim("en-70", 1, "apnews.com", "en", "call", {Austin(), Shoigu()}, "2022-05-13"),
      MakeClaim("ru-70", 1, "ria.ru", "ru", "call", {Shoigu(), Austin()}, "2022-05-13"),
      MakeClaim("uk-70", 1, "ukrinform.ua", "uk", "call", {Austin(), Shoigu()}, "2022-05-12"),
      MakeClaim("en-71", 1, "reuters.com", "en", "call", {Austin(), Shoigu()}, "2022-10-21"),
      MakeClaim("ru-71", 1, "tass.ru", "ru", "call", {Shoigu(), Austin()}, "2022-10-21"),
      MakeClaim("it-71", 1, "ansa.it", "it", "call", {Austin(), Shoigu()}, "2022-10-21"),
      // Undated, with two calls it could be: linked to neither, and still flagged (checked with
      // the events' last range only, whatever the number of ranges).
      MakeClaim("de-72", 1, "spiegel.de", "de", "call", {Austin(), Shoigu()}, ""),
  };
  claims[6].flags.push_back({"first_name_mismatch", "given name 'Sergej' does not fit Sergei Shoigu", {0, 6}});
  claims[0].initiator = claims[2].initiator = "US";
  claims[1].initiator = "RU";
  claims[3].ordinal = MakeOrdinal(1, "ever", "the first call");             // refuted by May
  claims[4].ordinal = MakeOrdinal(2, "ever", "второй разговор");             // fits
  claims[5].flags.push_back({"first_name_mismatch", "given name 'Leon' does not fit Lloyd Austin", {0, 4}});
  auto one = Check(claims, {{"en-71", "2022-10-21"}}, ShippedRules(), 1);
  auto three = Check(claims, {{"en-71", "2022-10-21"}}, ShippedRules(), 3);
  std::set<std::string> rules;
  for (const auto& f : one.findings) rules.insert(f.rule);
  CHECK(rules.count("ordinal-timeline"));
  CHECK(rules.count("ordinal-fits-timeline"));
  CHECK(rules.count("first-name-mismatch"));
  CHECK(rules.size() >= 5);
  for (const auto* r : {&one, &three}) {
    size_t unlinked = 0;
    for (const auto& f : r->findings) unlinked += f.rule == "first-name-mismatch" && f.event.empty();
    CHECK(unlinked == 1);
  }
  REQUIRE(one.findings.size() == three.findings.size());
  for (size_t i = 0; i < one.findings.size(); ++i) {
    CHECK(one.findings[i].id == three.findings[i].id);
    CHECK(one.findings[i].rule == three.findings[i].rule);
    CHECK(one.findings[i].message == three.findings[i].message);
    CHECK(one.findings[i].claims == three.findings[i].claims);
  }
}

TEST_CASE("a 'first' refuted by many earlier events names the latest few and counts the rest", "[verify][timeline]") {
  // Eight earlier calls between the ministers, one a month; then a report of the ninth calls it
  // «il primo colloquio».
  std::vector<Claim> claims;
  for (int m = 1; m <= 8; ++m) {
    std::string date = "2023-0" + std::to_string(m) + "-15";
    claims.push_back(MakeClaim("en-8" + std::to_string(m), 1, "reuters.com", "en", "call", {Austin(), Shoigu()}, date));
  }
  auto first = MakeClaim("it-80", 1, "ansa.it", "it", "call", {Austin(), Shoigu()}, "2023-09-20");
  first.ordinal = MakeOrdinal(1, "ever", "il primo colloquio");
  claims.push_back(first);
  auto r = Check(claims);
  auto f = r.ByRule("ordinal-timeline");
  REQUIRE(f.size() == 1);
  CHECK(f[0]->values.size() == 1 + 5);  // the claim's value and the five latest earlier calls
  CHECK(f[0]->values.back().value.find("2023-08-15") != std::string::npos);
  CHECK(f[0]->values[1].value.find("2023-04-15") != std::string::npos);
  CHECK(f[0]->explanation.find("8 earlier: the latest 5") != std::string::npos);
  CHECK(f[0]->explanation.find("2023-01-15") == std::string::npos);

  // "The seventh call": seven must be shown to see that it is in fact the ninth.
  claims.back().ordinal = MakeOrdinal(7, "ever", "il settimo colloquio");
  auto seventh = Check(claims).ByRule("ordinal-timeline");
  REQUIRE(seventh.size() == 1);
  CHECK(seventh[0]->values.size() == 1 + 7);
}

TEST_CASE("claims share a document number exactly when they share a document, wherever they are listed",
          "[verify][context]") {
  // «Остін і Бєлоусов провели розмову 12 липня» twice in one article, a Reuters report between them,
  // and a TASS one after.
  std::vector<Claim> claims = {
      MakeClaim("uk-41", 1, "unian.ua", "uk", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("en-41", 1, "reuters.com", "en", "call", {Belousov(), Austin()}, "2024-07-12"),
      MakeClaim("uk-41", 2, "unian.ua", "uk", "call", {Belousov(), Austin()}, "2024-07-12"),
      MakeClaim("ru-41", 1, "tass.ru", "ru", "call", {Belousov(), Austin()}, "2024-07-12"),
  };
  std::vector<Event> events = link::LinkEvents(&claims);
  std::vector<DocumentStatus> docs(3);
  docs[0].id = "uk-41", docs[0].published = "2024-07-10";
  docs[1].id = "ru-41";  // no date
  docs[2].id = "uk-41", docs[2].published = "2024-07-11";  // listed again: the last date counts
  verify::CheckContext ctx(verify::RunView{&docs, &claims, &events, 1});
  CHECK(ctx.DocOf(claims[0]) == ctx.DocOf(claims[2]));
  CHECK(ctx.DocOf(claims[0]) != ctx.DocOf(claims[1]));
  CHECK(ctx.DocOf(claims[1]) != ctx.DocOf(claims[3]));
  CHECK(ctx.DocOf(claims[0]) < ctx.DocOf(claims[1]));  // numbered in order of first claim
  CHECK(ctx.DocOf(claims[1]) < ctx.DocOf(claims[3]));
  REQUIRE(ctx.Published(claims[2]));
  CHECK(ctx.Published(claims[2])->ToIso() == "2024-07-11");
  CHECK_FALSE(ctx.Published(claims[3]));  // listed without a date
  CHECK_FALSE(ctx.Published(claims[1]));  // not listed
}
