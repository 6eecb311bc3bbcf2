#include <catch2/catch.hpp>

#include <map>

#include "engine/link/linker.h"
#include "engine/link/support.h"
#include "tests/link/claim_fixtures.h"

using namespace crosscheck;
using namespace crosscheck::testing;

namespace {
const Event* EventOf(const std::vector<Event>& events, const Claim& c) {
  for (const auto& e : events)
    if (e.id == c.event) return &e;
  return nullptr;
}
}  // namespace

TEST_CASE("reports of one call across languages become one event; its reference joins it", "[link]") {
  std::vector<Claim> claims = {
      MakeClaim("uk-1", 1, "ukrinform.ua", "uk", "call", {Belousov(), Austin()}, "2024-06-25"),
      MakeClaim("en-1", 1, "unn.ua", "en", "call", {Belousov(), Austin()}, "2024-07-12"),
      MakeClaim("en-1", 2, "unn.ua", "en", "call", {Side("Russia", "RU"), Side("United States", "US")}, "--06-25",
                "reference"),
      MakeClaim("it-1", 1, "ansa.it", "it", "call", {Austin(), Belousov()}, "2024-06-25"),
  };
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 2);
  CHECK(claims[0].event == claims[3].event);
  CHECK(claims[2].event == claims[0].event);
  CHECK(claims[1].event != claims[0].event);
  const Event* e = EventOf(events, claims[0]);
  REQUIRE(e);
  CHECK(e->id == "E1");
  CHECK(e->date.ToIso() == "2024-06-25");
  CHECK(e->participants == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
  REQUIRE(e->slots.count("date"));
  CHECK(e->slots.at("date")[0].value == "2024-06-25");
  CHECK(e->slots.at("date")[0].independent == 2);
}

TEST_CASE("two real calls two days apart in one article stay two events", "[link]") {
  std::vector<Claim> claims = {
      MakeClaim("ru-1", 1, "topwar.ru", "ru", "call", {Shoigu(), Austin()}, "2022-10-21"),
      MakeClaim("ru-1", 2, "topwar.ru", "ru", "call", {Shoigu(), Austin()}, "2022-10-23"),
      MakeClaim("en-2", 1, "reuters.com", "en", "call", {Austin(), Shoigu()}, "2022-10-23"),
  };
  auto events = link::LinkEvents(&claims);
  CHECK(events.size() == 2);
  CHECK(claims[0].event != claims[1].event);
  CHECK(claims[1].event == claims[2].event);
}

TEST_CASE("a ministers' call and a chiefs-of-staff call on the same day stay two events", "[link]") {
  std::vector<Claim> claims = {
      MakeClaim("en-3", 1, "politico.com", "en", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("en-3", 2, "politico.com", "en", "call", {Brown(), Gerasimov()}, "2024-07-12"),
      MakeClaim("uk-3", 1, "pravda.com.ua", "uk", "call", {Gerasimov(), Brown()}, "2024-07-12"),
  };
  auto events = link::LinkEvents(&claims);
  CHECK(events.size() == 2);
  CHECK(claims[0].event != claims[1].event);
  CHECK(claims[1].event == claims[2].event);
}

TEST_CASE("two claims of the first call between A and B are one event even when dates differ", "[link]") {
  std::vector<Claim> claims = {
      MakeClaim("it-2", 1, "focus.ua", "it", "call", {Austin(), Shoigu()}, ""),
      MakeClaim("en-4", 1, "apnews.com", "en", "call", {Austin(), Shoigu()}, "2022-05-13"),
      MakeClaim("ru-2", 1, "ria.ru", "ru", "call", {Shoigu(), Austin()}, "2022-05-16"),
  };
  claims[0].ordinal = MakeOrdinal(1);
  claims[1].ordinal = MakeOrdinal(1);
  claims[2].ordinal = MakeOrdinal(1);
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 1);
  CHECK(events[0].slots.at("date").size() == 2);
}

TEST_CASE("a 'first call' dated months after the known first call is another call", "[link]") {
  std::vector<Claim> claims = {
      MakeClaim("en-4", 1, "apnews.com", "en", "call", {Austin(), Shoigu()}, "2022-05-13"),
      MakeClaim("uk-9", 1, "pravda.com.ua", "uk", "call", {Shoigu(), Austin()}, "2022-10-21"),
      MakeClaim("ru-9", 1, "ria.ru", "ru", "call", {Shoigu(), Austin()}, "2022-10-21"),
  };
  claims[0].ordinal = MakeOrdinal(1);
  claims[1].ordinal = MakeOrdinal(1);  // a false "first": the October call was the second
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 2);
  CHECK(claims[0].event != claims[1].event);
  CHECK(claims[1].event == claims[2].event);
}

