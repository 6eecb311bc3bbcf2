#include <catch2/catch.hpp>

#include <algorithm>

#include "assemble/fixture.h"

using crosscheck::Claim;
using crosscheck::Participant;
using crosscheck::PartialDate;
using crosscheck::testing::AssembleFixture;
using crosscheck::testing::FindClaim;
using crosscheck::testing::HasParticipant;

TEST_CASE("A phone call with named ministers, date and initiator (en)", "[assemble]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "On {Tuesday|W:1}, {March 4, 2025|D:2025-03-04}, [Defense Secretary|O:us.defence_minister:US] "
      "[Pete Hegseth|P:Pete Hegseth:US] held a phone call with [Andrei Belousov|P:Andrei Belousov:RU] "
      "at the request of the [Russian side|S:RU].");
  REQUIRE(claims.size() == 1);
  const Claim& c = claims[0];
  CHECK(c.type == "call");
  CHECK(c.role == "main");
  CHECK(c.id == "t#1");
  CHECK(c.ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Pete Hegseth"});
  CHECK(c.date.ToIso() == "2025-03-04");
  CHECK(c.date_basis == "explicit");
  CHECK(c.weekday == 1);
  CHECK(c.initiator == "RU");
  CHECK(c.participants[0].office == "us.defence_minister");
  CHECK(c.participants[0].written == "Defense Secretary Pete Hegseth");
}

TEST_CASE("Offices resolve to the persons who held them at the event's date", "[assemble][offices]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "On {14 August 2023|D:2023-08-14} the [head of the Pentagon|O:us.defence_minister:US] spoke by phone with the "
      "[Russian defence minister|O:ru.defence_minister:RU].");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"});
  CHECK(claims[0].participants[0].via == "office");
  CHECK(claims[0].participants[0].written == "head of the Pentagon");
  auto later = f.Claims(
      "On {3 September 2024|D:2024-09-03} the [head of the Pentagon|O:us.defence_minister:US] spoke by phone with the "
      "[Russian defence minister|O:ru.defence_minister:RU].");
  REQUIRE(later.size() == 1);
  CHECK(later[0].ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
}

TEST_CASE("An office of no side is expanded by the sides around it", "[assemble][offices]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "In {March 2023|D:2023-03} the [US|S:US] and [Russian|S:RU] [defense ministers|O:defence_minister:] had a "
      "telephone conversation.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Lloyd Austin", "Sergei Shoigu"});
  auto uk = f.Claims(
      "{12 липня 2024|D:2024-07-12} відбулася телефонна розмова [міністрів оборони|O:defence_minister:] "
      "[Росії|S:RU] та [США|S:US].", "uk");
  REQUIRE(uk.size() == 1);
  CHECK(uk[0].ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
}

TEST_CASE("A counterpart without a name is the other minister's office for that side", "[assemble][offices]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "{10 квітня 2024|D:2024-04-10} [Сергій Шойгу|P:Sergei Shoigu:RU] провів телефонну розмову зі своїм "
      "[французьким|S:FR] колегою.", "uk");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Sebastien Lecornu", "Sergei Shoigu"});
  // How each was found: by name, and as "his counterpart".
  auto via_of = [&](const std::string& name) {
    for (const Participant& p : claims[0].participants)
      if (p.name == name) return std::string(p.via.view());
    return std::string("(none)");
  };
  CHECK(via_of("Sergei Shoigu") == "name");
  CHECK(via_of("Sebastien Lecornu") == "counterpart");
}

TEST_CASE("Names as written are kept and flagged", "[assemble][flags]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "Il {2 luglio 2024|D:2024-07-02} [Sergei Belousov|P:Andrei Belousov:RU::!] ha avuto una telefonata con "
      "[Lloid Ostin|P:Lloyd Austin:US::~].", "it");
  REQUIRE(claims.size() == 1);
  const Claim& c = claims[0];
  std::vector<std::string> codes;
  for (const auto& fl : c.flags) codes.push_back(fl.code);
  CHECK(std::count(codes.begin(), codes.end(), "first_name_mismatch") == 1);
  CHECK(std::count(codes.begin(), codes.end(), "misspelled_name") == 1);
  CHECK(c.participants[1].written == "Lloid Ostin");
  CHECK(c.participants[1].via == "misspelling");
}

