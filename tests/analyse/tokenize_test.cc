#include <catch2/catch.hpp>

#include "engine/analyse/analysis.h"
#include "engine/util/text.h"

using crosscheck::analyse::Analysis;
using crosscheck::analyse::Token;
using crosscheck::analyse::Tokenize;
using crosscheck::analyse::TokenKind;

namespace {
std::vector<std::string> Keys(std::string_view s) {
  Analysis a;
  Tokenize(s, 0, &a);
  std::vector<std::string> k;
  for (auto& x : a.tokens) k.emplace_back(x.key());
  return k;
}
}  // namespace

TEST_CASE("Tokens keep inner apostrophes and split numbers from punctuation", "[tokenize]") {
  CHECK(Keys("у п'ятницю, 12.07.24") == std::vector<std::string>{"у", "пятницю", ",", "12", ".", "07", ".", "24"});
  CHECK(Keys("July 9-11") == std::vector<std::string>{"july", "9", "-", "11"});
  CHECK(Keys("dell'Ucraina") == std::vector<std::string>{"dell", "ucraina"});
}

TEST_CASE("Italian elided articles are tokens of their own; other apostrophes stay inside the word", "[tokenize]") {
  const std::string text = "la prima dall’agosto scorso, su iniziativa dell'Eliseo e un'altra all'ONU con l'omologo";
  Analysis a;
  Tokenize(text, 0, &a);
  const std::vector<Token>& t = a.tokens;
  std::vector<std::string> written, keys;
  for (const Token& x : t) {
    written.push_back(text.substr(x.start, x.end - x.start));
    keys.emplace_back(x.key());
  }
  CHECK(written == std::vector<std::string>{"la", "prima", "dall’", "agosto", "scorso", ",", "su", "iniziativa", "dell'",
                                            "Eliseo", "e", "un'", "altra", "all'", "ONU", "con", "l'", "omologo"});
  CHECK(keys[2] == "dall");
  CHECK(keys[17] == "omologo");
  CHECK(t[9].upper_initial);   // "Eliseo" keeps its capital for the entity tagger
  CHECK_FALSE(t[9].space_before);
  CHECK(t[14].all_upper);
  CHECK(Keys("п'ятниці м'ясо об'єкт Zelenskyy's O'Brien") ==
        std::vector<std::string>{"пятниці", "мясо", "обєкт", "zelenskyys", "obrien"});
}

TEST_CASE("Token offsets point into the text", "[tokenize]") {
  std::string s = "Вчора, 25 червня";
  Analysis a;
  Tokenize(s, 100, &a);
  const std::vector<Token>& t = a.tokens;
  REQUIRE(t.size() == 4);
  CHECK(t[2].kind == TokenKind::kNumber);
  CHECK(s.substr(t[3].start - 100, t[3].end - t[3].start) == "червня");
  CHECK(t[0].upper_initial);
  CHECK_FALSE(t[3].upper_initial);
}

TEST_CASE("Token keys are the folded words in every script", "[tokenize]") {
  // Keys are folded while a token is scanned; they must be what util::FoldKey makes of its text.
  std::string long_word;
  for (int i = 0; i < 100; ++i) long_word += "Ґа";  // 400 bytes
  const std::string text =
      "Міністр оборони Остіна зустрів ҐЕНЕРАЛА в п’ятницю. Шойгу встретился с Остином, ЁЛКА. "
      "L'incontro è avvenuto nella Città del Vaticano; Zelenskyy’s aide met Blinken`s deputy. "
      "Straße ẞTRASSE 2024 ٣٤ " + long_word;
  Analysis a;
  Tokenize(text, 0, &a);
  const std::vector<Token>& t = a.tokens;
  size_t words = 0;
  for (const Token& x : t) {
    if (x.kind == TokenKind::kPunct) continue;
    ++words;
    CHECK(x.key() == crosscheck::util::FoldKey(std::string_view(text).substr(x.start, x.end - x.start)));
  }
  CHECK(words == 30);  // "L'incontro" is two
  CHECK(Keys("Остіна ҐЕНЕРАЛА п’ятницю ЁЛКА") == std::vector<std::string>{"остіна", "генерала", "пятницю", "елка"});
  CHECK(Keys("L'incontro Città Zelenskyy’s") == std::vector<std::string>{"l", "incontro", "citta", "zelenskyys"});
  CHECK(Keys(long_word).front().size() == 400);
}

TEST_CASE("Token kinds and case flags come from each character's class", "[tokenize]") {
  // A soft hyphen continues a word ("Міні­стр" as hyphenated by a CMS) but does not start one.
  CHECK(Keys("Міні\u00ADстр оборони") == std::vector<std::string>{"міністр", "оборони"});
  Analysis a;
  Tokenize("\u00ADСША і NATO, Ωμέγα Über ẞTRASSE", 0, &a);
  const std::vector<Token>& t = a.tokens;
  REQUIRE(t.size() == 8);
  CHECK(t[0].kind == TokenKind::kPunct);
  CHECK((t[1].key() == "сша" && t[1].all_upper && t[1].upper_initial));
  CHECK((t[2].key() == "і" && !t[2].all_upper && !t[2].upper_initial));
  CHECK((t[3].key() == "nato" && t[3].all_upper));
  CHECK(t[4].kind == TokenKind::kPunct);
  CHECK((t[5].upper_initial && !t[5].all_upper));
  CHECK((t[6].key() == "uber" && t[6].upper_initial && !t[6].all_upper));
  CHECK((t[7].upper_initial && t[7].all_upper));  // U+1E9E lies past the tokenizer's table
}

