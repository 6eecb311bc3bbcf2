// A claim whose subject is a pronoun ("he", "він", "он", "lui") or left out ("ha incontrato",
// "зустрівся", "встретилась") takes the person the sentence before named (engine/assemble/anaphora.cc).
#include <catch2/catch.hpp>

#include <algorithm>

#include "assemble/fixture.h"

using crosscheck::Claim;
using crosscheck::Participant;
using crosscheck::testing::AssembleFixture;
using crosscheck::testing::FindClaim;
using crosscheck::testing::HasParticipant;

namespace {

using Names = std::vector<std::string>;

// How the participant `name` of `c` was found ("" when it is not one).
std::string ViaOf(const Claim& c, const std::string& name) {
  for (const Participant& p : c.participants)
    if (p.name == name) return p.via.str();
  return "";
}

}  // namespace

TEST_CASE("A subject pronoun stands for the person the sentence before named", "[assemble][anaphora]") {
  AssembleFixture f;
  SECTION("en: 'On Tuesday he met'") {
    auto claims = f.Claims(
        "[Indian Prime Minister|O:in.head_of_government:IN] [Narendra Modi|P:Narendra Modi:IN] arrived in Moscow "
        "on Monday for a two-day visit. On {July 9|D:2024-07-09p} he met [Vladimir Putin|P:Vladimir Putin:RU] "
        "at the Kremlin.");
    const Claim* c = FindClaim(claims, "meeting");
    REQUIRE(c);
    CHECK(c->ParticipantNames() == Names{"Narendra Modi", "Vladimir Putin"});
    CHECK(ViaOf(*c, "Narendra Modi") == "pronoun");
    CHECK(ViaOf(*c, "Vladimir Putin") == "name");
    // The evidence reaches the sentence that names him.
    CHECK(c->evidence.text.find("arrived in Moscow") != std::string::npos);
    CHECK(c->flags.empty());
  }
  SECTION("en: an office as the antecedent, resolved by the date") {
    auto claims = f.Claims(
        "The [Indian prime minister|O:in.head_of_government:IN] travelled to Moscow. There, he held talks with "
        "[Vladimir Putin|P:Vladimir Putin:RU] on {July 9|D:2024-07-09p}.");
    const Claim* c = FindClaim(claims, "talks");
    REQUIRE(c);
    CHECK(c->ParticipantNames() == Names{"Narendra Modi", "Vladimir Putin"});
  }
  SECTION("uk: '8 липня він зустрівся'") {
    auto claims = f.Claims(
        "[Прем'єр-міністр Індії|O:in.head_of_government:IN] [Нарендра Моді|P:Narendra Modi:IN] прибув до Москви. "
        "{8 липня|D:2024-07-08p} він зустрівся з [Володимиром Путіним|P:Vladimir Putin:RU].",
        "uk");
    const Claim* c = FindClaim(claims, "meeting");
    REQUIRE(c);
    CHECK(c->ParticipantNames() == Names{"Narendra Modi", "Vladimir Putin"});
    CHECK(ViaOf(*c, "Narendra Modi") == "pronoun");
  }
  SECTION("ru: 'Она провела переговоры' agrees with a woman of the sentence before, not the man") {
    auto claims = f.Claims(
        "[Джорджа Мелони|P:Giorgia Meloni:IT] прилетела в Киев, где ее встретил [Владимир Зеленский|P:Volodymyr "
        "Zelensky:UA]. {11 июля|D:2024-07-11p} она провела переговоры с [Джо Байденом|P:Joe Biden:US].",
        "ru");
    const Claim* c = FindClaim(claims, "talks");
    REQUIRE(c);
    CHECK(c->ParticipantNames() == Names{"Giorgia Meloni", "Joe Biden"});
  }
}

TEST_CASE("A verb with its subject left out takes the person the sentence before named", "[assemble][anaphora]") {
  AssembleFixture f;
  SECTION("it: 'L'8 luglio ha incontrato'") {
    auto claims = f.Claims(
        "Il premier indiano [Narendra Modi|P:Narendra Modi:IN] è arrivato a Mosca. {L'8 luglio|D:2024-07-08p} ha "
        "incontrato [Vladimir Putin|P:Vladimir Putin:RU] al Cremlino.",
        "it");
    const Claim* c = FindClaim(claims, "meeting");
    REQUIRE(c);
    CHECK(c->ParticipantNames() == Names{"Narendra Modi", "Vladimir Putin"});
    CHECK(ViaOf(*c, "Narendra Modi") == "dropped_subject");
  }
  SECTION("ru: a feminine past tense 'встретилась'") {
    auto claims = f.Claims(
        "Премьер-министр Италии [Джорджа Мелони|P:Giorgia Meloni:IT] прилетела в Вашингтон. "
        "{11 июля|D:2024-07-11p} встретилась с [Джо Байденом|P:Joe Biden:US] в Белом доме.",
        "ru");
    const Claim* c = FindClaim(claims, "meeting");
    REQUIRE(c);
    CHECK(c->ParticipantNames() == Names{"Giorgia Meloni", "Joe Biden"});
    CHECK(ViaOf(*c, "Giorgia Meloni") == "dropped_subject");
  }
  SECTION("uk: 'провів переговори' governs the event word after it") {
    auto claims = f.Claims(
        "[Віктор Орбан|P:Viktor Orbán:HU] несподівано прибув до Пекіна. {8 липня|D:2024-07-08p} провів переговори з "
        "[Сі Цзіньпіном|P:Xi Jinping:CN].",
        "uk");
    const Claim* c = FindClaim(claims, "talks");
    REQUIRE(c);
    CHECK(c->ParticipantNames() == Names{"Viktor Orbán", "Xi Jinping"});
  }
}

