// Page-furniture removal on realistic scraped pages (written for these tests) in uk, ru, en, it:
// the article body survives whole, menus, counters, link lists, widgets and sidebars do not.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/ingest/furniture.h"
#include "engine/util/text.h"
#include "ingest_test_util.h"

using namespace crosscheck;
using crosscheck::testing::CleanText;
using crosscheck::testing::InBody;
using crosscheck::testing::TouchesBody;

TEST_CASE("Ukrainian page: menu, counter, dateline, 'Читайте також' list", "[furniture]") {
  const std::string page =
      "Головна\nНовини\nПолітика\nЕкономіка\nПошук\n\n"
      "Умєров провів телефонну розмову з міністром оборони Великої Британії\n\n"
      "• 4512 переглядів\n\n"
      "14 березня, 10:15\n\n"
      "Міністр оборони України Рустем Умєров у четвер провів телефонну розмову зі своїм британським "
      "колегою Джоном Гілі. Сторони обговорили потреби Сил оборони та спільне виробництво дронів.\n\n"
      "За словами Умєрова, розмова була конструктивною, а наступна зустріч відбудеться у форматі "
      "Рамштайн наприкінці місяця.\n\n"
      "Читайте також: Зеленський провів переговори з прем'єром Нідерландів\n\n"
      "Раніше Гілі заявив, що Британія збільшить військову допомогу Україні вже цього року, а "
      "перші поставки очікуються навесні.\n\n"
      "Теги\nУмєров\nВелика Британія\n\n"
      "Читайте також\n"
      "Сили оборони знищили склад боєприпасів на Херсонщині\n"
      "Війна\n"
      "У Києві пролунали вибухи: що відомо\n"
      "Суспільство\n"
      "Кабмін змінив правила бронювання працівників\n"
      "Економіка\n";
  Document d = CleanText(page);
  CHECK(InBody(d, "Умєров провів телефонну розмову з міністром оборони Великої Британії"));
  CHECK(InBody(d, "14 березня, 10:15"));
  CHECK(InBody(d, "Міністр оборони України Рустем Умєров у четвер"));
  CHECK(InBody(d, "у форматі Рамштайн наприкінці місяця."));
  CHECK(InBody(d, "Раніше Гілі заявив"));
  for (const char* f : {"Головна", "Пошук", "4512", "Читайте також", "Зеленський провів переговори",
                        "Теги", "Сили оборони знищили", "У Києві пролунали", "Кабмін змінив", "Економіка"})
    CHECK_FALSE(TouchesBody(d, f));
  CHECK(d.lang == "uk");
}

TEST_CASE("Russian page: sidebar of dated headlines, subscription and comment widgets", "[furniture]") {
  const std::string page =
      "Войти\nРегистрация\n\n"
      "Шойгу обсудил с Остином ситуацию на Украине\n\n"
      "Вчера, 21 октября,\n"
      "министр обороны России Сергей Шойгу провел телефонный разговор с главой Пентагона Ллойдом "
      "Остином. Об этом сообщили в Министерстве обороны РФ.\n\n"
      "Стороны обсудили актуальные вопросы международной безопасности, в том числе ситуацию на "
      "Украине. Разговор состоялся по инициативе американской стороны.\n\n"
      "Это уже второй разговор министров с мая этого года.\n\n"
      "Хотите оставить комментарий? Зарегистрируйтесь или войдите\n"
      "ПОДПИСКА НА НОВОСТИ\n"
      "Ежедневная рассылка главных новостей на ваш почтовый ящик\n"
      "  • Обсуждение\n"
      "В Минобороны рассказали о новых учениях на Балтике\n"
      "  • 22.10 14:05\n"
      "  • 311\n"
      "Эксперты оценили перспективы переговоров по контролю над вооружениями. Мнения разделились.\n"
      "  • 22.10 12:40\n"
      "  • 87\n"
      "Названы сроки поставки новых истребителей\n"
      "  • 21.10 19:02\n"
      "  • 4\n";
  Document d = CleanText(page);
  CHECK(InBody(d, "Шойгу обсудил с Остином ситуацию на Украине"));
  CHECK(InBody(d, "Вчера, 21 октября,\nминистр обороны России"));
  CHECK(InBody(d, "Разговор состоялся по инициативе американской стороны."));
  CHECK(InBody(d, "Это уже второй разговор министров с мая этого года."));
  for (const char* f : {"Войти", "Регистрация", "Хотите оставить", "ПОДПИСКА", "Ежедневная рассылка",
                        "Обсуждение", "новых учениях", "22.10 14:05", "311", "Эксперты оценили", "Названы сроки"})
    CHECK_FALSE(TouchesBody(d, f));
  CHECK(d.lang == "ru");
}

