// Sinks: where a writer of a large output (claims.jsonl, report.html, ...) puts its bytes, so an
// output is streamed to its file in pieces instead of being built as one string first.
//
//   util::OutputFile f;
//   Status s = f.Open("out/claims.jsonl");   // writes "<path>.tmp.<pid>"
//   f.Append(line); ...
//   s = f.Commit();                          // flush, close, rename over <path>
//
// A file that is never committed is removed (a crash or an error never leaves half a report under
// the final name). Not thread-safe: one writer per sink.
#ifndef CROSSCHECK_ENGINE_UTIL_SINK_H_
#define CROSSCHECK_ENGINE_UTIL_SINK_H_

#include <cstdio>
#include <cstring>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

#include "crosscheck/status.h"

namespace crosscheck::util {

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void Append(std::string_view bytes) = 0;
};

// Appends to a caller-owned string (tests, and outputs that are small by contract).
class StringSink : public Sink {
 public:
  explicit StringSink(std::string* out) : out_(out) {}
  void Append(std::string_view bytes) override { out_->append(bytes); }

 private:
  std::string* out_;
};

// The bytes a streaming writer puts into a Sink, as one string:
//   std::string html = util::Collect([&](util::Sink* s) { WriteHtmlReport(result, s); });
template <typename Write>
std::string Collect(Write&& write) {
  std::string out;
  StringSink sink(&out);
  write(&sink);
  return out;
}

// A file written through a temporary name and renamed on Commit, with a 1 MiB write buffer for
// small appends (an append of 64 KiB or more is written as it is, in order).
class OutputFile : public Sink {
 public:
  OutputFile() = default;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile() override;  // removes the temporary file unless committed

  Status Open(const std::string& path);
  void Append(std::string_view bytes) override;
  // Flushes, closes and renames the temporary file to the path given to Open. IoError when any
  // write failed (disk full) or the rename fails; the temporary file is then removed.
  Status Commit();
  // Bytes appended since Open.
  size_t bytes() const { return bytes_; }

 private:
  void FlushBuffer();
  std::string path_, tmp_;
  std::FILE* f_ = nullptr;
  std::string buf_;
  bool failed_ = false;
  size_t bytes_ = 0;
};

// A rapidjson output stream (Put/Flush) over a Sink, buffered. Call Flush() before the sink is
// committed (the destructor flushes too).
class JsonSinkStream {
 public:
  using Ch = char;
  explicit JsonSinkStream(Sink* sink) : sink_(sink), buf_(new char[kChunk]) {}
  JsonSinkStream(const JsonSinkStream&) = delete;
  JsonSinkStream& operator=(const JsonSinkStream&) = delete;
  ~JsonSinkStream() { Flush(); }
  void Put(char c) {  // called once per output byte: kept to a store and a compare
    buf_[n_++] = c;
    if (n_ == kChunk) Flush();
  }
  // The bytes of `s` in one call, as Put would put them one by one.
  void Write(std::string_view s) {
    if (s.size() <= kChunk - n_) {
      std::memcpy(buf_.get() + n_, s.data(), s.size());
      n_ += s.size();
      if (n_ == kChunk) Flush();
      return;
    }
    Flush();
    sink_->Append(s);
  }
  void Flush() {
    if (n_) sink_->Append(std::string_view(buf_.get(), n_));
    n_ = 0;
  }

 private:
  static constexpr size_t kChunk = 1 << 16;
  Sink* sink_;
  std::unique_ptr<char[]> buf_;
  size_t n_ = 0;
};

// A std::ostream over a Sink, for writers that want a stream (Boost's GraphML writer).
class SinkStreamBuf : public std::streambuf {
 public:
  explicit SinkStreamBuf(Sink* sink) : sink_(sink) {}

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) {
      char ch = traits_type::to_char_type(c);
      sink_->Append(std::string_view(&ch, 1));
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    sink_->Append(std::string_view(s, static_cast<size_t>(n)));
    return n;
  }

 private:
  Sink* sink_;
};

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_SINK_H_
