// The time tagger through the real pipeline path (Analyser + Tagger, shipped rules/time), on
// sentences written for these tests in each language.
#include <catch2/catch.hpp>

#include "engine/tag/time_resolve.h"
#include "time_test_util.h"

using crosscheck::testing::First;
using crosscheck::testing::Times;
using V = std::vector<std::string>;

// ---------------------------------------------------------------- English

TEST_CASE("en: day and month dates, open year without an anchor", "[time][en]") {
  CHECK(First("The ministers spoke by phone on 25 June.", "en") == "date --06-25");
  CHECK(First("The ministers spoke by phone on June 25th.", "en") == "date --06-25");
  CHECK(First("They last met on the 3rd of March.", "en") == "date --03-03");
  CHECK(First("A call took place on Sept. 14, 2022, the Pentagon said.", "en") == "date 2022-09-14");
  CHECK(First("Austin and Shoigu spoke on May 13, 2022.", "en") == "date 2022-05-13");
  CHECK(First("The talks were held on 1 December 2023 in Geneva.", "en") == "date 2023-12-01");
  CHECK(First("Officials confirmed the Jan 5 exchange.", "en") == "date --01-05");
  CHECK(First("the twentieth of October was busy", "en") == "date --10-20");
}

TEST_CASE("en: months, month and year, years", "[time][en]") {
  CHECK(First("The previous call took place in March 2023.", "en") == "date 2023-03");
  CHECK(First("It was the first call since May.", "en") == "month --05");
  CHECK(First("No contact had been made in May of 2022.", "en") == "date 2022-05");
  CHECK(First("Talks stalled in early February.", "en") == "month --02");
  CHECK(First("The treaty expires starting in 2026.", "en") == "year 2026");
  CHECK(First("They may meet again soon.", "en").empty());  // the verb, not the month
}

TEST_CASE("en: numeric dates, day-first unless only month-first reads", "[time][en]") {
  CHECK(First("Posted 12/07/2024 by the press office.", "en") == "date 2024-07-12");
  CHECK(First("Posted 07/13/2024 by the press office.", "en") == "date 2024-07-13");
  CHECK(First("Filed 2024-07-12 at noon.", "en") == "date 2024-07-12");
  CHECK(First("Updated 11.07.24, 14:27", "en") == "date 2024-07-11");
  // One date only month-first can read makes the document US style.
  CHECK(Times("Filed 07/13/2024; amended 03/07/2024.", "en") == V{"date 2024-07-13", "date 2024-03-07"});
}

TEST_CASE("en: weekdays, alone and next to a date", "[time][en]") {
  CHECK(First("On Friday, July 12, the defense ministers spoke.", "en") == "date --07-12 wd=4");
  CHECK(First("On Friday, July 12, the defense ministers spoke.", "en", "2024-07-13") ==
        "date 2024-07-12 wd=4 basis=publication");
  CHECK(First("The ministers spoke last Friday.", "en", "2024-07-15") ==
        "weekday 2024-07-12 wd=4 rel=weekday-1@publication basis=publication");
  CHECK(First("The ministers spoke on Tuesday.", "en", "2024-06-26") ==
        "weekday 2024-06-25 wd=1 rel=weekday0@publication basis=publication");
  CHECK(First("The ministers spoke on Tuesday.", "en") == "weekday ? wd=1 rel=weekday0@publication");
}

TEST_CASE("en: relative days, weeks and years", "[time][en]") {
  CHECK(First("Austin spoke with Belousov yesterday.", "en", "2024-06-26") ==
        "relative 2024-06-25 rel=day-1@publication basis=publication");
  CHECK(First("Austin spoke with Belousov yesterday.", "en") == "relative ? rel=day-1@publication");
  CHECK(First("The Pentagon confirmed the call today.", "en", "2024-06-26") ==
        "relative 2024-06-26 rel=day0@publication basis=publication");
  CHECK(First("The Kremlin responded the next day.", "en", "2024-06-26") == "relative ? rel=day1@previous");
  CHECK(First("The Kremlin had been warned the day before.", "en") == "relative ? rel=day-1@previous");
  CHECK(First("A second call followed 48 hours later.", "en") == "relative ? rel=day2@previous");
  CHECK(First("Two days later the ministers spoke again.", "en") == "relative ? rel=day2@previous");
  CHECK(First("They met three days ago.", "en", "2024-06-26") ==
        "relative 2024-06-23 rel=day-3@publication basis=publication");
  CHECK(First("It was their second call this year.", "en", "2024-06-26") ==
        "year 2024 rel=year0@publication basis=publication");
  CHECK(First("A similar call happened last week.", "en") == "relative ? rel=week-1@publication");
}

TEST_CASE("en: ranges and lists", "[time][en]") {
  CHECK(First("Only in the period from October 21 to October 23, five calls were held.", "en") ==
        "range --10-21..--10-23");
  CHECK(First("The NATO summit in Washington on July 9-11 ended.", "en") == "range --07-09..--07-11");
  CHECK(First("The exercise ran from 21 to 23 October 2022.", "en") == "range 2022-10-21..2022-10-23");
  CHECK(First("Talks ran from 30 June to 2 July.", "en") == "range --06-30..--07-02");
  CHECK(First("The delegations met between 9 and 11 July.", "en") == "range --07-09..--07-11");
  CHECK(First("The ministers spoke on 21 and 23 October.", "en") == "list --10-21 [--10-21 --10-23]");
  CHECK(First("The ministers spoke on October 21 and 23, 2022.", "en") == "list 2022-10-21 [2022-10-21 2022-10-23]");
}

