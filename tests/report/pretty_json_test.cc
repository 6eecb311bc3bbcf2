// PrettyJson writes what rapidjson::PrettyWriter writes (events.json and findings.json stay as they
// were): nesting, empty containers, one-line arrays, keys and values of every kind.
#include <catch2/catch.hpp>

#include <rapidjson/prettywriter.h>

#include <string>
#include <vector>

#include "engine/report/pretty_json.h"
#include "engine/util/json.h"
#include "report/byte_stream.h"

using namespace crosscheck::report;
using crosscheck::testing::ByteStream;

namespace {

// The same document through both writers, with the helpers events.json and findings.json use.
template <typename W>
void WriteDocument(W& w, const std::vector<std::string>& texts) {
  using crosscheck::util::WriteString;
  using crosscheck::util::WriteStringOrNull;
  using crosscheck::util::WriteStrings;
  w.StartObject();
  w.Key("schema_version");
  w.String("1.0");
  w.Key("events");
  w.StartArray();
  for (size_t i = 0; i < texts.size(); ++i) {
    w.StartObject();
    w.Key("id");
    WriteString(w, texts[i]);
    w.Key("date");
    WriteStringOrNull(w, i % 2 ? texts[i] : "");
    w.Key("participants");
    WriteStrings(w, std::vector<std::string>(texts.begin(), texts.begin() + i));
    w.Key(texts[i].c_str());  // a key from data (a slot name)
    w.StartArray();
    for (size_t j = 0; j < i; ++j) {
      w.StartObject();
      w.Key("value");
      WriteString(w, texts[j]);
      w.Key("independent");
      w.Int(static_cast<int>(j) - 1);
      w.Key("event_claims");
      w.Uint64(18446744073709551615ull - j);
      w.Key("hedged");
      w.Bool(j % 2 == 0);
      w.Key("empty");
      w.StartObject();
      w.EndObject();
      w.Key("none");
      w.StartArray();
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("empty_flat");
  WriteStrings(w, {});
  w.EndObject();
}
}  // namespace

TEST_CASE("PrettyJson writes what rapidjson::PrettyWriter writes", "[report]") {
  const std::vector<std::string> texts = {
      "call-2024-06-25-austin-belousov",
      "Міністр оборони \"Остін\"\n\tпровів розмову",
      "",
      "back\\slash \x01 \x1f DEL \x7F invalid \xFF",
      "date",
  };
  ByteStream os;
  rapidjson::PrettyWriter<ByteStream> rw(os);
  WriteDocument(rw, texts);
  std::string out;
  PrettyJson pw(&out);
  WriteDocument(pw, texts);
  CHECK(out == os.s);
  CHECK(out.find("\"participants\": [\"call-2024-06-25-austin-belousov\", ") != std::string::npos);
}

TEST_CASE("PrettyJson places a raw value as a value of its own", "[report]") {
  std::string out;
  PrettyJson w(&out);
  w.StartObject();
  w.Key("claims");
  w.Raw([](std::string* o) { o->append("[\"d1#1\", \"d7#2\"]"); });
  w.Key("n");
  w.Int(2);
  w.EndObject();
  CHECK(out == "{\n    \"claims\": [\"d1#1\", \"d7#2\"],\n    \"n\": 2\n}");
}
