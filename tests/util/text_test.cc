#include <catch2/catch.hpp>

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