TEST_CASE("an undated claim joins a dated event only when exactly one fits", "[link]") {
  std::vector<Claim> one = {
      MakeClaim("en-5", 1, "cnn.com", "en", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("it-3", 1, "ansa.it", "it", "call", {Austin(), Belousov()}, ""),
  };
  link::LinkEvents(&one);
  CHECK(one[0].event == one[1].event);

  std::vector<Claim> two = {
      MakeClaim("en-5", 1, "cnn.com", "en", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("en-6", 1, "bbc.com", "en", "call", {Austin(), Belousov()}, "2024-06-25"),
      MakeClaim("it-3", 1, "ansa.it", "it", "call", {Austin(), Belousov()}, ""),
  };
  auto events = link::LinkEvents(&two);
  CHECK(events.size() == 2);
  CHECK(two[2].event.empty());  // one of the two known calls: left unlinked, not a third call
}

TEST_CASE("across outlets, one day apart with nothing else near, is one event with a date dispute", "[link]") {
  std::vector<Claim> claims = {
      MakeClaim("en-7", 1, "reuters.com", "en", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("ru-3", 1, "tass.ru", "ru", "call", {Belousov(), Austin()}, "2024-07-11"),
  };
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 1);
  CHECK(events[0].date.ToIso() == "2024-07-11");  // tie on support: the earlier value, deterministic
  CHECK(events[0].slots.at("date").size() == 2);
}

TEST_CASE("the consensus date is the most specific date with the most support", "[link]") {
  std::vector<Claim> claims = {
      MakeClaim("a", 1, "a.com", "en", "call", {Austin(), Belousov()}, "2024-06"),
      MakeClaim("b", 1, "b.com", "en", "call", {Austin(), Belousov()}, "--06-25"),
      MakeClaim("c", 1, "c.com", "en", "call", {Austin(), Belousov()}, "2024-06-25"),
  };
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 1);
  CHECK(events[0].date.ToIso() == "2024-06-25");
}

TEST_CASE("relays of one origin count once in a slot's support", "[link]") {
  std::vector<Claim> claims = {
      MakeClaim("a", 1, "rbc.ru", "ru", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("b", 1, "unian.ua", "uk", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("c", 1, "reuters.com", "en", "call", {Austin(), Belousov()}, "2024-07-12"),
  };
  claims[0].attributed_to = "TASS";
  claims[1].attributed_to = "TASS";
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 1);
  const auto& v = events[0].slots.at("date")[0];
  CHECK(link::DocsOf(v.claims, claims).size() == 3);
  CHECK(link::OutletsOf(v.claims, claims).size() == 3);
  CHECK(v.independent == 2);
}

TEST_CASE("an undated report of the day's news joins the one event of its publication day", "[link]") {
  const Participant Erdogan = Person("Recep Tayyip Erdoğan", "TR", "tr.president");
  // A Kremlin-style readout ("Состоялась встреча ...") with no date in its text, published the day of
  // one of two known meetings of the same leaders.
  std::vector<Claim> claims = {
      MakeClaim("en-40", 1, "aa.com.tr", "en", "meeting", {Putin(), Erdogan}, "2024-07-03"),
      MakeClaim("it-40", 1, "ansa.it", "it", "meeting", {Putin(), Erdogan}, "2023-09-04"),
      MakeClaim("ru-40", 1, "kremlin.ru", "ru", "meeting", {Putin(), Erdogan}, ""),
  };
  std::vector<Claim> unknown = claims;
  link::LinkEvents(&unknown);
  CHECK(unknown[2].event.empty());  // no publication date: one of two, left unlinked
  link::LinkOptions opt;
  opt.published["ru-40"] = *PartialDate::ParseIso("2024-07-03");
  link::LinkEvents(&claims, opt);
  CHECK(claims[2].event == claims[0].event);
  // Published a week later, it is not the 2023 meeting: the Astana meeting is the one it can report.
  std::vector<Claim> late = unknown;
  opt.published["ru-40"] = *PartialDate::ParseIso("2024-07-10");
  link::LinkEvents(&late, opt);
  CHECK(late[2].event == late[0].event);
  // Published in between, two months after one and ten before the other, it is the news of neither.
  std::vector<Claim> between = unknown;
  opt.published["ru-40"] = *PartialDate::ParseIso("2023-11-10");
  link::LinkEvents(&between, opt);
  CHECK(between[2].event != between[0].event);
  CHECK(between[2].event != between[1].event);
  // "Putin will meet Erdogan" announces a meeting: published two days after Astana, it is not that
  // one (nor the day's news); published that morning, it is.
  std::vector<Claim> plan = unknown;
  plan[2].planned = true;
  std::vector<Claim> plan_that_day = plan;
  opt.published["ru-40"] = *PartialDate::ParseIso("2024-07-05");
  link::LinkEvents(&plan, opt);
  CHECK(plan[2].event != plan[0].event);
  CHECK(plan[2].event != plan[1].event);
  opt.published["ru-40"] = *PartialDate::ParseIso("2024-07-03");
  link::LinkEvents(&plan_that_day, opt);
  CHECK(plan_that_day[2].event == plan_that_day[0].event);
}

TEST_CASE("an undated report of news is not the only known event when that is long before its article", "[link]") {
  const Participant Erdogan = Person("Recep Tayyip Erdoğan", "TR", "tr.president");
  // "Состоялась встреча Владимира Путина с Президентом Турции" (kremlin.ru, July 2024) and an Anadolu
  // report of the Astana meeting without a date; the one dated meeting known is Sochi, September 2023.
  std::vector<Claim> claims = {
      MakeClaim("it-50", 1, "ansa.it", "it", "meeting", {Putin(), Erdogan}, "2023-09-04"),
      MakeClaim("ru-50", 1, "kremlin.ru", "ru", "meeting", {Putin(), Erdogan}, ""),
      MakeClaim("en-50", 1, "aa.com.tr", "en", "meeting", {Putin(), Erdogan}, ""),
  };
  std::vector<Claim> same_week = claims;
  link::LinkOptions opt;
  opt.published["ru-50"] = *PartialDate::ParseIso("2024-07-03");
  opt.published["en-50"] = *PartialDate::ParseIso("2024-07-03");
  link::LinkEvents(&claims, opt);
  CHECK(claims[1].event != claims[0].event);
  CHECK(claims[2].event == claims[1].event);  // the two July reports are one (undated) event
  // Published the day after the Sochi meeting, they report it.
  opt.published["ru-50"] = *PartialDate::ParseIso("2023-09-05");
  opt.published["en-50"] = *PartialDate::ParseIso("2023-09-05");
  link::LinkEvents(&same_week, opt);
  CHECK(same_week[1].event == same_week[0].event);
  CHECK(same_week[2].event == same_week[0].event);
}

TEST_CASE("an article's news is never the earlier event it names as the previous one", "[link]") {
  const Participant Erdogan = Person("Recep Tayyip Erdoğan", "TR", "tr.president");
  // "Путин встретился с Эрдоганом. Последний раз лидеры встречались в Сочи в сентябре прошлого года."
  std::vector<Claim> claims = {
      MakeClaim("ru-41", 1, "ria.ru", "ru", "meeting", {Putin(), Erdogan}, ""),
      MakeClaim("ru-41", 2, "ria.ru", "ru", "meeting", {Putin(), Erdogan}, "2023-09", "reference"),
  };
  link::LinkEvents(&claims);
  CHECK(claims[1].event != claims[0].event);
  // A sentence going on about the earlier one right after it stays with it.
  std::vector<Claim> more = {
      MakeClaim("ru-42", 1, "ria.ru", "ru", "meeting", {Putin(), Erdogan}, "2023-09", "reference"),
      MakeClaim("ru-42", 2, "ria.ru", "ru", "meeting", {Putin(), Erdogan}, ""),
  };
  link::LinkEvents(&more);
  CHECK(more[1].event == more[0].event);
}

TEST_CASE("an undated 'second call' joins the second known event when the first is anchored", "[link]") {
  std::vector<Claim> claims = {
      MakeClaim("ru-4", 1, "topwar.ru", "en", "call", {Shoigu(), Austin()}, "2022-05-13", "reference"),
      MakeClaim("ru-4", 2, "topwar.ru", "en", "call", {Shoigu(), Austin()}, "2022-10-21"),
      MakeClaim("ru-4", 3, "topwar.ru", "en", "call", {Shoigu(), Austin()}, "2022-10-23"),
      MakeClaim("ru-4", 4, "topwar.ru", "en", "call", {Austin(), Shoigu()}, ""),
  };
  claims[0].ordinal = MakeOrdinal(1, "ever", "the first dialogue");
  claims[3].ordinal = MakeOrdinal(2, "ever", "for the second time");
  link::LinkEvents(&claims);
  CHECK(claims[3].event == claims[1].event);
  REQUIRE(!claims[3].flags.empty());
  CHECK(claims[3].flags[0].code == "linked_by_ordinal");
  // Without a known first call the timeline is not anchored: left unlinked.
  claims[0].ordinal = Ordinal();
  claims[3].flags.clear();
  link::LinkEvents(&claims);
  CHECK(claims[3].event.empty());
}


TEST_CASE("a date one outlet gives, days from the date independent outlets agree on, is that event misdated",
          "[link][dissent]") {
  // «Телефонный разговор состоялся 28 сентября» against three outlets reporting 1 October.
  std::vector<Claim> claims = {
      MakeClaim("uk-10", 1, "ukrinform.ua", "uk", "call", {Zelensky(), Putin()}, "2024-10-01"),
      MakeClaim("ru-10", 1, "kommersant.ru", "ru", "call", {Putin(), Zelensky()}, "2024-09-28"),
      MakeClaim("en-10", 1, "reuters.com", "en", "call", {Putin(), Zelensky()}, "2024-10-01"),
      MakeClaim("it-10", 1, "ansa.it", "it", "call", {Zelensky(), Putin()}, "2024-10-01"),
      MakeClaim("ru-10", 2, "kommersant.ru", "ru", "call", {Putin(), Zelensky()}, ""),
  };
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 1);
  for (const auto& c : claims) CHECK(c.event == "E1");
  CHECK(events[0].date.ToIso() == "2024-10-01");
  const auto& dates = events[0].slots.at("date");
  REQUIRE(dates.size() == 2);
  CHECK(dates[1].value == "2024-09-28");
  CHECK(link::DocsOf(dates[1].claims, claims) == std::vector<std::string>{"ru-10"});

  // A later report of the same wrong date joins the same dissent rather than founding an event.
  claims.push_back(MakeClaim("ru-11", 1, "kommersant.ru", "ru", "call", {Putin(), Zelensky()}, "--09-28"));
  events = link::LinkEvents(&claims);
  CHECK(events.size() == 1);
  CHECK(claims.back().event == "E1");
}

TEST_CASE("two calls days apart, each backed by independent outlets, stay two events", "[link][dissent]") {
  std::vector<Claim> claims = {
      MakeClaim("en-20", 1, "reuters.com", "en", "call", {Blinken(), Kuleba()}, "2024-07-10"),
      MakeClaim("uk-20", 1, "pravda.com.ua", "uk", "call", {Kuleba(), Blinken()}, "2024-07-10"),
      MakeClaim("it-20", 1, "ansa.it", "it", "call", {Blinken(), Kuleba()}, "2024-07-12"),
      MakeClaim("ru-20", 1, "rbc.ru", "ru", "call", {Kuleba(), Blinken()}, "2024-07-12"),
      MakeClaim("en-21", 1, "apnews.com", "en", "call", {Blinken(), Kuleba()}, "2024-07-12"),
  };
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 2);
  CHECK(claims[0].event == claims[1].event);
  CHECK(claims[2].event == claims[3].event);
  CHECK(claims[3].event == claims[4].event);
  CHECK(claims[0].event != claims[2].event);
  for (const auto& e : events) CHECK(e.slots.at("date").size() == 1);
}

