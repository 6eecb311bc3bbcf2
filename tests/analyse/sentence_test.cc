// Sentence segmentation: ICU plus abbreviation lists (rules/analyse/abbreviations.json) and line
// structure, in all four languages.
#include <catch2/catch.hpp>

#include "engine/analyse/analyser.h"

using namespace crosscheck;
using crosscheck::analyse::Analyser;
using crosscheck::analyse::Analysis;

namespace {

const Analyser& Shipped() {
  static const Analyser* a = [] {
    auto* x = new Analyser;
    Status s = x->Load({std::string(CROSSCHECK_SOURCE_DIR) + "/rules"});
    if (!s.ok()) throw std::runtime_error(s.ToString());
    return x;
  }();
  return *a;
}

Document Doc(const std::string& text, const std::string& lang) {
  Document d;
  d.text = text;
  d.lang = lang;
  d.body.push_back({0, text.size()});
  return d;
}

std::vector<std::string> Sentences(const std::string& text, const std::string& lang) {
  Document d = Doc(text, lang);
  Analysis a = Shipped().Analyse(d);
  std::vector<std::string> out;
  for (const auto& s : a.sentences) out.push_back(d.text.substr(s.span.start, s.span.size()));
  return out;
}

}  // namespace

TEST_CASE("Ukrainian titles and 'т. зв.' do not end sentences", "[sentences]") {
  auto s = Sentences(
      "Того ж дня ген. Залужний провів розмову з ген. Міллі. Сторони обговорили т. зв. «зернову угоду». "
      "Наступного дня сек. Ради нацбезпеки Олексій Данілов заявив про це журналістам.",
      "uk");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Того ж дня ген. Залужний провів розмову з ген. Міллі.");
  CHECK(s[1] == "Сторони обговорили т. зв. «зернову угоду».");
  CHECK(s[2].rfind("Наступного дня сек. Ради", 0) == 0);
}

TEST_CASE("Russian 'им.', 'г.' and initials do not end sentences", "[sentences]") {
  auto s = Sentences(
      "В 2022 г. Шойгу и Остин провели два разговора. Встреча прошла в академии им. Фрунзе, сообщил "
      "В. Герасимов. Подробности не раскрываются!",
      "ru");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "В 2022 г. Шойгу и Остин провели два разговора.");
  CHECK(s[1] == "Встреча прошла в академии им. Фрунзе, сообщил В. Герасимов.");
  CHECK(s[2] == "Подробности не раскрываются!");
}

TEST_CASE("English titles and U.S. do not end sentences", "[sentences]") {
  auto s = Sentences(
      "U.S. Secretary of Defense Lloyd J. Austin spoke with Gen. Valery Gerasimov on Oct. 21. Lt. Gen. "
      "Smith and Sen. Reed were briefed. Mr. Austin did not comment.",
      "en");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "U.S. Secretary of Defense Lloyd J. Austin spoke with Gen. Valery Gerasimov on Oct. 21.");
  CHECK(s[1] == "Lt. Gen. Smith and Sen. Reed were briefed.");
  CHECK(s[2] == "Mr. Austin did not comment.");
}

TEST_CASE("Italian titles do not end sentences", "[sentences]") {
  auto s = Sentences(
      "Il sig. Rossi ha incontrato il dott. Bianchi e l'on. Verdi a Roma. La telefonata è durata un'ora. "
      "Lo ha riferito il gen. Portolano.",
      "it");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Il sig. Rossi ha incontrato il dott. Bianchi e l'on. Verdi a Roma.");
  CHECK(s[2] == "Lo ha riferito il gen. Portolano.");
}

TEST_CASE("A language's abbreviations do not leak into another language", "[sentences]") {
  // "on." is an Italian title (onorevole), but an English sentence may end with "on.".
  auto s = Sentences("The talks went on. Nobody left the room.", "en");
  CHECK(s.size() == 2);
}

TEST_CASE("A headline line never merges into the next paragraph", "[sentences]") {
  auto s = Sentences(
      "Austin and Belousov hold first call since March 2023\n\nThe two ministers spoke on Friday. They "
      "discussed the war.",
      "en");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Austin and Belousov hold first call since March 2023");
  CHECK(s[1] == "The two ministers spoke on Friday.");
  // Without a blank line, and in Cyrillic.
  auto uk = Sentences("Остін і Бєлоусов поговорили телефоном\nМіністри провели розмову в п'ятницю.", "uk");
  REQUIRE(uk.size() == 2);
  CHECK(uk[0] == "Остін і Бєлоусов поговорили телефоном");
}

