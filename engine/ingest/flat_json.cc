#include "engine/ingest/flat_json.h"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace crosscheck::ingest {

namespace {

// Bytes of slack the buffer keeps past the unescaped text: a block of sixteen is stored whole
// before the scan knows where the string ends in it.
constexpr size_t kSlack = 16;

// JSON's white space, as RapidJSON skips it between tokens.
inline bool IsJsonSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

inline const char* SkipSpace(const char* p, const char* end) {
  while (p < end && IsJsonSpace(*p)) ++p;
  return p;
}

// A byte that ends or escapes a string, or may not stand in one: '"', '\\', a control byte.
inline bool IsSpecial(char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }

// Copies [p, end) to *out up to the first special byte, and returns where that byte is (`end` when
// there is none); *out advances past the bytes before it. Up to kSlack bytes past the new *out may
// be written.
inline const char* CopyToSpecial(const char* p, const char* end, char** out) {
  char* o = *out;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), controls = _mm_set1_epi8(0x1F);
  for (; p + 16 <= end; p += 16, o += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
    // A byte <= 0x1F, unsigned, is one that subtracting 0x1F with unsigned saturation leaves 0.
    const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_cmpeq_epi8(_mm_subs_epu8(v, controls), _mm_setzero_si128()));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(special));
    if (mask) {
      const unsigned k = static_cast<unsigned>(__builtin_ctz(mask));
      *out = o + k;
      return p + k;
    }
  }
#endif
  while (p < end && !IsSpecial(*p)) *o++ = *p++;
  *out = o;
  return p;
}

// The byte each one-letter escape stands for ("\n" → '\n'), by the letter; 0 for the rest ("\u"
// included: this path leaves it to RapidJSON).
constexpr std::array<char, 256> kUnescaped = [] {
  std::array<char, 256> t{};
  t['"'] = '"';
  t['\\'] = '\\';
  t['/'] = '/';
  t['b'] = '\b';
  t['f'] = '\f';
  t['n'] = '\n';
  t['r'] = '\r';
  t['t'] = '\t';
  return t;
}();

// Reads the string whose opening quote is at p[-1] into *out, unescaped. Returns the byte after its
// closing quote and sets *value, or null when the string is not one this path takes (a key, `key`,
// may hold no escape).
const char* ReadString(const char* p, const char* end, bool key, char** out, std::string_view* value) {
  const char* const begin = *out;
  for (;;) {
    p = CopyToSpecial(p, end, out);
    if (p == end) return nullptr;  // unterminated
    if (*p == '"') {
      *value = std::string_view(begin, static_cast<size_t>(*out - begin));
      return p + 1;
    }
    if (*p != '\\' || key || p + 1 == end) return nullptr;  // a control byte, or an escape in a key
    const char c = kUnescaped[static_cast<unsigned char>(p[1])];
    if (c == 0) return nullptr;
    *(*out)++ = c;
    p += 2;
  }
}

}  // namespace

bool ReadFlatObject(std::string_view line, std::string* buffer, std::vector<FlatMember>* members) {
  members->clear();
  // Unescaped text is never longer than the line.
  if (buffer->size() < line.size() + kSlack) buffer->resize(line.size() + kSlack);
  char* out = buffer->data();
  const char* p = line.data();
  const char* const end = p + line.size();
  p = SkipSpace(p, end);
  if (p == end || *p != '{') return false;
  p = SkipSpace(p + 1, end);
  if (p == end || *p == '}') return false;  // an empty object: left to RapidJSON
  for (;;) {
    FlatMember m;
    if (*p != '"' || !(p = ReadString(p + 1, end, true, &out, &m.key))) return false;
    p = SkipSpace(p, end);
    if (p == end || *p != ':') return false;
    p = SkipSpace(p + 1, end);
    if (p == end || *p != '"' || !(p = ReadString(p + 1, end, false, &out, &m.value))) return false;
    members->push_back(m);
    p = SkipSpace(p, end);
    if (p == end) return false;
    if (*p == '}') break;
    if (*p != ',') return false;
    p = SkipSpace(p + 1, end);
    if (p == end) return false;
  }
  // Nothing but white space may follow the object.
  return SkipSpace(p + 1, end) == end;
}

}  // namespace crosscheck::ingest