TEST_CASE("a report published before a nearby event cannot be that event misdated", "[link][dissent]") {
  std::vector<Claim> claims = {
      MakeClaim("uk-30", 1, "ukrinform.ua", "uk", "call", {Blinken(), Kuleba()}, "2024-07-09"),
      MakeClaim("en-30", 1, "reuters.com", "en", "call", {Blinken(), Kuleba()}, "2024-07-11"),
      MakeClaim("it-30", 1, "ansa.it", "it", "call", {Kuleba(), Blinken()}, "2024-07-11"),
      MakeClaim("ru-30", 1, "tass.ru", "ru", "call", {Kuleba(), Blinken()}, "2024-07-11"),
  };
  std::vector<Claim> unknown = claims;
  CHECK(link::LinkEvents(&unknown).size() == 1);  // nothing says otherwise: a misdated report

  link::LinkOptions opt;
  opt.published["uk-30"] = *PartialDate::ParseIso("2024-07-09");  // out two days before the other call
  CHECK(link::LinkEvents(&claims, opt).size() == 2);
  CHECK(claims[0].event != claims[1].event);
}

TEST_CASE("reports naming one party a few days apart stay apart, however well backed", "[link][dissent]") {
  // "Blinken held a phone call on 11 July" (counterpart not recognised), three outlets, and one outlet's
  // "... on 9 July": with the counterpart unknown these may be two calls; a date dispute would be invented.
  std::vector<Claim> claims = {
      MakeClaim("en-50", 1, "reuters.com", "en", "call", {Blinken()}, "2024-07-11"),
      MakeClaim("it-50", 1, "ansa.it", "it", "call", {Blinken()}, "2024-07-11"),
      MakeClaim("ru-50", 1, "tass.ru", "ru", "call", {Blinken()}, "2024-07-11"),
      MakeClaim("uk-50", 1, "ukrinform.ua", "uk", "call", {Blinken()}, "2024-07-09"),
      MakeClaim("uk-51", 1, "pravda.com.ua", "uk", "call", {Blinken()}, "2024-07-10"),
  };
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 3);
  CHECK(claims[0].event == claims[1].event);
  CHECK(claims[1].event == claims[2].event);
  CHECK(claims[3].event != claims[0].event);
  CHECK(claims[4].event != claims[0].event);
  for (const auto& e : events) CHECK(e.slots.at("date").size() == 1);
  // The same reports naming both parties: one event, the lone dates dissenting.
  std::vector<Claim> paired = {
      MakeClaim("en-50", 1, "reuters.com", "en", "call", {Blinken(), Kuleba()}, "2024-07-11"),
      MakeClaim("it-50", 1, "ansa.it", "it", "call", {Blinken(), Kuleba()}, "2024-07-11"),
      MakeClaim("ru-50", 1, "tass.ru", "ru", "call", {Kuleba(), Blinken()}, "2024-07-11"),
      MakeClaim("uk-50", 1, "ukrinform.ua", "uk", "call", {Kuleba(), Blinken()}, "2024-07-09"),
  };
  CHECK(link::LinkEvents(&paired).size() == 1);
}

