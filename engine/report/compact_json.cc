#include "engine/report/compact_json.h"

#include <array>
#include <charconv>
#include <cstring>

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

#if defined(__SSE2__)
// The bytes of block b that need escaping, as a bit mask (bit i: byte i).
inline unsigned JsonSpecials(__m128i b) {
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
  // b <= 0x1F (unsigned) exactly when max(b, 0x1F) == 0x1F.
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, quote), _mm_cmpeq_epi8(b, backslash)),
                                     _mm_cmpeq_epi8(_mm_max_epu8(b, control), control))));
}
#endif

// The first byte of [p, end) that needs escaping, or end.
const char* FindJsonSpecial(const char* p, const char* end) {
#if defined(__SSE2__)
  // Most strings (ids, dates, names) are shorter than 16 bytes: one block test.
  return util::FindInBlocks(p, end, JsonSpecials);
#else
  while (p < end && !kEscape[static_cast<unsigned char>(*p)]) ++p;
  return p;
#endif
}
}  // namespace

namespace {
constexpr char kHex[] = "0123456789ABCDEF";

// The escape of byte c (one that needs one) at p; returns its end.
char* WriteEscape(char* p, unsigned char c) {
  const char e = kEscape[c];
  *p++ = '\\';
  *p++ = e;
  if (e == 'u') {
    *p++ = '0';
    *p++ = '0';
    *p++ = kHex[c >> 4];
    *p++ = kHex[c & 0xF];
  }
  return p;
}
}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  out->push_back('"');
  const char* p = s.data();
  const char* const end = p + s.size();
  for (;;) {
    const char* special = FindJsonSpecial(p, end);
    out->append(p, static_cast<size_t>(special - p));
    if (special == end) break;
    char escape[6];
    out->append(escape,
                static_cast<size_t>(WriteEscape(escape, static_cast<unsigned char>(*special)) - escape));
    p = special + 1;
  }
  out->push_back('"');
}

namespace {
// The most bytes WriteJsonString writes for n bytes (every one escaped as \u00XX, and the quotes).
constexpr size_t JsonStringBound(size_t n) { return 2 + 6 * n; }

// `s` as a JSON string written at out, which has room for JsonStringBound(s.size()) bytes; returns
// the end of what was written.
char* WriteJsonString(char* out, std::string_view s) {
  *out++ = '"';
  const char* p = s.data();
  const char* const end = p + s.size();
  for (;;) {
    const char* special = FindJsonSpecial(p, end);
    std::memcpy(out, p, static_cast<size_t>(special - p));
    out += special - p;
    if (special == end) break;
    out = WriteEscape(out, static_cast<unsigned char>(*special));
    p = special + 1;
  }
  *out++ = '"';
  return out;
}
}  // namespace

void CompactJson::String(std::string_view s) {
  Separate();
  if (JsonStringBound(s.size()) <= kBuffer) {
    n_ = static_cast<size_t>(WriteJsonString(Room(JsonStringBound(s.size())), s) - buf_);
  } else {  // a long text (an evidence sentence) goes to the string directly
    Flush();
    AppendJsonString(out_, s);
  }
  Done();
}

void CompactJson::Int(int n) {
  Separate();
  char* p = Room(12);
  n_ = static_cast<size_t>(std::to_chars(p, p + 12, n).ptr - buf_);
  Done();
}

void CompactJson::Uint64(uint64_t n) {
  Separate();
  char* p = Room(20);
  n_ = static_cast<size_t>(std::to_chars(p, p + 20, n).ptr - buf_);
  Done();
}

}  // namespace crosscheck::report
