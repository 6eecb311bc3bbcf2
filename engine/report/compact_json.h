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
  // Appends to *out, which must outlive the writer. The bytes reach *out in pieces; all of them are
  // there once the value is complete (its outermost EndObject / EndArray, or a value at the root).
  explicit CompactJson(std::string* out) : out_(out) {}
  CompactJson(const CompactJson&) = delete;
  CompactJson& operator=(const CompactJson&) = delete;

  void StartObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('['); }
  void EndArray() { Close(']'); }
  // A key written as a string literal (w.Key("participants")), checked when compiling: it may not
  // hold a byte that needs escaping, nor be longer than kMaxLiteralKey bytes (either fails to
  // compile). Copied with its quotes, comma and colon at once, without the escaping scan.
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
  // Always inlined: the key's length is then a constant, and its copy a few moves.
  [[gnu::always_inline]] void Key(LiteralKey k) {
    char* p = Room(k.view().size() + 4);
    if (comma_) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, k.view().data(), k.view().size());
    p += k.view().size();
    *p++ = '"';
    *p++ = ':';
    n_ = static_cast<size_t>(p - buf_);
    comma_ = false;
  }
  // Any other key (a std::string, a std::string_view; a runtime const char* as a std::string_view),
  // escaped.
  template <typename S>
    requires std::convertible_to<const S&, std::string_view> && (!std::is_array_v<S>) && (!std::is_pointer_v<S>)
  void Key(const S& k) {
    String(k);
    Put(':');
    comma_ = false;
  }
  void String(std::string_view s);
  void String(const char* s) { String(std::string_view(s)); }
  void String(const char* s, size_t n) { String(std::string_view(s, n)); }
  void Null() { Literal("null"); }
  void Bool(bool b) { Literal(b ? "true" : "false"); }
  void Int(int n);
  void Uint64(uint64_t n);

 private:
  // Small pieces gather in buf_ and go to *out_ a few hundred bytes at a time (an append to the
  // string per key, bracket and number was a third of claims.jsonl's cost).
  static constexpr size_t kBuffer = 512;
  // Where the next n (<= kBuffer) bytes go in buf_, after handing buf_ on if they would not fit.
  char* Room(size_t n) {
    if (kBuffer - n_ < n) Flush();
    return buf_ + n_;
  }
  void Flush() {
    out_->append(buf_, n_);
    n_ = 0;
  }
  void Put(char c) { *Room(1) = c, ++n_; }
  void Separate() {
    if (comma_) Put(',');
  }
  void Open(char c) {
    Separate();
    Put(c);
    ++depth_;
    comma_ = false;
  }
  void Close(char c) {
    Put(c);
    comma_ = true;
    if (--depth_ == 0) Flush();
  }
  // After a value: at the root, the value is complete.
  void Done() {
    comma_ = true;
    if (depth_ == 0) Flush();
  }
  void Literal(std::string_view s) {
    Separate();
    std::memcpy(Room(s.size()), s.data(), s.size());
    n_ += s.size();
    Done();
  }

  std::string* out_;
  bool comma_ = false;  // a value was written at this level: the next one (or key) needs a ','
  int depth_ = 0;       // objects and arrays open
  size_t n_ = 0;        // bytes in buf_
  char buf_[kBuffer];
};

}  // namespace crosscheck::report

#endif  // CROSSCHECK_ENGINE_REPORT_COMPACT_JSON_H_
