#include <catch2/catch.hpp>

#include "engine/analyse/analysis.h"
#include "engine/util/text.h"

using crosscheck::analyse::Token;
using crosscheck::analyse::TokenKind;
using crosscheck::analyse::Tokenize;

namespace {
std::vector<std::string> Keys(std::string_view s) {
  std::vector<Token> t;
  Tokenize(s, 0, &t);
  std::vector<std::string> k;
  for (auto& x : t) k.push_back(x.key);
  return k;
}
}  // namespace

TEST_CASE("Tokens keep inner apostrophes and split numbers from punctuation", "[tokenize]") {
  CHECK(Keys("у п'ятницю, 12.07.24") == std::vector<std::string>{"у", "пятницю", ",", "12", ".", "07", ".", "24"});
  CHECK(Keys("July 9-11") == std::vector<std::string>{"july", "9", "-", "11"});
  CHECK(Keys("dell'Ucraina") == std::vector<std::string>{"dellucraina"});
}

TEST_CASE("Token offsets point into the text", "[tokenize]") {
  std::string s = "Вчора, 25 червня";
  std::vector<Token> t;
  Tokenize(s, 100, &t);
  REQUIRE(t.size() == 4);
  CHECK(t[2].kind == TokenKind::kNumber);
  CHECK(s.substr(t[3].start - 100, t[3].end - t[3].start) == "червня");
  CHECK(t[0].upper_initial);
  CHECK_FALSE(t[3].upper_initial);
}

TEST_CASE("Token keys are the folded words in every script", "[tokenize]") {
  // Keys are folded while a token is scanned; they must be what util::FoldKey makes of its text.
  std::string long_word;
  for (int i = 0; i < 40; ++i) long_word += "Ґа";  // 160 bytes: longer than the scan buffer
  const std::string text =
      "Міністр оборони Остіна зустрів ҐЕНЕРАЛА в п’ятницю. Шойгу встретился с Остином, ЁЛКА. "
      "L'incontro è avvenuto nella Città del Vaticano; Zelenskyy’s aide met Blinken`s deputy. "
      "Straße ẞTRASSE 2024 ٣٤ " + long_word;
  std::vector<Token> t;
  Tokenize(text, 0, &t);
  size_t words = 0;
  for (const Token& x : t) {
    if (x.kind == TokenKind::kPunct) continue;
    ++words;
    CHECK(x.key == crosscheck::util::FoldKey(std::string_view(text).substr(x.start, x.end - x.start)));
  }
  CHECK(words == 29);
  CHECK(Keys("Остіна ҐЕНЕРАЛА п’ятницю ЁЛКА") == std::vector<std::string>{"остіна", "генерала", "пятницю", "елка"});
  CHECK(Keys("L'incontro Città Zelenskyy’s") == std::vector<std::string>{"lincontro", "citta", "zelenskyys"});
  CHECK(Keys(long_word).front().size() == 160);
}

TEST_CASE("Token kinds and case flags come from each character's class", "[tokenize]") {
  // A soft hyphen continues a word ("Міні­стр" as hyphenated by a CMS) but does not start one.
  CHECK(Keys("Міні\u00ADстр оборони") == std::vector<std::string>{"міністр", "оборони"});
  std::vector<Token> t;
  Tokenize("\u00ADСША і NATO, Ωμέγα Über ẞTRASSE", 0, &t);
  REQUIRE(t.size() == 8);
  CHECK(t[0].kind == TokenKind::kPunct);
  CHECK((t[1].key == "сша" && t[1].all_upper && t[1].upper_initial));
  CHECK((t[2].key == "і" && !t[2].all_upper && !t[2].upper_initial));
  CHECK((t[3].key == "nato" && t[3].all_upper));
  CHECK(t[4].kind == TokenKind::kPunct);
  CHECK((t[5].upper_initial && !t[5].all_upper));
  CHECK((t[6].key == "uber" && t[6].upper_initial && !t[6].all_upper));
  CHECK((t[7].upper_initial && t[7].all_upper));  // U+1E9E lies past the tokenizer's table
}