TEST_CASE("English page: search box, view counter, 'Read also' and 'Most popular' lists", "[furniture]") {
  const std::string page =
      "Skip to content\nMenu\nSearch\nClose this search box.\n\n"
      "World\n\n"
      "Pentagon chief and Russian counterpart speak for first time since March\n\n"
      "12 July 2024, 18:40 • 15 203 views\n\n"
      "Photo: Reuters\n\n"
      "U.S. Defense Secretary Lloyd Austin spoke by phone on Friday with his Russian counterpart Andrei "
      "Belousov, the Pentagon said, in the second call between the two this year.\n\n"
      "The call was initiated by the Russian side, according to a Pentagon spokeswoman.\n\n"
      "Read also\n"
      "Kremlin says no talks planned with Kyiv this month\n"
      "Ukraine war latest: drones hit oil depot\n\n"
      "Austin stressed the importance of keeping lines of communication open amid the war in Ukraine, "
      "the spokeswoman added in a statement on Friday evening.\n\n"
      "Share\nTwitter\nFacebook\n\n"
      "Most popular\n"
      "1\nNATO summit ends with pledge on air defence\n"
      "2\nEU agrees new sanctions package\n\n"
      "All rights reserved. Cookies policy\n";
  Document d = CleanText(page);
  CHECK(InBody(d, "Pentagon chief and Russian counterpart speak for first time since March"));
  CHECK(InBody(d, "U.S. Defense Secretary Lloyd Austin spoke by phone on Friday"));
  CHECK(InBody(d, "The call was initiated by the Russian side"));
  CHECK(InBody(d, "Austin stressed the importance of keeping lines of communication open"));
  for (const char* f : {"Skip to content", "Close this search box.", "Photo: Reuters", "Read also",
                        "Kremlin says no talks", "drones hit oil depot", "Twitter", "Most popular",
                        "NATO summit ends", "All rights reserved"})
    CHECK_FALSE(TouchesBody(d, f));
  CHECK(d.lang == "en");
}

TEST_CASE("Italian page: menu, 'Leggi anche', counters and comment box", "[furniture]") {
  const std::string page =
      "Home\nCerca\nAccedi\nPolitica\nEsteri\n\n"
      "Crosetto sente Austin: \"Sostegno all'Ucraina resta una priorità\"\n\n"
      "Ieri, 14 febbraio\n\n"
      "Il ministro della Difesa Guido Crosetto ha avuto ieri un colloquio telefonico con il segretario "
      "alla Difesa statunitense Lloyd Austin. Al centro della conversazione la situazione in Ucraina e "
      "nel Mar Rosso.\n\n"
      "Leggi anche: Il sig. Rossi nominato nuovo capo di Stato maggiore\n\n"
      "Secondo fonti del ministero, la telefonata è stata chiesta dalla parte americana e ha "
      "preceduto la riunione dei ministri della Nato a Bruxelles.\n\n"
      "1.204 visualizzazioni\n\n"
      "Lascia un commento\n"
      "Il tuo indirizzo email non sarà pubblicato.\n\n"
      "I più letti\n"
      "Maltempo, allerta rossa in Emilia-Romagna\n"
      "Borsa, Milano chiude in rialzo\n";
  Document d = CleanText(page);
  CHECK(InBody(d, "Crosetto sente Austin: \"Sostegno all'Ucraina resta una priorità\""));
  CHECK(InBody(d, "Ieri, 14 febbraio"));
  CHECK(InBody(d, "Il ministro della Difesa Guido Crosetto ha avuto ieri un colloquio"));
  CHECK(InBody(d, "la telefonata è stata chiesta dalla parte americana"));
  for (const char* f : {"Accedi", "Esteri", "Leggi anche", "1.204", "Lascia un commento",
                        "indirizzo email", "I più letti", "Maltempo", "Borsa, Milano"})
    CHECK_FALSE(TouchesBody(d, f));
  CHECK(d.lang == "it");
}