TEST_CASE("A named person in an office not held at the date is flagged", "[assemble][flags]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "On {June 3, 2024|D:2024-06-03}, [Russian Defence Minister|O:ru.defence_minister:RU] "
      "[Sergei Shoigu|P:Sergei Shoigu:RU] spoke by phone with [Lloyd Austin|P:Lloyd Austin:US].");
  REQUIRE(claims.size() == 1);
  bool flagged = false;
  for (const auto& fl : claims[0].flags) flagged = flagged || fl.code == "office_not_held";
  CHECK(flagged);
}

TEST_CASE("An office is checked on the date of the sentence that names it, not of a borrowing one",
          "[assemble][flags]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Ллойд Остін|P:Lloyd Austin:US] зустрівся з [очільником Міноборони|O:defence_minister:] "
      "[Рустемом Умєровим|P:Rustem Umerov:UA] у Стамбулі {19 серпня 2024|D:2024-08-19}. "
      "Попередня розмова між ними відбулася {7 лютого 2022 року|D:2022-02-07}.", "uk");
  REQUIRE_FALSE(claims.empty());
  bool dated_2022 = false;
  for (const auto& c : claims) {
    dated_2022 = dated_2022 || c.date.ToIso() == "2022-02-07";
    for (const auto& fl : c.flags) CHECK(fl.code != "office_not_held");
  }
  CHECK(dated_2022);
  CHECK(claims[0].participants[1].office == "ua.defence_minister");
}

TEST_CASE("A date inherited from another claim of the article does not make an office 'not held'",
          "[assemble][flags]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Oleksii Reznikov|P:Oleksii Reznikov:UA] and [Lloyd Austin|P:Lloyd Austin:US] had a phone call on "
      "{2 February 2022|D:2022-02-02}. The [Ukrainian Defence Minister|O:ua.defence_minister:UA] "
      "[Rustem Umerov|P:Rustem Umerov:UA] had a phone call with [Lloyd Austin|P:Lloyd Austin:US] as well.");
  const Claim* umerov = nullptr;
  for (const auto& c : claims)
    if (HasParticipant(c, "Rustem Umerov")) umerov = &c;
  REQUIRE(umerov);
  INFO(umerov->date.ToIso() << " " << umerov->date_basis << " claims " << claims.size());
  CHECK(umerov->date_basis == "lead");  // 2 February 2022, from the first sentence
  for (const auto& fl : umerov->flags) CHECK(fl.code != "office_not_held");
}

TEST_CASE("Attribution sources are not participants", "[assemble][participants]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "According to [Pentagon|G:Pentagon:US] spokesman [Pat Ryder|P:Patrick Ryder:US], [Austin|P:Lloyd Austin:US] "
      "had a phone call with [Belousov|P:Andrei Belousov:RU] on {June 25|D:2024-06-25p}.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
  CHECK(claims[0].attributed_to == "Patrick Ryder");  // the person named after "Pentagon spokesman"
}

TEST_CASE("Participants come from the previous sentence when the sentence refers back", "[assemble][participants]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Остін|P:Lloyd Austin:US] і [Бєлоусов|P:Andrei Belousov:RU] провели телефонну розмову {25 червня 2024|D:2024-06-25}. "
      "Ініціатива проведення розмови виходила від [американської сторони|S:US].", "uk");
  REQUIRE(claims.size() == 1);  // the second sentence only adds the initiator
  CHECK(claims[0].initiator == "US");
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Andrei Belousov", "Lloyd Austin"});
  CHECK(claims[0].evidence.text.find("Ініціатива") != std::string::npos);
}

TEST_CASE("A participant before the trigger is as near as its last word", "[assemble][participants]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "The top [US diplomat|O:us.foreign_minister:US] [Antony Blinken|P:Antony Blinken:US] discussed the "
      "situation in Ukraine with [French Foreign Minister|O:fr.foreign_minister:FR] "
      "[Jean-Noel Barrot|P:Jean-Noël Barrot:FR] in a phone call on {6 December|D:2024-12-06p}.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Antony Blinken", "Jean-Noël Barrot"});
}

