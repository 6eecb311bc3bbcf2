// Time rule files: user mistakes are reported with the file and line:col.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/analyse/analysis.h"
#include "engine/tag/phrase_matcher.h"
#include "engine/tag/time_vocab.h"

namespace fs = std::filesystem;
using crosscheck::Status;

namespace {

// Writes `text` as <tmp>/<name>/time/<file> and loads that root.
Status LoadRoot(const std::string& name, const std::string& file, const std::string& text, std::string* path) {
  fs::path root = fs::temp_directory_path() / ("crosscheck_time_rules_" + name);
  fs::create_directories(root / "time");
  *path = (root / "time" / file).string();
  std::ofstream(*path) << text;
  crosscheck::tag::PhraseMatcher matcher;
  crosscheck::tag::time::TimeVocab vocab;
  return crosscheck::tag::time::LoadTimeVocab({root.string()}, 1, &matcher, &vocab);
}

}  // namespace

TEST_CASE("A time rule file with a JSON syntax error names file and line:col", "[time][rules]") {
  std::string path;
  Status s = LoadRoot("syntax", "xx.json", "{\n  \"months\": [\n    {\"month\": 1 \"forms\": [\"jan\"]}\n  ]\n}\n", &path);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find(path + ":3:") == 0);
}

TEST_CASE("An unknown token class in a pattern names file, line:col and pattern id", "[time][rules]") {
  std::string path;
  Status s = LoadRoot("class", "xx.json",
                      "{\n  \"patterns\": [\n    {\"id\": \"p1\", \"seq\": [\"DAY\", \"MONHT\"]}\n  ]\n}\n", &path);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find(path + ":3:") == 0);
  CHECK(s.message().find("'p1'") != std::string::npos);
  CHECK(s.message().find("MONHT") != std::string::npos);
}

TEST_CASE("Out-of-range values and unknown fields are rule errors", "[time][rules]") {
  std::string path;
  Status s = LoadRoot("month", "xx.json", "{\n  \"months\": [\n    {\"month\": 13, \"forms\": [\"x\"]}\n  ]\n}\n", &path);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find(path + ":3:") == 0);
  s = LoadRoot("field", "xx.json", "{\n  \"monthz\": []\n}\n", &path);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find(path + ":2:") == 0);
}

TEST_CASE("The shipped time rules load", "[time][rules]") {
  crosscheck::tag::PhraseMatcher matcher;
  crosscheck::tag::time::TimeVocab vocab;
  REQUIRE(crosscheck::tag::time::LoadTimeVocab({CROSSCHECK_SOURCE_DIR "/rules"}, 1, &matcher, &vocab).ok());
  CHECK(vocab.files.size() >= 6);
  CHECK(vocab.patterns.size() >= 20);
}

TEST_CASE("Every shipped connector passes the connector filter; most other words do not", "[time][rules]") {
  crosscheck::tag::PhraseMatcher matcher;
  crosscheck::tag::time::TimeVocab vocab;
  REQUIRE(crosscheck::tag::time::LoadTimeVocab({CROSSCHECK_SOURCE_DIR "/rules"}, 1, &matcher, &vocab).ok());
  REQUIRE(vocab.connectors.size() > 20);
  size_t missed = 0;
  for (std::string_view key : vocab.connectors.Keys()) missed += !vocab.connectors.MaybeHas(key);
  CHECK(missed == 0);
  size_t passed = 0, words = 0;
  for (const char* w : {"міністр", "оборони", "україни", "провів", "телефонну", "розмову", "министр", "обороны",
                        "провел", "телефонный", "разговор", "ministro", "della", "difesa", "telefonata", "defense",
                        "secretary", "held", "phone", "call", "counterpart", "остін", "шойгу", "austin"}) {
    ++words;
    if (!vocab.connectors.Find(w)) passed += vocab.connectors.MaybeHas(w);
  }
  CHECK(passed * 4 < words);  // a filter that lets everything through would pass all of them
}