TEST_CASE("en: numbers that are not dates", "[time][en]") {
  CHECK(Times("Russia lost 10 tanks and 194 vehicles in 5 months.", "en").empty());
  CHECK(Times("The statement came at 19:50 local time.", "en").empty());
  CHECK(Times("Around 10,000 troops and 3.5 million rounds were sent.", "en").empty());
  CHECK(Times("Version 1.2.3 of the report lists 2000 soldiers.", "en").empty());
}

// ---------------------------------------------------------------- Ukrainian

TEST_CASE("uk: day and month dates in every case", "[time][uk]") {
  CHECK(First("Телефонна розмова відбулася 25 червня.", "uk") == "date --06-25");
  CHECK(First("Переговори відбулися 12 липня 2024 року.", "uk") == "date 2024-07-12");
  CHECK(First("Заяву оприлюднили 3 берез. 2023 р.", "uk") == "date 2023-03-03");
  CHECK(First("Міністри говорили 1 грудня 2023 р. у Женеві.", "uk") == "date 2023-12-01");
  CHECK(First("Домовленість досягнута 5 лютого.", "uk") == "date --02-05");
  CHECK(First("У п'ятницю, 12 липня, відбулася розмова.", "uk") == "date --07-12 wd=4");
}

TEST_CASE("uk: months, month and year, years", "[time][uk]") {
  CHECK(First("Попередня розмова відбулася у березні 2023 року.", "uk") == "date 2023-03");
  CHECK(First("Це перша розмова з травня.", "uk") == "month --05");
  CHECK(First("Контакти припинилися в лютому.", "uk") == "month --02");
  CHECK(First("Договір діятиме до 2026 року.", "uk") == "year 2026");
  CHECK(First("Наприкінці листопада сторони зустрінуться.", "uk") == "month --11");
  CHECK(First("У березні минулого року розмови не було.", "uk", "2024-06-26") ==
        "date 2023-03 rel=year-1@publication basis=publication");
}

TEST_CASE("uk: numeric dates and weekdays", "[time][uk]") {
  // With its "Опубліковано" label opening the line, the stamp is the page's dateline.
  CHECK(First("Опубліковано 11.07.2024 о 14:27.", "uk") == "dateline 2024-07-11");
  CHECK(First("Повідомлення від 03.07.24 підтвердили.", "uk") == "date 2024-07-03");
  CHECK(First("Розмова відбулася у п'ятницю.", "uk", "2024-07-15") ==
        "weekday 2024-07-12 wd=4 rel=weekday0@publication basis=publication");
  CHECK(First("Розмова відбулася минулої п'ятниці.", "uk", "2024-07-15") ==
        "weekday 2024-07-12 wd=4 rel=weekday-1@publication basis=publication");
  CHECK(First("Зустріч призначено на наступний вівторок.", "uk", "2024-07-15") ==
        "weekday 2024-07-16 wd=1 rel=weekday1@publication basis=publication");
}

TEST_CASE("uk: relative words", "[time][uk]") {
  CHECK(First("Вчора міністри провели розмову.", "uk", "2024-06-26") ==
        "relative 2024-06-25 rel=day-1@publication basis=publication");
  CHECK(First("Сьогодні Пентагон підтвердив розмову.", "uk", "2024-06-26") ==
        "relative 2024-06-26 rel=day0@publication basis=publication");
  CHECK(First("Наступного дня Кремль відповів.", "uk") == "relative ? rel=day1@previous");
  CHECK(First("Напередодні сторони обмінялися заявами.", "uk") == "relative ? rel=day-1@previous");
  CHECK(First("Через два дні міністри знову говорили.", "uk") == "relative ? rel=day2@previous");
  CHECK(First("Це друга розмова цього року.", "uk", "2024-06-26") ==
        "year 2024 rel=year0@publication basis=publication");
  CHECK(First("Торік таких розмов не було.", "uk", "2024-06-26") ==
        "year 2023 rel=year-1@publication basis=publication");
}

TEST_CASE("uk: ranges and lists", "[time][uk]") {
  CHECK(First("Саміт НАТО тривав з 9 по 11 липня.", "uk") == "range --07-09..--07-11");
  CHECK(First("Навчання тривали 9–11 липня 2024 року.", "uk") == "range 2024-07-09..2024-07-11");
  CHECK(First("Місія працювала з 30 червня до 2 липня.", "uk") == "range --06-30..--07-02");
  CHECK(First("Розмови відбулися 21 і 23 жовтня.", "uk") == "list --10-21 [--10-21 --10-23]");
  CHECK(First("Розмови відбулися 21 та 23 жовтня 2022 року.", "uk") == "list 2022-10-21 [2022-10-21 2022-10-23]");
}

TEST_CASE("uk: numbers that are not dates", "[time][uk]") {
  CHECK(Times("Росія втратила 10 танків і 194 гармати за 5 місяців.", "uk").empty());
  CHECK(Times("Заява з'явилася о 19:50.", "uk").empty());
}

// ---------------------------------------------------------------- Russian

TEST_CASE("ru: day and month dates in every case", "[time][ru]") {
  CHECK(First("Разговор состоялся 25 июня.", "ru") == "date --06-25");
  CHECK(First("Переговоры прошли 12 июля 2024 года.", "ru") == "date 2024-07-12");
  CHECK(First("Встреча намечена на 1-го декабря 2023 г.", "ru") == "date 2023-12-01");
  CHECK(First("Соглашение подписано 5 фев. 2022 г.", "ru") == "date 2022-02-05");
  CHECK(First("В пятницу, 12 июля, министры поговорили.", "ru") == "date --07-12 wd=4");
}

