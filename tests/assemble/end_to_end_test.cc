// End to end on short articles written for these tests: the real analyser, tagger (lexicon, time,
// events and cues) and assembler with the shipped rules.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "assemble/fixture.h"
#include "engine/analyse/analyser.h"
#include "engine/assemble/assembler.h"
#include "engine/tag/tagger.h"

using namespace crosscheck;
using crosscheck::testing::FindClaim;
using crosscheck::testing::HasParticipant;

namespace {

struct Pipeline {
  analyse::Analyser analyser;
  tag::Tagger tagger;
  assemble::Assembler assembler;
  Pipeline() {
    std::vector<std::string> roots = {std::string(CROSSCHECK_SOURCE_DIR) + "/rules"};
    Status s = analyser.Load(roots);
    if (s.ok()) s = tagger.Load(roots);
    if (s.ok()) s = assembler.Load(roots, &tagger);
    if (!s.ok()) throw std::runtime_error(s.ToString());
  }
  std::vector<Claim> Run(const std::string& text, const std::string& lang, const std::string& published = "") {
    Document doc;
    doc.id = "a";
    doc.lang = lang;
    doc.text = text;
    doc.body = {{0, text.size()}};
    if (!published.empty()) doc.published = PartialDate::ParseIso(published);
    auto analysis = analyser.Analyse(doc);
    auto tagged = tagger.Tag(doc, analysis);
    return assembler.Assemble(doc, analysis, tagged);
  }
};

Pipeline& Shared() {
  static Pipeline p;
  return p;
}

}  // namespace

TEST_CASE("End to end: an English report with a reference to the previous call", "[assemble][e2e][en]") {
  auto claims = Shared().Run(
      "Pentagon chief and Russian minister talk again\n"
      "On Friday, July 12, Lloyd Austin held a phone call with Russian Defence Minister Andrei Belousov at the "
      "initiative of the Russian side, the Pentagon said.\n"
      "It was their second call this year; the previous one took place on June 25.\n",
      "en");
  const Claim* main = nullptr;
  for (const auto& c : claims)
    if (!main && c.role == "main" && c.date.ToIso() == "2024-07-12") main = &c;
  REQUIRE(main);
  CHECK(main->type == "call");
  CHECK(HasParticipant(*main, "Lloyd Austin"));
  CHECK(HasParticipant(*main, "Andrei Belousov"));
  CHECK(main->initiator == "RU");
  CHECK(main->attributed_to == "Pentagon");
  const Claim* ref = FindClaim(claims, "call", "reference");
  REQUIRE(ref);
  CHECK(ref->date.ToIso() == "2024-06-25");
  bool second = false;
  for (const auto& c : claims) second = second || (c.ordinal.n == 2 && c.ordinal.scope == "year");
  CHECK(second);
}

TEST_CASE("End to end: a Ukrainian report, year from who held office", "[assemble][e2e][uk]") {
  auto claims = Shared().Run(
      "Міністри оборони США та Росії провели телефонну розмову\n"
      "У вівторок, 2 квітня, відбулася телефонна розмова між очільником Пентагону Ллойдом Остіним та міністром "
      "оборони РФ Сергієм Шойгу. Ініціатива проведення розмови виходила від американської сторони, повідомили "
      "в Міноборони РФ.\n",
      "uk");
  const Claim* c = FindClaim(claims, "call", "main");
  REQUIRE(c);
  const Claim* dated = nullptr;
  for (const auto& x : claims)
    if (!x.date.empty()) dated = &x;
  REQUIRE(dated);
  CHECK(dated->date.ToIso() == "2024-04-02");  // a Tuesday while Austin and Shoigu were both ministers
  CHECK(HasParticipant(*dated, "Lloyd Austin"));
  CHECK(HasParticipant(*dated, "Sergei Shoigu"));
  CHECK(dated->initiator == "US");
}

TEST_CASE("End to end: a Russian report of two calls on listed dates", "[assemble][e2e][ru]") {
  auto claims = Shared().Run(
      "Шойгу дважды поговорил по телефону с Остином — 14 и 16 марта 2023 года. Впервые телефонный разговор "
      "министров состоялся 13 мая 2022 года по инициативе американской стороны, сообщает ТАСС.\n",
      "ru");
  std::vector<std::string> dates;
  for (const auto& c : claims)
    if (c.type == "call" && c.role == "main") dates.push_back(c.date.ToIso());
  CHECK(std::count(dates.begin(), dates.end(), "2023-03-14") == 1);
  CHECK(std::count(dates.begin(), dates.end(), "2023-03-16") == 1);
  const Claim* first = nullptr;
  for (const auto& c : claims)
    if (c.date.ToIso() == "2022-05-13") first = &c;
  REQUIRE(first);
  CHECK(first->role == "reference");
  CHECK(first->initiator == "US");
  CHECK(first->ordinal.n == 1);
  CHECK(first->attributed_to == "TASS");
}

TEST_CASE("End to end: an Italian report with a misspelled name", "[assemble][e2e][it]") {
  auto claims = Shared().Run(
      "Il ministro della Difesa degli Stati Uniti Lloyd Austin ha avuto un colloquio telefonico con il ministro "
      "della Difesa russo Sergei Shoig il 13 maggio 2022, secondo il Pentagono. Austin ha avviato la chiamata.\n",
      "it");
  const Claim* c = FindClaim(claims, "call", "main");
  REQUIRE(c);
  CHECK(c->date.ToIso() == "2022-05-13");
  CHECK(HasParticipant(*c, "Lloyd Austin"));
  CHECK(HasParticipant(*c, "Sergei Shoigu"));
  CHECK(c->attributed_to == "Pentagon");
  bool initiated = false;
  for (const auto& x : claims) initiated = initiated || x.initiator == "US";
  CHECK(initiated);
}

TEST_CASE("End to end: unrelated mentions of talks make no claim", "[assemble][e2e]") {
  auto claims = Shared().Run(
      "Analysts say peace talks are unlikely this year. The ministry called for calm, and the weather was "
      "discussed at length during a press conference.\n",
      "en");
  CHECK(claims.empty());
}

