#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

#include "engine/analyse/analysis.h"
#include "engine/tag/phrase_matcher.h"

using crosscheck::analyse::Analysis;
using crosscheck::analyse::Token;
using crosscheck::tag::PhraseMatch;
using crosscheck::tag::PhraseMatcher;

namespace {
// The matches of `text`, whose tokens are left in *a (replacing what it held).
std::vector<PhraseMatch> MatchAll(const PhraseMatcher& m, const std::string& text, Analysis* a) {
  *a = Analysis();
  crosscheck::analyse::Tokenize(text, 0, a);
  std::vector<PhraseMatch> out;
  m.Match(a->tokens, 0, static_cast<uint32_t>(a->tokens.size()), &out);
  return out;
}
}  // namespace

TEST_CASE("Stems match inflected forms within the suffix bound", "[matcher]") {
  PhraseMatcher m;
  REQUIRE(m.Add("Остін*", 1).ok());
  REQUIRE(m.Add("Ллойд* Остін*", 2).ok());
  Analysis t;
  auto r = MatchAll(m, "главою Пентагону Ллойдом Остіним", &t);
  REQUIRE(r.size() == 2);
  CHECK(r[0].payload == 2);  // longest first at the same start
  CHECK(r[0].begin == 2);
  CHECK(r[0].end == 4);
  CHECK(r[0].inflected);
  CHECK(r[1].payload == 1);
  CHECK(MatchAll(m, "Остінопереговорники", &t).empty());  // suffix too long
}

TEST_CASE("Exact words, numbers and gaps", "[matcher]") {
  PhraseMatcher m;
  REQUIRE(m.Add("at the initiative of", 7).ok());
  REQUIRE(m.Add("# червня*", 8).ok());
  REQUIRE(m.Add("на ? прохання", 9).ok());
  Analysis t;
  auto r = MatchAll(m, "AT THE INITIATIVE OF the Russian side, 25 червня, на його прохання", &t);
  REQUIRE(r.size() == 3);
  CHECK(r[0].payload == 7);
  CHECK(r[1].payload == 8);
  CHECK(r[2].payload == 9);
  CHECK_FALSE(m.Add("   ", 1).ok());
}

TEST_CASE("Stems sharing a trie level with many siblings match as with few", "[matcher]") {
  // More than a handful of stems start with different letters (Latin and Cyrillic), so the first
  // levels of the stem trie are wide; added in an order that inserts before and after existing
  // children, and a stem added after the level became wide must be found too.
  PhraseMatcher m;
  const std::vector<std::string> stems = {"telefon*", "call*",   "meet*",  "incontr*", "dial*",  "phon*",
                                          "rencontr*", "summit*", "visit*", "greet*",   "розмов*", "зустр*",
                                          "переговор*", "дзвін*", "колокви*", "бесед*",  "aud*"};
  for (size_t i = 0; i < stems.size(); ++i) REQUIRE(m.Add(stems[i], static_cast<uint32_t>(i)).ok());
  Analysis t;
  auto r = MatchAll(m, "Il colloquio telefonico e un incontro ieri; дзвінок і переговори; the audit", &t);
  std::vector<uint32_t> got;
  for (const auto& x : r) got.push_back(x.payload);
  // telefonico (telefon + 3), incontro (incontr + 1), дзвінок, переговори, audit (aud + 2).
  CHECK(got == std::vector<uint32_t>{0, 3, 13, 12, 16});
  CHECK(MatchAll(m, "колокол meeting-room greetings", &t).size() == 2);  // meet+ing, greet+ings
  CHECK(MatchAll(m, "bell talk conversation", &t).empty());
}

TEST_CASE("Two matchers used in turn on one thread each find only their own phrases", "[matcher]") {
  // Root lookups are remembered per thread; a second matcher (or one that grew) must not see them.
  PhraseMatcher calls, meetings;
  REQUIRE(calls.Add("телефонн* розмов*", 1).ok());
  REQUIRE(meetings.Add("incontr*", 2).ok());
  Analysis t;
  const std::string text = "Dopo la телефонна розмова, un incontro a Roma";
  for (int round = 0; round < 2; ++round) {
    auto c = MatchAll(calls, text, &t);
    REQUIRE(c.size() == 1);
    CHECK(c[0].payload == 1);
    auto m = MatchAll(meetings, text, &t);
    REQUIRE(m.size() == 1);
    CHECK(m[0].payload == 2);
  }
  REQUIRE(calls.Add("Roma", 3).ok());  // added after matching: the next match sees it
  auto c = MatchAll(calls, text, &t);
  REQUIRE(c.size() == 2);
  CHECK(c[1].payload == 3);
}

TEST_CASE("Matches at one token from every kind of first pattern come longest first", "[matcher]") {
  PhraseMatcher m;
  REQUIRE(m.Add("25 червня", 1).ok());     // an exact first word
  REQUIRE(m.Add("# червня*", 2).ok());     // a number
  REQUIRE(m.Add("? червня 2024", 3).ok());  // any token
  REQUIRE(m.Add("#", 4).ok());
  Analysis t;
  auto r = MatchAll(m, "25 червня 2024 року", &t);
  std::vector<std::array<uint32_t, 3>> got;  // payload, begin, end
  for (const auto& x : r) got.push_back({x.payload, x.begin, x.end});
  // Equal lengths keep the order they were walked in: exact word, stems, number, any token.
  CHECK(got == std::vector<std::array<uint32_t, 3>>{{3, 0, 3}, {1, 0, 2}, {2, 0, 2}, {4, 0, 1}, {4, 2, 3}});
}

