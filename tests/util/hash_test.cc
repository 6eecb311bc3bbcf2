#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <unordered_set>

#include "engine/util/hash.h"

using crosscheck::util::FastHash;
using crosscheck::util::FastStringHash;

TEST_CASE("FastHash depends on every byte of short and long keys", "[hash]") {
  // Token keys are mostly 1-20 bytes (Cyrillic letters take two): changing any one byte, or the
  // length, must change the hash, or the tail loads have skipped a byte.
  const std::string base = "міністроборони";  // 28 bytes
  for (size_t n = 1; n <= base.size(); ++n) {
    std::string key = base.substr(0, n);
    std::set<size_t> seen = {FastHash(key)};
    for (size_t i = 0; i < n; ++i) {
      std::string other = key;
      other[i] = static_cast<char>(other[i] ^ 0x01);
      seen.insert(FastHash(other));
    }
    CHECK(seen.size() == n + 1);
    CHECK(FastHash(key) != FastHash(base.substr(0, n - 1)));
  }
}

TEST_CASE("FastStringHash finds std::string keys by string_view", "[hash]") {
  std::unordered_set<std::string, FastStringHash, std::equal_to<>> words = {"остін", "шойгу", "austin", "", "a"};
  std::string_view text = "Остін: остін, шойгу та austin";
  CHECK(words.count(text.substr(12, 10)) == 1);  // "остін"
  CHECK(words.count(text.substr(0, 10)) == 0);   // "Остін": keys are folded before lookup
  CHECK(words.count(text.substr(24, 10)) == 1);  // "шойгу"
  CHECK(words.find(std::string_view()) != words.end());
  CHECK(FastHash(std::string("шойгу")) == FastHash(std::string_view("шойгу")));
}

TEST_CASE("SameBytes tells keys apart by any byte and by length, as == does", "[hash]") {
  using crosscheck::util::SameBytes;
  // Lengths 0..28 cover the byte loop (< 4), the two 4-byte loads, the two 8-byte loads (8-16),
  // whole 8-byte words and the overlapping last word; a flip at every position must be seen.
  const std::string base = "міністроборони";  // 28 bytes
  for (size_t n = 0; n <= base.size(); ++n) {
    const std::string key = base.substr(0, n);
    CHECK(SameBytes(key, std::string(key)));
    if (n > 0) CHECK_FALSE(SameBytes(key, base.substr(0, n - 1)));
    for (size_t i = 0; i < n; ++i) {
      std::string other = key;
      other[i] = static_cast<char>(other[i] ^ 0x01);
      INFO("length " << n << ", byte " << i);
      CHECK_FALSE(SameBytes(key, other));
    }
  }
  CHECK(SameBytes("", ""));
  CHECK(SameBytes("остін", "остін"));
  CHECK_FALSE(SameBytes("austin", "austen"));
  CHECK_FALSE(SameBytes("della", "dell'"));
}
