#include <cstring>
#include <vector>

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

// What the tokenizer asks of one code point, looked up once per character: its classes and its
// folded UTF-8 bytes (util::FoldChar, encoded). Info() is the definition; code points below
// util::kFoldTableEnd (Latin, Greek, Cyrillic) come from a table of Info() built on first use.
enum : uint8_t {
  kLetterC = 1,
  kUpperC = 2,
  kMarkC = 4,
  kSoftHyphenC = 8,
  kDigitC = 16,
  kBlankC = 32,
  kLowerC = 64,  // a letter that is not upper case: a word with one is not all upper case
};
constexpr uint8_t kWordStart = kLetterC | kMarkC;  // starts a word: a letter or a combining mark
constexpr uint8_t kInWord = kWordStart | kSoftHyphenC;
struct alignas(8) CharInfo {  // 8 bytes: the table is indexed with a shift
  uint8_t cls = 0;
  uint8_t fold_len = 0;  // 0: the character is dropped from keys (apostrophes, soft hyphens)
  char fold[4] = {};
};

CharInfo Info(char32_t c) {
  CharInfo r;
  if (Letter(c)) r.cls |= kLetterC;
  if (Upper(c)) r.cls |= kUpperC;
  if ((r.cls & (kLetterC | kUpperC)) == kLetterC) r.cls |= kLowerC;
  if (c >= 0x300 && c <= 0x36F) r.cls |= kMarkC;
  if (c == 0xAD) r.cls |= kSoftHyphenC;
  if (Digit(c)) r.cls |= kDigitC;
  if (Space(c) || c == 0xA0 || c == 0x200B || c == 0xFEFF) r.cls |= kBlankC;
  char32_t f = util::FoldChar(c);
  if (f != 0) r.fold_len = static_cast<uint8_t>(util::EncodeUtf8(f, r.fold));
  return r;
}

const CharInfo* InfoTable() {
  static const std::vector<CharInfo> table = [] {
    std::vector<CharInfo> t(util::kFoldTableEnd);
    for (char32_t c = 0; c < util::kFoldTableEnd; ++c) t[c] = Info(c);
    return t;
  }();
  return table.data();
}

// A token's key, folded code point by code point while the token is scanned, instead of decoding it
// a second time through util::FoldKey.
class KeyBuilder {
 public:
  // Copies all four bytes of c.fold whatever fold_len is (also 0): one move, no branch on length.
  void Add(const CharInfo& c) {
    if (n_ + 4 <= sizeof buf_) {
      std::memcpy(buf_ + n_, c.fold, 4);
      n_ += c.fold_len;
    } else {
      overflow_ = true;
    }
  }
  // Stores in *key (empty) the key of `text`, whose code points were all Add()ed since the last
  // Take. append() copies once, inline; assign() is an out-of-line call that first checks whether
  // the bytes lie in the string itself.
  void Take(std::string_view text, std::string* key) {
    if (overflow_) *key = util::FoldKey(text);
    else key->append(buf_, n_);
    n_ = 0;
    overflow_ = false;
  }

 private:
  char buf_[128];
  size_t n_ = 0;
  bool overflow_ = false;  // a very long token: fold it the slow way
};

}  // namespace

void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out) {
  const CharInfo* table = InfoTable();
  CharInfo rare;  // Info() of the last code point past the table
  auto info = [&](char32_t c) -> const CharInfo& {
    if (c < util::kFoldTableEnd) return table[c];
    rare = Info(c);
    return rare;
  };
  // The code point at text[*at] (in *cp; *at moves past it) and its CharInfo. One- and two-byte
  // sequences, valid, are decoded here and are all in the table: no range check, no call.
  static_assert(util::kFoldTableEnd >= 0x800);
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
  auto next = [&](size_t* at, char32_t* cp) -> const CharInfo& {
    size_t k = *at;
    unsigned char b = bytes[k];
    if (b < 0x80) {
      *at = k + 1;
      *cp = b;
      return table[b];
    }
    if (b >= 0xC2 && b < 0xE0 && k + 1 < text.size() && (bytes[k + 1] & 0xC0) == 0x80) {
      *at = k + 2;
      *cp = (static_cast<char32_t>(b & 0x1F) << 6) | (bytes[k + 1] & 0x3F);
      return table[*cp];
    }
    *cp = util::DecodeUtf8(text, at);
    return info(*cp);
  };
  KeyBuilder key;
  size_t i = 0;
  bool space = true, newline = true;
  while (i < text.size()) {
    size_t start = i;
    char32_t cp;
    const CharInfo& c = next(&i, &cp);
    if (c.cls & kBlankC) {
      space = true;
      if (cp == '\n') newline = true;
      continue;
    }
    Token& t = out->emplace_back();  // filled in place: moving a Token copies its key
    t.start = base + static_cast<uint32_t>(start);
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    if (c.cls & kWordStart) {
      t.kind = TokenKind::kWord;
      t.upper_initial = c.cls & kUpperC;
      key.Add(c);  // before `c` can be overwritten by the next rare code point
      bool all_upper = t.upper_initial;
      size_t end = i;
      while (end < text.size()) {
        size_t j = end;
        char32_t dp;
        const CharInfo& d = next(&j, &dp);
        if (d.cls & kInWord) {
          all_upper = all_upper && !(d.cls & kLowerC);
          key.Add(d);
          end = j;
          continue;
        }
        if (IsInnerApostrophe(dp) && j < text.size()) {
          size_t k = j;
          if (info(util::DecodeUtf8(text, &k)).cls & kLetterC) {
            key.Add(info(dp));
            end = j;
            continue;
          }
        }
        break;
      }
      i = end;
      t.all_upper = all_upper && (end - start) > 1;
      key.Take(text.substr(start, i - start), &t.key);
    } else if (c.cls & kDigitC) {
      t.kind = TokenKind::kNumber;
      key.Add(c);
      while (i < text.size()) {
        size_t j = i;
        char32_t dp;
        const CharInfo& d = next(&j, &dp);
        if (!(d.cls & kDigitC)) break;
        key.Add(d);
        i = j;
      }
      key.Take(text.substr(start, i - start), &t.key);
    } else {
      t.kind = TokenKind::kPunct;
      t.key.append(text.data() + start, i - start);
    }
    t.end = base + static_cast<uint32_t>(i);
  }
}

}  // namespace crosscheck::analyse