TEST_CASE("A node with more exact children than word bits still finds each of them", "[matcher]") {
  // 84 month and weekday names in four languages after one word: more words than the 64 bits a node
  // keeps to turn tokens away early, so several share a bit.
  const std::vector<std::string> words = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
      "вересня", "жовтня", "листопада", "грудня", "января", "февраля", "марта", "апреля", "мая", "июня",
      "июля", "августа", "сентября", "октября", "ноября", "декабря", "gennaio", "febbraio", "marzo", "aprile",
      "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "понеділок", "вівторок", "середа",
      "четвер", "пʼятниця", "субота", "неділя", "понедельник", "вторник", "среда", "четверг", "пятница",
      "суббота", "воскресенье", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
      "spring", "summer", "autumn", "winter", "весна", "літо", "осінь", "зима"};
  PhraseMatcher m;
  for (uint32_t i = 0; i < words.size(); ++i) REQUIRE(m.Add("з " + words[i], i).ok());
  Analysis t;
  for (uint32_t i = 0; i < words.size(); ++i) {
    auto r = MatchAll(m, "з " + words[i], &t);
    REQUIRE(r.size() == 1);
    CHECK(r[0].payload == i);
  }
  // Words the matcher knows only as the start of a phrase, after "з": no match, whatever their bit.
  CHECK(MatchAll(m, "з з", &t).empty());
  CHECK(MatchAll(m, "з травнем", &t).empty());
}

TEST_CASE("Lookup names each token's key by the word id Add and AddWord gave it", "[matcher]") {
  PhraseMatcher m;
  REQUIRE(m.Add("at the initiative of", 1).ok());
  REQUIRE(m.Add("Остін*", 2).ok());  // a stem: no word of its own
  const uint32_t of = m.AddWord("of");  // already a word of a phrase: the same id
  const uint32_t v = m.AddWord("в");
  const uint32_t del = m.AddWord("del");
  const uint32_t dash = m.AddWord("–");
  CHECK(m.AddWord("в") == v);
  CHECK(v != of);
  CHECK(v != del);
  for (const std::string text : {"Розмова відбулася в п'ятницю – за ініціативи Остіна.",
                                 "At the initiative of the Minister of Defence, in Kyiv",
                                 "Il ministro della Difesa del Regno Unito", "Разговор состоялся в пятницу"}) {
    Analysis analysis;
    crosscheck::analyse::Tokenize(text, 0, &analysis);
    const std::vector<Token>& toks = analysis.tokens;
    PhraseMatcher::TokenKeys keys;
    m.Lookup(toks, &keys);
    REQUIRE(keys.size() == toks.size());
    for (size_t i = 0; i < toks.size(); ++i) {
      const std::string_view k = toks[i].key();
      uint32_t want = k == "of" ? of : k == "в" ? v : k == "del" ? del : k == "–" ? dash : PhraseMatcher::kNoWord;
      if (k == "at" || k == "the" || k == "initiative") want = keys.word(i);  // phrase words: some id
      INFO(text << " token " << i << " '" << k << "'");
      CHECK(keys.word(i) == want);
      if (k == "the") CHECK(keys.word(i) != PhraseMatcher::kNoWord);
      if (k == "остіна") CHECK(keys.word(i) == PhraseMatcher::kNoWord);  // matched by its stem only
    }
    // Matching from the keys finds what matching without them does.
    std::vector<PhraseMatch> a, b;
    m.Match(toks, keys, 0, static_cast<uint32_t>(toks.size()), &a);
    m.Match(toks, 0, static_cast<uint32_t>(toks.size()), &b);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) CHECK((a[i].begin == b[i].begin && a[i].end == b[i].end && a[i].payload == b[i].payload));
  }
}

TEST_CASE("Key ids are equal exactly for equal keys, and stay while the generation does", "[matcher]") {
  PhraseMatcher m;
  REQUIRE(m.Add("Остін*", 1).ok());
  Analysis analysis_a, analysis_b;
  crosscheck::analyse::Tokenize("Остін і Остіна, і остін; Остіна", 0, &analysis_a);
  crosscheck::analyse::Tokenize("і нове слово Остіна", 0, &analysis_b);
  const std::vector<Token>& a = analysis_a.tokens;
  const std::vector<Token>& b = analysis_b.tokens;
  PhraseMatcher::TokenKeys ka, kb;
  m.Lookup(a, &ka);
  m.Lookup(b, &kb);  // a later document on the same thread: ids of the keys seen before are kept
  REQUIRE(ka.generation() == kb.generation());
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < a.size(); ++j) {
      INFO(i << " '" << a[i].key() << "' " << j << " '" << a[j].key() << "'");
      CHECK((ka.key_id(i) == ka.key_id(j)) == (a[i].key() == a[j].key()));
    }
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < b.size(); ++j) CHECK((ka.key_id(i) == kb.key_id(j)) == (a[i].key() == b[j].key()));
  // Another matcher on this thread clears the memo: a new generation, whose ids may be reused.
  PhraseMatcher other;
  REQUIRE(other.Add("слово", 2).ok());
  PhraseMatcher::TokenKeys kc;
  other.Lookup(b, &kc);
  CHECK(kc.generation() != kb.generation());
}