TEST_CASE("A pattern opens at any leading optional element or its first required one", "[time][rules]") {
  namespace t = crosscheck::tag::time;
  fs::path root = fs::temp_directory_path() / "crosscheck_time_rules_openings";
  fs::create_directories(root / "time");
  std::ofstream(root / "time" / "xx.json")
      << R"({"patterns": [{"id": "wd-day-month", "seq": ["WEEKDAY?", ",?", "DAY", "MONTH", "YEAR?"]},
                          {"id": "month-year", "seq": ["MONTH", "YEAR?"]}]})";
  crosscheck::tag::PhraseMatcher matcher;
  t::TimeVocab vocab;
  REQUIRE(t::LoadTimeVocab({root.string()}, 1, &matcher, &vocab).ok());
  REQUIRE(vocab.patterns.size() == 2);
  // "Wednesday, 14 August": the weekday, the comma or the day may read the first token, and each
  // needs something after it; the month is needed after the day.
  const auto& o = vocab.patterns[0].openings;
  REQUIRE(o.size() == 3);
  CHECK(o[0].first == t::Bit(t::kWeekday));
  CHECK(o[0].next == (t::Bit(t::kComma) | t::Bit(t::kDay)));
  CHECK(o[1].first == t::Bit(t::kComma));
  CHECK(o[1].next == t::Bit(t::kDay));
  CHECK(o[2].first == t::Bit(t::kDay));
  CHECK(o[2].next == t::Bit(t::kMonth));
  // "серпня" alone is a match: nothing has to follow the month.
  const auto& m = vocab.patterns[1].openings;
  REQUIRE(m.size() == 1);
  CHECK(m[0].next == 0);
}

TEST_CASE("The connector table finds every key it was given, through growth, and no other", "[time][rules]") {
  crosscheck::tag::time::ConnectorTable table;
  // Words of the four languages, then enough made-up keys to grow the table a few times.
  std::vector<std::string> keys = {"в", "на", "о", "з", "року", "году", "of", "the", "on", "dell", "all", "il",
                                   "–", "—", "го", "th", "fa", "тому", "назад", "ago"};
  for (int i = 0; i < 300; ++i) keys.push_back("слово" + std::to_string(i));
  for (size_t i = 0; i < keys.size(); ++i) {
    auto& c = table.Add(keys[i]);
    c.mask = static_cast<crosscheck::tag::time::ClsMask>(i + 1);
  }
  REQUIRE(table.size() == keys.size());
  CHECK(table.Add("року").mask == 5);  // adding a key again gives its entry back
  CHECK(table.size() == keys.size());
  size_t wrong = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    const auto* c = table.Find(keys[i]);
    wrong += !c || c->mask != i + 1;
  }
  CHECK(wrong == 0);
  for (const char* w : {"міністр", "в'язень", "of the", "all'", "—-", "слово300", "слово", "", "2024"})
    CHECK(table.Find(w) == nullptr);
  CHECK(table.Keys().size() == keys.size());
}

TEST_CASE("A token's connector found by its word id is the one found by its key", "[time][rules]") {
  crosscheck::tag::PhraseMatcher matcher;
  crosscheck::tag::time::TimeVocab vocab;
  REQUIRE(crosscheck::tag::time::LoadTimeVocab({CROSSCHECK_SOURCE_DIR "/rules"}, 1, &matcher, &vocab).ok());
  // Phrases added after the time rules (the event rules load last) do not move a connector's word.
  REQUIRE(matcher.Add("телефонна розмова", 7).ok());
  size_t connectors = 0;
  for (const std::string text :
       {"Розмова відбулася 25 червня, через два дні після зустрічі в Брюсселі, о 19:50.",
        "Разговор состоялся в пятницу, 12 июля, спустя неделю после встречи; три дня назад.",
        "The call took place on the 3rd of July, two weeks ago, between 9 and 11 July.",
        "La telefonata del 10 luglio, dall'8 all'11 settembre, tre giorni fa."}) {
    crosscheck::analyse::Analysis a;
    crosscheck::analyse::Tokenize(text, 0, &a);
    const std::vector<crosscheck::analyse::Token>& toks = a.tokens;
    crosscheck::tag::PhraseMatcher::TokenKeys keys;
    matcher.Lookup(toks, &keys);
    for (size_t i = 0; i < toks.size(); ++i) {
      INFO(text << " token '" << toks[i].key() << "'");
      const auto* by_key = vocab.connectors.Find(toks[i].key());
      CHECK(vocab.connectors.FindWord(keys.word(i)) == by_key);
      connectors += by_key != nullptr;
    }
  }
  CHECK(connectors >= 12);  // the texts do have connectors: в, о, через, the, of, ago, del, fa, ...
  CHECK(vocab.connectors.FindWord(crosscheck::tag::PhraseMatcher::kNoWord) == nullptr);
}
