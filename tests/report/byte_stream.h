// A RapidJSON output stream that is not rapidjson::StringBuffer: RapidJSON's writers escape byte by
// byte into it, without the SSE2 scan they have for StringBuffer only. The JSON writer tests compare
// our writers' bytes with RapidJSON's through it.
#ifndef CROSSCHECK_TESTS_REPORT_BYTE_STREAM_H_
#define CROSSCHECK_TESTS_REPORT_BYTE_STREAM_H_

#include <string>

namespace crosscheck::testing {

struct ByteStream {
  using Ch = char;
  std::string s;
  void Put(char c) { s.push_back(c); }
  void Flush() {}
};

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_REPORT_BYTE_STREAM_H_
