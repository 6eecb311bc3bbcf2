// PrettyJson: indented JSON written straight into a std::string, byte for byte what
// rapidjson::PrettyWriter writes (four spaces a level, "key": value, kFormatSingleLineArray for
// arrays kept on one line) for the same calls, without a stream call per byte. events.json and
// findings.json are written with it.
//
//   std::string out;
//   PrettyJson w(&out);
//   w.StartObject(); w.Key("id"); w.String(e.id); w.EndObject();
//
// Strings and keys are escaped as CompactJson escapes them (compact_json.h: RapidJSON's escaping).
// The calls must form one JSON value, as with rapidjson::PrettyWriter (not checked). The caller may
// hand out's bytes on (and clear it) between any two calls: the writer keeps no offsets into it.
// Not thread-safe.
#ifndef CROSSCHECK_ENGINE_REPORT_PRETTY_JSON_H_
#define CROSSCHECK_ENGINE_REPORT_PRETTY_JSON_H_

#include <rapidjson/prettywriter.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::report {

class PrettyJson {
 public:
  // Appends to *out, which must outlive the writer.
  explicit PrettyJson(std::string* out) : out_(out) {}

  void StartObject() { Open('{', false); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('[', true); }
  void EndArray() { Close(']'); }
  // A key is written as a string (and must be one where a key goes).
  void Key(std::string_view k) { String(k); }
  void Key(const char* k, size_t n) { String(std::string_view(k, n)); }
  void String(std::string_view s);
  void String(const char* s) { String(std::string_view(s)); }
  void String(const char* s, size_t n) { String(std::string_view(s, n)); }
  void Null() { Literal("null"); }
  void Bool(bool b) { Literal(b ? "true" : "false"); }
  void Int(int n);
  void Uint64(uint64_t n);
  // `append(out)` appends one complete value (already JSON, as RapidJSON's RawValue takes it),
  // placed where the next value goes.
  template <typename F>
  void Raw(F&& append) {
    Prefix();
    append(out_);
  }
  // kFormatSingleLineArray: arrays written from now on stay on one line; kFormatDefault: they do not.
  void SetFormatOptions(rapidjson::PrettyFormatOptions options) {
    single_line_arrays_ = (options & rapidjson::kFormatSingleLineArray) != 0;
  }

 private:
  struct Level {
    bool in_array;
    size_t values;  // written at this level so far; in an object, keys count too
  };
  // What rapidjson::PrettyWriter::PrettyPrefix writes before a value (or a key).
  void Prefix();
  void Indent() { out_->append(4 * levels_.size(), ' '); }
  void Open(char c, bool array) {
    Prefix();
    levels_.push_back({array, 0});
    out_->push_back(c);
  }
  void Close(char c);
  void Literal(std::string_view s) {
    Prefix();
    out_->append(s);
  }

  std::string* out_;
  std::vector<Level> levels_;
  bool single_line_arrays_ = false;
};

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_PRETTY_JSON_H_
