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

#include <concepts>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

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
  // A key written as a string literal (w.Key("participants")), checked when compiling: it may not
  // hold a byte that needs escaping, nor be longer than kMaxLiteralKey bytes (either fails to
  // compile). Appended with its quotes, comma and colon at once, without the escaping scan.
  static constexpr size_t kMaxLiteralKey = 64;
  class LiteralKey {
   public:
    template <size_t N>
    consteval LiteralKey(const char (&k)[N]) : s_(k, N - 1) {  // NOLINT: implicit, for w.Key("id")
      if (N - 1 > kMaxLiteralKey) throw "CompactJson::Key: literal key too long";
      for (size_t i = 0; i + 1 < N; ++i)
        if (static_cast<unsigned char>(k[i]) < 0x20 || k[i] == '"' || k[i] == '\\')
          throw "CompactJson::Key: literal key needs escaping";
    }
    std::string_view view() const { return s_; }

   private:
    std::string_view s_;
  };
  void Key(LiteralKey k) {
    char piece[kMaxLiteralKey + 4];
    char* p = piece;
    if (comma_) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, k.view().data(), k.view().size());
    p += k.view().size();
    *p++ = '"';
    *p++ = ':';
    out_->append(piece, static_cast<size_t>(p - piece));
    comma_ = false;
  }
  // Any other key (a std::string, a std::string_view; a runtime const char* as a std::string_view),
  // escaped.
  template <typename S>
    requires std::convertible_to<const S&, std::string_view> && (!std::is_array_v<S>) && (!std::is_pointer_v<S>)
  void Key(const S& k) {
    Separate();
    AppendJsonString(out_, k);
    out_->push_back(':');
    comma_ = false;
  }
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
