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

// A token's key, folded (util::FoldChar) code point by code point while the token is scanned,
// instead of decoding it a second time through util::FoldKey.
class KeyBuilder {
 public:
  explicit KeyBuilder(const char32_t* folds) : folds_(folds) {}
  void Add(char32_t c) {
    c = c < util::kFoldTableEnd ? folds_[c] : util::FoldChar(c);
    if (c == 0) return;
    if (n_ + 4 <= sizeof buf_) n_ += util::EncodeUtf8(c, buf_ + n_);
    else overflow_ = true;
  }
  // Stores in *key the key of `text`, whose code points were all Add()ed since the last Take.
  void Take(std::string_view text, std::string* key) {
    if (overflow_) *key = util::FoldKey(text);
    else key->assign(buf_, n_);
    n_ = 0;
    overflow_ = false;
  }

 private:
  const char32_t* folds_;
  char buf_[128];
  size_t n_ = 0;
  bool overflow_ = false;  // a very long token: fold it the slow way
};

}  // namespace

void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out) {
  KeyBuilder key(util::FoldTable());
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
    Token& t = out->emplace_back();  // filled in place: moving a Token copies its key
    t.start = base + static_cast<uint32_t>(start);
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    if (Letter(c) || (c >= 0x300 && c <= 0x36F)) {
      t.kind = TokenKind::kWord;
      t.upper_initial = Upper(c);
      key.Add(c);
      bool all_upper = t.upper_initial;
      size_t end = i;
      while (end < text.size()) {
        size_t j = end;
        char32_t d = util::DecodeUtf8(text, &j);
        if (Letter(d) || (d >= 0x300 && d <= 0x36F) || d == 0xAD) {
          if (Letter(d) && !Upper(d)) all_upper = false;
          key.Add(d);
          end = j;
          continue;
        }
        if (IsInnerApostrophe(d) && j < text.size()) {
          size_t k = j;
          char32_t e = util::DecodeUtf8(text, &k);
          if (Letter(e)) {
            key.Add(d);
            end = j;
            continue;
          }
        }
        break;
      }
      i = end;
      t.all_upper = all_upper && (end - start) > 1;
      key.Take(text.substr(start, i - start), &t.key);
    } else if (Digit(c)) {
      t.kind = TokenKind::kNumber;
      key.Add(c);
      while (i < text.size()) {
        size_t j = i;
        char32_t d = util::DecodeUtf8(text, &j);
        if (!Digit(d)) break;
        key.Add(d);
        i = j;
      }
      key.Take(text.substr(start, i - start), &t.key);
    } else {
      t.kind = TokenKind::kPunct;
      t.key.assign(text.substr(start, i - start));
    }
    t.end = base + static_cast<uint32_t>(i);
  }
}

}  // namespace crosscheck::analyse