TEST_CASE("A short line with a date next to the paragraphs is kept", "[furniture]") {
  Document d = CleanText(
      "Оновлено 25 червня 2024\n"
      "Остін і Бєлоусов поговорили телефоном уперше з березня минулого року, повідомили в Пентагоні.\n"
      "Сторони обговорили ризики ескалації.\n");
  CHECK(InBody(d, "Оновлено 25 червня 2024"));
  CHECK(InBody(d, "Сторони обговорили ризики ескалації."));
}

TEST_CASE("A clean article is kept whole", "[furniture]") {
  const std::string text =
      "Austin and Shoigu spoke on May 13, the first call since the invasion began.\n"
      "The Pentagon said Austin urged an immediate ceasefire.\n";
  Document d = CleanText(text);
  REQUIRE(d.body.size() == 1);
  CHECK(d.body[0].start == 0);
  CHECK(d.text.substr(d.body[0].start, d.body[0].size()) ==
        text.substr(0, text.size() - 1));
}

TEST_CASE("A headline-only document keeps its headline", "[furniture]") {
  Document d = CleanText("Зеленський провів переговори з Байденом");
  REQUIRE(d.body.size() == 1);
  CHECK(InBody(d, "Зеленський провів переговори з Байденом"));
}

TEST_CASE("A tiny document is kept as it is", "[furniture]") {
  Document d = CleanText("Shoigu spoke.");
  CHECK(InBody(d, "Shoigu spoke."));
}

TEST_CASE("A page of nothing but furniture yields no body", "[furniture]") {
  ingest::Furniture f;
  REQUIRE(f.Load({crosscheck::testing::RulesDir()}).ok());
  CHECK(f.FindBody("Menu\nSearch\nClose this search box.\n• 1200 views\n16.11 18:28\n").empty());
}

TEST_CASE("Furniture phrase lists are data: a user file adds a language", "[furniture]") {
  std::string dir = crosscheck::testing::TempDir("furn");
  crosscheck::testing::WriteFile(dir + "/pl.json",
                                 R"({"lang": "pl", "line": ["Szukaj"], "list_heading": ["Czytaj także"]})");
  ingest::Furniture f;
  REQUIRE(f.LoadFile(dir + "/pl.json").ok());
  std::string text =
      "Szukaj\nMinister obrony rozmawiał z sekretarzem Austinem o sytuacji na wschodniej flance NATO.\n"
      "Czytaj także\nPolska kupi nowe czołgi\n";
  auto body = f.FindBody(text);
  REQUIRE(body.size() == 1);
  CHECK(text.substr(body[0].start, body[0].size()).rfind("Minister obrony", 0) == 0);
  CHECK(body[0].end < text.find("Czytaj"));

  crosscheck::testing::WriteFile(dir + "/bad.json", "{\"line\": [\"x\"],\n \"widget\": }");
  ingest::Furniture g;
  Status s = g.LoadFile(dir + "/bad.json");
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("bad.json:2") != std::string::npos);
}

TEST_CASE("What a thread remembers of a line answers for the phrase lists it was read with only", "[furniture]") {
  // FindBody remembers per thread what it found of short lines; "Czytaj więcej" between two
  // paragraphs is furniture (it splits the body) only under a lexicon that lists it.
  std::string dir = crosscheck::testing::TempDir("furn-memo");
  crosscheck::testing::WriteFile(dir + "/pl.json", R"({"lang": "pl", "line": ["Czytaj więcej"]})");
  crosscheck::testing::WriteFile(dir + "/pl-other.json", R"({"lang": "pl", "line": ["Szukaj"]})");
  const std::string text =
      "Minister obrony Władysław Kosiniak-Kamysz rozmawiał w czwartek telefonicznie z sekretarzem Austinem.\n"
      "Czytaj więcej\n"
      "Rozmowa dotyczyła dostaw amunicji oraz wspólnych ćwiczeń na wschodniej flance NATO.\n";
  ingest::Furniture listing, other;
  REQUIRE(listing.LoadFile(dir + "/pl.json").ok());
  REQUIRE(other.LoadFile(dir + "/pl-other.json").ok());
  CHECK(listing.FindBody(text).size() == 2);
  CHECK(other.FindBody(text).size() == 1);
  CHECK(listing.FindBody(text).size() == 2);
  // A file loaded later changes the answer for the lines already seen.
  REQUIRE(other.LoadFile(dir + "/pl.json").ok());
  CHECK(other.FindBody(text).size() == 2);
}

