// A comments heading with its count ("Comments (34)", "Коментарі (3)", "Комментарии (12)", "Commenti (5)")
// ends the article:
// the thread under it — handles on lines of their own, replies, "Load more" — is readers' talk,
// whatever events it mentions. A "Comments" link in the menu above the article costs nothing.
#include <catch2/catch.hpp>

#include "ingest_test_util.h"

using namespace crosscheck;
using crosscheck::testing::CleanText;
using crosscheck::testing::InBody;
using crosscheck::testing::TouchesBody;

TEST_CASE("A comments heading ends the article; its thread is not the article (en, uk, ru, it)", "[furniture]") {
  Document en = CleanText(
      "Menu\nWorld\nSubscribe\n"
      "Austin, Belousov Hold Second Call in Less Than a Month\n"
      "U.S. Defense Secretary Lloyd Austin spoke with his Russian counterpart Andrei Belousov on Friday, the "
      "Pentagon said, the second such call in less than a month.\n"
      "The previous call, on June 25, was initiated by Austin.\n"
      "Comments (34)\n"
      "JohnSmith77 · 2h\n"
      "Austin should not be talking to Belousov at all. Biden called Putin last week anyway.\n"
      "Reply\n"
      "Jane_D · 1h\n"
      "Fake news, they met in person on Thursday.\n"
      "Load more comments\n");
  CHECK(InBody(en, "the second such call in less than a month."));
  CHECK(InBody(en, "The previous call, on June 25, was initiated by Austin."));
  CHECK_FALSE(TouchesBody(en, "Biden called Putin last week"));
  CHECK_FALSE(TouchesBody(en, "they met in person on Thursday"));

  Document uk = CleanText(
      "Головна / Світ\n"
      "Остін і Бєлоусов провели телефонну розмову — вдруге за місяць\n"
      "Міністр оборони США Ллойд Остін у п'ятницю, 12 липня, провів телефонну розмову з російським колегою "
      "Андрієм Бєлоусовим.\n"
      "Ініціатором розмови виступила російська сторона, повідомили у Пентагоні.\n"
      "Коментарі (3)\n"
      "Олег, 2 години тому\n"
      "Остін говорив з Шойгу минулого тижня, а ви мовчите.\n");
  CHECK(InBody(uk, "Ініціатором розмови виступила російська сторона"));
  CHECK_FALSE(TouchesBody(uk, "Остін говорив з Шойгу минулого тижня"));

  Document ru = CleanText(
      "Лавров и Фидан обсудили ситуацию на Ближнем Востоке\n"
      "Министр иностранных дел России Сергей Лавров провел телефонный разговор с турецким коллегой Хаканом "
      "Фиданом, сообщили в МИД. Стороны обсудили зерновую сделку.\n"
      "Комментарии (12)\n"
      "Петр Иванов\n"
      "Лавров встречался с Фиданом в Анкаре еще в понедельник.\n");
  CHECK(InBody(ru, "Стороны обсудили зерновую сделку."));
  CHECK_FALSE(TouchesBody(ru, "Лавров встречался с Фиданом в Анкаре"));

  Document it = CleanText(
      "Tajani sente Sybiha: sostegno a Kiev\n"
      "Il ministro degli Esteri Antonio Tajani ha avuto un colloquio telefonico con l'omologo ucraino Andrii "
      "Sybiha. Al centro della conversazione la ricostruzione e la conferenza di Roma.\n"
      "Commenti (5)\n"
      "Marco R.\n"
      "Tajani ha incontrato Sybiha a Roma la settimana scorsa, altro che telefonata.\n");
  CHECK(InBody(it, "Al centro della conversazione la ricostruzione"));
  CHECK_FALSE(TouchesBody(it, "Tajani ha incontrato Sybiha a Roma"));

  // In the menu above the article, the same word is a link: the article is whole.
  Document menu = CleanText(
      "Home\nWorld\nComments\nLogin\n"
      "Austin and Belousov hold call\n"
      "U.S. Defense Secretary Lloyd Austin spoke with his Russian counterpart Andrei Belousov on Friday, the "
      "Pentagon said.\n"
      "The two discussed ways to reduce risk, according to a readout.\n");
  CHECK(InBody(menu, "U.S. Defense Secretary Lloyd Austin spoke with his Russian counterpart"));
  CHECK(InBody(menu, "The two discussed ways to reduce risk"));
}
