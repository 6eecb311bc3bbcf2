#include <catch2/catch.hpp>

#include <vector>

#include "engine/util/text.h"

using namespace crosscheck::util;

TEST_CASE("Invalid UTF-8 is replaced and counted", "[text]") {
  std::string out;
  CHECK(RepairUtf8("Остін\xff\xfe said", &out) == 2);
  CHECK(out == "Остін\xEF\xBF\xBD\xEF\xBF\xBD said");
  CHECK(RepairUtf8("\xC0\xAF", &out) == 2);  // overlong '/'
  CHECK(RepairUtf8("Шойгу", &out) == 0);
}

TEST_CASE("NFC composes decomposed accents", "[text]") {
  CHECK(ToNfc("venerdi\xCC\x80") == "venerd\xC3\xAC");  // venerdì
  CHECK(ToNfc("Київ") == "Київ");
}

TEST_CASE("Matching keys fold case, accents and apostrophes but keep the script", "[text]") {
  CHECK(FoldKey("ОСТІНИМ") == "остіним");
  CHECK(FoldKey("Venerdì") == "venerdi");
  CHECK(FoldKey("п’ятницю") == "пятницю");
  CHECK(FoldKey("Лекорню") == "лекорню");
  CHECK(FoldKey("Ёлка") == "елка");
  CHECK(FoldKey("Sébastien") == "sebastien");
}

TEST_CASE("Latin keys bring Cyrillic names close to their romanisations", "[text]") {
  CHECK(LatinKey("Шойгу") == "shoygu");
  CHECK(LatinKey("Бєлоусов") == "byelousov");
  CHECK(EditDistance(ToU32(LatinKey("Белоусов")), ToU32("belousov"), 2) == 0);
  CHECK(EditDistance(ToU32("shoig"), ToU32(LatinKey("Шойгу")), 2) == 2);
  CHECK(EditDistance(ToU32("baiden"), ToU32("biden"), 2) == 1);
}

TEST_CASE("Repair finds a bad byte after long clean runs and keeps an existing U+FFFD", "[text]") {
  std::string out;
  std::string clean = "Austin and Belousov held a phone call on 25 June. Остін і Бєлоусов провели розмову.";
  CHECK(RepairUtf8(clean + "\xEF\xBF\xBD", &out) == 0);  // a replacement character already there is valid
  CHECK(out == clean + "\xEF\xBF\xBD");
  CHECK(RepairUtf8(clean + "\xE2\x80" + clean, &out) == 2);  // truncated sequence: each bad byte replaced
  CHECK(out == clean + "\xEF\xBF\xBD" + "\xEF\xBF\xBD" + clean);
}

TEST_CASE("Letter, case and space tests agree across scripts", "[text]") {
  size_t i = 0;
  std::string s = "ÉéЇїҐґ Ωω\u00A0ı\u0301";
  std::vector<char32_t> cps;
  while (i < s.size()) cps.push_back(DecodeUtf8(s, &i));
  REQUIRE(cps.size() == 12);
  CHECK(IsUpper(cps[0]));
  CHECK(!IsUpper(cps[1]));
  CHECK(IsUpper(cps[2]));
  CHECK(IsLetter(cps[3]));
  CHECK(IsUpper(cps[4]));
  CHECK(!IsUpper(cps[5]));
  CHECK(IsSpace(cps[6]));
  CHECK(IsLetter(cps[7]));
  CHECK(IsUpper(cps[7]));
  CHECK(IsSpace(cps[9]));
  CHECK(IsLetter(cps[10]));
  CHECK(!IsLetter(cps[11]));  // a combining accent is not a letter
  CHECK(!IsDigit(cps[11]));
  CHECK(IsDigit(U'٣'));       // Arabic-Indic three (in the table)
  CHECK(IsDigit(U'३'));       // Devanagari three (beyond it: ICU)
  CHECK(!IsLetter(U'€'));
  CHECK(FoldKey("ЇЖАК Ґанок Çavuşoğlu") == "їжак ганок cavusoglu");
}