TEST_CASE("A sentence whose subject is unnamed carries its antecedent on", "[assemble][anaphora]") {
  AssembleFixture f;
  // "Затем встретился" is Putin still, not Xi, whom the sentence before names as the one he met.
  auto claims = f.Claims(
      "[Владимир Путин|P:Vladimir Putin:RU] прилетел в Астану. {3 июля|D:2024-07-03p} он провел переговоры с "
      "[Си Цзиньпином|P:Xi Jinping:CN]. Затем встретился с [Реджепом Тайипом Эрдоганом|P:Recep Tayyip Erdoğan:TR].",
      "ru");
  const Claim* talks = FindClaim(claims, "talks");
  const Claim* meeting = FindClaim(claims, "meeting");
  REQUIRE(talks);
  REQUIRE(meeting);
  CHECK(talks->ParticipantNames() == Names{"Vladimir Putin", "Xi Jinping"});
  CHECK(meeting->ParticipantNames() == Names{"Recep Tayyip Erdoğan", "Vladimir Putin"});
  CHECK(ViaOf(*meeting, "Vladimir Putin") == "dropped_subject");
}

TEST_CASE("No antecedent is taken when it is uncertain", "[assemble][anaphora]") {
  AssembleFixture f;
  SECTION("two candidate persons") {
    auto claims = f.Claims(
        "[Narendra Modi|P:Narendra Modi:IN] and [Viktor Orban|P:Viktor Orbán:HU] arrived in Moscow on Monday. "
        "On {July 9|D:2024-07-09p} he met [Vladimir Putin|P:Vladimir Putin:RU].");
    for (const Claim& c : claims) {
      CHECK_FALSE(HasParticipant(c, "Narendra Modi"));
      CHECK_FALSE(HasParticipant(c, "Viktor Orbán"));
    }
  }
  SECTION("the antecedent of the other gender") {
    auto en = f.Claims(
        "[Giorgia Meloni|P:Giorgia Meloni:IT] arrived in Washington on Wednesday. On {July 11|D:2024-07-11p} he "
        "met [Joe Biden|P:Joe Biden:US].");
    for (const Claim& c : en) CHECK_FALSE(HasParticipant(c, "Giorgia Meloni"));
    auto uk = f.Claims(
        "[Джорджа Мелоні|P:Giorgia Meloni:IT] прибула до Вашингтона. {11 липня|D:2024-07-11p} зустрівся з "
        "[Джо Байденом|P:Joe Biden:US].",
        "uk");
    for (const Claim& c : uk) CHECK_FALSE(HasParticipant(c, "Giorgia Meloni"));
  }
  SECTION("an object pronoun is not the subject") {
    auto claims = f.Claims(
        "[Narendra Modi|P:Narendra Modi:IN] arrived in Moscow on Monday. On {July 9|D:2024-07-09p} "
        "[Vladimir Putin|P:Vladimir Putin:RU] met him at the Kremlin.");
    for (const Claim& c : claims) CHECK(c.participants.size() <= 1);
  }
  SECTION("'he said': the pronoun is the speaker, not the subject of the event") {
    auto claims = f.Claims(
        "Kremlin spokesman [Dmitry Peskov|P:Dmitry Peskov:RU] briefed reporters on Monday. He said the meeting "
        "with [Narendra Modi|P:Narendra Modi:IN] would take place on {July 9|D:2024-07-09p}.");
    for (const Claim& c : claims) CHECK_FALSE(HasParticipant(c, "Dmitry Peskov"));
  }
  SECTION("another paragraph") {
    auto claims = f.Claims(
        "[Narendra Modi|P:Narendra Modi:IN] arrived in Moscow on Monday.\n"
        "On {July 9|D:2024-07-09p} he met [Vladimir Putin|P:Vladimir Putin:RU].");
    for (const Claim& c : claims) CHECK_FALSE(HasParticipant(c, "Narendra Modi"));
  }
  SECTION("the subject named in the sentence itself") {
    auto claims = f.Claims(
        "[Viktor Orban|P:Viktor Orbán:HU] arrived in Beijing on Monday. [Narendra Modi|P:Narendra Modi:IN] said he "
        "met [Vladimir Putin|P:Vladimir Putin:RU] on {July 9|D:2024-07-09p}.");
    for (const Claim& c : claims) CHECK_FALSE(HasParticipant(c, "Viktor Orbán"));
  }
}

TEST_CASE("A pronoun for a person already in the claim adds no one", "[assemble][anaphora]") {
  AssembleFixture f;
  // "Он" is Putin: the office of the sentence before may be Modi, who is in the claim already, so
  // it is no second candidate, and no third participant comes in.
  auto claims = f.Claims(
      "[Владимир Путин|P:Vladimir Putin:RU] {8 июля|D:2024-07-08p} провел переговоры с "
      "[премьер-министром Индии|O:in.head_of_government:IN]. Он встретился с [Нарендрой Моди|P:Narendra Modi:IN] "
      "в Ново-Огарёве.",
      "ru");
  REQUIRE_FALSE(claims.empty());
  for (const Claim& c : claims) {
    CHECK(c.participants.size() == 2);
    CHECK(c.ParticipantNames() == Names{"Narendra Modi", "Vladimir Putin"});
  }
  // The sentence before names only the one already in the claim: nobody to add.
  auto own = f.Claims(
      "[Vladimir Putin|P:Vladimir Putin:RU] flew to Astana on Wednesday. On {July 3|D:2024-07-03p} he met "
      "[Vladimir Putin|P:Vladimir Putin:RU]'s host.");
  for (const Claim& c : own) CHECK(c.participants.size() <= 1);
}