TEST_CASE("ru: months, month and year, years", "[time][ru]") {
  CHECK(First("Предыдущий разговор был в марте 2023 года.", "ru") == "date 2023-03");
  CHECK(First("Это первый контакт с февраля.", "ru") == "month --02");
  CHECK(First("Договор действует до 2026 года.", "ru") == "year 2026");
  CHECK(First("В конце мая стороны встретятся.", "ru") == "month --05");
  CHECK(First("В марте прошлого года связи не было.", "ru", "2024-06-26") ==
        "date 2023-03 rel=year-1@publication basis=publication");
}

TEST_CASE("ru: numeric dates and weekdays", "[time][ru]") {
  CHECK(First("Обновлено 12.07.2024, 14:27 по Москве.", "ru") == "date 2024-07-12");
  CHECK(First("Министры поговорили в минувшую пятницу.", "ru", "2024-07-15") ==
        "weekday 2024-07-12 wd=4 rel=weekday-1@publication basis=publication");
  CHECK(First("Министры поговорили в среду.", "ru", "2024-07-15") ==
        "weekday 2024-07-10 wd=2 rel=weekday0@publication basis=publication");
}

TEST_CASE("ru: relative words", "[time][ru]") {
  CHECK(First("Вчера министры провели переговоры.", "ru", "2024-06-26") ==
        "relative 2024-06-25 rel=day-1@publication basis=publication");
  CHECK(First("Сегодня Кремль подтвердил звонок.", "ru", "2024-06-26") ==
        "relative 2024-06-26 rel=day0@publication basis=publication");
  CHECK(First("На следующий день Пентагон ответил.", "ru") == "relative ? rel=day1@previous");
  CHECK(First("Накануне стороны обменялись заявлениями.", "ru") == "relative ? rel=day-1@previous");
  CHECK(First("Спустя 48 часов министры снова созвонились.", "ru") == "relative ? rel=day2@previous");
  CHECK(First("Два дня спустя министры снова созвонились.", "ru") == "relative ? rel=day2@previous");
  CHECK(First("Это второй звонок в этом году.", "ru", "2024-06-26") ==
        "year 2024 rel=year0@publication basis=publication");
  CHECK(First("На прошлой неделе был похожий звонок.", "ru") == "relative ? rel=week-1@publication");
}

TEST_CASE("ru: ranges and lists", "[time][ru]") {
  CHECK(First("Саммит проходил с 9 по 11 июля.", "ru") == "range --07-09..--07-11");
  CHECK(First("Учения прошли 9—11 июля 2024 года.", "ru") == "range 2024-07-09..2024-07-11");
  CHECK(First("Звонки состоялись 21 и 23 октября.", "ru") == "list --10-21 [--10-21 --10-23]");
  CHECK(First("Звонки состоялись 21, 22 и 23 октября.", "ru") == "list --10-21 [--10-21 --10-22 --10-23]");
}

TEST_CASE("ru: numbers that are not dates", "[time][ru]") {
  CHECK(Times("Россия потеряла 10 танков и 194 орудия за 5 месяцев.", "ru").empty());
  CHECK(Times("В июне 12 тысяч человек вышли на улицы.", "ru") == V{"month --06"});
}

// ---------------------------------------------------------------- Italian

TEST_CASE("it: day and month dates", "[time][it]") {
  CHECK(First("La telefonata è avvenuta il 25 giugno.", "it") == "date --06-25");
  CHECK(First("La telefonata è avvenuta il 1° luglio 2024.", "it") == "date 2024-07-01");
  CHECK(First("I ministri si sono sentiti l'11 luglio.", "it") == "date --07-11");
  CHECK(First("Venerdì 12 luglio i ministri hanno parlato.", "it") == "date --07-12 wd=4");
  CHECK(First("L'accordo è del 5 febbraio 2022.", "it") == "date 2022-02-05");
}

TEST_CASE("it: months, month and year, years", "[time][it]") {
  CHECK(First("La precedente telefonata risale al marzo 2023.", "it") == "date 2023-03");
  CHECK(First("È il primo contatto da maggio.", "it") == "month --05");
  CHECK(First("Il trattato scade nel 2026.", "it") == "year 2026");
  CHECK(First("All'inizio di maggio le parti si incontreranno.", "it") == "month --05");
}

TEST_CASE("it: numeric dates and weekdays", "[time][it]") {
  CHECK(First("Pubblicato il 12/07/2024 alle 14:27.", "it") == "dateline 2024-07-12");
  CHECK(First("I ministri si sono sentiti venerdì scorso.", "it", "2024-07-15") ==
        "weekday 2024-07-12 wd=4 rel=weekday-1@publication basis=publication");
  CHECK(First("I ministri si sono sentiti giovedì.", "it", "2024-07-15") ==
        "weekday 2024-07-11 wd=3 rel=weekday0@publication basis=publication");
}

TEST_CASE("it: relative words", "[time][it]") {
  CHECK(First("Ieri i ministri hanno parlato.", "it", "2024-06-26") ==
        "relative 2024-06-25 rel=day-1@publication basis=publication");
  CHECK(First("Oggi il Cremlino ha confermato.", "it", "2024-06-26") ==
        "relative 2024-06-26 rel=day0@publication basis=publication");
  CHECK(First("Il giorno dopo il Pentagono ha risposto.", "it") == "relative ? rel=day1@previous");
  CHECK(First("Due giorni dopo i ministri si sono risentiti.", "it") == "relative ? rel=day2@previous");
  CHECK(First("È la seconda telefonata quest'anno.", "it", "2024-06-26") ==
        "year 2024 rel=year0@publication basis=publication");
  CHECK(First("L'anno scorso non ci furono contatti.", "it", "2024-06-26") ==
        "year 2023 rel=year-1@publication basis=publication");
}