TEST_CASE("A sentence broken over lines is rejoined when the line clearly continues", "[sentences]") {
  // A dateline ending with a comma, and an attribution starting with a dash in lower case.
  auto uk = Sentences("Вчора, 22 березня,\n\nвідбулася телефонна розмова між міністрами оборони.", "uk");
  REQUIRE(uk.size() == 1);
  CHECK(uk[0] == "Вчора, 22 березня,\n\nвідбулася телефонна розмова між міністрами оборони.");
  auto en = Sentences("The minister stressed the need for dialogue\n- the ministry said in a statement.", "en");
  CHECK(en.size() == 1);
  // A line that ends a sentence is not joined even when the next starts in lower case.
  auto it = Sentences("La telefonata è finita.\nieri sera nessun commento.", "it");
  CHECK(it.size() == 2);
}

TEST_CASE("Tokens lie inside their sentence and sentences inside body spans", "[sentences]") {
  Document d;
  d.text = "Menu\nГен. Сирський зустрівся з міністром. Розмова тривала годину.\nFooter";
  d.lang = "uk";
  size_t s = d.text.find("Ген."), e = d.text.find("\nFooter");
  d.body.push_back({s, e});
  Analysis a = Shipped().Analyse(d);
  REQUIRE(a.sentences.size() == 2);
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const auto& sent = a.sentences[i];
    CHECK(sent.span.start >= s);
    CHECK(sent.span.end <= e);
    for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      CHECK(a.tokens[t].sentence == i);
      CHECK(a.tokens[t].start >= sent.span.start);
      CHECK(a.tokens[t].end <= sent.span.end);
    }
  }
  CHECK(a.sentences[1].end_token == a.tokens.size());
}

TEST_CASE("A user abbreviation file extends the shipped lists", "[sentences]") {
  Analyser a;
  REQUIRE(a.Load({std::string(CROSSCHECK_SOURCE_DIR) + "/rules"}).ok());
  CHECK(a.AbbreviationsFor("uk").Contains("ген"));
  CHECK(a.AbbreviationsFor("uk").Contains("т.зв"));
  CHECK(a.AbbreviationsFor("en").Contains("u.s"));
  CHECK_FALSE(a.AbbreviationsFor("en").Contains("sig"));
  CHECK(a.AbbreviationsFor("und").Contains("sig"));
}

TEST_CASE("Sentence ends are byte offsets past any mix of 1- to 4-byte characters", "[sentences]") {
  // ICU works on UTF-16 (emoji are two units there, four bytes here); the ends must still be the
  // byte offsets of the next sentence's first character.
  std::string text =
      "Зустріч 🤝 відбулася в Києві 😀. L'incontro tra i ministri è durato un'ora 🕐! "
      "Ще одне речення про 𝔘𝔖𝔄. Last one here";
  std::vector<uint32_t> ends;
  analyse::SentenceEnds(text, nullptr, &ends);
  REQUIRE(ends.size() == 4);
  CHECK(ends[0] == text.find("L'incontro"));
  CHECK(ends[1] == text.find("Ще одне"));
  CHECK(ends[2] == text.find("Last one"));
  CHECK(ends[3] == text.size());
}

TEST_CASE("A sentence that opens with a day and a month is a sentence of its own", "[sentences]") {
  // UAX #29 keeps ". 23 ж…" together (as in "p. 5 of"); the ordinal of the second sentence then took
  // the scope of the first.
  auto uk = Sentences("Остін удруге за три дні поговорив із Шойгу. 23 жовтня міністр провів ще одну розмову.", "uk");
  REQUIRE(uk.size() == 2);
  CHECK(uk[1].rfind("23 жовтня", 0) == 0);
  auto ru = Sentences("Об этом сообщили в ведомстве. 5 февраля стороны договорились о возобновлении диалога.", "ru");
  REQUIRE(ru.size() == 2);
  CHECK(ru[1].rfind("5 февраля", 0) == 0);
  auto it = Sentences("Lo ha reso noto il Pentagono. 12 luglio, il ministro ha richiamato.", "it");
  REQUIRE(it.size() == 2);
  // Not after an abbreviation or a one-letter word: "No. 5 in", "в 2022 г. 5 марта".
  CHECK(Sentences("He ranked No. 5 in the list of envoys.", "en").size() == 1);
  CHECK(Sentences("Встреча прошла в 2022 г. 5 марта в Москве.", "ru").size() == 1);
}