TEST_CASE("End to end: 'titolare della Difesa' with another country is that country's minister", "[assemble][e2e][it]") {
  // "Il titolare della Difesa" is the generic "the minister holding Defence": with "di Mosca" or
  // "turco" it is that side's minister, never Italy's by default.
  auto claims = Shared().Run(
      "Il titolare della Difesa di Mosca Andrei Belousov ha avuto un colloquio telefonico con il segretario "
      "alla Difesa britannico John Healey il 22 agosto 2024.\n",
      "it");
  const Claim* c = FindClaim(claims, "call", "main");
  REQUIRE(c);
  CHECK(c->participants.size() == 2);
  CHECK(HasParticipant(*c, "Andrei Belousov"));
  CHECK(HasParticipant(*c, "John Healey"));
  CHECK_FALSE(HasParticipant(*c, "Guido Crosetto"));
  auto unnamed = Shared().Run(
      "Il titolare della Difesa turco ha telefonato al collega ucraino Rustem Umerov il 15 febbraio 2024.\n", "it");
  const Claim* u = FindClaim(unnamed, "call", "main");
  REQUIRE(u);
  CHECK(HasParticipant(*u, "Yaşar Güler"));
  CHECK(HasParticipant(*u, "Rustem Umerov"));
  CHECK_FALSE(HasParticipant(*u, "Guido Crosetto"));
}

TEST_CASE("End to end: talks in a city are a meeting, and the headline restates it", "[assemble][e2e][en]") {
  // The page mentions a phone call only in a recalled paragraph about other people: the headline's
  // "speaks with" is still the generic word and folds into the dated meeting.
  auto claims = Shared().Run(
      "Lammy speaks with Fidan: what is known\n"
      "On 21 April, British Foreign Secretary David Lammy and Turkish Foreign Minister Hakan Fidan held talks "
      "in Ankara.\n"
      "Earlier, on 2 April, John Healey and Yaşar Güler held a telephone conversation.\n",
      "en", "2025-04-22");
  int about_pair = 0;
  const Claim* meeting = nullptr;
  for (const auto& c : claims)
    if (HasParticipant(c, "David Lammy") && HasParticipant(c, "Hakan Fidan")) {
      ++about_pair;
      meeting = &c;
    }
  CHECK(about_pair == 1);
  REQUIRE(meeting);
  CHECK(meeting->type == "meeting");
  CHECK(meeting->date.ToIso() == "2025-04-21");
}

TEST_CASE("End to end: talks in a month or by phone are no meeting", "[assemble][e2e][en][uk]") {
  auto may = Shared().Run("Blinken and Kuleba held talks in May, the State Department said.\n", "en", "2023-06-02");
  const Claim* c = FindClaim(may, "talks", "main");
  CHECK(c);
  auto uk = Shared().Run("Кулеба та Блінкен 12 березня провели телефонні переговори у Вашингтоні.\n", "uk",
                         "2023-03-13");
  CHECK(FindClaim(uk, "call", "main"));
  CHECK_FALSE(FindClaim(uk, "meeting", "main"));
}

TEST_CASE("End to end: 'They spoke again by phone' is a second call of the same pair", "[assemble][e2e][en]") {
  // "again" splits "spoke by phone", leaving the generic "by phone": its subject "They" is the pair.
  auto claims = Shared().Run(
      "Starmer and Zelensky spoke by phone on October 21 about air defence for the winter. They spoke again "
      "by phone on October 23.\n",
      "en", "2024-10-25");
  std::vector<std::string> dates;
  for (const auto& c : claims)
    if (c.type == "call" && HasParticipant(c, "Keir Starmer") && HasParticipant(c, "Volodymyr Zelensky"))
      dates.push_back(c.date.ToIso());
  CHECK(dates == std::vector<std::string>{"2024-10-21", "2024-10-23"});
  // Without "they" the generic words make no claim of their own.
  auto vague = Shared().Run(
      "Starmer and Zelensky spoke by phone on October 21 about air defence. Reaching officials by phone "
      "became harder on October 23.\n",
      "en", "2024-10-25");
  CHECK(vague.size() == 1);
}

TEST_CASE("End to end: a city before 'head of state' is the place, not whose head", "[assemble][e2e][uk]") {
  auto claims = Shared().Run(
      "7 травня 2024 року у Варшаві глава держави Володимир Зеленський зустрівся з британським прем'єром "
      "Ріші Сунаком.\n",
      "uk");
  const Claim* c = FindClaim(claims, "meeting", "main");
  REQUIRE(c);
  CHECK(c->participants.size() == 2);
  CHECK(HasParticipant(*c, "Volodymyr Zelensky"));
  CHECK(HasParticipant(*c, "Rishi Sunak"));
}

TEST_CASE("End to end: the first half of 'Форін-офіс' is not a misspelled surname", "[assemble][e2e][uk]") {
  auto claims = Shared().Run(
      "17 жовтня 2024 року очільник МЗС Андрій Сибіга отримав дзвінок від очільника Форін-офісу Девіда Леммі.\n",
      "uk");
  const Claim* c = FindClaim(claims, "call", "main");
  REQUIRE(c);
  CHECK(c->participants.size() == 2);
  CHECK(HasParticipant(*c, "Andrii Sybiha"));
  CHECK(HasParticipant(*c, "David Lammy"));
  CHECK(c->initiator == "GB");
}

