// Sentence boundaries in one body span: ICU's sentence BreakIterator (root rules, asked only around
// terminators: icu_breaks.h), corrected three ways:
//  - no boundary after an abbreviation from rules/analyse/abbreviations.json ("ген.", "т. зв.",
//    "sig.", "Gen.", "U.S.") or after a one-letter initial ("J. Biden", "Л. Остін");
//  - a boundary ICU withholds before a day and month ("…із Шойгу. 23 жовтня міністр…": SB8 reads
//    ". 23 ж" like "p. 5 of") is added after a full stop that ends a word of two letters or more;
//  - a line break always ends a sentence (a headline never runs into the next paragraph), unless
//    the line ends with a comma, or does not end a sentence and the next line starts in lower case
//    ("Вчора, 25 червня,\nвідбулися ..."; "... war against Ukraine\n- explained the spokesperson").
#ifndef CROSSCHECK_ENGINE_ANALYSE_SENTENCE_BREAKER_H_
#define CROSSCHECK_ENGINE_ANALYSE_SENTENCE_BREAKER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace crosscheck::analyse {

// Abbreviation keys: folded, spaces removed, without the final dot ("т. зв." → "т.зв").
std::string AbbreviationKey(std::string_view written);

// A set of abbreviation keys, with a quick "no" for a word that no key can end with: the last two
// code points of each key (one, for a key whose last piece has one) hashed into 4096 bits. Most
// words before a full stop end like no abbreviation and are ruled out without being folded.
class AbbreviationSet {
 public:
  // Adds a key (as AbbreviationKey makes it; "" is not added).
  void Insert(const std::string& key);
  // Adds every key of `other`.
  void Merge(const AbbreviationSet& other);
  bool Contains(const std::string& key) const { return keys_.count(key) != 0; }
  // Could a key end with these folded code points? `before_last` is 0 when the key's last piece is
  // `last` alone. False answers are certain.
  bool MayEndWith(char32_t before_last, char32_t last) const {
    const uint32_t b = Bit(before_last, last);
    return (ends_[b >> 6] >> (b & 63)) & 1;
  }

 private:
  static uint32_t Bit(char32_t before_last, char32_t last) {
    return ((static_cast<uint32_t>(before_last) * 0x9E3779B1u) ^ (static_cast<uint32_t>(last) * 0x85EBCA6Bu)) >> 20;
  }
  std::unordered_set<std::string> keys_;
  uint64_t ends_[64] = {};
};

// Appends to `ends` the end offset (relative to `text`, exclusive, after trailing white space) of
// every sentence in `text`, in order; the last is text.size(). `abbrev` may be null. Thread-safe:
// each thread uses its own ICU iterator and buffers.
void SentenceEnds(std::string_view text, const AbbreviationSet* abbrev, std::vector<uint32_t>* ends);

}  // namespace crosscheck::analyse

#endif  // CROSSCHECK_ENGINE_ANALYSE_SENTENCE_BREAKER_H_