TEST_CASE("A word's ASCII and other letters give the same keys and case flags", "[tokenize]") {
  // Runs of ASCII letters are folded a byte at a time, other letters through their class table: a
  // word may switch between the two (Latin with accents, mixed scripts) and still has one key.
  const std::string text = "Città naïve NATO НАТО NATOвський ABCД ABCд ÀBC Àbc A Ї ЇA iPhone п'ятниця McDONALD";
  Analysis a;
  Tokenize(text, 0, &a);
  const std::vector<Token>& t = a.tokens;
  REQUIRE(t.size() == 15);
  for (const Token& x : t) {
    // FoldKey of the word, and for a Cyrillic one with Latin look-alikes ("ABCД") its Cyrillic spelling.
    std::string want = crosscheck::util::FoldKey(std::string_view(text).substr(x.start, x.end - x.start)), plain;
    if (crosscheck::util::FoldLookalikes(want, &plain)) want = plain;
    CHECK(x.key() == want);
  }
  CHECK(t[5].key() == "авсд");
  CHECK(t[0].key() == "citta");
  CHECK(t[1].key() == "naive");
  CHECK((t[2].all_upper && t[3].all_upper));
  CHECK((t[4].key() == "natoвський" && t[4].upper_initial && !t[4].all_upper));
  CHECK(t[5].all_upper);         // ASCII then upper-case Cyrillic
  CHECK_FALSE(t[6].all_upper);   // ... then lower-case Cyrillic
  CHECK(t[7].all_upper);         // a two-byte capital, then ASCII capitals
  CHECK_FALSE(t[8].all_upper);   // ... then ASCII lower case
  CHECK((t[9].upper_initial && !t[9].all_upper));  // one letter is no acronym
  CHECK((t[10].upper_initial && t[10].all_upper));  // the length is counted in bytes: "Ї" has two
  CHECK(t[11].all_upper);
  CHECK((t[12].key() == "iphone" && !t[12].upper_initial && !t[12].all_upper));
  CHECK(t[13].key() == "пятниця");
  CHECK((t[14].key() == "mcdonald" && !t[14].all_upper));
}

TEST_CASE("A Cyrillic word typed with Latin look-alikes has the Cyrillic spelling's key", "[tokenize]") {
  // Some Ukrainian pages write the Latin i for і ("Бiлоусов", "переглядiв"): the lexicon's names and
  // the cue words were not found in them.
  CHECK(Keys("з Андрiєм Бiлоусовим") == Keys("з Андрієм Білоусовим"));
  CHECK(Keys("Розмову iнiцiювала") == Keys("Розмову ініціювала"));
  CHECK(Keys("MОСКВА") == Keys("МОСКВА"));  // a Latin M at the start
  // Words that are not Cyrillic, or hold a Latin letter with no Cyrillic look-alike, keep their keys.
  CHECK(Keys("Orbán iPhone") == std::vector<std::string>{"orban", "iphone"});
  CHECK(Keys("КиївKyiv") == std::vector<std::string>{"київkyiv"});
  Analysis a;
  Tokenize("Бiлоусов", 0, &a);
  REQUIRE(a.tokens.size() == 1);
  CHECK(a.tokens[0].key_hash == crosscheck::analyse::KeyHash(a.tokens[0].key()));
  CHECK(a.tokens[0].upper_initial);
  CHECK_FALSE(a.tokens[0].all_upper);
}

TEST_CASE("Every token carries the KeyHash of its key", "[tokenize]") {
  using crosscheck::analyse::KeyHash;
  const std::string text =
      "Міністр оборони України Рустем Умєров провів телефонну розмову з Ллойдом Остіном 12.07.2024, "
      "L'incontro è avvenuto; «Шойгу» — Zelenskyy’s 1234567890123456789 ٣٤ internationalisation!";
  Analysis a;
  Tokenize(text, 0, &a);
  const std::vector<Token>& t = a.tokens;
  REQUIRE(t.size() > 20);
  for (const Token& x : t) CHECK(x.key_hash == KeyHash(x.key()));
  // Tokens longer than the tokenizer's scan (64 KiB: their keys are folded from their text) carry
  // it too, and the key FoldKey makes.
  const size_t kLong = 70000;
  std::string long_tokens = "Мир " + std::string(kLong, 'Z') + " " + std::string(kLong, '7') + " ";
  for (size_t i = 0; i < kLong / 2; ++i) long_tokens += "Ї";
  long_tokens += "'S";  // an inner apostrophe, dropped from the key
  Analysis long_analysis;
  Tokenize(long_tokens, 0, &long_analysis);
  const std::vector<Token>& lt = long_analysis.tokens;
  REQUIRE(lt.size() == 4);
  CHECK(lt[0].key() == "мир");
  CHECK((lt[1].key() == std::string(kLong, 'z') && lt[1].all_upper));
  CHECK((lt[2].kind == crosscheck::analyse::TokenKind::kNumber && lt[2].key() == std::string(kLong, '7')));
  CHECK((lt[3].key().size() == kLong + 1 && lt[3].all_upper && lt[3].end == long_tokens.size()));
  for (const Token& x : lt) {
    CHECK(x.key_hash == KeyHash(x.key()));
    CHECK(x.key() ==
          crosscheck::util::FoldKey(std::string_view(long_tokens).substr(x.start, x.end - x.start)));
  }
  // The length is hashed too: keys that differ only in trailing zero bytes hash apart.
  CHECK(KeyHash("ab") != KeyHash(std::string_view("ab\0", 3)));
  CHECK(KeyHash("остін") != KeyHash("остіна"));
  CHECK(KeyHash("") == KeyHash(std::string_view()));
}