TEST_CASE("Line keys fold case, accents and punctuation", "[furniture]") {
  CHECK(ingest::LineKey("  • Close this search box.") == "close this search box");
  CHECK(ingest::LineKey("ЧИТАЙТЕ ТАКОЖ:") == "читайте також");
  CHECK(ingest::LineKey("Più letti") == "piu letti");
  // Inner apostrophes and soft hyphens go, numbers stay as written, ё and ґ fold.
  CHECK(ingest::LineKey("Зв'язок з Ґудзем — 12:31, ЁЛКА") == "звязок з гудзем 12 31 елка");
  CHECK(ingest::LineKey("L’ultima telefonata dell'anno: 2023") == "lultima telefonata dellanno 2023");
  CHECK(ingest::LineKey("Встреча Зеленского и Байдена (фото)") == "встреча зеленского и байдена фото");
  CHECK(ingest::LineKey("Zelenskyy’s call with Biden — 👁 1 204") == "zelenskyys call with biden 1 204");
}

TEST_CASE("LineKeyInto reuses one buffer from line to line", "[furniture]") {
  std::string key;
  ingest::LineKeyInto("Міністр оборони України Рустем Умєров провів телефонну розмову", &key);
  CHECK(key == "міністр оборони україни рустем умєров провів телефонну розмову");
  ingest::LineKeyInto("1a2b3c", &key);  // a space before every word but the first: more bytes out than in
  CHECK(key == "1 a 2 b 3 c");
  ingest::LineKeyInto("25червня2024р.", &key);
  CHECK(key == "25 червня 2024 р");
  ingest::LineKeyInto(" • — ", &key);
  CHECK(key.empty());
}

TEST_CASE("Hard-wrapped paragraphs stay one article", "[furniture]") {
  // Plain text wrapped at ~70 columns: most lines end without a full stop.
  const std::string text =
      "Home\nWorld\n\n"
      "Austin and Shoigu speak for the first time since the invasion\n\n"
      "U.S. Defense Secretary Lloyd Austin spoke with his Russian counterpart\n"
      "on Friday for the first time since the invasion of Ukraine began, the\n"
      "Pentagon said, urging an immediate ceasefire and stressing the need to\n"
      "maintain lines of communication between the two militaries during the\n"
      "war, which has now lasted almost three months according to officials.\n\n"
      "The call lasted about an hour and was requested by the American side\n"
      "after several attempts since February, a senior defense official told\n"
      "reporters on condition of anonymity, adding that no agreement emerged\n"
      "from the conversation and that the two sides would remain in contact.\n\n"
      "Related\nKremlin dismisses talks\n";
  Document d = CleanText(text);
  CHECK(InBody(d, "Austin and Shoigu speak for the first time since the invasion"));
  CHECK(InBody(d, "U.S. Defense Secretary Lloyd Austin spoke with his Russian counterpart\non Friday"));
  CHECK(InBody(d, "from the conversation and that the two sides would remain in contact."));
  CHECK_FALSE(TouchesBody(d, "Kremlin dismisses talks"));
  CHECK_FALSE(TouchesBody(d, "World"));
}

TEST_CASE("A live blog's time-stamped paragraphs are the article, not a sidebar", "[furniture]") {
  const std::string text =
      "Війна в Україні: онлайн\n\n"
      "10:15\n"
      "Міністр оборони провів розмову з американським колегою, повідомили у відомстві.\n"
      "10:40\n"
      "Сторони обговорили постачання засобів протиповітряної оборони та снарядів.\n"
      "11:05\n"
      "Наступна зустріч у форматі Рамштайн відбудеться наприкінці місяця.\n";
  Document d = CleanText(text);
  CHECK(InBody(d, "Міністр оборони провів розмову з американським колегою"));
  CHECK(InBody(d, "Сторони обговорили постачання засобів"));
  CHECK(InBody(d, "Наступна зустріч у форматі Рамштайн"));
  CHECK(InBody(d, "10:40"));
}

