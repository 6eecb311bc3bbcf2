#include "engine/report/compact_json.h"

#include <array>
#include <charconv>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/util/block_scan.h"

namespace crosscheck::report {

namespace {
// What follows the backslash of an escaped byte ('u': \u00XX); 0: copied as is. RapidJSON's table.
constexpr std::array<char, 256> kEscape = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = 'u';
  t['\b'] = 'b';
  t['\t'] = 't';
  t['\n'] = 'n';
  t['\f'] = 'f';
  t['\r'] = 'r';
  t['"'] = '"';
  t['\\'] = '\\';
  return t;
}();

// The first byte of [p, end) that needs escaping, or end.
const char* FindJsonSpecial(const char* p, const char* end) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
  // b <= 0x1F (unsigned) exactly when max(b, 0x1F) == 0x1F.
  auto hits = [&](__m128i b) {
    return static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, quote), _mm_cmpeq_epi8(b, backslash)),
                                       _mm_cmpeq_epi8(_mm_max_epu8(b, control), control))));
  };
  // Most strings (ids, dates, names) are shorter than 16 bytes: one block test.
  return util::FindInBlocks(p, end, hits);
#else
  while (p < end && !kEscape[static_cast<unsigned char>(*p)]) ++p;
  return p;
#endif
}
}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->push_back('"');
  const char* p = s.data();
  const char* const end = p + s.size();
  for (;;) {
    const char* special = FindJsonSpecial(p, end);
    out->append(p, static_cast<size_t>(special - p));
    if (special == end) break;
    const unsigned char c = static_cast<unsigned char>(*special);
    const char e = kEscape[c];
    if (e == 'u') {
      const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out->append(u, sizeof u);
    } else {
      const char two[] = {'\\', e};
      out->append(two, sizeof two);
    }
    p = special + 1;
  }
  out->push_back('"');
}

void CompactJson::Int(int n) {
  Separate();
  char digits[16];
  out_->append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
  comma_ = true;
}

void CompactJson::Uint64(uint64_t n) {
  Separate();
  char digits[24];
  out_->append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
  comma_ = true;
}

}  // namespace crosscheck::report
