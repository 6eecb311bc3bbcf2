// Language identification: CLD2 on paragraphs, script and word evidence on short lines; uk and ru
// are never confused.
#include <catch2/catch.hpp>

#include "engine/ingest/lang_id.h"
#include "ingest_test_util.h"

using namespace crosscheck;

namespace {
const ingest::LangId& Shipped() { return crosscheck::testing::ShippedCleaner().lang_id(); }
std::string Lang(const std::string& s) { return Shipped().Detect(s).lang; }
}  // namespace

TEST_CASE("Short headlines are identified in each language", "[lang]") {
  CHECK(Lang("Зеленський провів переговори з Байденом") == "uk");
  CHECK(Lang("Остін і Бєлоусов поговорили телефоном") == "uk");
  CHECK(Lang("Шойгу обсудил с Остином ситуацию на Украине") == "ru");
  CHECK(Lang("Белоусов и Остин провели первый разговор") == "ru");
  CHECK(Lang("Austin and Belousov hold first call since March") == "en");
  CHECK(Lang("Pentagon chief speaks with Russian counterpart") == "en");
  CHECK(Lang("Crosetto sente Austin: telefonata sulla crisi") == "it");
  CHECK(Lang("Il ministro della Difesa ha parlato con Austin") == "it");
}

TEST_CASE("Ukrainian and Russian are told apart on one short sentence", "[lang]") {
  // The same news in both languages: only letters and function words differ.
  CHECK(Lang("Міністри оборони обговорили ситуацію на фронті.") == "uk");
  CHECK(Lang("Министры обороны обсудили ситуацию на фронте.") == "ru");
  CHECK(Lang("Сторони домовилися про нову зустріч") == "uk");
  CHECK(Lang("Стороны договорились о новой встрече") == "ru");
  CHECK(Lang("Що відомо про розмову") == "uk");
  CHECK(Lang("Что известно о разговоре") == "ru");
}

TEST_CASE("Paragraphs are identified by CLD2 and reported reliable", "[lang]") {
  auto g = Shipped().Detect(
      "Міністр оборони України провів телефонну розмову з американським колегою. Сторони обговорили "
      "постачання систем протиповітряної оборони та підготовку до зустрічі у форматі Рамштайн.");
  CHECK(g.lang == "uk");
  CHECK(g.method == "cld2");
  CHECK(g.reliable);
  auto r = Shipped().Detect(
      "Министр обороны России провел телефонный разговор с американским коллегой. Стороны обсудили "
      "вопросы международной безопасности и ситуацию вокруг Украины.");
  CHECK(r.lang == "ru");
}

TEST_CASE("Text with no letters is undetermined", "[lang]") {
  auto g = Shipped().Detect("12.07 18:40 • 2024");
  CHECK(g.lang == "und");
  CHECK(g.method == "default");
}

TEST_CASE("The manifest's language wins, then the document's field, then detection", "[lang]") {
  const std::string text = "Шойгу обсудил с Остином ситуацию на Украине. Разговор длился час.";
  ingest::Manifest m;
  std::string dir = crosscheck::testing::TempDir("manifest");
  crosscheck::testing::WriteFile(dir + "/manifest.json",
                                 R"({"documents": [{"id": "m1", "lang": "uk", "outlet": "example.org"}]})");
  REQUIRE(m.Load(dir + "/manifest.json").ok());
  auto clean = [&](const std::string& id, const std::string& field_lang) {
    ingest::RawDocument raw;
    raw.id = id;
    raw.source = id + ".json";
    raw.lang = field_lang;
    raw.text = text;
    auto d = crosscheck::testing::ShippedCleaner().Clean(std::move(raw), m);
    REQUIRE(d.ok());
    return std::move(d).value();
  };
  Document a = clean("m1", "en");
  CHECK(a.lang == "uk");
  CHECK(a.lang_method == "manifest");
  CHECK(a.outlet == "example.org");
  Document b = clean("other", "en");
  CHECK(b.lang == "en");
  CHECK(b.lang_method == "field");
  Document c = clean("third", "");
  CHECK(c.lang == "ru");
}