TEST_CASE("A byline between the title and the body does not cost the title", "[furniture]") {
  Document d = CleanText(
      "Menu\n\n"
      "Crosetto e Austin: colloquio telefonico sulla sicurezza europea\n\n"
      "Mario Bianchi\n\n"
      "Il ministro della Difesa ha sentito ieri il segretario americano Lloyd Austin per fare il punto "
      "sulla sicurezza europea e sul sostegno all'Ucraina.\n");
  CHECK(InBody(d, "Crosetto e Austin: colloquio telefonico sulla sicurezza europea"));
  CHECK_FALSE(TouchesBody(d, "Mario Bianchi"));
  CHECK_FALSE(TouchesBody(d, "Menu"));
}

TEST_CASE("a widget phrase ends the article only as whole words", "[furniture]") {
  const std::string paragraph =
      "The defence ministers of Italy and Ukraine spoke by phone on Tuesday about air defence and the "
      "training of pilots, the ministry in Rome said in a statement.\n\n"
      "Both ministers agreed to meet again in Brussels next month, according to the readout.\n\n";
  // "we use cookies" inside a longer word run is not the widget; as its own words it is.
  Document kept = CleanText(paragraph + "Farmers we use cookiesheets for\n\nThe talks lasted an hour and touched on energy "
                                        "infrastructure and the winter, officials said.\n");
  CHECK(InBody(kept, "The talks lasted an hour"));
  Document cut = CleanText(paragraph + "We use cookies to improve this site\n\nThe talks lasted an hour and touched on "
                                       "energy infrastructure and the winter, officials said.\n");
  CHECK(InBody(cut, "Both ministers agreed to meet again"));
  CHECK_FALSE(TouchesBody(cut, "The talks lasted an hour"));
}

TEST_CASE("a 'you may be interested in' block of dated headlines inside the article is furniture", "[furniture]") {
  const std::string page =
      "Сибіга обговорив з Лемі підтримку України\n\n"
      "Міністр закордонних справ України Андрій Сибіга у вівторок провів телефонну розмову з "
      "британським колегою Девідом Лемі. Сторони обговорили посилення протиповітряної оборони.\n\n"
      "Вас може зацікавити:\n"
      "Зеленський та Стармер поговорили про ракети 02.03.25, 11:20\n"
      "Що відомо про зустріч Умєрова та Гегсета\n\n"
      "За словами Сибіги, Лондон готовий передати додаткові системи ППО ще до кінця року.\n";
  Document d = CleanText(page);
  CHECK(InBody(d, "Андрій Сибіга у вівторок провів телефонну розмову"));
  CHECK(InBody(d, "Лондон готовий передати додаткові системи ППО"));
  for (const char* f : {"Вас може зацікавити", "Зеленський та Стармер поговорили", "зустріч Умєрова та Гегсета"})
    CHECK_FALSE(TouchesBody(d, f));
}

TEST_CASE("A short sentence with a date after the lead is prose, not a sidebar stamp", "[furniture]") {
  // A lead followed by a one-line sentence with a date looked like a sidebar headline + timestamp,
  // and the article was taken to start below it.
  const std::string page =
      "newsline.example\n\nMENU  Latest  Most read\n\n"
      "Healey and Umerov discuss air defence\n\n"
      "Friday, April 19, 2024\n\n"
      "British Defence Secretary John Healey spoke by telephone with Rustem Umerov on Friday, April 19.\n\n"
      "Healey and Umerov last spoke on March 31.\n\n"
      "The conversation focused on air defence and on the supply of shells to Kyiv. Officials did not "
      "disclose further details.\n\n"
      "Analysts note that contacts at this level have become more frequent since the spring.\n\n"
      "Tags: defence, Ukraine\n";
  Document d = CleanText(page);
  CHECK(InBody(d, "British Defence Secretary John Healey spoke by telephone with Rustem Umerov"));
  CHECK(InBody(d, "Healey and Umerov last spoke on March 31."));
  CHECK(InBody(d, "The conversation focused on air defence"));
  CHECK(InBody(d, "Friday, April 19, 2024"));
}

