#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "engine/util/json.h"

using crosscheck::util::JsonSchema;
using crosscheck::util::ParseJson;
using crosscheck::util::ValidateAgainstSchema;

namespace {

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document d;
  REQUIRE(ParseJson(text, "test", &d).ok());
  return d;
}

// A schema in the shape of the rule files': a list of entries with an id and a two-letter side.
const char* kSchema = R"({
  "type": "object",
  "properties": {"persons": {"type": "array", "items": {
    "type": "object", "required": ["id"],
    "properties": {"id": {"type": "string"}, "side": {"type": "string", "pattern": "^[A-Z]{2}$"}}}}}
})";

}  // namespace

TEST_CASE("A compiled schema validates one document after another as a fresh one would", "[json]") {
  rapidjson::Document schema = Parse(kSchema);
  JsonSchema compiled(schema);
  const std::vector<std::string> docs = {
      R"({"persons": [{"id": "Володимир Зеленський", "side": "UA"}]})",
      R"({"persons": [{"id": "Андрей Белоусов", "side": "RUS"}]})",  // side breaks the pattern
      R"({"persons": [{"id": "Guido Crosetto", "side": "IT"}]})",
      R"({"persons": [{"side": "US"}]})",  // no id
  };
  for (const std::string& text : docs) {
    rapidjson::Document d = Parse(text);
    std::vector<std::string> once, fresh;
    bool ok = compiled.Validate(d, "persons.json", &once);
    CHECK(ok == ValidateAgainstSchema(schema, d, "persons.json", &fresh));
    CHECK(once == fresh);
  }
  std::vector<std::string> errors;
  CHECK_FALSE(compiled.Validate(Parse(docs[1]), "persons.json", &errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "persons.json: #/persons/0/side: violates 'pattern' (schema #/properties/persons/items/properties/side)");
  CHECK(compiled.Validate(Parse(docs[2]), "persons.json", &errors));
  CHECK(errors.size() == 1);  // a valid document adds nothing
}

TEST_CASE("A compiled schema keeps its own copy of the schema document", "[json]") {
  std::vector<std::string> errors;
  auto compiled = [] {
    rapidjson::Document schema = Parse(kSchema);
    return std::make_unique<JsonSchema>(schema);
  }();  // the parsed schema is gone
  CHECK(compiled->Validate(Parse(R"({"persons": [{"id": "Lloyd Austin", "side": "US"}]})"), "a", &errors));
  CHECK_FALSE(compiled->Validate(Parse(R"({"persons": [{"id": "Lloyd Austin", "side": "usa"}]})"), "b", &errors));
  CHECK(errors.size() == 1);
}

TEST_CASE("JsonWriter escapes every control byte, 0x1A-0x1F included, at any offset", "[json]") {
  // A scraped title or a rule-file test document can carry a stray ESC or SUB from a broken page;
  // what we write must still be JSON (RapidJSON's 16-byte scan for StringBuffer let 0x1A-0x1F through).
  const std::string base = "Остін і Шойгу провели розмову — colloquio telefonico del 13 maggio";
  for (unsigned char c = 0x01; c < 0x20; ++c) {
    for (size_t at : {size_t{0}, size_t{5}, size_t{15}, size_t{16}, size_t{31}, base.size()}) {
      std::string text = base;
      text.insert(at, 1, static_cast<char>(c));
      crosscheck::util::JsonBuffer sb;
      crosscheck::util::JsonWriter w(sb);
      w.StartObject();
      w.Key("title");
      crosscheck::util::WriteString(w, text);
      w.EndObject();
      std::string json = sb.GetString();
      for (char b : json) CHECK(static_cast<unsigned char>(b) >= 0x20);
      rapidjson::Document d = Parse(json);
      CHECK(std::string(d["title"].GetString(), d["title"].GetStringLength()) == text);
    }
  }
}
