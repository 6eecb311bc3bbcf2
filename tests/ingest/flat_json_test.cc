// ReadFlatObject against RapidJSON itself: whenever the fast path reads a line, RapidJSON's reader
// gives the same events for it; and the shapes it leaves to RapidJSON are left.
#include "engine/ingest/flat_json.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "engine/util/json.h"

using crosscheck::ingest::FlatMember;
using crosscheck::ingest::ReadFlatObject;

namespace {

// RapidJSON's events for a text, one string each ("{", "K:id", "S:x", "}", "other", ...).
struct Recorder : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Recorder> {
  std::vector<std::string> events;
  bool Default() {
    events.push_back("other");
    return true;
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    events.push_back("S:" + std::string(s, n));
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    events.push_back("K:" + std::string(s, n));
    return true;
  }
  bool StartObject() {
    events.push_back("{");
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    events.push_back("}");
    return true;
  }
  bool StartArray() {
    events.push_back("[");
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    events.push_back("]");
    return true;
  }
};

// Whether the fast path read `line`; when it did, its members must be RapidJSON's events.
bool FastAndSameAsRapidJson(const std::string& line) {
  static std::string buffer;  // reused from line to line, as the reader reuses it
  std::vector<FlatMember> members;
  if (!ReadFlatObject(line, &buffer, &members)) return false;
  std::vector<std::string> fast = {"{"};
  for (const FlatMember& m : members) {
    fast.push_back("K:" + std::string(m.key));
    fast.push_back("S:" + std::string(m.value));
  }
  fast.push_back("}");
  rapidjson::Reader reader;
  Recorder slow;
  INFO(line);
  REQUIRE(crosscheck::util::ParseJsonEvents(line, &reader, &slow));
  CHECK(fast == slow.events);
  return true;
}

}  // namespace

TEST_CASE("ReadFlatObject reads records of string members as RapidJSON does", "[flat_json]") {
  const std::vector<std::string> lines = {
      R"({"id": "d1", "text": "One."})",
      R"({"id":"d1","text":"One."})",
      " \t{ \"id\" : \"d1\" ,\t\"text\" : \"One.\" }  \r",
      R"({"text": ""})",
      R"({"text": "Two paragraphs.\n\nThe second one, \"quoted\", with a back\\slash and a \/ slash."})",
      R"({"text": "\b\f\n\r\t\"\\\/"})",
      R"({"title": "Шойгу и Остин", "text": "Шойгу провел разговор с Остином.\nВторой абзац."})",
      // Runs of sixteen bytes and more, escapes at both ends and across block borders.
      R"({"text": "\nabcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz\n", )"
      R"("x": "0123456789abcde\n"})",
      R"({"text": "0123456789abcdef", "y": "0123456789abcdef\"", "z": "\"0123456789abcdef"})",
      R"({"id": "a", "id": "b", "text": "repeated names stay in order"})",
      std::string("{\"text\": \"invalid UTF-8 passes \xFF\xFE as RapidJSON lets it\"}"),
  };
  for (const auto& line : lines) CHECK(FastAndSameAsRapidJson(line));
}

TEST_CASE("ReadFlatObject leaves every other shape to RapidJSON", "[flat_json]") {
  const std::vector<std::string> lines = {
      "{}",
      "[]",
      R"("text")",
      R"({"id": 17, "text": "a number"})",
      R"({"text": null})",
      R"({"meta": {"id": "x"}, "text": "nested"})",
      R"({"tags": ["a"], "text": "array"})",
      R"({"text": "trailing comma",})",
      R"({"text": "a comment"} // note)",
      R"(/* lead */ {"text": "a comment"})",
      R"({"text": "\u0041 escape"})",
      R"({"te\u0078t": "escaped key"})",
      R"({"te\nxt": "escaped key"})",
      R"({"text": "bad \x escape"})",
      std::string("{\"text\": \"a raw\ttab\"}"),
      std::string("{\"text\": \"a NUL \0 byte\"}", 24),
      "\xEF\xBB\xBF{\"text\": \"a byte-order mark\"}",
      R"({"text": "unterminated)",
      R"({"text": "no closing brace")",
      R"({"text": "two"} {"text": "objects"})",
      R"({"text" "no colon"})",
      R"({"a": "b" "c": "d"})",
      R"({'text': 'single quotes'})",
  };
  for (const auto& line : lines) {
    INFO(line);
    CHECK_FALSE(FastAndSameAsRapidJson(line));
  }
}

TEST_CASE("ReadFlatObject agrees with RapidJSON on generated and mutated records", "[flat_json]") {
  // Records built from pieces that stress the scan (escapes, quotes, control and multi-byte bytes,
  // runs around sixteen bytes), then some with a byte changed, inserted or removed.
  const std::vector<std::string> pieces = {
      "a",    "0123456789abcdef", "\\n",  "\\\"", "\\\\", "\\/", "\\t", "\\u0041", "\\x", "\"", "\t",
      "\x01", "\xD0\x9F",         "\xFF", " ",    ":",    ",",   "{",   "}"};
  const std::string noise = " \t\r\"\\:,{}[]/*0n\x01\xD0";
  std::mt19937 rng(7);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  auto text = [&]() {
    std::string t;
    for (size_t k = pick(6); k-- > 0;) t += pieces[pick(pieces.size())];
    return t;
  };
  size_t fast = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string line = pick(4) == 0 ? " {" : "{";
    for (size_t m = 1 + pick(4); m-- > 0;) {
      line += "\"" + (pick(3) ? std::string("text") : text()) + "\"" + (pick(2) ? ": " : ":") + "\"" +
              text() + "\"";
      if (m) line += pick(2) ? ", " : ",";
    }
    line += pick(5) == 0 ? "} \r" : "}";
    if (pick(3) == 0 && !line.empty()) {
      size_t at = pick(line.size());
      switch (pick(3)) {
        case 0:
          line[at] = noise[pick(noise.size())];
          break;
        case 1:
          line.insert(at, 1, noise[pick(noise.size())]);
          break;
        default:
          line.erase(at, 1);
      }
    }
    fast += FastAndSameAsRapidJson(line);
  }
  CHECK(fast > 1000);  // the fast path is taken, not only ever declined
}