TEST_CASE("two single reports a few days apart are not merged on support alone", "[link][dissent]") {
  std::vector<Claim> claims = {
      MakeClaim("en-40", 1, "reuters.com", "en", "call", {Blinken(), Kuleba()}, "2024-07-08"),
      MakeClaim("uk-40", 1, "ukrinform.ua", "uk", "call", {Kuleba(), Blinken()}, "2024-07-11"),
  };
  CHECK(link::LinkEvents(&claims).size() == 2);
}

TEST_CASE("'talks' links with the meeting of the same persons that day, a call that day stays apart",
          "[link][types]") {
  std::vector<Claim> claims = {
      MakeClaim("en-50", 1, "reuters.com", "en", "meeting", {Blinken(), Kuleba()}, "2024-08-06"),
      // "Kuleba e Blinken hanno tenuto colloqui ad Ankara"
      MakeClaim("it-50", 1, "ansa.it", "it", "talks", {Kuleba(), Blinken()}, "2024-08-06"),
      MakeClaim("uk-50", 1, "pravda.com.ua", "uk", "meeting", {Kuleba(), Blinken()}, "2024-08-06"),
      MakeClaim("en-51", 1, "apnews.com", "en", "call", {Blinken(), Zelensky()}, "2024-08-06"),
  };
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 2);
  CHECK(claims[0].event == claims[1].event);
  CHECK(claims[1].event == claims[2].event);
  const Event* e = EventOf(events, claims[1]);
  REQUIRE(e);
  CHECK(e->type == "meeting");

  std::vector<Claim> both = {
      MakeClaim("en-52", 1, "reuters.com", "en", "call", {Blinken(), Kuleba()}, "2024-08-06"),
      MakeClaim("en-53", 1, "apnews.com", "en", "meeting", {Blinken(), Kuleba()}, "2024-08-06"),
  };
  events = link::LinkEvents(&both);
  CHECK(events.size() == 2);  // a phone call and an in-person meeting are not one event
}

