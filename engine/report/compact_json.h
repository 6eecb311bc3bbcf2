// CompactJson: JSON written straight into a std::string, byte for byte what rapidjson::Writer writes
// (compact; UTF-8 in and out, no validation) for the same calls, without a stream call per byte.
// claims.jsonl, a third of a run's output, is written with it.
//
//   std::string line;
//   CompactJson w(&line);
//   w.StartObject(); w.Key("id"); w.String(c.id); w.Key("hedged"); w.Bool(false); w.EndObject();
//
// Strings are escaped as RapidJSON escapes them: '"' and '\' with a backslash; \b \t \n \f \r; every
// other byte below 0x20 as \u00XX (upper-case hex); every other byte, UTF-8 or not, is copied. Runs
// without such bytes are found 16 bytes at a time (SSE2). (Not rapidjson::Writer<StringBuffer>: with
// RAPIDJSON_SSE2 its 16-byte scan lets the bytes 0x1A-0x1F through unescaped, which is not JSON.)
// The calls must form one JSON value, as with rapidjson::Writer (not checked). Not thread-safe.
#ifndef CROSSCHECK_ENGINE_REPORT_COMPACT_JSON_H_
#define CROSSCHECK_ENGINE_REPORT_COMPACT_JSON_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck::report {

// `s` as a JSON string (quoted, escaped as above), appended to *out.
void AppendJsonString(std::string* out, std::string_view s);

class CompactJson {
 public:
  // Appends to *out, which must outlive the writer.
  explicit CompactJson(std::string* out) : out_(out) {}

  void StartObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view k) {
    Separate();
    AppendJsonString(out_, k);
    out_->push_back(':');
    comma_ = false;
  }
  void Key(const char* k) { Key(std::string_view(k)); }
  void String(std::string_view s) {
    Separate();
    AppendJsonString(out_, s);
    comma_ = true;
  }
  void String(const char* s) { String(std::string_view(s)); }
  void String(const char* s, size_t n) { String(std::string_view(s, n)); }
  void Null() { Literal("null"); }
  void Bool(bool b) { Literal(b ? "true" : "false"); }
  void Int(int n);
  void Uint64(uint64_t n);

 private:
  void Separate() {
    if (comma_) out_->push_back(',');
  }
  void Open(char c) {
    Separate();
    out_->push_back(c);
    comma_ = false;
  }
  void Close(char c) {
    out_->push_back(c);
    comma_ = true;
  }
  void Literal(std::string_view s) {
    Separate();
    out_->append(s);
    comma_ = true;
  }

  std::string* out_;
  bool comma_ = false;  // a value was written at this level: the next one (or key) needs a ','
};

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_COMPACT_JSON_H_
