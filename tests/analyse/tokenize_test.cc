#include <catch2/catch.hpp>

#include "engine/analyse/analysis.h"

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