TEST_CASE("it: ranges and lists", "[time][it]") {
  CHECK(First("Il vertice si è svolto dal 9 all'11 luglio.", "it") == "range --07-09..--07-11");
  CHECK(First("Il vertice si è svolto dal 9 al 11 luglio 2024.", "it") == "range 2024-07-09..2024-07-11");
  CHECK(First("Le telefonate del 21 e 23 ottobre.", "it") == "list --10-21 [--10-21 --10-23]");
}

TEST_CASE("it: numbers that are not dates", "[time][it]") {
  CHECK(Times("La Russia ha perso 71 carri armati e 194 cannoni in 5 mesi.", "it").empty());
  CHECK(Times("Il comunicato è arrivato alle 19:50.", "it").empty());
}

// ---------------------------------------------------------------- resolution and datelines

TEST_CASE("Yearless dates resolve to the most recent one before publication", "[time][resolve]") {
  CHECK(First("The call took place on 25 June.", "en", "2024-06-26") == "date 2024-06-25 basis=publication");
  // A date months after publication is last year's.
  CHECK(First("Розмова відбулася 25 грудня.", "uk", "2024-06-26") == "date 2023-12-25 basis=publication");
  // A few days ahead is still this year's (announcements).
  CHECK(First("Встреча пройдет 28 июня.", "ru", "2024-06-26") == "date 2024-06-28 basis=publication");
  // A range across the new year.
  CHECK(First("Il vertice dal 30 dicembre al 2 gennaio.", "it", "2024-01-10") ==
        "range 2023-12-30..2024-01-02 basis=publication");
  CHECK(First("in May", "en", "2024-03-01") == "month 2023-05 basis=publication");
}

TEST_CASE("A stated weekday decides the year when publication alone would not", "[time][resolve]") {
  using crosscheck::tag::YearsWhereWeekdayFits;
  CHECK(YearsWhereWeekdayFits(7, 12, 4, 2020, 2026) == std::vector<int>{2024});
  CHECK(YearsWhereWeekdayFits(2, 29, 3, 2000, 2030) == std::vector<int>{2024});
  CHECK(YearsWhereWeekdayFits(6, 25, 1, 2020, 2026) == std::vector<int>{2024});
  // Published in early 2025, "Friday, July 12" is 2024's (2024-07-12 was a Friday).
  CHECK(First("On Friday, July 12, the ministers spoke.", "en", "2025") == "date 2024-07-12 wd=4 basis=weekday");
}

TEST_CASE("Datelines become kDateline and give the publication date", "[time][dateline]") {
  using crosscheck::testing::MakeDoc;
  using crosscheck::testing::TagDoc;
  auto doc = MakeDoc("Сторони домовилися про діалог — Reuters\n\n29 січня, 19:50\n\nСторони домовилися 5 лютого.", "uk");
  auto tagged = TagDoc(doc);
  REQUIRE(tagged.times.size() == 2);
  CHECK(tagged.times[0].kind == crosscheck::tag::TimeKind::kDateline);
  CHECK(tagged.times[0].written == "29 січня, 19:50");
  std::string method;
  auto pub = crosscheck::tag::InferPublished(doc, tagged, &method);
  REQUIRE(pub);
  CHECK(pub->ToIso() == "--01-29");
  CHECK(method == "dateline");

  auto ru = MakeDoc("Министры поговорили\n12 июля 2024, 14:27\nВчера министры провели переговоры.", "ru");
  auto ru_tagged = TagDoc(ru);
  auto ru_pub = crosscheck::tag::InferPublished(ru, ru_tagged, &method);
  REQUIRE(ru_pub);
  CHECK(ru_pub->ToIso() == "2024-07-12");
  ru.published = ru_pub;
  crosscheck::tag::ResolveTimes(ru, &ru_tagged);
  CHECK(crosscheck::testing::Describe(ru_tagged.times.back()) ==
        "relative 2024-07-11 rel=day-1@publication basis=publication");
}

TEST_CASE("A time before a numeric date on its own line is a dateline, and beats a relative date", "[time][dateline]") {
  using crosscheck::testing::MakeDoc;
  using crosscheck::testing::TagDoc;
  std::string method;
  // A scraped page: headline, "time date" stamp, then a lead with "вчера, 8 октября".
  auto ru = MakeDoc("Глава Пентагона обсудил ситуацию с британским коллегой\n\n18:16 09.10.2024\n\n"
                    "Ллойд Остин вчера, 8 октября, обсудил по телефону с Джоном Хили ситуацию на Украине.",
                    "ru");
  auto pub = crosscheck::tag::InferPublished(ru, TagDoc(ru), &method);
  REQUIRE(pub);
  CHECK(pub->ToIso() == "2024-10-09");
  CHECK(method == "dateline");
  auto uk = MakeDoc("Умєров провів розмову з Остіном\n14:05 | 21.11.2023\nМіністри обговорили постачання.", "uk");
  pub = crosscheck::tag::InferPublished(uk, TagDoc(uk), &method);
  REQUIRE(pub);
  CHECK(pub->ToIso() == "2023-11-21");
  // A time and a date inside a sentence are not a dateline.
  auto it = MakeDoc("Il colloquio\nAlle 18:16 del 09.10.2024 i ministri si sono sentiti al telefono.", "it");
  CHECK_FALSE(crosscheck::tag::InferPublished(it, TagDoc(it), &method));
}