TEST_CASE("a later report joins the established event, not one founded by a report naming only a side",
          "[link][types]") {
  auto taran = [] { return Person("Andrii Taran", "UA"); };
  auto parly = [] { return Person("Florence Parly", "FR"); };
  std::vector<Claim> claims = {
      MakeClaim("fr-60", 1, "lemonde.fr", "en", "meeting", {parly(), taran()}, "2021-05-29"),
      MakeClaim("uk-60", 1, "ukrinform.ua", "uk", "meeting", {taran(), parly()}, "2021-05-29"),
      // Same day, same sides: Parly also met Kuleba.
      MakeClaim("en-60", 1, "reuters.com", "en", "meeting", {parly(), Kuleba()}, "2021-05-29"),
      // «Україна та Парлі провели переговори» names Ukraine, not its minister: either event fits.
      MakeClaim("uk-61", 1, "unian.ua", "uk", "talks", {Side("Ukraine", "UA"), parly()}, "2021-05-29"),
      // «Таран і Парлі провели переговори»: talks, the meeting of the two ministers.
      MakeClaim("uk-62", 1, "pravda.com.ua", "uk", "talks", {taran(), parly()}, "2021-05-29"),
  };
  link::LinkEvents(&claims);
  CHECK(claims[4].event == claims[0].event);
  CHECK(claims[1].event == claims[0].event);
  CHECK(claims[2].event != claims[0].event);
}

TEST_CASE("one outlet calling a well-reported meeting a phone call is that meeting, two outlets are not",
          "[link][types][dissent]") {
  std::vector<Claim> claims = {
      MakeClaim("en-70", 1, "reuters.com", "en", "meeting", {Blinken(), Kuleba()}, "2024-06-14"),
      MakeClaim("uk-70", 1, "ukrinform.ua", "uk", "meeting", {Kuleba(), Blinken()}, "2024-06-14"),
      MakeClaim("it-70", 1, "ansa.it", "it", "meeting", {Blinken(), Kuleba()}, "2024-06-14"),
      // «Блинкен и Кулеба провели телефонный разговор» — one outlet, same day.
      MakeClaim("ru-70", 1, "rbc.ru", "ru", "call", {Kuleba(), Blinken()}, "2024-06-14"),
  };
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 1);
  CHECK(events[0].type == "meeting");
  CHECK(events[0].slots.at("type").size() == 2);

  // Two independent outlets report the call: a call and a meeting the same day, two events.
  claims.push_back(MakeClaim("en-71", 1, "apnews.com", "en", "call", {Blinken(), Kuleba()}, "2024-06-14"));
  CHECK(link::LinkEvents(&claims).size() == 2);
}

