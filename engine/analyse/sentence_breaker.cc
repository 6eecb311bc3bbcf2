#include "engine/analyse/sentence_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <climits>
#include <cstring>
#include <memory>

#include "engine/util/text.h"

namespace crosscheck::analyse {

namespace {

// One ICU iterator per thread: creating one costs far more than splitting a document.
icu::BreakIterator* ThreadIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it;
  thread_local bool tried = false;
  if (!tried) {
    tried = true;
    UErrorCode err = U_ZERO_ERROR;
    it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
    if (U_FAILURE(err)) it.reset();
  }
  return it.get();
}

bool IsWs(char32_t c) { return util::IsSpace(c) || c == 0xA0 || c == 0x200B || c == 0xFEFF; }
bool IsDash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012; }
bool IsCloseQuote(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x00BB || c == 0x2019 || c == 0x201C;
}

// The code point ending at byte `end` (exclusive) and its start.
char32_t Before(std::string_view s, size_t end, size_t* start) {
  size_t b = end - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  *start = b;
  size_t i = b;
  return util::DecodeUtf8(s, &i);
}

// Does the line ending at `q` (exclusive, no trailing space) continue on the line starting at `n`?
bool ContinuesOnNextLine(std::string_view s, size_t q, size_t n) {
  size_t b;
  char32_t last = Before(s, q, &b);
  if (last == ',') return true;
  size_t p = q;
  while (p > 0 && IsCloseQuote(last)) {
    p = b;
    if (p == 0) break;
    last = Before(s, p, &b);
  }
  if (last == '.' || last == '!' || last == '?' || last == 0x2026) return false;
  size_t i = n;
  char32_t c = util::DecodeUtf8(s, &i);
  if (IsDash(c)) {  // "- explained the spokesperson."
    while (i < s.size()) {
      size_t j = i;
      c = util::DecodeUtf8(s, &j);
      if (!IsWs(c)) break;
      i = j;
    }
  }
  return util::IsLetter(c) && !util::IsUpper(c);
}

// Is the full stop ending at `q` that of an abbreviation or an initial?
bool AfterAbbreviation(std::string_view s, size_t q, const AbbreviationSet* abbrev) {
  size_t b;
  if (Before(s, q, &b) != '.') return false;
  std::string key;
  size_t end = b;  // the dot
  for (int piece = 0; piece < 3; ++piece) {
    size_t start = end;
    int letters = 0;
    bool upper = false;
    while (start > 0) {
      size_t ps;
      char32_t c = Before(s, start, &ps);
      if (!util::IsLetter(c) && c != '-') break;
      if (util::IsLetter(c)) {
        ++letters;
        upper = util::IsUpper(c);
      }
      start = ps;
    }
    if (letters == 0) return false;
    std::string word = util::FoldKey(s.substr(start, end - start));
    key = piece == 0 ? word : word + "." + key;
    if (piece == 0 && letters == 1 && upper) return true;  // an initial: "J. Biden"
    if (abbrev && abbrev->count(key)) return true;
    // Step back over ". " or "." to the previous piece ("т. зв.", "U.S.").
    size_t p = start;
    if (p > 0 && s[p - 1] == ' ') --p;
    if (p == 0 || s[p - 1] != '.') return false;
    end = p - 1;
  }
  return false;
}

// Whether the ICU boundary at `b` stands.
bool KeepBoundary(std::string_view s, size_t b, const AbbreviationSet* abbrev) {
  size_t q = b;
  while (q > 0) {
    size_t ps;
    if (!IsWs(Before(s, q, &ps))) break;
    q = ps;
  }
  if (q == 0) return false;
  size_t n = b;
  while (n < s.size()) {
    size_t j = n;
    if (!IsWs(util::DecodeUtf8(s, &j))) break;
    n = j;
  }
  if (n >= s.size()) return false;
  bool line_break = std::string_view(s.data() + q, n - q).find('\n') != std::string_view::npos;
  if (line_break) return !ContinuesOnNextLine(s, q, n);
  return !AfterAbbreviation(s, q, abbrev);
}

// Are the 8 bytes at s[i] all ASCII?
inline bool AsciiWord(std::string_view s, size_t i) {
  uint64_t w;
  std::memcpy(&w, s.data() + i, 8);
  return (w & 0x8080808080808080ULL) == 0;
}

// Without ICU: line breaks and [.!?…] followed by white space.
void FallbackBoundaries(std::string_view s, std::vector<uint32_t>* out) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    char c = s[i];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (s[i + 1] == ' ' || s[i + 1] == '\n')))
      out->push_back(static_cast<uint32_t>(i + 1));
  }
}

}  // namespace

std::string AbbreviationKey(std::string_view written) {
  std::string compact;
  for (char c : written)
    if (c != ' ') compact.push_back(c);
  while (!compact.empty() && compact.back() == '.') compact.pop_back();
  // Fold piece by piece so the dots survive ("U.S" → "u.s").
  std::string key;
  size_t p = 0;
  while (p <= compact.size()) {
    size_t e = compact.find('.', p);
    if (e == std::string::npos) e = compact.size();
    if (!key.empty() || p > 0) key.push_back('.');
    key += util::FoldKey(std::string_view(compact).substr(p, e - p));
    p = e + 1;
  }
  return key;
}

void SentenceEnds(std::string_view text, const AbbreviationSet* abbrev, std::vector<uint32_t>* ends) {
  // ICU iterates a UTF-16 copy of the span: over UTF-8 (UText) it converts 32 code units at a time
  // and maps every index back to bytes, which cost as much as the break rules themselves. Buffers
  // are per thread and only grow.
  thread_local std::vector<char16_t> units;
  thread_local std::vector<uint32_t> candidates;
  candidates.clear();
  icu::BreakIterator* bi = ThreadIterator();
  bool broken = false;
  if (bi && text.size() < INT32_MAX) {
    if (units.size() < text.size()) units.resize(text.size());  // never more units than bytes
    char16_t* u = units.data();
    size_t i = 0;
    while (i < text.size()) {
      if (i + 8 <= text.size() && AsciiWord(text, i)) {
        for (size_t k = 0; k < 8; ++k) *u++ = static_cast<char16_t>(text[i + k]);
        i += 8;
        continue;
      }
      char32_t c = util::DecodeUtf8(text, &i);
      if (c < 0x10000) {
        *u++ = static_cast<char16_t>(c);
      } else {
        *u++ = static_cast<char16_t>(0xD7C0 + (c >> 10));
        *u++ = static_cast<char16_t>(0xDC00 | (c & 0x3FF));
      }
    }
    UErrorCode err = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, units.data(), u - units.data(), &err);
    if (U_SUCCESS(err)) bi->setText(&ut, err);
    if (U_SUCCESS(err)) {
      broken = true;
      // Boundaries come in order: walk the text along them to turn UTF-16 indexes into bytes.
      size_t byte = 0;
      int32_t unit = 0;
      for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
        while (unit < b && byte < text.size()) {
          if (unit + 8 <= b && byte + 8 <= text.size() && AsciiWord(text, byte)) {
            unit += 8;
            byte += 8;
          } else {
            unit += util::DecodeUtf8(text, &byte) < 0x10000 ? 1 : 2;
          }
        }
        if (byte >= text.size()) break;
        candidates.push_back(static_cast<uint32_t>(byte));
      }
    }
    utext_close(&ut);
  }
  if (!broken) FallbackBoundaries(text, &candidates);
  for (uint32_t b : candidates)
    if (KeepBoundary(text, b, abbrev)) ends->push_back(b);
  ends->push_back(static_cast<uint32_t>(text.size()));
}

}  // namespace crosscheck::analyse