TEST_CASE("Yesterday next to a date at the top gives publication = date + 1", "[time][dateline]") {
  using crosscheck::testing::MakeDoc;
  using crosscheck::testing::TagDoc;
  std::string method;
  auto doc = MakeDoc("Перші переговори\n\nВчора, 25 червня,\n\nвідбулися переговори міністрів.", "uk");
  auto pub = crosscheck::tag::InferPublished(doc, TagDoc(doc), &method);
  REQUIRE(pub);
  CHECK(pub->ToIso() == "--06-26");
  CHECK(method == "relative");
  auto en = MakeDoc("Yesterday, June 25, 2024, the ministers spoke.", "en");
  auto en_pub = crosscheck::tag::InferPublished(en, TagDoc(en), &method);
  REQUIRE(en_pub);
  CHECK(en_pub->ToIso() == "2024-06-26");
  // A date deep in the text is not a dateline.
  auto deep = MakeDoc(std::string(300, 'x') + "\n" + std::string(300, 'y') + "\n" + std::string(300, 'z') +
                          "\n12 июля 2024, 14:27\n",
                      "ru");
  CHECK_FALSE(crosscheck::tag::InferPublished(deep, TagDoc(deep), &method));
}

// ---------------------------------------------------------------- more forms per language

TEST_CASE("en: possessives, abbreviations, year starts", "[time][en]") {
  CHECK(First("Friday's call was the first since March.", "en", "2024-07-15") ==
        "weekday 2024-07-12 wd=4 rel=weekday0@publication basis=publication");
  CHECK(First("Yesterday's call lasted an hour.", "en", "2024-07-15") ==
        "relative 2024-07-14 rel=day-1@publication basis=publication");
  CHECK(First("It was the second call since the beginning of the year.", "en", "2024-07-15") ==
        "year 2024 rel=year0@publication basis=publication");
  CHECK(First("The contacts resumed in Dec. 2022.", "en") == "date 2022-12");
  CHECK(First("A month later they spoke again.", "en") == "month ? rel=month1@previous");
  CHECK(First("The call came on June 25 last year.", "en", "2024-03-01") ==
        "date 2023-06-25 rel=year-1@publication basis=publication");
}

TEST_CASE("ru: more forms", "[time][ru]") {
  CHECK(First("Звонок состоялся 13-го мая.", "ru") == "date --05-13");
  CHECK(First("Звонок состоялся 13 мая с.г.", "ru", "2024-07-01") ==
        "date 2024-05-13 rel=year0@publication basis=publication");
  CHECK(First("Министры говорили 25 июня прошлого года.", "ru", "2024-03-01") ==
        "date 2023-06-25 rel=year-1@publication basis=publication");
  CHECK(First("Переговоры прошли во вторник, 25 июня.", "ru") == "date --06-25 wd=1");
  CHECK(First("Министры созвонились в четверг.", "ru", "2024-06-29") ==
        "weekday 2024-06-27 wd=3 rel=weekday0@publication basis=publication");
  CHECK(First("Три дня назад министры созвонились.", "ru", "2024-06-29") ==
        "relative 2024-06-26 rel=day-3@publication basis=publication");
  CHECK(First("Через неделю стороны встретились снова.", "ru") == "relative ? rel=day7@previous");
  CHECK(First("Стороны созвонились в тот же день.", "ru") == "relative ? rel=day0@previous");
  CHECK(First("Контактов не было с 2022 года.", "ru") == "year 2022");
  CHECK(First("Контакты шли с мая по июль.", "ru") == "range --05..--07");
  CHECK(First("Данные за 2022—2024 годы.", "ru") == "range 2022..2024");
  CHECK(First("Звонок был 5 декабря 2023 г. и касался Украины.", "ru") == "date 2023-12-05");
}

TEST_CASE("it: more forms", "[time][it]") {
  CHECK(First("La telefonata è avvenuta il 1º luglio.", "it") == "date --07-01");
  CHECK(First("Il 25 giugno scorso i ministri hanno parlato.", "it") == "date --06-25");
  CHECK(First("Martedì 25 giugno 2024 i ministri hanno parlato.", "it") == "date 2024-06-25 wd=1");
  CHECK(First("Tre giorni fa i ministri hanno parlato.", "it", "2024-06-29") ==
        "relative 2024-06-26 rel=day-3@publication basis=publication");
  CHECK(First("Dopo due giorni i ministri si sono risentiti.", "it") == "relative ? rel=day2@previous");
  CHECK(First("Lo stesso giorno il Cremlino ha risposto.", "it") == "relative ? rel=day0@previous");
  CHECK(First("La settimana scorsa c'era stata un'altra telefonata.", "it") == "relative ? rel=week-1@publication");
  CHECK(First("Le esercitazioni si sono svolte tra il 9 e l'11 luglio.", "it") == "range --07-09..--07-11");
  CHECK(First("Le telefonate del 25 e del 26 giugno.", "it") == "list --06-25 [--06-25 --06-26]");
  CHECK(First("Dal 30 giugno al 2 luglio si è svolto il vertice.", "it") == "range --06-30..--07-02");
  CHECK(First("Le telefonate del 21, 22 e 23 ottobre.", "it") == "list --10-21 [--10-21 --10-22 --10-23]");
  CHECK(First("Non ci sono stati contatti dal 2022.", "it") == "year 2022");
  CHECK(First("Il contatto è avvenuto a marzo dell'anno scorso.", "it", "2024-06-26") ==
        "date 2023-03 rel=year-1@publication basis=publication");
  CHECK(First("Fonti: il 3 aprile 2022 ci fu un colloquio.", "it") == "date 2022-04-03");
  CHECK(First("Il vertice è previsto per domani.", "it", "2024-06-26") ==
        "relative 2024-06-27 rel=day1@publication basis=publication");
}

