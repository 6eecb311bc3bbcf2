#include "engine/analyse/analysis.h"
#include "engine/util/text.h"

namespace crosscheck::analyse {

namespace {
bool IsInnerApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC || c == '`'; }
// util::IsLetter/IsUpper with ASCII and basic Cyrillic inlined: they run once per character.
inline bool Letter(char32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c >= 0x400 && c <= 0x45F) return true;
  return util::IsLetter(c);
}
inline bool Upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0x400 && c <= 0x45F) return c < 0x430;
  return util::IsUpper(c);
}
inline bool Digit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : util::IsDigit(c); }
inline bool Space(char32_t c) { return c < 0x80 ? (c == ' ' || (c >= 9 && c <= 13)) : util::IsSpace(c); }
}  // namespace

void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out) {
  size_t i = 0;
  bool space = true, newline = true;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = util::DecodeUtf8(text, &i);
    if (Space(c) || c == 0xA0 || c == 0x200B || c == 0xFEFF) {
      space = true;
      if (c == '\n') newline = true;
      continue;
    }
    Token t;
    t.start = base + static_cast<uint32_t>(start);
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    if (Letter(c) || (c >= 0x300 && c <= 0x36F)) {
      t.kind = TokenKind::kWord;
      t.upper_initial = Upper(c);
      bool all_upper = t.upper_initial;
      size_t end = i;
      while (end < text.size()) {
        size_t j = end;
        char32_t d = util::DecodeUtf8(text, &j);
        if (Letter(d) || (d >= 0x300 && d <= 0x36F) || d == 0xAD) {
          if (Letter(d) && !Upper(d)) all_upper = false;
          end = j;
          continue;
        }
        if (IsInnerApostrophe(d) && j < text.size()) {
          size_t k = j;
          char32_t e = util::DecodeUtf8(text, &k);
          if (Letter(e)) { end = j; continue; }
        }
        break;
      }
      i = end;
      t.all_upper = all_upper && (end - start) > 1;
    } else if (Digit(c)) {
      t.kind = TokenKind::kNumber;
      while (i < text.size()) {
        size_t j = i;
        if (!Digit(util::DecodeUtf8(text, &j))) break;
        i = j;
      }
    } else {
      t.kind = TokenKind::kPunct;
    }
    t.end = base + static_cast<uint32_t>(i);
    t.key = t.kind == TokenKind::kPunct ? std::string(text.substr(start, i - start))
                                        : util::FoldKey(text.substr(start, i - start));
    out->push_back(std::move(t));
  }
}

}  // namespace crosscheck::analyse