TEST_CASE("Words read sixteen bytes at a time give the tokens of the plain scan", "[tokenize]") {
  // Tokenize takes a word's ASCII letters and its lower-case Cyrillic letters (but ё) in blocks of
  // sixteen bytes where the text has sixteen more; on news text of every language, and on every
  // prefix and suffix of it (so that blocks meet the text's end and words of every length), each
  // token must be the character-at-a-time scan's.
  const std::vector<std::string> texts = {
      "Міністр оборони України Рустем Умєров провів телефонну розмову з Ллойдом Остіном; сторони "
      "обговорили п'ятничні поставки ППО, ЗРК «Patriot» та підготовку пілотів F-16 до зими.\n"
      "ГЕНЕРАЛ Залужний: «Ґрунтовна розмова» — заявили в Міноборони 25.06.2024 о 18:28.",
      "Министр обороны России Сергей Шойгу встретился с Ллойдом Остином; ЁЛКА, ёжик и Ёршик, всё ещё её. "
      "Переговоры продолжались около часа, сообщили в пресс-службе ведомства. Межконтинентальные "
      "высокотехнологичные контрнаступательные операции — НАТОвские и США-шные.",
      "Defense Secretary Lloyd Austin spoke with Ukrainian Defense Minister Rustem Umerov on Friday; "
      "NATO's internationalization counterintelligence WASHINGTON Zelenskyy’s McDONALD iPhone "
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890123456789.",
      "L'incontro tra Meloni e Zelensky è avvenuto nella Città del Vaticano; perché l'Unione europea "
      "e l’Italia hanno ribadito il sostegno. Più tardi, Palazzo Chigi: «Non è previsto un incontro».",
      "Mixed МОСКВАmoscow КиївKyiv ОдесаODESA naïve Ωμέγα e\xCC\x81te\xCC\x81 Міні\u00ADстр x",
  };
  size_t checked = 0, differ = 0;
  for (const std::string& text : texts) {
    for (size_t len = 1; len <= text.size(); ++len) {
      if (len < text.size() && (static_cast<unsigned char>(text[len]) & 0xC0) == 0x80) continue;
      for (std::string_view part : {std::string_view(text).substr(0, len), std::string_view(text).substr(len)}) {
        ++checked;
        if (!crosscheck::analyse::TokenizeAgreesWithPlainScan(part)) {
          ++differ;
          UNSCOPED_INFO("differs: " << part);
        }
      }
    }
  }
  CHECK(checked > 1000);
  CHECK(differ == 0);
}

TEST_CASE("Keys stay in place as more spans are tokenised and as the Analysis moves", "[tokenize]") {
  // Tokenize reserves key room for its own text only: a long span after a short one takes a new
  // block of key bytes, and the keys already handed out must not move (nor when the Analysis does).
  const std::string head = "Мир ";
  std::string big;
  for (int i = 0; i < 2000; ++i) big += "Остіна ȺȾ NATO 2024, ";
  const std::string text = head + big + "Шойгу";
  const size_t big_end = head.size() + big.size();
  Analysis a;
  Tokenize(std::string_view(text).substr(0, head.size()), 0, &a);
  Tokenize(std::string_view(text).substr(head.size(), big.size()), static_cast<uint32_t>(head.size()), &a);
  Tokenize(std::string_view(text).substr(big_end), static_cast<uint32_t>(big_end), &a);
  REQUIRE(a.tokens.size() == 2 + 2000 * 5);
  std::vector<const char*> where;
  for (const Token& x : a.tokens) {
    CHECK(x.key() == crosscheck::util::FoldKey(std::string_view(text).substr(x.start, x.end - x.start)));
    where.push_back(x.key_data);
  }
  const Analysis moved = std::move(a);
  for (size_t i = 0; i < moved.tokens.size(); ++i) {
    const Token& x = moved.tokens[i];
    CHECK(x.key_data == where[i]);
    CHECK(x.key() == crosscheck::util::FoldKey(std::string_view(text).substr(x.start, x.end - x.start)));
  }
}