TEST_CASE("a side named without its person stands for the one person its article names, in any claim order",
          "[link]") {
  // «Міністр оборони США Ллойд Остін провів розмову з Андрієм Бєлоусовим... Російське міністерство
  // підтвердило розмову з Остіном 25 червня» — and another article about Shoigu on the same day.
  auto ministry = Side("Russian Defence Ministry", "RU");
  Claim named = MakeClaim("uk-70", 1, "ukrinform.ua", "uk", "call", {Austin(), Belousov()}, "2024-06-25");
  Claim other = MakeClaim("ru-70", 1, "ria.ru", "ru", "call", {Austin(), Shoigu()}, "2024-06-25");
  Claim side_only = MakeClaim("uk-70", 2, "ukrinform.ua", "uk", "call", {Austin(), ministry}, "2024-06-25");
  // The pipeline gives a document's claims one after another; any other order links the same.
  for (const auto& order : {std::vector<Claim>{named, side_only, other}, std::vector<Claim>{named, other, side_only}}) {
    std::vector<Claim> claims = order;
    auto events = link::LinkEvents(&claims);
    CHECK(events.size() == 2);
    const Claim* a = nullptr;
    const Claim* b = nullptr;
    for (const auto& c : claims) {
      if (c.id == "uk-70#1") a = &c;
      if (c.id == "uk-70#2") b = &c;
    }
    REQUIRE(a);
    REQUIRE(b);
    CHECK(b->event == a->event);
  }
}

TEST_CASE("a claim naming one party joins its own article's event, in any claim order", "[link]") {
  // «Ллойд Остін провів телефонну розмову з Андрієм Бєлоусовим 12 липня... Остін наголосив на
  // важливості каналів зв'язку» (the second claim names Austin only); an Italian report of the same
  // call, and a French article naming Austin alone, about a call it does not otherwise report.
  Claim both = MakeClaim("uk-80", 1, "ukrinform.ua", "uk", "call", {Austin(), Belousov()}, "2024-07-12");
  Claim other = MakeClaim("it-80", 1, "ansa.it", "it", "call", {Belousov(), Austin()}, "2024-07-12");
  Claim one_party = MakeClaim("uk-80", 2, "ukrinform.ua", "uk", "call", {Austin()}, "");
  Claim stranger = MakeClaim("fr-80", 1, "lemonde.fr", "fr", "call", {Austin()}, "");
  for (const auto& order : {std::vector<Claim>{both, one_party, other, stranger},
                            std::vector<Claim>{both, other, one_party, stranger},
                            std::vector<Claim>{one_party, other, stranger, both}}) {
    std::vector<Claim> claims = order;
    auto events = link::LinkEvents(&claims);
    std::map<std::string, std::string> event_of;
    for (const auto& c : claims) event_of[c.id] = c.event;
    CHECK(event_of["uk-80#2"] == event_of["uk-80#1"]);
    CHECK(event_of["it-80#1"] == event_of["uk-80#1"]);
    CHECK(event_of["fr-80#1"] != event_of["uk-80#1"]);  // not its article's event
    CHECK(events.size() == 2);
  }
}