TEST_CASE("Readers' comments under the article are not the article (uk, ru, en, it)", "[furniture]") {
  // Comment widgets as scrapers leave them: a prompt or a counter, then one line per comment that
  // opens with the commenter's handle ("user4217:", "oleg_kharkiv:") or handle and post time.
  Document uk = CleanText(
      "Кулеба і Сибіга: що відомо про розмову\n\n"
      "Міністр закордонних справ України провів телефонну розмову з британським колегою Девідом Леммі. "
      "Сторони обговорили посилення ППО та підготовку до зустрічі у форматі Рамштайн.\n\n"
      "Раніше міністри вже говорили про спільне виробництво снарядів, нагадали у відомстві.\n\n"
      "Ваш коментар\n"
      "oleg_kharkiv: Знову одні розмови, а снарядів як не було, так і нема.\n"
      "user5512: Путін зателефонував би сам, якби хотів миру.\n");
  CHECK(InBody(uk, "Сторони обговорили посилення ППО"));
  CHECK(InBody(uk, "нагадали у відомстві."));
  CHECK_FALSE(TouchesBody(uk, "Ваш коментар"));
  CHECK_FALSE(TouchesBody(uk, "Знову одні розмови"));
  CHECK_FALSE(TouchesBody(uk, "Путін зателефонував би сам"));

  Document ru = CleanText(
      "Лавров и Фидан обсудили ситуацию на Ближнем Востоке\n\n"
      "Министр иностранных дел России Сергей Лавров провел телефонный разговор с турецким коллегой "
      "Хаканом Фиданом, сообщили в МИД. Стороны обсудили зерновую сделку.\n\n"
      "Комментарии (2)\n"
      "Ivan_K 12:31 Опять пустые разговоры, ничего не изменится.\n"
      "Марина 14:02 Лавров звонил Фидану еще вчера, об этом писали.\n");
  CHECK(InBody(ru, "Стороны обсудили зерновую сделку."));
  CHECK_FALSE(TouchesBody(ru, "Опять пустые разговоры"));
  CHECK_FALSE(TouchesBody(ru, "Лавров звонил Фидану еще вчера"));

  // No prompt at all: the handles alone mark the comments.
  Document en = CleanText(
      "Austin and Umerov discuss air defence\n\n"
      "U.S. Defense Secretary Lloyd Austin spoke by phone with Ukraine's defence minister Rustem Umerov "
      "on Tuesday, the Pentagon said. The two discussed deliveries of Patriot interceptors.\n\n"
      "The ministers last met in Brussels in February, according to the readout.\n\n"
      "user4217: Another empty phone call between ministers, nothing will change.\n"
      "mike_d: Austin called Shoigu last week too, why is nobody reporting it?\n");
  CHECK(InBody(en, "The two discussed deliveries of Patriot interceptors."));
  CHECK(InBody(en, "The ministers last met in Brussels in February"));
  CHECK_FALSE(TouchesBody(en, "Another empty phone call"));
  CHECK_FALSE(TouchesBody(en, "Austin called Shoigu last week"));

  Document it = CleanText(
      "Tajani sente Sybiha: sostegno a Kiev\n\n"
      "Il ministro degli Esteri Antonio Tajani ha avuto un colloquio telefonico con l'omologo ucraino "
      "Andrii Sybiha. Al centro della conversazione la ricostruzione e la conferenza di Roma.\n\n"
      "Accedi per commentare\n"
      "marco1975: Ennesima telefonata inutile, lo dico da mesi.\n");
  CHECK(InBody(it, "Al centro della conversazione la ricostruzione"));
  CHECK_FALSE(TouchesBody(it, "Accedi per commentare"));
  CHECK_FALSE(TouchesBody(it, "Ennesima telefonata inutile"));
}

