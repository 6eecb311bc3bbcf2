// The inline character classes must answer as util's do, for every code point.
#include "engine/util/chars.h"

#include <catch2/catch.hpp>

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
