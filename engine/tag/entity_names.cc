#include "engine/tag/entity_names.h"

#include <vector>

#include "engine/analyse/analysis.h"
#include "engine/util/text.h"

namespace crosscheck::tag {

namespace {

// Byte length of the first `n` code points of `s`.
size_t PrefixBytes(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    util::DecodeUtf8(s, &i);
    --n;
  }
  return i;
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

}  // namespace

uint8_t LangBit(std::string_view lang) {
  if (lang == "en") return 1;
  if (lang == "uk") return 2;
  if (lang == "ru") return 4;
  if (lang == "it") return 8;
  if (lang == "any") return 15;
  return 0;
}

bool IsLatinName(std::string_view name) {
  size_t i = 0;
  while (i < name.size()) {
    char32_t c = util::DecodeUtf8(name, &i);
    if (util::IsLetter(c)) return util::IsLatin(c);
  }
  return false;
}

std::string StemOf(std::string_view w) {
  size_t n = util::CodePointCount(w);
  if (n < 4 || IsLatinName(w)) return std::string(w);
  // Adjectival surnames lose their two-letter ending (Зеленський → зеленськ); others a final -а, -я,
  // -й or -ь (Кулеба → кулеб, Шмигаль → шмигал); consonant-final ones are their own stem.
  for (std::string_view e : {"ий", "ій", "ый", "ой"})
    if (EndsWith(w, e) && n - 2 >= 3) return std::string(w.substr(0, PrefixBytes(w, n - 2)));
  // Names in -о, -е, -у, -і, -и (Шойгу, Рубіо, Кірбі) do not decline: they keep their last letter.
  for (std::string_view e : {"а", "я", "й", "ь"})
    if (EndsWith(w, e)) return std::string(w.substr(0, PrefixBytes(w, n - 1)));
  return std::string(w);
}

std::string NamePattern(std::string_view name) {
  if (name.find('*') != std::string_view::npos) return std::string(name);
  analyse::Analysis a;
  analyse::Tokenize(name, 0, &a);
  const std::vector<analyse::Token>& toks = a.tokens;
  std::string out;
  for (size_t i = 0; i < toks.size(); ++i) {
    const analyse::Token& t = toks[i];
    if (!out.empty()) out += ' ';
    // The short last part of a hyphenated Cyrillic name still declines: Жан-Ів → Жан-Івом.
    bool after_hyphen = i > 0 && toks[i - 1].key() == "-";
    if (after_hyphen && t.kind == analyse::TokenKind::kWord && util::CodePointCount(t.key()) < 3 &&
        !IsLatinName(t.key())) {
      out += t.key();
      out += "*3";
      continue;
    }
    if (t.kind != analyse::TokenKind::kWord || util::CodePointCount(t.key()) < 3) {
      out += t.key();
      continue;
    }
    if (IsLatinName(t.key())) {
      out += t.key();
      if (util::CodePointCount(t.key()) >= 4) out += "*2";
      continue;
    }
    out += StemOf(t.key());
    out += "*4";
  }
  return out;
}

std::string NameSkeleton(std::string_view word) {
  std::string k = util::LatinKey(word);
  std::string out;
  out.reserve(k.size());
  for (size_t i = 0; i < k.size(); ++i) {
    char c = k[i];
    char next = i + 1 < k.size() ? k[i + 1] : '\0';
    if ((c == 'k' || c == 't' || c == 'p') && next == 'h') {  // kh, th, ph
      out += c == 'p' ? 'f' : c == 'k' ? 'h' : 't';
      ++i;
    } else if (c == 'x') {
      out += "ks";
    } else if (c == 'c') {
      out += next == 'h' ? 'c' : 'k';
    } else if (c == 'w') {
      out += 'v';
    } else if (c == 'j' || c == 'y') {
      if (!(out.empty() && next == 'e')) out += 'i';  // a leading ye is e (Yevgeny = Evgeny)
    } else {
      out += c;
    }
  }
  std::string once;  // doubled letters written once (Valerii = Valeri, Ollie = Olie)
  for (char c : out)
    if (once.empty() || once.back() != c) once += c;
  return once;
}

std::string LatinKeyOfName(std::string_view name) {
  analyse::Analysis a;
  analyse::Tokenize(name, 0, &a);
  const std::vector<analyse::Token>& toks = a.tokens;
  for (size_t i = toks.size(); i-- > 0;)
    if (toks[i].kind == analyse::TokenKind::kWord) return util::LatinKey(toks[i].key());
  return "";
}

}  // namespace crosscheck::tag