TEST_CASE("The sentence's subject counts from further away when one clause leads to the trigger",
          "[assemble][participants]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Ukrainian Foreign Minister|O:ua.foreign_minister:UA] [Dmitry Kuleba|P:Dmytro Kuleba:UA] discussed the "
      "situation in [Ukraine|S:UA] with [French Foreign Minister|O:fr.foreign_minister:FR] "
      "[Jean-Yves Le Drian|P:Jean-Yves Le Drian:FR] and the prospects of a peace settlement in a phone call on "
      "{15 March|D:2022-03-15p}.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Dmytro Kuleba", "Jean-Yves Le Drian"});
  // Two people already stand near the trigger: a first person further back is not pulled in.
  claims = f.Claims(
      "[Zelensky|P:Volodymyr Zelensky:UA] thanked the allies for the new package of weapons and ammunition "
      "delivered this month while [Kuleba|P:Dmytro Kuleba:UA] held a phone call with [Le Drian|P:Jean-Yves Le Drian:FR] "
      "on {15 March|D:2022-03-15p}.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Dmytro Kuleba", "Jean-Yves Le Drian"});
  // A clause break (a comma) between a far subject and the trigger keeps it out.
  claims = f.Claims(
      "[Zelensky|P:Volodymyr Zelensky:UA] thanked the allies for the weapons and ammunition delivered to the "
      "eastern front this month, and the foreign ministry reported a phone call with "
      "[Le Drian|P:Jean-Yves Le Drian:FR] on {15 March|D:2022-03-15p}.");
  for (const auto& c : claims) CHECK_FALSE(HasParticipant(c, "Volodymyr Zelensky"));
}

TEST_CASE("A side after a preposition of place is where it happened, not a party", "[assemble][participants]") {
  AssembleFixture f;
  // The restating sentence names the country it was about; "the conversation" borrows the pair.
  auto claims = f.Claims(
      "Госсекретарь США [Энтони Блинкен|P:Antony Blinken:US] провел телефонный разговор с "
      "[Дмитрием Кулебой|P:Dmytro Kuleba:UA] {вчера|D:2021-06-20p}. "
      "В ходе разговора речь шла о конфликте на [Украине|S:UA] и поставках оружия.", "ru",
      "2021-06-21");
  REQUIRE_FALSE(claims.empty());
  for (const auto& c : claims)
    CHECK(c.ParticipantNames() == std::vector<std::string>{"Antony Blinken", "Dmytro Kuleba"});
  claims = f.Claims(
      "Під час розмови з [Блінкеном|P:Antony Blinken:US] йшлося про війну в [Україні|S:UA].", "uk", "2021-06-21");
  for (const auto& c : claims)
    for (const auto& p : c.participants) CHECK(p.via != "side");
  // Without the preposition the side is a party: "a call with Ukraine".
  claims = f.Claims("[Blinken|P:Antony Blinken:US] held a phone call with [Ukraine|S:UA] on {20 June|D:2021-06-20p}.",
                    "en", "2021-06-21");
  REQUIRE(claims.size() == 1);
  REQUIRE(claims[0].participants.size() == 2);
  CHECK(std::any_of(claims[0].participants.begin(), claims[0].participants.end(),
                    [](const Participant& p) { return p.side == "UA" && p.via == "side"; }));
  // A counterpart's side still counts after "in": "his counterpart in Turkey".
  claims = f.Claims(
      "[Shoigu|P:Sergei Shoigu:RU] held a phone call with his counterpart in [Turkey|S:TR] on "
      "{20 June|D:2021-06-20p}.", "en", "2021-06-21");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].participants.size() == 2);
}

TEST_CASE("Passing mentions without participants make no claim", "[assemble][noise]") {
  AssembleFixture f;
  CHECK(f.Claims("The talks are expected to continue. Analysts doubt a call will help.").empty());
  CHECK(f.Claims("Le precedenti chiamate a [Mosca|S:RU] dagli [Stati Uniti|S:US] sono state ignorate.", "it").empty());
  CHECK(f.Claims("[Akar|P:Hulusi Akar:TR] called for an early ceasefire in {October 2022|D:2022-10}.").empty());
  CHECK(f.Claims("He spoke at a conference in [Washington|S:US].").empty());
}

TEST_CASE("A list of dates yields one claim per date", "[assemble][dates]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Shoigu|P:Sergei Shoigu:RU] spoke by phone with [Lloyd Austin|P:Lloyd Austin:US] twice, on "
      "{October 21 and 23, 2022|L:2022-10-21,2022-10-23}.");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].date.ToIso() == "2022-10-21");
  CHECK(claims[1].date.ToIso() == "2022-10-23");
  CHECK(claims[0].id == "t#1");
  CHECK(claims[1].id == "t#2");
}