TEST_CASE("End to end: the lead of a wire story takes its dateline (RIA, UNN, ANSA style)", "[assemble][e2e]") {
  auto ru = Shared().Run(
      "МОСКВА, 14 ноя — РИА Новости. Министр иностранных дел России Сергей Лавров провел телефонный разговор с "
      "главой МИД Турции Хаканом Фиданом, сообщили в МИД.\n"
      "Стороны обсудили ситуацию на Ближнем Востоке.\n",
      "ru", "2024-11-14");
  const Claim* c = FindClaim(ru, "call", "main");
  REQUIRE(c);
  CHECK(c->date.ToIso() == "2024-11-14");
  CHECK(c->date_basis == "dateline");
  auto it = Shared().Run(
      "ROMA, 3 giugno (ANSA) - Il ministro degli Esteri Antonio Tajani ha avuto un colloquio telefonico con "
      "l'omologo ucraino Andrii Sybiha.\n",
      "it", "2025-06-03");
  const Claim* i = FindClaim(it, "call", "main");
  REQUIRE(i);
  CHECK(i->date.ToIso() == "2025-06-03");
  // A date of its own wins; a dateline on a line of its own is the page's stamp, not the lead's date.
  auto own = Shared().Run(
      "КИЇВ, 21 бер — Міністр оборони Рустем Умєров 19 березня провів телефонну розмову з Ллойдом Остіном.\n",
      "uk", "2024-03-21");
  const Claim* o = FindClaim(own, "call", "main");
  REQUIRE(o);
  CHECK(o->date.ToIso() == "2024-03-19");
  auto stamp = Shared().Run(
      "21 березня 2024, 14:05\n"
      "Міністр оборони Рустем Умєров провів телефонну розмову з Ллойдом Остіном.\n",
      "uk");
  const Claim* st = FindClaim(stamp, "call", "main");
  REQUIRE(st);
  CHECK(st->date_basis != "dateline");
}

TEST_CASE("End to end: the agency datelines of TASS, Interfax, Ukrinform, ANSA and AGI date the lead",
          "[assemble][e2e][dateline]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* date;
  };
  const Case cases[] = {
      {"ru",
       "МОСКВА, 12 июля. /ТАСС/. Министр обороны России Андрей Белоусов провел телефонный разговор с министром "
       "обороны США Ллойдом Остином. Инициатором разговора выступила американская сторона.\n",
       "2024-07-12"},
      {"ru",
       "Москва. 12 июля. INTERFAX.RU - Министр обороны РФ Андрей Белоусов провел телефонный разговор с главой "
       "Пентагона Ллойдом Остином, сообщили в Минобороны.\n",
       "2024-07-12"},
      {"uk",
       "Київ, 12 липня. УКРІНФОРМ. Міністр оборони США Ллойд Остін провів телефонну розмову з міністром оборони "
       "Росії Андрієм Білоусовим.\n",
       "2024-07-12"},
      {"it",
       "(ANSA) - ROMA, 12 LUG - Il segretario alla Difesa americano Lloyd Austin ha avuto un colloquio telefonico "
       "con il ministro della Difesa russo Andrei Belousov.\n",
       "2024-07-12"},
      {"it",
       "(AGI) - Roma, 12 lug. - Il segretario alla Difesa americano Lloyd Austin ha avuto un colloquio telefonico "
       "con il ministro della Difesa russo Andrei Belousov.\n",
       "2024-07-12"},
  };
  for (const Case& k : cases) {
    INFO(k.text);
    auto claims = Shared().Run(k.text, k.lang, "2024-07-12");
    const Claim* c = FindClaim(claims, "call", "main");
    REQUIRE(c);
    CHECK(c->date.ToIso() == k.date);
    CHECK(c->date_basis == "dateline");
  }
  // Without a publication date the dateline gives both the article's day and the lead's.
  auto nopub = Shared().Run(cases[0].text, "ru");
  const Claim* n = FindClaim(nopub, "call", "main");
  REQUIRE(n);
  CHECK(n->date.month == 7);
  CHECK(n->date.day == 12);
}

TEST_CASE("End to end: an agency dateline gives way to the lead's own date, and AP's has none",
          "[assemble][e2e][dateline]") {
  auto own = Shared().Run(
      "МОСКВА, 12 июля. /ТАСС/. Министр обороны России Андрей Белоусов 10 июля провел телефонный разговор с "
      "министром обороны США Ллойдом Остином.\n",
      "ru", "2024-07-12");
  const Claim* o = FindClaim(own, "call", "main");
  REQUIRE(o);
  CHECK(o->date.ToIso() == "2024-07-10");
  CHECK(o->date_basis != "dateline");
  auto ap = Shared().Run(
      "KYIV, Ukraine (AP) — U.S. Defense Secretary Lloyd Austin spoke by phone with Russian Defense Minister "
      "Andrei Belousov, the Pentagon said.\n",
      "en", "2024-07-12");
  const Claim* a = FindClaim(ap, "call", "main");
  REQUIRE(a);
  CHECK(a->date.empty());
  // A reference keeps its own date; the second sentence is no longer the lead.
  auto ref = Shared().Run(
      "Київ, 12 липня. УКРІНФОРМ. Міністр оборони США Ллойд Остін провів телефонну розмову з Андрієм "
      "Білоусовим. Попередня розмова між ними відбулася 25 червня.\n",
      "uk", "2024-07-12");
  const Claim* r = FindClaim(ref, "call", "reference");
  REQUIRE(r);
  CHECK(r->date.ToIso() == "2024-06-25");
}

TEST_CASE("End to end: a day alone takes its month from publication or from the text", "[assemble][e2e]") {
  auto en = Shared().Run("Austin called Belousov on the 12th, the Pentagon said.\n", "en", "2024-07-13");
  const Claim* e = FindClaim(en, "call", "main");
  REQUIRE(e);
  CHECK(e->date.ToIso() == "2024-07-12");
  auto ru = Shared().Run("Белоусов провел телефонный разговор с Остином 12-го числа.\n", "ru", "2024-07-13");
  const Claim* r = FindClaim(ru, "call", "main");
  REQUIRE(r);
  CHECK(r->date.ToIso() == "2024-07-12");
  auto it = Shared().Run("A luglio i ministri hanno parlato due volte. Austin e Belousov si sono sentiti al "
                         "telefono il giorno 12.\n",
                         "it", "2024-08-02");
  const Claim* i = FindClaim(it, "call", "main");
  REQUIRE(i);
  CHECK(i->date.ToIso() == "2024-07-12");
  // A day past the publication day, with no month in the text: left open, not guessed.
  auto open = Shared().Run("Austin called Belousov on the 12th, the Pentagon said.\n", "en", "2024-07-10");
  const Claim* o = FindClaim(open, "call", "main");
  REQUIRE(o);
  CHECK(o->date.empty());
}

