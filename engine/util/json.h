// JSON in and out (RapidJSON): files parsed with line:column errors, optional schema validation,
// and a small writer facade so every output file is written the same way.
#ifndef CROSSCHECK_ENGINE_UTIL_JSON_H_
#define CROSSCHECK_ENGINE_UTIL_JSON_H_

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

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
// Reads and parses a file.
Status ReadJsonFile(const std::string& path, rapidjson::Document* doc);

// Validates `doc` against the JSON Schema in `schema`. Each violation becomes one message
// "<name>: <json pointer>: <keyword> ..." appended to `errors`. Returns true when valid.
bool ValidateAgainstSchema(const rapidjson::Document& schema, const rapidjson::Value& doc,
                           const std::string& name, std::vector<std::string>* errors);

// Typed reads that tolerate a missing member (default) and reject a wrong type (returns default).
std::string GetString(const rapidjson::Value& v, const char* key, std::string def = "");
int GetInt(const rapidjson::Value& v, const char* key, int def = 0);
double GetDouble(const rapidjson::Value& v, const char* key, double def = 0);
bool GetBool(const rapidjson::Value& v, const char* key, bool def = false);
std::vector<std::string> GetStrings(const rapidjson::Value& v, const char* key);

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;
using PrettyJsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// Writes s as a JSON string.
template <typename W>
void WriteString(W& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
template <typename W>
void WriteStrings(W& w, const std::vector<std::string>& v) {
  w.StartArray();
  for (const auto& s : v) WriteString(w, s);
  w.EndArray();
}
// Writes a string, or null when it is empty.
template <typename W>
void WriteStringOrNull(W& w, std::string_view s) {
  if (s.empty()) w.Null(); else WriteString(w, s);
}

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_JSON_H_
