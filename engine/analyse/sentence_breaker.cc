#include "engine/analyse/sentence_breaker.h"

#include <algorithm>

#include "engine/analyse/icu_breaks.h"
#include "engine/util/chars.h"
#include "engine/util/text.h"

namespace crosscheck::analyse {

namespace {

namespace chars = util::chars;

bool IsWs(char32_t c) { return chars::Space(c) || c == 0xA0 || c == 0x200B || c == 0xFEFF; }
bool IsDash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012; }
bool IsCloseQuote(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x00BB || c == 0x2019 || c == 0x201C;
}

// The code point ending at byte `end` (exclusive) and its start. Inlined, with ASCII first: it runs
// a few times at every candidate boundary.
[[gnu::always_inline]] inline char32_t Before(std::string_view s, size_t end, size_t* start) {
  size_t b = end - 1;
  if (static_cast<unsigned char>(s[b]) < 0x80) {
    *start = b;
    return static_cast<unsigned char>(s[b]);
  }
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
  return chars::Letter(c) && !chars::Upper(c);
}

// Is the full stop ending at `q` that of an abbreviation or an initial? Keys are built in buffers
// kept per thread: this runs at every candidate boundary. The word before the dot is folded only
// when some key may end as it does (AbbreviationSet::MayEndWith of its last two code points, folded;
// a word ending in a code point that folding drops is always folded): every key, of one piece or
// several, ends with the key of that word.
bool AfterAbbreviation(std::string_view s, size_t q, const AbbreviationSet* abbrev) {
  size_t b;
  if (Before(s, q, &b) != '.') return false;
  size_t end = b;  // the dot
  // Most words before a full stop end in two letters no key ends with: told from those two alone,
  // as the loop below tells them after reading the whole word (two letters: not an initial).
  if (abbrev && b >= 2) {
    size_t b1, b2;
    const char32_t last = Before(s, b, &b1);
    if (b1 > 0 && chars::Letter(last)) {
      const char32_t before_last = Before(s, b1, &b2);
      if (chars::Letter(before_last)) {
        static const char32_t* const folds = util::FoldTable();
        auto fold = [](char32_t c) { return c < util::kFoldTableEnd ? folds[c] : util::FoldChar(c); };
        const char32_t fl = fold(last), fb = fold(before_last);
        if (fl != 0 && fb != 0 && !abbrev->MayEndWith(fb, fl)) return false;
      }
    }
  }
  thread_local std::string key, longer;
  for (int piece = 0; piece < 3; ++piece) {
    size_t start = end;
    int letters = 0, code_points = 0;
    bool upper = false;
    char32_t last = 0, before_last = 0;
    while (start > 0) {
      size_t ps;
      char32_t c = Before(s, start, &ps);
      const bool letter = chars::Letter(c);
      if (!letter && c != '-') break;
      if (letter) {
        ++letters;
        upper = chars::Upper(c);
      }
      if (code_points == 0) last = c;
      else if (code_points == 1) before_last = c;
      ++code_points;
      start = ps;
    }
    if (letters == 0) return false;
    if (piece == 0 && letters == 1 && upper) return true;  // an initial: "J. Biden"
    if (!abbrev) return false;
    if (piece == 0) {
      const char32_t fl = util::FoldChar(last), fb = code_points > 1 ? util::FoldChar(before_last) : 0;
      if (fl != 0 && (code_points == 1 || fb != 0) && !abbrev->MayEndWith(fb, fl)) return false;
    }
    // key = the folded piece, then "." and the pieces after it ("т" + "." + "зв").
    longer.clear();
    util::AppendFoldKey(s.substr(start, end - start), &longer);
    if (piece > 0) {
      longer.push_back('.');
      longer += key;
    }
    key.swap(longer);
    if (abbrev->Contains(key)) return true;
    // Step back over ". " or "." to the previous piece ("т. зв.", "U.S.").
    size_t p = start;
    if (p > 0 && s[p - 1] == ' ') --p;
    if (p == 0 || s[p - 1] != '.') return false;
    end = p - 1;
  }
  return false;
}

// A Roman month inside a numeric date: "12.|VII.2024" (UAX #29 breaks after a number's full stop
// before a capital).
bool InRomanDate(std::string_view s, size_t b) {
  if (b < 2 || s[b - 1] != '.' || s[b - 2] < '0' || s[b - 2] > '9') return false;
  size_t k = b;
  while (k < s.size() && (s[k] == 'I' || s[k] == 'V' || s[k] == 'X')) ++k;
  return k > b && k - b <= 4 && k < s.size() && s[k] == '.';
}

// Whether the ICU boundary at `b` stands.
bool KeepBoundary(std::string_view s, size_t b, const AbbreviationSet* abbrev) {
  if (InRomanDate(s, b)) return false;
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
  // The white space between is a byte or two: a loop, not a call to memchr.
  bool line_break = false;
  for (size_t k = q; k < n && !line_break; ++k) line_break = s[k] == '\n';
  if (line_break) return !ContinuesOnNextLine(s, q, n);
  return !AfterAbbreviation(s, q, abbrev);
}

// "…поговорив із Шойгу. 23 жовтня міністр…", "…il Pentagono. 5 luglio, …": UAX #29 (SB8) keeps a full
// stop, spaces and a number together with the text after them when the first letter after the
// number is lower case ("p. 5 of"), so a sentence that opens with a day and a month runs into the
// one before. Adds, in order, the boundary before a day number (one or two digits, a space, then a
// lower-case letter) that follows a full stop after a word of two letters or more; KeepBoundary
// still drops it after an abbreviation ("No. 5 in").
void AddDayStarts(std::string_view s, std::vector<uint32_t>* candidates) {
  std::vector<uint32_t> extra;
  for (size_t dot = s.find(". "); dot != std::string_view::npos; dot = s.find(". ", dot + 1)) {
    size_t d = dot + 1;
    while (d < s.size() && s[d] == ' ') ++d;
    size_t e = d;
    while (e < s.size() && e - d < 3 && s[e] >= '0' && s[e] <= '9') ++e;
    if (e == d || e - d > 2 || e + 1 >= s.size() || s[e] != ' ') continue;
    size_t after = e + 1;
    const char32_t next = util::DecodeUtf8(s, &after);
    if (!chars::Letter(next) || chars::Upper(next)) continue;
    size_t p1, p2;
    if (dot < 2 || !chars::Letter(Before(s, dot, &p1)) || p1 == 0 || !chars::Letter(Before(s, p1, &p2)))
      continue;
    extra.push_back(static_cast<uint32_t>(d));
  }
  if (extra.empty()) return;
  const size_t had = candidates->size();
  candidates->insert(candidates->end(), extra.begin(), extra.end());
  std::inplace_merge(candidates->begin(), candidates->begin() + had, candidates->end());
  candidates->erase(std::unique(candidates->begin(), candidates->end()), candidates->end());
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

void AbbreviationSet::Insert(const std::string& key) {
  if (key.empty()) return;
  // The key's last code point, and the one before it unless that is the dot before a last piece of
  // one code point ("т.е") or there is none ("т").
  size_t start;
  const char32_t last = Before(key, key.size(), &start);
  char32_t before_last = 0;
  if (start > 0) {
    size_t unused;
    before_last = Before(key, start, &unused);
    if (before_last == '.') before_last = 0;
  }
  const uint32_t b = Bit(before_last, last);
  ends_[b >> 6] |= uint64_t{1} << (b & 63);
  keys_.insert(key);
}

void AbbreviationSet::Merge(const AbbreviationSet& other) {
  keys_.insert(other.keys_.begin(), other.keys_.end());
  for (size_t w = 0; w < 64; ++w) ends_[w] |= other.ends_[w];
}

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
  thread_local std::vector<uint32_t> candidates;  // per thread, only grows
  candidates.clear();
  if (!IcuSentenceBreaks(text, &candidates)) FallbackBoundaries(text, &candidates);
  AddDayStarts(text, &candidates);
  for (uint32_t b : candidates)
    if (KeepBoundary(text, b, abbrev)) ends->push_back(b);
  ends->push_back(static_cast<uint32_t>(text.size()));
}

}  // namespace crosscheck::analyse