TEST_CASE("End to end: a headline takes no date from a paragraph about other people", "[assemble][e2e][en]") {
  // The headline's pair (Healey and Ukraine's minister) shares sides with the recalled call between
  // Starmer and Zelensky, not persons: it restates the dated meeting, not that call.
  auto claims = Shared().Run(
      "Healey holds talks with Ukraine's defence minister\n"
      "Yesterday, 11 February, British Defence Secretary John Healey hosted Ukraine's defence minister Rustem "
      "Umerov for talks in London.\n"
      "Keir Starmer and Volodymyr Zelensky had a call on 14 January, the ministry recalled.\n",
      "en", "2025-02-12");
  for (const auto& c : claims)
    if (HasParticipant(c, "John Healey")) CHECK(c.date.ToIso() == "2025-02-11");
  const Claim* m = FindClaim(claims, "meeting", "main");
  REQUIRE(m);
  CHECK(HasParticipant(*m, "Rustem Umerov"));
}

TEST_CASE("End to end: 'US's', 'UK’s', 'Belarus'' combine with the role after them", "[assemble][e2e][en]") {
  auto us = Shared().Run("The US's defense secretary called Andrei Belousov on July 12, 2024.\n", "en");
  const Claim* a = FindClaim(us, "call", "main");
  REQUIRE(a);
  CHECK(HasParticipant(*a, "Lloyd Austin"));
  CHECK(a->initiator == "US");
  auto uk = Shared().Run("The UK’s foreign secretary spoke by phone with Sergey Lavrov on 3 March 2022.\n", "en");
  const Claim* b = FindClaim(uk, "call", "main");
  REQUIRE(b);
  CHECK(HasParticipant(*b, "Liz Truss"));
  // "us" in lower case is a pronoun, never the United States.
  auto pronoun = Shared().Run("Lavrov told us's reporters nothing; Blinken called him on 3 March 2022.\n", "en");
  for (const auto& c : pronoun) CHECK_FALSE(HasParticipant(c, "Lloyd Austin"));
}

TEST_CASE("End to end: a long office before a name keeps the name near its trigger", "[assemble][e2e][it]") {
  // The second participant's mention starts at "il capo della diplomazia": counted from there, it is
  // within reach of "incontro"; the city of the meeting is no participant.
  auto claims = Shared().Run(
      "Oggi a Londra si è svolto un incontro tra il ministro degli Esteri francese Jean-Yves Le Drian e il capo "
      "della diplomazia statunitense Anthony Blinken.\n",
      "it", "2021-05-25");
  const Claim* c = FindClaim(claims, "meeting", "main");
  REQUIRE(c);
  CHECK(c->participants.size() == 2);
  CHECK(HasParticipant(*c, "Jean-Yves Le Drian"));
  CHECK(HasParticipant(*c, "Antony Blinken"));
}

TEST_CASE("End to end: Italian 'primo contatto', 'una prima telefonata', 'Prima telefonata tra'", "[assemble][e2e][it]") {
  auto contact = Shared().Run(
      "Ieri, 7 giugno, Sergej Lavrov e James Cleverly hanno avuto una telefonata.\n"
      "Si è trattato del primo contatto tra Lavrov e Cleverly.\n"
      "Le parti hanno concordato di restare in contatto.\n",
      "it", "2023-06-08");
  REQUIRE(contact.size() == 1);
  CHECK(contact[0].ordinal.n == 1);
  auto headline = Shared().Run(
      "Prima telefonata tra Erdoğan e Putin\n"
      "Ieri, 17 ottobre, Erdoğan ha avuto un colloquio telefonico con Vladimir Putin.\n",
      "it", "2022-10-18");
  REQUIRE(headline.size() == 1);
  CHECK(headline[0].ordinal.n == 1);
  // "prima del vertice" is "before the summit": no ordinal.
  auto before = Shared().Run("Ieri Lavrov e Cleverly hanno avuto una telefonata, prima del vertice di Roma.\n", "it",
                             "2023-06-08");
  REQUIRE(before.size() == 1);
  CHECK(before[0].ordinal.empty());
}

namespace {

// Paragraphs of a scraped article that report nothing: they put the passing mentions below more
// than a headline's reach from the article's report.
const char* kFillerEn =
    "Officials did not disclose further details of the discussion. Experts say such contacts help prevent "
    "incidents between the militaries. Grain exports through the Black Sea were also on the agenda. Both sides "
    "stressed the importance of keeping channels of communication open.\n\n"
    "\"Our position has not changed,\" the minister stressed. Analysts note that contacts at this level have been "
    "rare.\n\n";
const char* kFillerRu =
    "Подробности не раскрываются. Эксперты считают такие контакты полезными. Экспорт зерна через Черное море "
    "также обсуждался. Обе стороны подчеркнули важность сохранения каналов связи.\n\n"
    "«Наша позиция не изменилась», — подчеркнул министр. Аналитики отмечают, что контакты на этом уровне "
    "редки.\n\n";

}  // namespace

TEST_CASE("End to end: a side named in passing lends itself to no later sentence", "[assemble][e2e]") {
  // "a NATO summit" and "diplomats in Brussels" are not a NATO-EU event; "the war in Ukraine" is a topic.
  auto en = Shared().Run(
      std::string("French President Emmanuel Macron discussed the situation in Ukraine with Volodymyr Zelenskiy in "
                  "a phone call yesterday, August 21.\n\n") +
          kFillerEn +
          "Energy infrastructure was among the topics. The talks come ahead of a NATO summit where air defence will "
          "be discussed. Diplomats in Brussels described the tone of the talks as businesslike. The conversation "
          "focused on the war in Ukraine and on the supply of weapons to Kyiv.\n",
      "en", "2024-08-22");
  REQUIRE(en.size() == 1);
  CHECK(en[0].ParticipantNames() == std::vector<std::string>{"Emmanuel Macron", "Volodymyr Zelensky"});
  auto ru = Shared().Run(std::string("Сергей Лавров провел телефонный разговор с Хаканом Фиданом 5 марта.\n\n") +
                             kFillerRu + "Переговоры прошли накануне саммита НАТО. Дипломаты в Брюсселе назвали тон "
                                         "переговоров деловым.\n",
                         "ru", "2024-03-06");
  REQUIRE(ru.size() == 1);
  CHECK(ru[0].ParticipantNames() == std::vector<std::string>{"Hakan Fidan", "Sergey Lavrov"});
}

