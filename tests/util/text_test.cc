#include <catch2/catch.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

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
  // Folded first: ё, ґ, apostrophes and Latin accents.
  CHECK(LatinKey("Ёлкин") == "elkin");
  CHECK(LatinKey("Ґудзь") == "gudz");
  CHECK(LatinKey("Кулеба’") == "kuleba");
  CHECK(LatinKey("Müller") == "muller");
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

TEST_CASE("NFC agrees with ICU around every code point of the plain-text fast path", "[text]") {
  // ToNfc answers plain text without ICU; each code point alone, after a starter it might combine
  // with, and before a combining mark must come out as ICU's normalisation does.
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  REQUIRE(U_SUCCESS(err));
  auto icu_nfc = [&](const std::string& s) {
    std::string out;
    nfc->normalize(icu::UnicodeString::fromUTF8(s), err).toUTF8String(out);
    return out;
  };
  size_t differ = 0;
  std::vector<char32_t> cps;
  for (char32_t c = 0x20; c < 0x2400; ++c) cps.push_back(c);
  for (char32_t c = 0x1F000; c < 0x20000; ++c) cps.push_back(c);
  for (char32_t c : cps) {
    std::string ch;
    AppendUtf8(c, &ch);
    for (const std::string& s : {ch, "e" + ch, "\xD0\xB8" + ch, ch + "\xCC\x81", "Київ " + ch + " Roma"})
      differ += ToNfc(s) != icu_nfc(s);
  }
  CHECK(differ == 0);
  CHECK(ToNfc("\xE2\x80\x80") == "\xE2\x80\x82");  // U+2000 is U+2002 in NFC
  CHECK(ToNfc("\xD0\xB8\xCC\x86") == "\xD0\xB9");  // и + breve is й
}

TEST_CASE("CodePointCount counts code points, sixteen bytes at a time or one", "[text]") {
  // Every length and offset of multilingual text, so the blocks and the tail both see each kind of
  // byte; the answer must be the number of code points DecodeUtf8 steps over.
  const std::string text =
      "Зеленський провів телефонну розмову з Путіним — «обмін полоненими» обговорили. "
      "Il presidente è arrivato a Kyiv. ☎ Звонок длился 40 минут 👁 1 204; Ґанок, їжак, Ёлка.";
  size_t differ = 0;
  for (size_t from = 0; from < 40; ++from) {
    for (size_t len = 0; from + len <= text.size(); ++len) {
      std::string_view s = std::string_view(text).substr(from, len);
      size_t cps = 0;
      for (unsigned char c : s) cps += (c & 0xC0) != 0x80;
      differ += CodePointCount(s) != cps;
    }
  }
  CHECK(differ == 0);
  size_t decoded = 0;
  for (size_t i = 0; i < text.size(); ++decoded) DecodeUtf8(text, &i);
  CHECK(CodePointCount(text) == decoded);
  // Longer than 255 blocks of 16 bytes (where the lane counts are summed and restarted).
  std::string kyiv;
  for (int i = 0; i < 400; ++i) kyiv += "Київ, ";
  CHECK(CodePointCount(kyiv) == 400 * 6);
}

TEST_CASE("Below U+0800 white space is ASCII's, U+0085 and U+00A0", "[text]") {
  // The furniture scanner inlines this instead of asking IsSpace for every Cyrillic letter.
  size_t differ = 0;
  for (char32_t c = 0; c < 0x800; ++c)
    differ += IsSpace(c) != (c == ' ' || (c >= 9 && c <= 13) || c == 0x85 || c == 0xA0);
  CHECK(differ == 0);
}

