// CompactJson writes the bytes rapidjson::Writer writes (claims.jsonl lines stay as they were), and
// escapes every control byte wherever it falls in a 16-byte block.
#include <catch2/catch.hpp>

#include <rapidjson/document.h>
#include <rapidjson/writer.h>

#include <string>
#include <vector>

#include "engine/report/compact_json.h"
#include "report/byte_stream.h"

using namespace crosscheck::report;
using crosscheck::testing::ByteStream;

namespace {

// The same record through both writers.
template <typename W>
void WriteRecord(W& w, const std::vector<std::string>& texts) {
  w.StartObject();
  w.Key("schema_version");
  w.String("1.0");
  w.Key("texts");
  w.StartArray();
  for (const auto& t : texts) w.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
  w.EndArray();
  w.Key("span");
  w.StartObject();
  w.Key("start");
  w.Uint64(18446744073709551615ull);
  w.Key("end");
  w.Uint64(0);
  w.EndObject();
  w.Key("weekday");
  w.Int(-1);
  w.Key("n");
  w.Int(2147483647);
  w.Key("hedged");
  w.Bool(true);
  w.Key("negated");
  w.Bool(false);
  w.Key("event");
  w.Null();
  w.Key("flags");
  w.StartArray();
  w.EndArray();
  w.Key("empty");
  w.StartObject();
  w.EndObject();
  w.EndObject();
}

std::string ViaRapidJson(const std::vector<std::string>& texts) {
  ByteStream os;
  rapidjson::Writer<ByteStream> w(os);
  WriteRecord(w, texts);
  return os.s;
}

std::string ViaCompactJson(const std::vector<std::string>& texts) {
  std::string out;
  CompactJson w(&out);
  WriteRecord(w, texts);
  return out;
}
}  // namespace

TEST_CASE("CompactJson writes what rapidjson::Writer writes", "[report]") {
  std::vector<std::string> texts = {
      "Міністр оборони США Ллойд Остін провів телефонну розмову з \"Андрієм Бєлоусовим\" 25 червня.",
      "Глава Пентагона Остин поговорил с Белоусовым по телефону\nпо инициативе американской стороны\t(ТАСС).",
      "Il segretario alla Difesa Lloyd Austin ha chiamato Belousov, secondo l'ANSA: \\\"è stata una call\\\".",
      "US Defense Secretary Lloyd Austin spoke with Andrei Belousov on June 25 | Reuters <b>&</b> `AP`",
      "",
      "\"",
      "invalid UTF-8 \xFF\xFE kept as is, DEL \x7F too",
  };
  CHECK(ViaCompactJson(texts) == ViaRapidJson(texts));
}

TEST_CASE("CompactJson escapes every byte below 0x20 at any offset, as RapidJSON does byte by byte", "[report]") {
  const std::string text = "Остін і Бєлоусов: «розмова» відбулася 25 червня (ТАСС, РИА, ANSA, Reuters).";
  for (int c = 0; c < 0x20; ++c) {
    for (size_t at : {size_t{0}, size_t{5}, size_t{15}, size_t{16}, size_t{31}, size_t{40}, text.size()}) {
      std::string t = text;
      t.insert(at, 1, static_cast<char>(c));
      std::vector<std::string> texts = {t};
      std::string json = ViaCompactJson(texts);
      REQUIRE(json == ViaRapidJson(texts));
      for (char b : json) REQUIRE(static_cast<unsigned char>(b) >= 0x20);
      // And it parses back to the text.
      rapidjson::Document d;
      REQUIRE_FALSE(d.Parse(json.c_str(), json.size()).HasParseError());
      CHECK(std::string(d["texts"][0].GetString(), d["texts"][0].GetStringLength()) == t);
    }
  }
}

TEST_CASE("AppendJsonString quotes and appends", "[report]") {
  std::string out = "[";
  AppendJsonString(&out, "Шойгу \\ \"Остін\"\x1b[0m");
  CHECK(out == "[\"Шойгу \\\\ \\\"Остін\\\"\\u001B[0m\"");
}

TEST_CASE("CompactJson keys: literals are copied, other keys escaped, as RapidJSON writes both", "[report]") {
  // Keys a run makes from data (slot names, file names, finding kinds) may hold any byte.
  const std::vector<std::string> keys = {"дата", "date\"end", "slot\\n", std::string("tab\there"), "Остін\x01"};
  ByteStream os;
  rapidjson::Writer<ByteStream> rw(os);
  std::string out;
  CompactJson cw(&out);
  rw.StartObject();
  cw.StartObject();
  rw.Key("schema_version");
  cw.Key("schema_version");
  rw.String("1.0");
  cw.String("1.0");
  for (const auto& k : keys) {
    rw.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
    cw.Key(k);
    rw.Int(1);
    cw.Int(1);
    rw.Key("participants_detail");
    cw.Key("participants_detail");
    rw.StartArray();
    cw.StartArray();
    rw.EndArray();
    cw.EndArray();
  }
  rw.Key("n");
  cw.Key(std::string_view("n"));
  rw.Null();
  cw.Null();
  rw.EndObject();
  cw.EndObject();
  CHECK(out == os.s);
  CHECK(out.find("\"date\\\"end\":1,\"participants_detail\":[]") != std::string::npos);
}

TEST_CASE("short strings: every byte that needs escaping is found at every position", "[report]") {
  // Most values (ids, dates, languages, names) are shorter than one 16-byte block.
  const std::string base = "Київ 25.06 ТАСС";  // 21 bytes: cut to every length below
  for (size_t len = 0; len <= 17; ++len) {
    const std::string text = base.substr(0, len);
    CHECK(ViaCompactJson({text}) == ViaRapidJson({text}));
    for (size_t at = 0; at < len; ++at)
      for (char special : {'"', '\\', '\n', '\x01', '\x1f', '\0'}) {
        std::string t = text;
        t[at] = special;
        REQUIRE(ViaCompactJson({t}) == ViaRapidJson({t}));
      }
  }
}