TEST_CASE("uk: more forms", "[time][uk]") {
  CHECK(First("Розмова відбулася 25-го червня.", "uk") == "date --06-25");
  CHECK(First("Розмова відбулася 25 червня ц.р.", "uk", "2024-07-01") ==
        "date 2024-06-25 rel=year0@publication basis=publication");
  CHECK(First("Три дні тому міністри говорили.", "uk", "2024-06-29") ==
        "relative 2024-06-26 rel=day-3@publication basis=publication");
  CHECK(First("Того ж дня Кремль відповів.", "uk") == "relative ? rel=day0@previous");
  CHECK(First("Минулого тижня була схожа розмова.", "uk") == "relative ? rel=week-1@publication");
  CHECK(First("Розмови тривали з травня по липень 2023 року.", "uk") == "range 2023-05..2023-07");
}

TEST_CASE("Datelines in every language and layout", "[time][dateline]") {
  CHECK(First("12 July 2024, 14:27 GMT\nThe ministers spoke.", "en") == "dateline 2024-07-12");
  CHECK(First("KYIV, July 12 (UNN) - The ministers spoke by phone.", "en") == "dateline --07-12");
  CHECK(First("Friday, 12 July 2024\nThe ministers spoke.", "en") == "dateline 2024-07-12 wd=4");
  CHECK(First("Опубліковано 29 січня 2025 о 19:50. Сторони домовилися.", "uk") == "dateline 2025-01-29");
  CHECK(First("29.01.2025, 19:50\nСторони домовилися.", "uk") == "dateline 2025-01-29");
  CHECK(First("12 июля 2024, 14:27 МСК\nМинистр заявил.", "ru") == "dateline 2024-07-12");
  CHECK(First("Pubblicato il 12 luglio 2024 alle 14:27\nI ministri hanno parlato.", "it") ==
        "dateline 2024-07-12");
  CHECK(First("12 luglio 2024 - I ministri hanno parlato.", "it") == "dateline 2024-07-12");
  // Inside a sentence, a date is only a date.
  CHECK(First("I ministri hanno parlato il 12 luglio 2024 a lungo.", "it") == "date 2024-07-12");
}

TEST_CASE("A 'Published' label before a numeric date makes it the dateline", "[time][dateline]") {
  CHECK(First("Опубліковано 03.10.2021\n\nМіністри провели телефонну розмову.", "uk") == "dateline 2021-10-03");
  CHECK(First("Опубликовано: 17.04.2022, 09:12\nМинистры провели переговоры.", "ru") == "dateline 2022-04-17");
  CHECK(First("Pubblicato il 10/11/2024\nI ministri hanno parlato.", "it") == "dateline 2024-11-10");
  CHECK(First("Published 21.06.2023\nThe ministers spoke.", "en") == "dateline 2023-06-21");
  // The label must open the line: in a sentence the date is only a date.
  CHECK(First("Il rapporto pubblicato il 10/11/2024 dice altro.", "it") == "date 2024-11-10");
  using crosscheck::testing::MakeDoc;
  using crosscheck::testing::TagDoc;
  // The page's own stamp wins over "yesterday, 2 October" in the lead, and keeps its year.
  auto uk = MakeDoc("Міністри обговорили безпекову ситуацію\n\nОпубліковано 03.10.2021\n\n"
                    "Бен Уоллес провів телефонну розмову з Сергієм Шойгу вчора, 2 жовтня.", "uk");
  std::string method;
  auto pub = crosscheck::tag::InferPublished(uk, TagDoc(uk), &method);
  REQUIRE(pub);
  CHECK(pub->ToIso() == "2021-10-03");
  CHECK(method == "dateline");
}

TEST_CASE("Wire datelines with a month abbreviated without a dot (RIA, TASS, UNN style)", "[time][dateline]") {
  CHECK(First("МОСКВА, 15 мар — РИА Новости. Министры провели разговор.", "ru") == "dateline --03-15");
  CHECK(First("МОСКВА, 6 авг — ТАСС. Президент провел встречу.", "ru") == "dateline --08-06");
  CHECK(First("КИЇВ, 21 бер — Міністри провели телефонну розмову.", "uk") == "dateline --03-21");
  CHECK(First("КИЇВ, 2 листоп — Міністри провели розмову.", "uk") == "dateline --11-02");
  // An abbreviation never stands alone: "лист" (a letter) after a number is not November.
  CHECK(First("Міністр надіслав 1 лист колезі.", "uk") == "");
}