TEST_CASE("an event's slot values take each claim's own value, also where it repeats the claim before in part",
          "[link]") {
  // "the second call", "the second call this year", "the second call this year": same count, two
  // wordings; the initiator stated by one report only; the persons named in either order.
  std::vector<Claim> claims = {
      MakeClaim("en-81", 1, "reuters.com", "en", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("uk-81", 1, "ukrinform.ua", "uk", "call", {Belousov(), Austin()}, "2024-07-12"),
      MakeClaim("it-81", 1, "ansa.it", "it", "call", {Austin(), Belousov()}, "2024-07-12"),
  };
  claims[0].ordinal = MakeOrdinal(2, "ever", "the second call");
  claims[1].ordinal = MakeOrdinal(2, "year", "the second call this year");
  claims[2].ordinal = MakeOrdinal(2, "year", "the second this year");
  claims[1].initiator = "US";
  auto events = link::LinkEvents(&claims);
  REQUIRE(events.size() == 1);
  const auto& slots = events[0].slots;
  REQUIRE(slots.at("ordinal").size() == 2);
  CHECK(slots.at("ordinal")[0].value == "#2 this year");
  CHECK(slots.at("ordinal")[0].claims == std::vector<ClaimRef>{1, 2});
  CHECK(slots.at("ordinal")[1].value == "#2");
  REQUIRE(slots.at("initiator").size() == 1);
  CHECK(slots.at("initiator")[0].claims == std::vector<ClaimRef>{1});
  REQUIRE(slots.at("participants").size() == 1);
  CHECK(slots.at("participants")[0].claims.size() == 3);
  CHECK(slots.at("date")[0].claims.size() == 3);
  CHECK(events[0].participants == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
}

namespace {

// One claim's link result and one event, as text, for comparing runs.
std::string Linked(const Claim& c) {
  std::string s = c.id + " → " + c.event;
  for (const auto& f : c.flags) s += " [" + f.code.str() + ": " + f.detail + "]";
  return s;
}
std::string Described(const Event& e) {
  std::string s = e.id + " " + e.type + " " + e.date.ToIso() + " |";
  for (const auto& p : e.participants) s += " " + p;
  s += " | claims";
  for (ClaimRef r : e.claims) s += " " + std::to_string(r);
  for (const auto& [slot, values] : e.slots) {
    s += " | " + slot + ":";
    for (const auto& v : values) {
      s += " " + v.value + "(" + std::to_string(v.independent) + ")";
      for (ClaimRef r : v.claims) s += "," + std::to_string(r);
    }
  }
  return s;
}

}  // namespace

TEST_CASE("linking on several threads gives the events, ids and claim links of one thread", "[link]") {
  // Several blocks (persons pairs and type families), each with what makes linking order-sensitive:
  // a misdated dissent, an undated "second call" placed by its ordinal, a reference following its
  // event, a side named without its person, and claims naming one participant (attached to their
  // article's event, or clustered among themselves).
  std::vector<Claim> claims = {
      MakeClaim("uk-1", 1, "ukrinform.ua", "uk", "call", {Belousov(), Austin()}, "2024-06-25"),
      MakeClaim("uk-1", 2, "ukrinform.ua", "uk", "call", {Austin(), Side("Міноборони Росії", "RU")}, "2024-06-25"),
      MakeClaim("uk-1", 3, "ukrinform.ua", "uk", "call", {Austin()}, "2024-06-25"),
      MakeClaim("en-1", 1, "unn.ua", "en", "call", {Belousov(), Austin()}, "2024-07-12"),
      MakeClaim("en-1", 2, "unn.ua", "en", "call", {Side("Russia", "RU"), Side("United States", "US")}, "--06-25",
                "reference"),
      MakeClaim("it-1", 1, "ansa.it", "it", "call", {Austin(), Belousov()}, "2024-06-25"),
      MakeClaim("ru-4", 1, "topwar.ru", "ru", "call", {Shoigu(), Austin()}, "2022-05-13", "reference"),
      MakeClaim("ru-4", 2, "topwar.ru", "ru", "call", {Shoigu(), Austin()}, "2022-10-21"),
      MakeClaim("ru-4", 3, "topwar.ru", "ru", "call", {Shoigu(), Austin()}, "2022-10-23"),
      MakeClaim("ru-4", 4, "topwar.ru", "ru", "call", {Austin(), Shoigu()}, ""),
      MakeClaim("en-2", 1, "reuters.com", "en", "call", {Austin(), Shoigu()}, "2022-10-23"),
      MakeClaim("uk-10", 1, "ukrinform.ua", "uk", "call", {Zelensky(), Putin()}, "2024-10-01"),
      MakeClaim("ru-10", 1, "kommersant.ru", "ru", "call", {Putin(), Zelensky()}, "2024-09-28"),
      MakeClaim("en-10", 1, "reuters.com", "en", "call", {Putin(), Zelensky()}, "2024-10-01"),
      MakeClaim("it-10", 1, "ansa.it", "it", "call", {Zelensky(), Putin()}, "2024-10-01"),
      MakeClaim("ru-10", 2, "kommersant.ru", "ru", "call", {Putin(), Zelensky()}, ""),
      MakeClaim("en-20", 1, "reuters.com", "en", "meeting", {Blinken(), Kuleba()}, "2024-07-10"),
      MakeClaim("uk-20", 1, "pravda.com.ua", "uk", "talks", {Kuleba(), Blinken()}, "2024-07-10"),
      MakeClaim("it-20", 1, "ansa.it", "it", "call", {Blinken(), Kuleba()}, "2024-07-10"),
      MakeClaim("en-3", 1, "politico.com", "en", "call", {Brown(), Gerasimov()}, "2024-07-12"),
      MakeClaim("uk-3", 1, "pravda.com.ua", "uk", "call", {Gerasimov(), Brown()}, "2024-07-12"),
      MakeClaim("fr-5", 1, "lemonde.fr", "fr", "call", {Kuleba()}, "2024-08-02"),
      MakeClaim("de-5", 1, "spiegel.de", "de", "call", {Kuleba()}, "2024-08-02"),
  };
  claims[6].ordinal = MakeOrdinal(1, "ever", "the first dialogue");
  claims[9].ordinal = MakeOrdinal(2, "ever", "for the second time");
  std::vector<Claim> one = claims;
  link::LinkOptions opt;
  opt.threads = 1;
  auto events_one = link::LinkEvents(&one, opt);
  REQUIRE(events_one.size() >= 6);
  CHECK(one[9].event == one[7].event);  // the ordinal placed it: the run is not trivial
  for (int threads : {2, 3, 8}) {
    std::vector<Claim> many = claims;
    opt.threads = threads;
    auto events_many = link::LinkEvents(&many, opt);
    REQUIRE(events_many.size() == events_one.size());
    for (size_t i = 0; i < events_one.size(); ++i) CHECK(Described(events_many[i]) == Described(events_one[i]));
    for (size_t i = 0; i < one.size(); ++i) CHECK(Linked(many[i]) == Linked(one[i]));
  }
}

TEST_CASE("claims relaying nothing count one origin per outlet, and per document where the outlet is unknown",
          "[link][support]") {
  // «Остін і Бєлоусов провели розмову»: two articles of unian.ua, one of reuters.com, two articles
  // of unknown outlets (one of them twice, once as "unknown"), and an outlet named like an unknown
  // outlet's document key.
  std::vector<Claim> claims = {
      MakeClaim("uk-51", 1, "unian.ua", "uk", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("uk-52", 1, "unian.ua", "uk", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("en-51", 1, "reuters.com", "en", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("ru-51", 1, "", "ru", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("ru-51", 2, "unknown", "ru", "call", {Austin(), Belousov()}, "2024-07-12"),
      MakeClaim("ru-52", 1, "", "ru", "call", {Austin(), Belousov()}, "2024-07-12"),
  };
  std::vector<const Claim*> all;
  for (const auto& c : claims) all.push_back(&c);
  CHECK(link::IndependentCount(all) == 4);  // unian.ua, reuters.com, doc:ru-51, doc:ru-52
  CHECK(link::IndependentCount(all) == link::IndependentGroups(all).size());
  claims.push_back(MakeClaim("x-1", 1, "doc:ru-52", "ru", "call", {Austin(), Belousov()}, "2024-07-12"));
  all.clear();
  for (const auto& c : claims) all.push_back(&c);
  CHECK(link::IndependentCount(all) == 4);  // the same key as ru-52's
  CHECK(link::IndependentCount(all) == link::IndependentGroups(all).size());
  claims[2].attributed_to = "TASS";  // reuters.com relays TASS: still one origin
  all.clear();
  for (const auto& c : claims) all.push_back(&c);
  CHECK(link::IndependentCount(all) == 4);
}

TEST_CASE("outlets that relay one source count as that source, across many outlets and split documents",
          "[link][support]") {
  // «Шойгу і Остін провели телефонну розмову, повідомляє ТАСС»: outlets relaying TASS (one in
  // another case, one in two claims apart), an outlet with its own reporting besides, an outlet
  // literally named "via:tass", an unknown outlet's document whose two claims (far apart) have two
  // origins, one relaying RIA, and forty outlets of their own: more keys than a small table holds.
  auto call = [](const std::string& doc, int n, const std::string& outlet, const std::string& via) {
    Claim c = MakeClaim(doc, n, outlet, "ru", "call", {Austin(), Belousov()}, "2024-07-12");
    c.attributed_to = via;
    return c;
  };
  std::vector<Claim> claims = {
      call("ru-1", 1, "rbc.ru", "TASS"),         call("ru-2", 1, "lenta.ru", "TASS"),
      call("ru-1", 2, "rbc.ru", "TASS"),         call("ru-3", 1, "kommersant.ru", "TASS"),
      call("ru-3", 2, "kommersant.ru", ""),      call("ru-4", 1, "iz.ru", "Tass"),
      call("x-1", 1, "via:tass", ""),            call("ru-9", 1, "", "RIA Novosti"),
  };
  for (int k = 0; k < 40; ++k) claims.push_back(call("uk-" + std::to_string(k), 1, "видання-" + std::to_string(k) + ".ua", ""));
  claims.push_back(call("ru-9", 2, "unknown", ""));
  claims.push_back(call("ru-10", 1, "", "RIA Novosti"));
  std::vector<const Claim*> all;
  for (const auto& c : claims) all.push_back(&c);
  // via:tass (rbc.ru, lenta.ru, iz.ru, the outlet "via:tass"), kommersant.ru, doc:ru-9, via:ria
  // novosti (ru-10), and the forty.
  CHECK(link::IndependentCount(all) == 44);
  auto groups = link::IndependentGroups(all);
  REQUIRE(groups.size() == 44);
  CHECK(groups[0].first == "via:tass");
  CHECK(groups[0].second.size() == 5);
  CHECK(groups[1].first == "kommersant.ru");
  CHECK(groups[2].first == "doc:ru-9");
  CHECK(groups.back().first == "via:ria novosti");
}