TEST_CASE("A time after 'following' dates something else", "[assemble][dates]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Austin|P:Lloyd Austin:US] and [Belousov|P:Andrei Belousov:RU] spoke by phone following the NATO summit on "
      "{July 9-11|R:--07-09,--07-11}.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].date.empty());
}

TEST_CASE("Type follows the words around the trigger", "[assemble][types]") {
  AssembleFixture f;
  auto phone = f.Claims("[Остін|P:Lloyd Austin:US] і [Шойгу|P:Sergei Shoigu:RU] провели телефонні переговори.", "uk");
  REQUIRE(phone.size() == 1);
  CHECK(phone[0].type == "call");
  auto talks = f.Claims("[Остін|P:Lloyd Austin:US] і [Шойгу|P:Sergei Shoigu:RU] провели переговори.", "uk");
  REQUIRE(talks.size() == 1);
  CHECK(talks[0].type == "talks");
  auto geneva = f.Claims("[Остін|P:Lloyd Austin:US] і [Шойгу|P:Sergei Shoigu:RU] провели переговори в Женеві.", "uk");
  REQUIRE(geneva.size() == 1);
  CHECK(geneva[0].type == "meeting");
  auto meet = f.Claims(
      "[Austin|P:Lloyd Austin:US] had a conversation with [Wallace|P:Ben Wallace:GB] face-to-face in Washington.");
  REQUIRE(meet.size() == 1);
  CHECK(meet[0].type == "meeting");
  auto doc = f.Claims(
      "[Austin|P:Lloyd Austin:US] phoned [Shoigu|P:Sergei Shoigu:RU] on {May 13, 2022|D:2022-05-13}. "
      "The conversation between [Austin|P:Lloyd Austin:US] and [Shoigu|P:Sergei Shoigu:RU] on "
      "{October 21, 2022|D:2022-10-21} lasted an hour.");
  REQUIRE(doc.size() == 2);
  CHECK(doc[1].type == "call");
}

TEST_CASE("Negated and hedged mentions are marked", "[assemble][modality]") {
  AssembleFixture f;
  auto neg = f.Claims("[Шойгу|P:Sergei Shoigu:RU] не телефонував [Остіну|P:Lloyd Austin:US] у {травні 2022|D:2022-05}.", "uk");
  REQUIRE(neg.size() == 1);
  CHECK(neg[0].negated);
  auto hedge = f.Claims("[Шойгу|P:Sergei Shoigu:RU] якобы позвонил [Остину|P:Lloyd Austin:US] {13 мая 2022|D:2022-05-13}.", "ru");
  REQUIRE(hedge.size() == 1);
  CHECK(hedge[0].hedged);
  CHECK_FALSE(hedge[0].negated);
  // "No meeting is planned" is no meeting.
  auto none = f.Claims("Non è previsto un incontro tra [Meloni|P:Giorgia Meloni:IT] e [Putin|P:Vladimir Putin:RU].", "it");
  REQUIRE(none.size() == 1);
  CHECK(none[0].negated);
}

TEST_CASE("A role written without a side takes the named person's side; unknown offices are not flagged",
          "[assemble][flags]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "On {December 25, 2022|D:2022-12-25} [Lloyd Austin|P:Lloyd Austin:US] spoke by phone with "
      "[defence minister|O:defence_minister:] [Oleksii Reznikov|P:Oleksii Reznikov:UA].");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].flags.empty());
  CHECK(claims[0].participants[1].office == "ua.defence_minister");
}

TEST_CASE("A genitive chain names whose envoy took part, not a participant; a source after 'сообщил' is not one either",
          "[assemble][participants][ru]") {
  AssembleFixture f;
  auto claims = f.Claims(
      "[Президент России Владимир Путин|P:Vladimir Putin:RU] провел встречу в Кремле со "
      "[спецпосланником|O:us.special_envoy:US] [президента США|O:us.president:US] [Дональда Трампа|P:Donald Trump:US] "
      "[Стивом Уиткоффом|P:Steve Witkoff:US], сообщил помощник президента [Юрий Ушаков|P:Yuri Ushakov:RU].",
      "ru", "2025-08-06");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Steve Witkoff", "Vladimir Putin"});
  CHECK(claims[0].attributed_to == "Yuri Ushakov");
}