TEST_CASE("End to end: a dated 'the two' far down the article is the article's pair", "[assemble][e2e]") {
  auto en = Shared().Run(std::string("Antony Blinken held a phone call with French Foreign Minister Jean-Noel "
                                     "Barrot on 6 December.\n\n") +
                             kFillerEn +
                             "The two last held a phone call on 16 November 2024.\n\n"
                             "Diplomats in Brussels described the tone of the talks as businesslike. The "
                             "conversation focused on the war in Ukraine.\n",
                         "en", "2024-12-06");
  REQUIRE(en.size() == 2);  // the report and the earlier call; the last paragraph borrows nothing from afar
  const Claim* ref = FindClaim(en, "call", "reference");
  REQUIRE(ref != nullptr);
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Antony Blinken", "Jean-Noël Barrot"});
  CHECK(ref->date.ToIso() == "2024-11-16");
  auto ru = Shared().Run(std::string("Сергей Лавров провел телефонный разговор с Хаканом Фиданом 5 марта.\n\n") +
                             kFillerRu + "Стороны в последний раз провели телефонный разговор 12 февраля.\n",
                         "ru", "2024-03-06");
  const Claim* rref = FindClaim(ru, "call", "reference");
  REQUIRE(rref != nullptr);
  CHECK(rref->ParticipantNames() == std::vector<std::string>{"Hakan Fidan", "Sergey Lavrov"});
  CHECK(rref->date.ToIso() == "2024-02-12");
}

TEST_CASE("End to end: 'Earlier,', 'Напомним', 'Нагадаємо' recall an earlier event, never one after the article",
          "[assemble][e2e][reference]") {
  // An article of 31 December: "1 January" within the days a report of the day's news may run ahead
  // of its publication date, but recalled as earlier, so the January of that year.
  auto en = Shared().Run(
      "Yesterday, 30 December, Lloyd Austin and Grant Shapps held phone talks.\n\n"
      "Earlier, Vladimir Putin held a call with Volodymyr Zelenskyy on 1 January.\n",
      "en", "2023-12-31");
  const Claim* ref = FindClaim(en, "call", "reference");
  REQUIRE(ref != nullptr);
  CHECK(ref->ParticipantNames() == std::vector<std::string>{"Vladimir Putin", "Volodymyr Zelensky"});
  CHECK(ref->date.ToIso() == "2023-01-01");
  // The recalled event's date stands between the cue and the trigger.
  auto ru = Shared().Run(
      "Вчера Эрдоган встретился с Макроном.\n\n"
      "Напомним, 1 января состоялся телефонный разговор Рустема Умерова с Яшаром Гюлером.\n",
      "ru", "2024-12-29");
  const Claim* rref = FindClaim(ru, "call", "reference");
  REQUIRE(rref != nullptr);
  CHECK(rref->ParticipantNames() == std::vector<std::string>{"Rustem Umerov", "Yaşar Güler"});
  CHECK(rref->date.ToIso() == "2024-01-01");
  auto uk = Shared().Run(
      "Зеленський провів телефонну розмову з Макроном 3 березня.\n\n"
      "Нагадаємо, 14 лютого Умєров провів зустріч з Гюлером.\n",
      "uk", "2025-03-04");
  const Claim* uref = FindClaim(uk, "meeting", "reference");
  REQUIRE(uref != nullptr);
  CHECK(uref->date.ToIso() == "2025-02-14");
  const Claim* main = FindClaim(uk, "call", "main");
  REQUIRE(main != nullptr);
  CHECK(main->date.ToIso() == "2025-03-03");
}

TEST_CASE("End to end: Italian headlines in the present tense make claims", "[assemble][e2e][it]") {
  auto call = Shared().Run("Scholz telefona a Putin, è la prima volta in quasi due anni\n", "it", "2024-11-15");
  const Claim* c = FindClaim(call, "call");
  REQUIRE(c != nullptr);
  CHECK(c->ParticipantNames() == std::vector<std::string>{"Olaf Scholz", "Vladimir Putin"});
  CHECK(c->initiator == "DE");
  CHECK(c->ordinal.n == 1);
  auto met = Shared().Run("Meloni incontra Zelensky a Roma, sul tavolo la ricostruzione\n", "it", "2024-07-11");
  const Claim* m = FindClaim(met, "meeting");
  REQUIRE(m != nullptr);
  CHECK(m->ParticipantNames() == std::vector<std::string>{"Giorgia Meloni", "Volodymyr Zelensky"});
  auto heard = Shared().Run("Meloni sente Zelensky al telefono: pieno sostegno all'Ucraina\n", "it", "2024-07-11");
  const Claim* h = FindClaim(heard, "call");
  REQUIRE(h != nullptr);
  CHECK(h->ParticipantNames() == std::vector<std::string>{"Giorgia Meloni", "Volodymyr Zelensky"});
  // "incontrare" of things is not a meeting: a present-tense meeting verb needs two names of its own.
  CHECK(Shared().Run("Zelensky a Roma. Il piano incontra resistenze in Parlamento.\n", "it", "2024-07-11").empty());
}