TEST_CASE("A name or a code before a colon is a quote or a heading, not a commenter", "[furniture]") {
  Document d = CleanText(
      "Zelensky: we expect decisions on air defence\n\n"
      "President Volodymyr Zelensky spoke with Prime Minister Keir Starmer on Monday about air defence "
      "for the southern regions, his office said.\n\n"
      "Starmer: \"Britain will stand with Ukraine for as long as it takes,\" the prime minister wrote.\n\n"
      "MH17: the Dutch prosecutors said the investigation into the downing remains open after ten years.\n");
  CHECK(InBody(d, "Zelensky: we expect decisions on air defence"));
  CHECK(InBody(d, "Starmer: \"Britain will stand with Ukraine"));
  CHECK(InBody(d, "MH17: the Dutch prosecutors said"));
}

TEST_CASE("The body's script is read from long paragraphs of every shape, and a foreign link between them goes",
          "[furniture]") {
  SECTION("English paragraphs over 300 bytes, their script from their first bytes") {
    const std::string first =
        "U.S. Defense Secretary Lloyd Austin spoke by phone with his Ukrainian counterpart Rustem Umerov on "
        "Tuesday, the Pentagon said. The two discussed air defence, the supply of artillery ammunition and "
        "preparations for the winter, and Austin reaffirmed Washington's support for Kyiv's defence. No joint "
        "statement followed.";
    const std::string second =
        "Umerov thanked Austin for the latest security assistance package and said the two had agreed to keep "
        "coordinating at every level. The next meeting of the Ukraine Defense Contact Group is due in Brussels "
        "later this month, according to officials familiar with the preparations for it. No date was announced yet.";
    REQUIRE(first.size() > 300);
    REQUIRE(second.size() > 300);
    Document d = CleanText(first + "\nУмєров і Остін обговорили протиповітряну оборону\n" + second + "\n");
    CHECK(InBody(d, first));
    CHECK(InBody(d, second));
    CHECK_FALSE(TouchesBody(d, "Умєров і Остін обговорили протиповітряну оборону"));
  }
  SECTION("Ukrainian paragraphs of 150 characters or more, plain or with typographic quotes and a dash") {
    const std::string plain =
        "Під час розмови Остін запевнив українського колегу у незмінній підтримці з боку Сполучених Штатів "
        "і пообіцяв нові пакети допомоги протягом найближчих тижнів";
    const std::string quoted =
        "«Ми домовилися продовжити координацію на всіх рівнях» — написав Умєров після розмови, додавши, що "
        "наступна зустріч відбудеться в рамках засідання «Рамштайн».";
    REQUIRE(crosscheck::util::CodePointCount(plain) >= 150);
    REQUIRE(plain.size() <= 300);
    REQUIRE(crosscheck::util::CodePointCount(quoted) >= 150);
    REQUIRE(quoted.size() <= 300);
    Document d = CleanText(plain + "\nBiden and Zelensky discuss air defence at the summit\n" + quoted + "\n");
    CHECK(InBody(d, plain));
    CHECK(InBody(d, quoted));
    CHECK_FALSE(TouchesBody(d, "Biden and Zelensky discuss air defence"));
  }
}