TEST_CASE("CheckUtf8 counts what RepairUtf8 replaces and vouches only for text that is NFC", "[text]") {
  const std::vector<std::string> broken = {
      "Міністр оборони України\xFF провів розмову з Остіном",       // a stray high byte
      "Шойгу \xD0 и Остин обсудили ситуацию",                        // a lead byte without its tail
      "Вчора, 25 червня,\xE2\x80 відбулася розмова \xC0\xAF \xED\xA0\x80",  // cut, overlong, surrogate
      "\xEF\xBF\xBD заміна вже була \xF8\x88\x80\x80\x80"};           // a real U+FFFD is not counted
  for (const std::string& s : broken) {
    std::string repaired;
    size_t replaced = RepairUtf8(s, &repaired);
    Utf8Check c = CheckUtf8(s);
    CHECK(c.invalid == replaced);
    CHECK(c.invalid > 0);
    CHECK_FALSE(c.plainly_nfc);
  }
  Utf8Check plain = CheckUtf8("Міністр оборони України — «Остін» ≡ 👁 20334 переглядів; Città, dell’Ucraina");
  CHECK(plain.invalid == 0);
  CHECK(plain.plainly_nfc);
  CHECK_FALSE(CheckUtf8("Київ, и\xCC\x86").plainly_nfc);  // a combining breve
  CHECK_FALSE(CheckUtf8("\xD2\x83").plainly_nfc);         // a Cyrillic combining mark
  // Whatever it vouches for, ICU leaves as it is.
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  REQUIRE(U_SUCCESS(err));
  size_t vouched = 0, wrong = 0;
  for (char32_t c = 0x20; c < 0x20000; c = c == 0x23FF ? 0x1F000 : c + 1) {
    std::string ch;
    AppendUtf8(c, &ch);
    for (const std::string& s : {ch, "e" + ch, "\xD0\xB8" + ch, "Київ " + ch + " Roma"}) {
      if (!CheckUtf8(s).plainly_nfc) continue;
      ++vouched;
      wrong += !nfc->isNormalized(icu::UnicodeString::fromUTF8(s), err);
    }
  }
  CHECK(wrong == 0);
  CHECK(vouched > 4 * 1000);
}

TEST_CASE("CheckUtf8 finds a bad byte or a combining mark wherever it sits in a long line", "[text]") {
  // Long runs of ASCII and Cyrillic are checked a block of bytes at a time: a flaw at any offset,
  // on either side of a block boundary, is still counted.
  const std::string line =
      "Вчора, 25 червня, міністр оборони України Рустем Умєров провів телефонну розмову з Ллойдом "
      "Остіном. Defence ministers discussed air defence; Шойгу и Остин обсудили ситуацию. «Ми готові» — "
      "заявив він… L’incontro è avvenuto nella Città del Vaticano, perché «così» – ha detto.";
  // Flaws: bad or cut bytes, combining marks, and U+2000 and U+2126, which NFC changes.
  for (const std::string flaw : {"\xFF", "\xD0", "\xD1 ", "\xE2\x80", "\xC3", "\xE2\x80 ", "\xCC\x86", "\xD2\x83",
                                 "\xE2\x80\x80", "\xE2\x84\xA6"}) {
    bool combining = flaw == "\xCC\x86" || flaw == "\xD2\x83" || flaw == "\xE2\x80\x80" || flaw == "\xE2\x84\xA6";
    size_t missed = 0;
    for (size_t at = 0; at <= line.size(); ++at) {
      if (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) continue;
      std::string s = line.substr(0, at) + flaw + line.substr(at);
      std::string repaired;
      size_t replaced = RepairUtf8(s, &repaired);
      Utf8Check c = CheckUtf8(s);
      missed += c.invalid != replaced || (c.invalid == 0) != combining || c.plainly_nfc;
    }
    CHECK(missed == 0);
  }
  Utf8Check plain = CheckUtf8(line + line + line);
  CHECK(plain.invalid == 0);
  CHECK(plain.plainly_nfc);
}

TEST_CASE("Latin look-alikes in a Cyrillic key become the Cyrillic letters", "[text]") {
  using crosscheck::util::FoldLookalikes;
  std::string out = "untouched";
  CHECK(FoldLookalikes(crosscheck::util::FoldKey("Бiлоусов"), &out));
  CHECK(out == crosscheck::util::FoldKey("Білоусов"));
  CHECK(FoldLookalikes("cxiд", &out));  // c, x, i: схід
  CHECK(out == "схід");
  out = "untouched";
  CHECK_FALSE(FoldLookalikes("orban", &out));     // no Cyrillic letter
  CHECK_FALSE(FoldLookalikes("ковідz", &out));    // z has no Cyrillic look-alike
  CHECK_FALSE(FoldLookalikes("білоусов", &out));  // nothing to replace
  CHECK(out == "untouched");
}