TEST_CASE("End to end: whoever reacts to an event is not one of its parties", "[assemble][e2e][participants]") {
  using Names = std::vector<std::string>;
  struct Case {
    const char* lang;
    const char* text;
  };
  // The reacting subject drops out; the call keeps its two parties.
  for (const Case& k : {Case{"en", "Zelensky criticized Scholz's call with Putin.\n"},
                        Case{"uk", "Президент Зеленський розкритикував телефонну розмову Шольца з Путіним.\n"},
                        Case{"ru", "Зеленский раскритиковал телефонный разговор Шольца с Путиным.\n"},
                        Case{"it", "Zelensky ha criticato la telefonata di Scholz con Putin.\n"}}) {
    INFO(k.text);
    auto claims = Shared().Run(k.text, k.lang, "2024-11-16");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].ParticipantNames() == Names{"Olaf Scholz", "Vladimir Putin"});
  }
  // With one party left and nothing to borrow from, there is no claim (it was a Zelensky–Scholz call).
  CHECK(Shared().Run("Президент Зеленський розкритикував дзвінок Шольца.\n", "uk", "2024-11-16").empty());
  // A possessive between the verb and the event keeps the subject a party.
  auto own = Shared().Run("Putin commented on his phone call with Trump.\n", "en", "2025-02-13");
  REQUIRE(own.size() == 1);
  CHECK(own[0].ParticipantNames() == Names{"Donald Trump", "Vladimir Putin"});
  auto ru = Shared().Run("Путин прокомментировал свой телефонный разговор с Трампом.\n", "ru", "2025-02-13");
  REQUIRE(ru.size() == 1);
  CHECK(ru[0].ParticipantNames() == Names{"Donald Trump", "Vladimir Putin"});
  // A reaction after the event does not touch the event's subject.
  auto after = Shared().Run("Scholz spoke with Putin by phone and criticized the war.\n", "en", "2024-11-15");
  REQUIRE(after.size() == 1);
  CHECK(after[0].ParticipantNames() == Names{"Olaf Scholz", "Vladimir Putin"});
}

TEST_CASE("End to end: an announced event is planned and dated forward from publication", "[assemble][e2e][modality]") {
  using Names = std::vector<std::string>;
  struct Case {
    const char* lang;
    const char* published;
    const char* text;
    const char* type;
    const char* date;
  };
  // Saturday 4 December 2021: "on Tuesday" of a plan is the 7th, not the 30 November before.
  for (const Case& k :
       {Case{"en", "2021-12-04",
             "U.S. President Joe Biden will speak with Russian President Vladimir Putin by video link on Tuesday, "
             "the White House said.\n",
             "call", "2021-12-07"},
        Case{"ru", "2021-12-04",
             "Президент России Владимир Путин и президент США Джо Байден проведут видеоконференцию во вторник, "
             "сообщил Дмитрий Песков.\n",
             "call", "2021-12-07"},
        Case{"en", "2024-07-01",
             "Turkish President Recep Tayyip Erdogan is expected to meet Russian President Vladimir Putin on July 3 "
             "in Astana.\n",
             "meeting", "2024-07-03"},
        Case{"it", "2024-07-01",
             "Il presidente turco Recep Tayyip Erdogan incontrerà il presidente russo Vladimir Putin il 3 luglio ad "
             "Astana.\n",
             "meeting", "2024-07-03"},
        Case{"ru", "2024-06-28",
             "Встреча Владимира Путина и Реджепа Тайипа Эрдогана состоится 3 июля в Астане, сообщил Юрий Ушаков.\n",
             "meeting", "2024-07-03"},
        // 20 December: "January 10" of a plan is the coming one.
        Case{"en", "2024-12-20",
             "Turkish President Tayyip Erdogan will meet Russian President Vladimir Putin on January 10, the Turkish "
             "presidency said.\n",
             "meeting", "2025-01-10"}}) {
    INFO(k.text);
    auto claims = Shared().Run(k.text, k.lang, k.published);
    const Claim* c = FindClaim(claims, k.type);
    REQUIRE(c != nullptr);
    CHECK(c->planned);
    CHECK_FALSE(c->negated);
    CHECK(c->date.ToIso() == k.date);
  }
  // Ukrainian: "планує зустрітися" and the trigger in the future tense; "у червні" of a plan written
  // in February is the coming June.
  auto uk = Shared().Run("Президент України Володимир Зеленський планує зустрітися з Джо Байденом у червні.\n", "uk",
                         "2024-02-10");
  REQUIRE(uk.size() == 1);
  CHECK(uk[0].planned);
  CHECK(uk[0].date.ToIso() == "2024-06");
  auto uk2 = Shared().Run("Зеленський і Байден зустрінуться у Вашингтоні.\n", "uk", "2024-02-10");
  REQUIRE(uk2.size() == 1);
  CHECK(uk2[0].planned);
  CHECK(uk2[0].ParticipantNames() == Names{"Joe Biden", "Volodymyr Zelensky"});
}

TEST_CASE("End to end: what is done stays done next to a plan", "[assemble][e2e][modality]") {
  // A future verb of a relative clause does not make the meeting a plan.
  auto met = Shared().Run(
      "U.S. President Joe Biden, who will travel to Brussels next week, met Russian President Vladimir Putin in "
      "Geneva on Wednesday.\n",
      "en", "2021-06-17");
  const Claim* m = FindClaim(met, "meeting");
  REQUIRE(m != nullptr);
  CHECK_FALSE(m->planned);
  CHECK(m->date.ToIso() == "2021-06-16");
  // The next meeting is news of its own, not an elaboration of the one that took place.
  auto next = Shared().Run(
      "Giorgia Meloni ha incontrato Volodymyr Zelensky a Kiev il 24 febbraio. Il prossimo incontro tra Meloni e "
      "Zelensky si terrà a Roma a giugno.\n",
      "it", "2024-02-24");
  REQUIRE(next.size() == 2);
  CHECK_FALSE(next[0].planned);
  CHECK(next[0].date.ToIso() == "2024-02-24");
  CHECK(next[1].planned);
  CHECK(next[1].date.ToIso() == "2024-06");
  // "Meet" of obligations is no meeting; a refusal to meet is negated.
  auto refused = Shared().Run(
      "Russian President Vladimir Putin will not meet Ukrainian President Volodymyr Zelensky, Kremlin spokesman "
      "Dmitry Peskov said.\nUkraine will meet its obligations, Zelensky said.\n",
      "en", "2023-05-10");
  REQUIRE(refused.size() == 1);
  CHECK(refused[0].negated);
  CHECK(refused[0].ParticipantNames() == std::vector<std::string>{"Vladimir Putin", "Volodymyr Zelensky"});
}

