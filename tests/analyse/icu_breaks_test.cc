// IcuSentenceBreaks asks ICU only around terminator runs; its answer must be what one ICU sentence
// BreakIterator over the whole text says. The reference below is that plain path.
#include "engine/analyse/icu_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <catch2/catch.hpp>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "engine/util/text.h"

using crosscheck::analyse::IcuSentenceBreaks;

namespace {

// One ICU sentence iterator over a UTF-16 copy of the whole text; boundaries mapped back to bytes.
std::vector<uint32_t> PlainIcu(std::string_view text) {
  static std::unique_ptr<icu::BreakIterator> bi = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
    REQUIRE(U_SUCCESS(err));
    return it;
  }();
  std::u16string units;
  std::vector<uint32_t> byte_of;  // byte offset of each UTF-16 unit
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    char32_t c = crosscheck::util::DecodeUtf8(text, &i);
    if (c < 0x10000) {
      units.push_back(static_cast<char16_t>(c));
      byte_of.push_back(static_cast<uint32_t>(at));
    } else {
      units.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
      units.push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
      byte_of.push_back(static_cast<uint32_t>(at));
      byte_of.push_back(static_cast<uint32_t>(at));
    }
  }
  UErrorCode err = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, units.data(), static_cast<int64_t>(units.size()), &err);
  bi->setText(&ut, err);
  REQUIRE(U_SUCCESS(err));
  std::vector<uint32_t> out;
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next())
    if (static_cast<size_t>(b) < units.size()) out.push_back(byte_of[b]);
  utext_close(&ut);
  return out;
}

std::vector<uint32_t> Windowed(std::string_view text) {
  std::vector<uint32_t> out;
  REQUIRE(IcuSentenceBreaks(text, &out));
  return out;
}

}  // namespace

TEST_CASE("ICU breaks asked around terminators are ICU's breaks over the whole text", "[icu_breaks]") {
  const std::vector<std::string> texts = {
      // English: titles, initials, U.S., decimals, a lower-case continuation, ellipses, quotes.
      "U.S. Secretary of Defense Lloyd J. Austin III spoke with Gen. Valery Gerasimov on Oct. 21. "
      "The call lasted 1.5 hours... Officials said \"no agreement was reached.\" Mr. Austin (who "
      "arrived Tuesday.) did not comment! Really?! e.g. the talks, i.e. nothing... and then? No.",
      // Ukrainian: «quotes», т. зв., ген., initials, an ellipsis character, a dash attribution.
      "Того ж дня ген. Залужний провів розмову з ген. Міллі. Сторони обговорили т. зв. «зернову "
      "угоду». В. Зеленський заявив: «Ми готові…» — повідомили в Офісі Президента.\n\n"
      "Вчора, 22 березня,\nвідбулася розмова. Тривала 2,5 години. Далі буде...",
      // Russian: г., им., decimals with a comma and a dot, a question in quotes.
      "В 2022 г. Шойгу и Остин провели два разговора. Встреча прошла в академии им. Фрунзе. "
      "Курс составил 36.6 руб. за доллар. «Кто это сделал?» — спросил он. Ответа не было.",
      // Italian: sig., dott., on., apostrophes, CR LF line ends, a closing parenthesis run.
      "Il sig. Rossi ha incontrato il dott. Bianchi e l'on. Verdi a Roma.\r\nLa telefonata è "
      "durata un'ora (circa.) Lo ha riferito il gen. Portolano.\r\n\r\nFine.",
      // Separators and marks: U+2029, NEL, a soft hyphen (Format), a combining acute (Extend),
      // emoji outside the BMP, a no-break space, a one-dot leader, an ideographic full stop.
      "Mini\u00ADstro. Ende\u2029Next para. A\u0301. B\u0085c 😀. Then 𝔘𝔖𝔄. x\u00A0. y\u2024 Z。Done",
      // Runs settled without ICU (one terminator, closing punctuation, spaces) before every class:
      // capitals, lower case, digits then lower or upper case, SContinue, quotes opening after the
      // space, line ends, the end of the text.
      "Розмова тривала годину. Сторони домовились. Див. с. 5 та ін. 25 червня. 25 Червня? так! Ні? "
      "ні. , а також. - тире. «Ми готові». «ми теж.» Потім: «Так?» Кінець.\nНовий рядок.\r\nЩе."
      " \u00A0Then. 3 Things. (Aside.) Fine?) ok. 'Quoted.' next. 中文。 Done. 2024.",
      // Edges: terminators at the start and the end, runs of mixed terminators and spaces.
      ". .. !? Start.",
      "Ends without a terminator",
      "Ends with a terminator run.\") ",
      "",
  };
  for (const std::string& t : texts) {
    INFO(t);
    CHECK(Windowed(t) == PlainIcu(t));
  }
}

TEST_CASE("ICU breaks around terminators match the plain path on random text of every class",
          "[icu_breaks]") {
  // A few code points of each Sentence_Break class, run together at random: the rules' contexts
  // (before a terminator run, inside it, and after it up to the next letter) in every combination.
  const std::vector<std::string> pieces = {
      "a",      "я",      "ö",      "A",      "Я",      "\u05D0", "3",      "٣",  ".",      "\u2024",
      "!",      "?",      "\u3002", "\u0589", "\"",     ")",      "«",      "»",  "\u201D", "'",
      ",",      "-",      ":",      "\u2014", " ",      "\u00A0", "\t",     "\n", "\r",     "\r\n",
      "\u2029", "\u0085", "\u0301", "\u00AD", "\u200D", "#",      "\u2026", "😀",  "U.S.",   "gen. ",
      "3.5",    "... ",   ". ",     "? «",    "\u061F", "\u07F9",  // Arabic, NKo: lead bytes 0xD8, 0xDF
      "\xD0",  // an invalid byte (U+FFFD)
  };
  std::set<int> classes;
  for (const std::string& p : pieces) {
    size_t i = 0;
    classes.insert(u_getIntPropertyValue(crosscheck::util::DecodeUtf8(p, &i), UCHAR_SENTENCE_BREAK));
  }
  REQUIRE(classes.size() == U_SB_COUNT);  // every class is represented
  std::mt19937 rng(7);
  size_t differing = 0, breaks = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    size_t len = rng() % 24;
    for (size_t k = 0; k < len; ++k) text += pieces[rng() % pieces.size()];
    std::vector<uint32_t> want = PlainIcu(text);
    breaks += want.size();
    if (Windowed(text) != want) {
      ++differing;
      UNSCOPED_INFO("differs: " << text);
    }
  }
  CHECK(breaks > 20000);  // the strings do break, often
  CHECK(differing == 0);
}
