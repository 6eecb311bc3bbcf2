// Page-furniture removal: which lines of a scraped page are the article.
//
// The text is never rewritten; FindBody returns the byte ranges of it that are the article (title,
// dateline, paragraphs), so every offset stays valid. Lines are classified by general signals —
// prose (long, or ending a sentence), short lines without sentence punctuation, counters and
// timestamps ("• 20334 переглядiв", "16.11 18:28", "1400"), URL slugs, photo credits, readers'
// comments (a line opening with a handle and a colon, "user4217: ...", or a handle or one-word
// name with a post time, "Ivan_K 12:31 ...") — and by
// phrase lists per language (rules/<root>/ingest/furniture/*.json, all languages applied to every
// page). Then by shape: a "read also"/"Popular" heading and the run of headline lines after it,
// sidebars of headlines each followed by a timestamp or counter, widgets (comments, subscription,
// copyright) that end the article. The article is the densest cluster of prose lines, plus the
// title-like line(s) and dateline right above it.
#ifndef CROSSCHECK_ENGINE_INGEST_FURNITURE_H_
#define CROSSCHECK_ENGINE_INGEST_FURNITURE_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/util/hash.h"

namespace crosscheck::ingest {

// A set of strings that can be searched with a string_view (no temporary string per lookup).
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return util::FastHash(s); }
};
using WordSet = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;

// Which first two bytes some words or phrases start with (a one-byte one: its byte, then 0), as
// 65536 bits: most words of a page start like none of them, and are ruled out without hashing.
class StartBits {
 public:
  void Add(std::string_view s) {
    if (!s.empty()) Set(Key(s[0], s.size() > 1 ? s[1] : 0));
  }
  bool MayStart(char a, char b) const {
    uint32_t k = Key(a, b);
    return (bits_[k >> 6] >> (k & 63)) & 1;
  }
  // Could `s` be one of them? (True for "", which Add never adds.)
  bool MayBe(std::string_view s) const { return s.empty() || MayStart(s[0], s.size() > 1 ? s[1] : 0); }

 private:
  static uint32_t Key(char a, char b) {
    return (static_cast<uint32_t>(static_cast<unsigned char>(a)) << 8) | static_cast<unsigned char>(b);
  }
  void Set(uint32_t k) { bits_[k >> 6] |= uint64_t{1} << (k & 63); }
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(1024);
};

// A set of four-byte prefixes as 4096 hashed bits: false answers are certain, true ones say "look".
class PrefixFilter {
 public:
  void Add(uint32_t prefix) { Set(Bit(prefix)); }
  bool MayHave(uint32_t prefix) const {
    uint32_t k = Bit(prefix);
    return (bits_[k >> 6] >> (k & 63)) & 1;
  }

 private:
  static uint32_t Bit(uint32_t prefix) { return (prefix * 0x9E3779B1u) >> 20; }
  void Set(uint32_t k) { bits_[k >> 6] |= uint64_t{1} << (k & 63); }
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(64);
};

// The phrase lists. Every phrase is stored as its folded words joined by one space.
struct FurnitureLexicon {
  WordSet line;                                   // a line that is exactly this is furniture
  WordSet list_heading;                           // a line that is this (or this and ':') opens a link list
  StartBits line_starts, list_heading_starts;     // how `line` and `list_heading` phrases start
  std::vector<std::string> widget;                // a line containing this is a widget; the article ends
  // Indexes of `widget` phrases by their first four bytes (as a little-endian number), so a line is
  // compared only with the phrases that can start at each of its words; phrases of fewer bytes are
  // in short_widgets, compared at every word. Built by LoadFile.
  std::unordered_map<uint32_t, std::vector<uint32_t>> widget_by_prefix;
  std::vector<uint32_t> short_widgets;
  PrefixFilter widget_prefixes;                   // the keys of widget_by_prefix, for a quick no
  std::vector<std::string> credit_prefix;         // "Фото: ..." photo credits
  std::vector<std::string> counter_words;         // word stems that may sit next to a counter ("переглядів")
  StartBits counter_word_starts;                  // how words starting with a counter_words stem start
  WordSet date_words;                             // month and day words that make a short line a dateline
  StartBits date_word_starts;                     // how date_words start
};

class Furniture {
 public:
  // Loads every <root>/ingest/furniture/*.json. A root without the folder adds nothing; a malformed
  // file is an error naming the file and line:col.
  Status Load(const std::vector<std::string>& rule_roots);
  // Adds one furniture file (the format of rules/ingest/furniture/en.json).
  Status LoadFile(const std::string& path);

  // The article's ranges of `text`, in order, disjoint, each trimmed of surrounding white space.
  // Consecutive kept lines share one span (so a sentence broken over two lines can be rejoined);
  // a dropped line always separates spans. Empty when nothing looks like an article. Thread-safe:
  // each thread remembers what it found of the short lines it has read (an outlet's menus and
  // counters come back on every page), at most a few tens of thousands of them.
  std::vector<Span> FindBody(std::string_view text) const;

  const FurnitureLexicon& lexicon() const { return lex_; }

 private:
  FurnitureLexicon lex_;
  // Which phrase lists lex_ holds: a new number at every change, so that what a thread remembers
  // of a line under one lexicon is never taken for the answer of another.
  uint64_t lexicon_id_ = NewLexiconId();
  static uint64_t NewLexiconId();
};

// Folds a line to its matching key: words (letters/digits runs) case-folded by util::FoldKey and
// joined by single spaces; punctuation, bullets and symbols dropped.
std::string LineKey(std::string_view line);
// LineKey(line) into *key (cleared first; its capacity is reused).
void LineKeyInto(std::string_view line, std::string* key);

// For tests: does the scan Classify runs over a line (runs of letters read sixteen ASCII bytes at a
// time, Cyrillic letters folded by table, plain prose counted by bytes) find what reading `line` one
// code point at a time finds: the same counts and, as its key, LineKey(line)?
bool FastScanAgrees(std::string_view line);

}  // namespace crosscheck::ingest

#endif  // CROSSCHECK_ENGINE_INGEST_FURNITURE_H_