TEST_CASE("End to end: the office of an 'X said' source is no participant either", "[assemble][e2e][participants]") {
  using Names = std::vector<std::string>;
  for (const char* text : {"Putin met Erdogan on Tuesday, Kremlin spokesman Dmitry Peskov said.\n",
                           "Putin met Erdogan on Tuesday, Kremlin spokesman Peskov told reporters.\n",
                           "Putin met Erdogan on Tuesday, Peskov said.\n"}) {
    INFO(text);
    auto claims = Shared().Run(text, "en", "2023-05-10");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].ParticipantNames() == Names{"Recep Tayyip Erdoğan", "Vladimir Putin"});
    CHECK(claims[0].attributed_to == "Dmitry Peskov");
  }
  // "No alternative to dialogue" in a quote is no event of its own (it borrowed the article's pair).
  auto quote = Shared().Run(
      "Putin met Erdogan in Astana on July 3.\n\"There is no alternative to dialogue,\" Kremlin spokesman Dmitry "
      "Peskov said.\n",
      "en", "2024-07-04");
  CHECK(quote.size() == 1);
}

TEST_CASE("End to end: a name right after an event word is a party, one between an envoy and his name is not",
          "[assemble][e2e][participants]") {
  using Names = std::vector<std::string>;
  // "звонок Шольца Путину": the genitive after the event word is the caller, not whose man Putin is.
  struct Case {
    const char* lang;
    const char* text;
  };
  for (const Case& k : {Case{"uk", "Дзвінок Шольца Путіну викликав критику в Києві.\n"},
                        Case{"ru", "Песков прокомментировал звонок Шольца Путину.\n"}}) {
    INFO(k.text);
    auto claims = Shared().Run(k.text, k.lang, "2024-11-16");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].ParticipantNames() == Names{"Olaf Scholz", "Vladimir Putin"});
  }
  auto envoy = Shared().Run("Путин провел встречу с посланником Трампа Уиткоффом в Кремле.\n", "ru", "2025-08-06");
  REQUIRE(envoy.size() == 1);
  CHECK(envoy[0].ParticipantNames() == Names{"Steve Witkoff", "Vladimir Putin"});
}

TEST_CASE("End to end: Italian elisions leave the word after them whole", "[assemble][e2e][it]") {
  auto first = Shared().Run(
      "Il ministro degli Esteri dell'Ucraina, Dmytro Kuleba, ha avuto un colloquio telefonico con l'omologo "
      "americano Antony Blinken. È la prima telefonata dall'agosto 2022, ha precisato la Farnesina.\n",
      "it", "2023-03-14");
  bool since = false;
  for (const Claim& c : first)
    if (c.ordinal.n == 1) since = c.ordinal.scope == "since" && c.ordinal.since.ToIso() == "2022-08";
  CHECK(since);  // "dall'agosto 2022" is the first's since-date, not a first ever
  auto init = Shared().Run(
      "Il segretario alla Difesa degli Stati Uniti Lloyd Austin ha parlato al telefono con il ministro della "
      "Difesa russo Andrei Belousov il 25 giugno, su iniziativa dell'americano.\n",
      "it", "2024-06-26");
  REQUIRE(init.size() == 1);
  CHECK(init[0].initiator == "US");
}

TEST_CASE("End to end: a host receiving a guest is a meeting, in each language", "[assemble][e2e][meeting]") {
  using Names = std::vector<std::string>;
  struct Case {
    const char* lang;
    const char* text;
    Names who;
  };
  for (const Case& k : {
           Case{"en", "Russian President Vladimir Putin hosted North Korean leader Kim Jong Un at the Vostochny "
                      "cosmodrome on Wednesday.\n",
                Names{"Kim Jong Un", "Vladimir Putin"}},
           Case{"ru", "Владимир Путин принял в Кремле премьер-министра Венгрии Виктора Орбана в пятницу.\n",
                Names{"Viktor Orbán", "Vladimir Putin"}},
           Case{"uk", "Володимир Зеленський прийняв у Києві президента Франції Еммануеля Макрона у вівторок.\n",
                Names{"Emmanuel Macron", "Volodymyr Zelensky"}},
           Case{"it", "Sergio Mattarella ha ricevuto al Quirinale il presidente ucraino Volodymyr Zelensky martedì.\n",
                Names{"Sergio Mattarella", "Volodymyr Zelensky"}},
       }) {
    INFO(k.text);
    auto claims = Shared().Run(k.text, k.lang, "2023-09-14");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].type == "meeting");
    CHECK(claims[0].ParticipantNames() == k.who);
  }
}

TEST_CASE("End to end: taking a decision or a call is not hosting a meeting, a question is not an agreement", "[assemble][e2e][meeting]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* type;  // the one claim expected, "" for none
  };
  for (const Case& k : {
           Case{"en", "Putin received a phone call from Erdogan on Friday.\n", "call"},
           Case{"en", "The forum was hosted by the foundation; Scholz thanked Zelensky in his speech.\n", ""},
           Case{"ru", "Путин принял во внимание позицию Си Цзиньпина, заявил Песков.\n", ""},
           Case{"ru", "Путин принял решение уволить Шойгу, сообщил Песков.\n", ""},
           Case{"it", "Mattarella ha ricevuto una telefonata da Zelensky venerdì.\n", "call"},
           // A headline asking what was agreed reports the talks, not an agreement.
           Case{"uk", "Зеленський провів розмову з Байденом: про що домовилися\n", "talks"},
           Case{"ru", "Путин и Си Цзиньпин провели переговоры: о чем договорились\n", "talks"},
       }) {
    INFO(k.text);
    auto claims = Shared().Run(k.text, k.lang, "2024-07-13");
    if (*k.type == '\0') {
      CHECK(claims.empty());
    } else {
      REQUIRE(claims.size() == 1);
      CHECK(claims[0].type == k.type);
    }
  }
}

