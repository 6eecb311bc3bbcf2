#include "engine/ingest/encoding.h"

#include <unicode/ucnv.h>

#include <cstdint>
#include <vector>

#include "engine/util/text.h"

namespace crosscheck::ingest {

size_t CountInvalidUtf8(std::string_view s) { return util::CheckUtf8(s).invalid; }

std::string GuessLegacyCharset(std::string_view s) {
  if (s.size() >= 2) {
    unsigned char a = static_cast<unsigned char>(s[0]), b = static_cast<unsigned char>(s[1]);
    if (a == 0xFF && b == 0xFE) return "utf-16le";
    if (a == 0xFE && b == 0xFF) return "utf-16be";
  }
  std::string_view head = s.substr(0, std::min<size_t>(s.size(), 1 << 16));
  size_t high = 0, ascii_letters = 0;
  for (unsigned char c : head) {
    if (c >= 0x80) ++high;
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++ascii_letters;
  }
  size_t bad = CountInvalidUtf8(head);
  // Valid UTF-8 with a few broken sequences is repaired (and counted); only text where broken
  // sequences are many and make up a good part of the non-ASCII bytes is transcoded.
  if (bad < 16 || bad * 4 < high) return "";
  return high > ascii_letters ? "windows-1251" : "windows-1252";
}

std::optional<std::string> ToUtf8(std::string_view s, const std::string& charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::vector<char> out(s.size() * 3 + 16);
  int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()), s.data(),
                           static_cast<int32_t>(s.size()), &err);
  if (U_FAILURE(err)) return std::nullopt;
  std::string r(out.data(), static_cast<size_t>(n));
  if (r.rfind("\xEF\xBB\xBF", 0) == 0) r.erase(0, 3);
  return r;
}

}  // namespace crosscheck::ingest
