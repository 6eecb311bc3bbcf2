// The inline character classes must answer as util's do, for every code point.
#include "engine/util/chars.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/util/text.h"

namespace chars = crosscheck::util::chars;
namespace util = crosscheck::util;

TEST_CASE("Inline character classes agree with util's for every code point", "[chars]") {
  size_t differing = 0, letters = 0, uppers = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;  // surrogates: no code point of decoded UTF-8
    const bool same = chars::Letter(c) == util::IsLetter(c) && chars::Upper(c) == util::IsUpper(c) &&
                      chars::Digit(c) == util::IsDigit(c) && chars::Space(c) == util::IsSpace(c);
    if (!same) {
      ++differing;
      UNSCOPED_INFO("differs at U+" << std::hex << static_cast<uint32_t>(c));
    }
    letters += chars::Letter(c);
    uppers += chars::Upper(c);
  }
  CHECK(differing == 0);
  CHECK((chars::Letter(U'ї') && !chars::Upper(U'ї') && chars::Upper(U'Ї') && chars::Upper(U'Q')));
  CHECK((!chars::Letter('-') && chars::Space('\n') && !chars::Space(0x1F) && chars::Digit(U'٣')));
  CHECK(letters > 100000);  // every script's letters, not only the inline ranges
  CHECK(uppers > 1000);
}

#if defined(__SSE2__)
TEST_CASE("The Cyrillic block test accepts only lower-case letters that fold to themselves", "[chars]") {
  // Every two-byte sequence, in each lane of a block of ASCII bytes: a lane is accepted only whole,
  // and only if it holds a lower-case letter whose key (util::FoldChar) is itself.
  size_t accepted = 0, wrong = 0;
  for (uint32_t lead = 0xC2; lead < 0xE0; ++lead) {
    for (uint32_t cont = 0x80; cont < 0xC0; ++cont) {
      const char32_t cp = ((lead & 0x1F) << 6) | (cont & 0x3F);
      const bool plain = util::IsLetter(cp) && !util::IsUpper(cp) && util::FoldChar(cp) == cp;
      for (int lane = 0; lane < 8; ++lane) {
        unsigned char block[16];
        std::fill(block, block + 16, 'a');
        block[2 * lane] = static_cast<unsigned char>(lead);
        block[2 * lane + 1] = static_cast<unsigned char>(cont);
        const uint32_t m = chars::PlainLowerCyrillicPairs(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block)));
        if (m == 0) continue;
        ++accepted;
        wrong += m != (3u << (2 * lane)) || !plain;
      }
    }
  }
  CHECK(wrong == 0);
  CHECK(accepted == 8 * 47);  // а..я and ѐ..џ but ё, in every lane
}
#endif