TEST_CASE("Italian 'ha sentito al telefono X' is a call", "[assemble][it]") {
  // The object after "al telefono" (the object before it, "ha sentito X al telefono", was read already).
  AssembleFixture f;
  auto claims = f.Claims("Venerdì scorso [Austin|P:Lloyd Austin:US] ha sentito al telefono [Belousov|P:Andrei Belousov:RU].",
                         "it");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].type == "call");
  CHECK(HasParticipant(claims[0], "Andrei Belousov"));
  auto per = f.Claims("[Meloni|P:Giorgia Meloni:IT] si è sentita al telefono con [Zelensky|P:Volodymyr Zelensky:UA].", "it");
  REQUIRE(per.size() == 1);
  CHECK(per[0].type == "call");
}

TEST_CASE("A bare 'spoke' is an event only after a coordinated pair of two sides", "[assemble][en]") {
  AssembleFixture f;
  auto pair = f.Claims("[Lloyd Austin|P:Lloyd Austin:US] and [Andrei Belousov|P:Andrei Belousov:RU] spoke on Friday.");
  REQUIRE(pair.size() == 1);
  CHECK(pair[0].role == "main");
  CHECK(crosscheck::testing::HasParticipant(pair[0], "Lloyd Austin"));
  CHECK(crosscheck::testing::HasParticipant(pair[0], "Andrei Belousov"));
  // Offices and names as one phrase each; "last" makes it the earlier event.
  auto last = f.Claims(
      "[Defense Secretary|O:us.defence_minister:US] [Lloyd Austin|P:Lloyd Austin:US] and [Russian Defense "
      "Minister|O:ru.defence_minister:RU] [Andrei Belousov|P:Andrei Belousov:RU] last spoke on {June 25|D:--06-25}.");
  REQUIRE(last.size() == 1);
  CHECK(last[0].role == "reference");
  // Not a conversation between them: one speaks of the other, or two of one side address others.
  CHECK(f.Claims("[Putin|P:Vladimir Putin:RU] spoke about [Biden|P:Joe Biden:US] on Friday.").empty());
  CHECK(f.Claims("[Biden|P:Joe Biden:US] and [Harris|P:Kamala Harris:US] spoke at the rally on Friday.").empty());
  CHECK(f.Claims("[Zelensky|P:Volodymyr Zelensky:UA] spoke at the UN, and [Biden|P:Joe Biden:US] listened.").empty());
}

TEST_CASE("Italian 'ha sentito X' between two people is a conversation; with one person it is not", "[assemble][it]") {
  // "Subito dopo Trump ha sentito anche Zelensky" made no claim: only "ha sentito al telefono" was a trigger.
  AssembleFixture f;
  auto claims = f.Claims("Subito dopo [Trump|P:Donald Trump:US] ha sentito anche [Zelensky|P:Volodymyr Zelensky:UA].", "it");
  REQUIRE(claims.size() == 1);
  CHECK(HasParticipant(claims[0], "Donald Trump"));
  CHECK(HasParticipant(claims[0], "Volodymyr Zelensky"));
  // "Heard": one name, no one spoken to.
  CHECK(f.Claims("[Zelensky|P:Volodymyr Zelensky:UA] ha sentito le esplosioni da Kyiv.", "it").empty());
}

TEST_CASE("Two triggers of one sentence are one claim even when it names a person twice", "[assemble][en]") {
  // "spoke ... in their second known call since Trump returned to office": the second trigger's
  // participants held "Trump" with and without his office, so the two drafts' keys differed and the
  // sentence made two claims of one call, one without the ordinal.
  AssembleFixture f;
  auto claims = f.Claims(
      "[President|O:us.president:US] [Donald Trump|P:Donald Trump:US] and [Russian President|O:ru.president:RU] "
      "[Vladimir Putin|P:Vladimir Putin:RU] spoke for more than two hours on {March 18, 2025|D:2025-03-18}, in their "
      "second known call since [Trump|P:Donald Trump:US] returned to office.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].ParticipantNames() == std::vector<std::string>{"Donald Trump", "Vladimir Putin"});
  CHECK(claims[0].ordinal.n == 2);
}
