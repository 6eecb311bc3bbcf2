// JSON in and out (RapidJSON): files parsed with line:column errors, optional schema validation,
// and a small writer facade so every output file is written the same way.
#ifndef CROSSCHECK_ENGINE_UTIL_JSON_H_
#define CROSSCHECK_ENGINE_UTIL_JSON_H_

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::util {

// Line and column (1-based) of byte `offset` in `text`.
struct LineCol {
  size_t line = 1;
  size_t column = 1;
};
LineCol LineColAt(std::string_view text, size_t offset);

// Parses `text` (named `name` in errors). On a syntax error the Status reads
// "<name>:<line>:<col>: <what RapidJSON says>".
Status ParseJson(std::string_view text, const std::string& name, rapidjson::Document* doc);
// The same for a whole string, faster: unless it holds a NUL byte or starts with a BOM, RapidJSON
// reads it as a NUL-terminated buffer, where it copies strings 16 bytes at a time.
Status ParseJson(const std::string& text, const std::string& name, rapidjson::Document* doc);
// Reads and parses a file.
Status ReadJsonFile(const std::string& path, rapidjson::Document* doc);

// The syntax ParseJson accepts: JSON with comments and trailing commas.
inline constexpr unsigned kJsonParseFlags = rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag;

// A text RapidJSON reads as ParseJson does only through a sized stream (which skips a UTF-8 BOM and
// reads past a NUL byte), not as a NUL-terminated string or in place.
inline bool NeedsSizedStream(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" || text.find('\0') != std::string_view::npos;
}

// Streams `text` through RapidJSON's SAX reader as events to `handler` (no DOM is built), reading
// it as ParseJson(const std::string&, ...) does. False on a syntax error, or when the handler
// stops; ParseJson on the same text then gives the error message. `reader` is reused between
// calls (its stack keeps its memory).
template <typename Handler>
bool ParseJsonEvents(const std::string& text, rapidjson::Reader* reader, Handler* handler) {
  if (NeedsSizedStream(text)) {
    rapidjson::MemoryStream ms(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> is(ms);
    return !reader->Parse<kJsonParseFlags>(is, *handler).IsError();
  }
  rapidjson::StringStream is(text.c_str());
  return !reader->Parse<kJsonParseFlags>(is, *handler).IsError();
}

// Validates `doc` against the JSON Schema in `schema`. Each violation becomes one message
// "<name>: <json pointer>: <keyword> ..." appended to `errors`. Returns true when valid.
bool ValidateAgainstSchema(const rapidjson::Document& schema, const rapidjson::Value& doc,
                           const std::string& name, std::vector<std::string>* errors);

// A JSON Schema compiled once, for validating many documents (ValidateAgainstSchema compiles its
// schema on every call, which costs about as much as the validation). Validate reports as
// ValidateAgainstSchema does. Keeps its own copy of the schema. Validate is const and thread-safe.
class JsonSchema {
 public:
  explicit JsonSchema(const rapidjson::Document& schema);
  ~JsonSchema();
  JsonSchema(const JsonSchema&) = delete;
  JsonSchema& operator=(const JsonSchema&) = delete;
  bool Validate(const rapidjson::Value& doc, const std::string& name, std::vector<std::string>* errors) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

// Typed reads that tolerate a missing member (default) and reject a wrong type (returns default).
std::string GetString(const rapidjson::Value& v, const char* key, std::string def = "");
int GetInt(const rapidjson::Value& v, const char* key, int def = 0);
double GetDouble(const rapidjson::Value& v, const char* key, double def = 0);
bool GetBool(const rapidjson::Value& v, const char* key, bool def = false);
std::vector<std::string> GetStrings(const rapidjson::Value& v, const char* key);

// The buffer JsonWriter writes into. Not rapidjson::StringBuffer itself: with RAPIDJSON_SSE2 (set for
// the reader in cmake/CrosscheckDeps.cmake) rapidjson::Writer<StringBuffer> scans strings 16 bytes at
// a time and lets the bytes 0x1A-0x1F through unescaped, which is not JSON; for any other stream type
// the Writer escapes byte by byte (as report/compact_json.h does in bulk).
struct JsonBuffer : rapidjson::StringBuffer {};
using JsonWriter = rapidjson::Writer<JsonBuffer>;
using PrettyJsonWriter = rapidjson::PrettyWriter<JsonBuffer>;

// Writes s as a JSON string.
template <typename W>
void WriteString(W& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
// Writes an array whose elements `write_elements()` writes. A pretty writer puts it on one line
// (`"claims": ["d1#1", "d7#2"]`): lists of ids stay readable, and a finding backed by thousands of
// claims does not take thousands of lines. Other writers write it as usual.
template <typename W, typename F>
void WriteFlatArray(W& w, F&& write_elements) {
  if constexpr (requires { w.SetFormatOptions(rapidjson::kFormatSingleLineArray); }) {
    w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
    w.StartArray();
    write_elements();
    w.EndArray();
    w.SetFormatOptions(rapidjson::kFormatDefault);
  } else {
    w.StartArray();
    write_elements();
    w.EndArray();
  }
}
// Writes an array of strings (one line under a pretty writer).
template <typename W>
void WriteStrings(W& w, const std::vector<std::string>& v) {
  WriteFlatArray(w, [&] { for (const auto& s : v) WriteString(w, s); });
}
// Writes a string, or null when it is empty.
template <typename W>
void WriteStringOrNull(W& w, std::string_view s) {
  if (s.empty()) w.Null(); else WriteString(w, s);
}

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_JSON_H_