TEST_CASE("Agency datelines: the place, the date, the agency (TASS, Interfax, Ukrinform, ANSA, AGI)",
          "[time][dateline]") {
  using crosscheck::testing::MakeDoc;
  using crosscheck::testing::TagDoc;
  struct Case {
    const char* lang;
    const char* text;
    const char* want;
  };
  const Case wire[] = {
      {"ru", "МОСКВА, 12 июля. /ТАСС/. Министр обороны провел телефонный разговор.", "dateline --07-12"},
      {"ru", "МОСКВА, 12 июл - РИА Новости. Министры провели разговор.", "dateline --07-12"},
      {"ru", "Москва. 12 июля. INTERFAX.RU - Министр обороны провел разговор.", "dateline --07-12"},
      {"uk", "Київ, 12 липня. УКРІНФОРМ. Міністр оборони провів розмову.", "dateline --07-12"},
      {"it", "(ANSA) - ROMA, 12 LUG - Il ministro ha avuto un colloquio.", "dateline --07-12"},
      {"it", "(ANSA) - ROMA, 3 AGO - Il ministro ha avuto un colloquio.", "dateline --08-03"},
      {"it", "ROMA, 12 luglio (Adnkronos) - Il ministro ha avuto un colloquio.", "dateline --07-12"},
      {"it", "(AGI) - Roma, 12 lug. - Il ministro ha avuto un colloquio.", "dateline --07-12"},
      {"it", "(AGI) - Roma, 12 lug. Il ministro ha avuto un colloquio.", "dateline --07-12"},
  };
  for (const Case& k : wire) {
    INFO(k.text);
    auto tagged = TagDoc(MakeDoc(k.text, k.lang));
    REQUIRE_FALSE(tagged.times.empty());
    CHECK(crosscheck::testing::Describe(tagged.times[0]) == k.want);
    CHECK(tagged.times[0].wire);
  }
  // AP's dateline has no date; a page stamp on its own line is a dateline but not a wire one.
  CHECK(First("KYIV, Ukraine (AP) — The ministers spoke by phone.", "en") == "");
  auto stamp = TagDoc(MakeDoc("12 липня 2024, 14:05\nМіністри провели розмову.", "uk"));
  REQUIRE(stamp.times.size() == 1);
  CHECK(stamp.times[0].kind == crosscheck::tag::TimeKind::kDateline);
  CHECK_FALSE(stamp.times[0].wire);
  // Not a dateline: a place and a date that a sentence goes on from, a lower-case word before the
  // comma, a place written with a full stop and no agency after the date.
  CHECK(First("МОСКВА, 12 июля министры провели разговор.", "ru") == "date --07-12");
  CHECK(First("Poi a Roma, 12 luglio. ANSA ha scritto.", "it") == "date --07-12");
  CHECK(First("Москва. 12 июля министры провели разговор.", "ru") == "date --07-12");
}

TEST_CASE("A day alone takes its month from the text before it or from publication", "[time][resolve]") {
  CHECK(First("Austin called Belousov on the 12th, the Pentagon said.", "en", "2024-07-13") ==
        "date 2024-07-12 day=12 basis=publication");
  CHECK(First("Белоусов провел разговор с Остином 12-го числа.", "ru", "2024-07-13") ==
        "date 2024-07-12 day=12 basis=publication");
  CHECK(First("Белоусов провел разговор с Остином 12-го.", "ru", "2024-07-13") ==
        "date 2024-07-12 day=12 basis=publication");
  CHECK(First("Білоусов провів розмову з Остіном 12 числа.", "uk", "2024-07-13") ==
        "date 2024-07-12 day=12 basis=publication");
  CHECK(First("I ministri si sono sentiti il giorno 12.", "it", "2024-07-13") ==
        "date 2024-07-12 day=12 basis=publication");
  CHECK(First("I ministri si sono sentiti lo scorso 12.", "it", "2024-07-13") ==
        "date 2024-07-12 day=12 basis=publication");
  CHECK(First("I ministri si sono sentiti il 12.", "it", "2024-07-13") == "date 2024-07-12 day=12 basis=publication");
  // The month named before it wins over a later publication month...
  CHECK(Times("In June the ministers spoke twice. Austin called Belousov on the 12th.", "en", "2024-07-02") ==
        std::vector<std::string>{"month 2024-06 basis=publication", "date 2024-06-12 day=12 basis=context"});
  CHECK(Times("МОСКВА, 12 июля. /ТАСС/. Разговор состоялся 10-го.", "ru") ==
        std::vector<std::string>{"dateline --07-12", "date --07-10 day=10 basis=context"});
  // ...but when the two disagree, or there is neither, the day stays open.
  CHECK(Times("The previous call was on June 25. Austin called Belousov on the 12th.", "en", "2024-07-13") ==
        std::vector<std::string>{"date 2024-06-25 basis=publication", "date ? day=12"});
  CHECK(First("Austin called Belousov on the 12th, the Pentagon said.", "en", "2024-07-10") == "date ? day=12");
  CHECK(First("Austin called Belousov on the 12th, the Pentagon said.", "en") == "date ? day=12");
  // A month in the same phrase makes a whole date.
  CHECK(First("Умєров провів розмову з Остіном 12-го липня.", "uk", "2024-07-13") == "date 2024-07-12 basis=publication");
  CHECK(First("They spoke on the 12th of July.", "en", "2024-07-13") == "date 2024-07-12 basis=publication");
}

TEST_CASE("A number after an article is a day only where its phrase ends", "[time][resolve]") {
  CHECK(First("Austin met Belousov on the 12th floor of the building.", "en", "2024-07-13") == "");
  CHECK(First("It was the 12th round of sanctions.", "en", "2024-07-13") == "");
  CHECK(First("Депутаты 12-го созыва провели заседание.", "ru", "2024-07-13") == "");
  CHECK(First("L'inflazione è salita, il 12 per cento in più.", "it", "2024-07-13") == "");
  CHECK(First("Il 12% degli italiani ha votato.", "it", "2024-07-13") == "");
  CHECK(First("Il 12 a 0 finale.", "it", "2024-07-13") == "");
}