TEST_CASE("The fast scan of a line finds what reading it one code point at a time finds", "[furniture]") {
  // Classify reads runs of letters sixteen ASCII bytes (or lower-case Cyrillic ones) at a time and
  // folds basic Cyrillic by table; on furniture and prose lines of every script mix, and on every prefix of each (so that runs end
  // at the line's end, inside and past the last full sixteen bytes), its counts and key must be the
  // plain scan's, and the key LineKey's.
  const std::vector<std::string> lines = {
      "Читайте також: Зеленський провів телефонну розмову з Байденом",
      "ПОДПИСЫВАЙТЕСЬ НА НАШ TELEGRAM-КАНАЛ: t.me/novosti_ua",
      "• 20334 переглядiв • 16.11 18:28",
      "Ёлка, ёжик и Ёршик: «Новогодние ИСТОРИИ» — 25.06.2024",
      "Пётр Семёнович всё ещё пьёт чай; межконтинентальные высокотехнологичные контрнаступления",
      "Зв'язок з Ґудзем — 12:31, ЁЛКА; їжак, Євген, Ірпінь",
      "Internationalization and counterintelligence: WASHINGTON'S Zelenskyy’s view",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyzabcdefghij 1234567890",
      "Più letti: L’ultima telefonata dell'anno è durata un'ora (FOTO)",
      "Sign up for our newsletter — Підпишіться на розсилку — Подпишитесь на рассылку",
      "user4217: Who believes this? Олег_К 12:31 Ще одна порожня розмова…",
      "Zelenskyy’s call with Biden — 👁 1 204 ⏱ 3 min",
      "Mixed МОСКВАmoscow КиївKyiv ОдесаODESA x",
      "e\xCC\x81te\xCC\x81 cafe\xCC\x81 — combining marks in a word",
      "Україна і США обговорили посилення протиповітряної оборони та постачання снарядів напередодні зими.",
      "Sunak and Biden last spoke on March 31. They discussed air defence and the supply of weapons to Kyiv.",
  };
  size_t checked = 0, differ = 0;
  for (const std::string& line : lines) {
    for (size_t len = 1; len <= line.size(); ++len) {
      std::string_view prefix(line.data(), len);
      if (len < line.size() && (static_cast<unsigned char>(line[len]) & 0xC0) == 0x80)
        continue;  // inside a code point: not a line of text
      ++checked;
      if (!ingest::FastScanAgrees(prefix)) {
        ++differ;
        UNSCOPED_INFO("differs: " << prefix);
      }
    }
  }
  CHECK(checked > 500);
  CHECK(differ == 0);
}

TEST_CASE("Widget phrases of any length are found at any word of a line", "[furniture]") {
  // Phrases are looked up by their first four bytes; a phrase of fewer bytes ("ads", one Cyrillic
  // letter and a space) is compared at every word instead.
  std::string dir = crosscheck::testing::TempDir("furn-widget");
  crosscheck::testing::WriteFile(
      dir + "/xx.json", R"({"lang": "xx", "widget": ["ads", "я", "leave a comment", "усі права захищені"]})");
  ingest::Furniture f;
  REQUIRE(f.LoadFile(dir + "/xx.json").ok());
  const std::string body =
      "Міністр оборони України Рустем Умєров провів телефонну розмову з Ллойдом Остіном, повідомили в "
      "міністерстві.\nСторони обговорили постачання снарядів і підготовку пілотів до зими.\n";
  const std::string after = "\nThe talks lasted an hour and touched on energy, officials said.\n";
  for (const char* widget : {"Sponsored ads", "Ads", "Скажи я", "Please leave a comment",
                                    "© 2024 Укрінформ. Усі права захищені."}) {
    std::string text = body + widget + after;
    auto spans = f.FindBody(text);
    REQUIRE_FALSE(spans.empty());
    CHECK(spans.back().end < text.find(widget));  // the widget ends the article
  }
  std::string text = body + "Adsorption of the comment leaves, a comments section" + after;
  CHECK(f.FindBody(text).back().end == text.size() - 1);  // no phrase as whole words: the article goes on
}

TEST_CASE("A thread that has remembered more lines than it keeps answers as before", "[furniture]") {
  // The memo forgets every line at once when full; lines seen before and after must get the same
  // answers as on first reading.
  ingest::Furniture f;
  REQUIRE(f.Load({crosscheck::testing::RulesDir()}).ok());
  const std::string page =
      "Головна | Новини | Політика\nЧитайте також:\nУ Києві відбулася зустріч міністрів\n"
      "Міністр оборони України Рустем Умєров провів телефонну розмову з Ллойдом Остіном, повідомили в "
      "міністерстві оборони.\n• 20334 переглядiв\n";
  const auto first = f.FindBody(page);
  REQUIRE_FALSE(first.empty());
  for (int i = 0; i < 40000; ++i) {
    std::string menu = "Рубрика " + std::to_string(i) + "\nThe article number " + std::to_string(i) +
                       " is long enough to be prose, with a sentence that ends here.\n";
    f.FindBody(menu);
  }
  const auto again = f.FindBody(page);
  REQUIRE(again.size() == first.size());
  for (size_t i = 0; i < first.size(); ++i) {
    CHECK(again[i].start == first[i].start);
    CHECK(again[i].end == first[i].end);
  }
}