TEST_CASE("End to end: 'at the request of the latter' points at the person named last", "[assemble][e2e][initiator]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* side;
  };
  for (const Case& k : {
           Case{"en", "Scholz spoke by phone with Zelensky on Tuesday at the request of the latter, a spokesman said.\n",
                "UA"},
           Case{"it", "Giorgia Meloni ha avuto un colloquio telefonico con il presidente americano Joe Biden, su "
                      "iniziativa di quest'ultimo, secondo quanto riferito da Palazzo Chigi.\n",
                "US"},
           Case{"ru", "Эрдоган провел телефонный разговор с Путиным по инициативе последнего.\n", "RU"},
           Case{"uk", "Шольц провів телефонну розмову із Зеленським на прохання останнього.\n", "UA"},
       }) {
    INFO(k.text);
    auto claims = Shared().Run(k.text, k.lang, "2024-07-13");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].initiator == k.side);
  }
}

TEST_CASE("End to end: 'si sono visti', 'sat down with' are meetings; talks by video link are one call",
          "[assemble][e2e][meeting]") {
  using Names = std::vector<std::string>;
  auto seen = Shared().Run("Biden e Zelensky si sono visti giovedì a margine del vertice Nato di Washington.\n", "it",
                           "2024-07-13");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].type == "meeting");
  CHECK(seen[0].ParticipantNames() == Names{"Joe Biden", "Volodymyr Zelensky"});
  CHECK(seen[0].date.ToIso() == "2024-07-11");
  // "si sono visti costretti a" is "found themselves forced to", not a meeting.
  CHECK(Shared().Run("Meloni e Zelensky si sono visti costretti a rinviare il viaggio.\n", "it", "2024-07-13").empty());
  auto sat = Shared().Run("Biden sat down with Xi Jinping in Woodside, California, on Wednesday.\n", "en", "2023-11-17");
  REQUIRE(sat.size() == 1);
  CHECK(sat[0].type == "meeting");
  // "переговоры в формате видеоконференции": one event, a call, not talks and a call.
  auto video = Shared().Run(
      "Президент России Владимир Путин и председатель КНР Си Цзиньпин провели переговоры в формате "
      "видеоконференции.\n",
      "ru", "2024-07-13");
  REQUIRE(video.size() == 1);
  CHECK(video[0].type == "call");
}

TEST_CASE("End to end: the source after 'come ha fatto sapere' / 'как уточнил' is not a participant",
          "[assemble][e2e][attribution]") {
  using Names = std::vector<std::string>;
  struct Case {
    const char* lang;
    const char* text;
  };
  for (const Case& k : {
           Case{"it", "Putin e Xi Jinping hanno avuto un colloquio telefonico venerdì, come ha fatto sapere il portavoce "
                      "del Cremlino Dmitri Peskov.\n"},
           Case{"ru", "Путин и Си Цзиньпин в пятницу провели телефонный разговор, как уточнил пресс-секретарь "
                      "президента Дмитрий Песков.\n"},
           Case{"uk", "Путін і Сі Цзіньпін у п'ятницю провели телефонну розмову, як уточнив речник Кремля Дмитро "
                      "Пєсков.\n"},
       }) {
    INFO(k.text);
    auto claims = Shared().Run(k.text, k.lang, "2024-07-13");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].ParticipantNames() == Names{"Vladimir Putin", "Xi Jinping"});
    CHECK(claims[0].attributed_to == "Dmitry Peskov");
  }
}

TEST_CASE("End to end: 'their first in-person talks since April' is the meeting's first since April",
          "[assemble][e2e][ordinal]") {
  auto claims = Shared().Run(
      "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Thursday, their first "
      "in-person talks since April.\n",
      "en", "2024-07-13");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ordinal.n == 1);
  CHECK(claims[0].ordinal.scope == "since");
  CHECK(claims[0].ordinal.since.ToIso() == "2024-04");
  // A real preposition between still means the ordinal counts something else.
  auto other = Shared().Run(
      "Antony Blinken met Wang Yi on Thursday, the first in a series of talks planned for this year.\n", "en",
      "2024-07-13");
  REQUIRE(other.size() == 1);
  CHECK(other[0].ordinal.n == 0);
}

TEST_CASE("End to end: 'si erano incontrati l'ultima volta' is an earlier meeting (it)", "[assemble][e2e][reference]") {
  auto claims = Shared().Run(
      "Giorgia Meloni ha avuto oggi un colloquio telefonico con Joe Biden. I due leader si erano incontrati "
      "l'ultima volta a margine del G7 in Puglia a metà giugno.\n",
      "it", "2024-07-13");
  const Claim* ref = FindClaim(claims, "meeting", "reference");
  REQUIRE(ref);
  CHECK(ref->date.ToIso() == "2024-06");
  CHECK(FindClaim(claims, "call", "main"));
}

TEST_CASE("End to end: a wire dateline dates its own lead, not the restatement after it", "[assemble][e2e][dateline]") {
  auto claims = Shared().Run(
      "WASHINGTON, July 12 (Reuters) - U.S. Defense Secretary Lloyd Austin spoke by phone with Russian Defense "
      "Minister Andrei Belousov, the Pentagon said. It was the second call between them in less than three weeks.\n",
      "en", "2024-07-12");
  // One claim: the second sentence restates the lead (its ordinal joins it), it is not a second call.
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.ToIso() == "2024-07-12");
  CHECK(claims[0].date_basis == "dateline");
  CHECK(claims[0].ordinal.n == 2);
}

TEST_CASE("End to end: a page-top line before the headline does not cut the initiator sentence off",
          "[assemble][e2e][initiator]") {
  const std::string body =
      "Президент України Володимир Зеленський у п'ятницю, 12 липня, провів телефонну розмову з президентом "
      "США Джо Байденом.\n\nЗа його словами, сторони обговорили посилення протиповітряної оборони. Розмова "
      "відбулася з ініціативи американської сторони.\n";
  for (const std::string top : {"", "10:15\n\n", "13 липня 2024, 10:15\n\n", "Головна | Новини | Політика | Світ\n\n"}) {
    INFO(top);
    auto claims = Shared().Run(top + body, "uk", "2024-07-13");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].date.ToIso() == "2024-07-12");
    CHECK(claims[0].initiator == "US");
  }
}