TEST_CASE("Numeric dates: ISO, Roman months, and a day and month without a year", "[time][numeric]") {
  CHECK(First("Austin and Belousov spoke by phone on 2024-07-12.", "en") == "date 2024-07-12");
  CHECK(First("Белоусов провел разговор с Остином 12.VII.2024.", "ru") == "date 2024-07-12");
  CHECK(First("Умєров провів розмову з Остіном 12 лип. 2024 р.", "uk") == "date 2024-07-12");
  CHECK(First("Белоусов провел разговор с Остином 12 июл. 2024 г.", "ru") == "date 2024-07-12");
  CHECK(First("Austin e Belousov si sono sentiti il 12 lug. scorso.", "it", "2024-07-13") ==
        "date 2024-07-12 basis=publication");
  CHECK(First("Белоусов провел разговор с Остином 12.07.", "ru", "2024-07-13") == "date 2024-07-12 basis=publication");
  CHECK(First("Умєров 12.07 провів розмову з Остіном.", "uk", "2024-07-13") == "");
  CHECK(First("Умєров провів розмову з Остіном 12.07, повідомили в міністерстві.", "uk", "2024-07-13") ==
        "date 2024-07-12 basis=publication");
  CHECK(First("Austin e Belousov si sono sentiti il 12/07.", "it", "2024-07-13") == "date 2024-07-12 basis=publication");
  CHECK(First("Переговоры прошли с 12.07 по 14.07.", "ru", "2024-07-15") == "date 2024-07-12 basis=publication");
  // Not a date: a time of day, a decimal, a version, a month over 12, a one-digit month.
  CHECK(First("Разговор начался в 12.07 по московскому времени.", "ru", "2024-07-13") == "");
  CHECK(First("The call began at 12.07, officials said.", "en", "2024-07-13") == "");
  CHECK(First("Il colloquio è iniziato alle 12.07.", "it", "2024-07-13") == "");
  CHECK(First("Курс вырос до 12.07 рубля.", "ru", "2024-07-13") == "");
  CHECK(First("Бюджет составил 12.07 млрд рублей.", "ru", "2024-07-13") == "");
  CHECK(First("Команда повела со счетом 12.07 в пользу хозяев.", "ru", "2024-07-13") == "");
  CHECK(First("The ratio was 12.13, officials said.", "en", "2024-07-13") == "");
  CHECK(First("The ratio was 1.5, officials said.", "en", "2024-07-13") == "");
  CHECK(First("Version 1.12.7 was released.", "en", "2024-07-13") == "");
}

TEST_CASE("Year ranges and spans between years", "[time][range]") {
  CHECK(First("Between 2014 and 2022 there were no such calls.", "en") == "range 2014..2022");
  CHECK(First("У 2022–2024 роках розмови були рідкісними.", "uk") == "range 2022..2024");
  CHECK(First("Tra il 2020 e il 2022 i contatti furono rari.", "it") == "range 2020..2022");
  CHECK(First("С 2014 по 2022 год контактов почти не было.", "ru") == "range 2014..2022");
  CHECK(First("Ad aprile i ministri si sono sentiti.", "it") == "month --04");
}

TEST_CASE("A date inside a line of other text is not a dateline", "[time][dateline]") {
  // A "read also" line ending in its own date and time.
  CHECK(First("Росія відповіла на рішення США 11.07.24, 14:27\nМіністри провели розмову.", "uk") ==
        "date 2024-07-11");
  CHECK(First("The ministers spoke on 12 July 2024, 14:27 local time, officials said.", "en") == "date 2024-07-12");
}

TEST_CASE("A weekday that rules out the publication year moves the date to a year it fits", "[time][resolve]") {
  // Published in January 2026: 12 July 2025 was a Saturday, so "Friday, July 12" is 2024's.
  CHECK(First("On Friday, July 12, the ministers spoke.", "en", "2026-01-10") == "date 2024-07-12 wd=4 basis=weekday");
  CHECK(First("У п'ятницю, 12 липня, міністри говорили.", "uk", "2026-01-10") == "date 2024-07-12 wd=4 basis=weekday");
  // A date of the weeks just before publication keeps its year: the weekday is the report's error
  // (2024-07-12 was a Friday; the check reports the mismatch), not a sign of 2021, when it was a Monday.
  CHECK(First("On Monday, July 12, the ministers spoke.", "en", "2024-07-13") == "date 2024-07-12 wd=0 basis=publication");
  CHECK(First("У понеділок, 12 липня, міністри говорили.", "uk", "2024-08-05") ==
        "date 2024-07-12 wd=0 basis=publication");
  // When it fits, publication decides.
  CHECK(First("В пятницу, 12 июля, министры говорили.", "ru", "2024-07-20") ==
        "date 2024-07-12 wd=4 basis=publication");
  CHECK(First("Il vertice è previsto per dopodomani.", "it", "2024-06-26") ==
        "relative 2024-06-28 rel=day2@publication basis=publication");
}

// ---------------------------------------------------------------- anchored to a previous date

TEST_CASE("A forward count from a previous date is counted from the date before it in the text", "[time]") {
  CHECK(Times("Austin spoke with Shoigu on March 3. The next day he called Reznikov. Two days later they met.", "en",
              "2023-03-10") == V{"date 2023-03-03 basis=publication", "relative 2023-03-04 rel=day1@previous basis=previous",
                                 "relative 2023-03-06 rel=day2@previous basis=previous"});
  CHECK(Times("Разговор состоялся 14 июля. На следующий день Пентагон ответил.", "ru", "2024-07-20") ==
        V{"date 2024-07-14 basis=publication", "relative 2024-07-15 rel=day1@previous basis=previous"});
  CHECK(Times("Розмова відбулася 31 грудня. Через два дні міністри знову говорили.", "uk") ==
        V{"date --12-31", "relative --01-02 rel=day2@previous basis=previous"});  // no year: month and day
  // Nothing before it: left open. Backward counts stay open too ("накануне саммита" is the eve of
  // the summit, not the day before the last date written).
  CHECK(First("The Kremlin responded the next day.", "en", "2024-06-26") == "relative ? rel=day1@previous");
  CHECK(Times("Переговоры прошли 11 июля. Накануне саммита стороны обменялись заявлениями.", "ru", "2024-07-20") ==
        V{"date 2024-07-11 basis=publication", "relative ? rel=day-1@previous"});
}
