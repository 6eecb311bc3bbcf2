// TimeVocab: the time rules (rules/time/*.json) loaded — date words registered in the shared
// PhraseMatcher, connector words kept in a small table, and patterns as sequences of token classes.
// The format is documented in rules/README.md ("Time rules").
#ifndef CROSSCHECK_ENGINE_TAG_TIME_VOCAB_H_
#define CROSSCHECK_ENGINE_TAG_TIME_VOCAB_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"
#include "engine/tag/phrase_matcher.h"
#include "engine/util/hash.h"

namespace crosscheck::tag::time {

// Token classes a pattern element can name. Shape classes are decided from the token itself,
// matcher classes from PhraseMatcher hits, word classes from the connector table.
enum Cls : uint8_t {
  // shape
  kNum, kDay, kMonthNum, kYear, kYear2, kTime, kComma, kDot, kSlash, kDash, kColon, kLParen, kRParen,
  // matcher (words that carry the date: multi-token, inflected)
  kMonth, kMonthFull, kWeekday, kRel, kYearWord,
  // connector table (single tokens, looked up only next to a date word or number)
  kPrep, kFrom, kTo, kAnd, kBetween, kOf, kOrd, kOrdWord, kLast, kNext, kThis, kLater, kEarlier, kAgo,
  kAfter, kUnit, kCount, kPart, kPublished, kArt, kDayWord,
  kNumClasses
};
static_assert(kNumClasses <= 64);
using ClsMask = uint64_t;
inline constexpr ClsMask Bit(int c) { return ClsMask{1} << c; }

// Name as written in patterns ("DAY", "MONTH", ",") → class; -1 when unknown.
int ClassByName(const std::string& name);

// One entry registered in the PhraseMatcher (payload entry index = position in TimeVocab::entries).
struct WordEntry {
  Cls cls = kMonth;
  bool full = true;          // kMonth: a full name, not an abbreviation (only full names stand alone)
  bool needs_upper = false;  // the first token must be capitalised ("May", not "may")
  int value = 0;             // month 1..12, weekday 0..6
  // kRel: the phrase's meaning.
  std::string unit;          // "day", "week", "month", "year"
  int count = 0;
  std::string anchor;        // "publication" | "previous"
};

// A connector word's classes and, per class, its value (unit: days per unit, or -1 month / -2 year /
// -3 hour; count: the number; ordinal word: the day; later/earlier/ago: sign; last/next: shift).
struct Connector {
  ClsMask mask = 0;
  std::vector<std::pair<Cls, int>> values;
  int Value(Cls c) const {
    for (const auto& [k, v] : values)
      if (k == c) return v;
    return 0;
  }
};
inline constexpr int kUnitMonth = -1, kUnitYear = -2, kUnitHour = -3;

// The connector words by key (folded; punctuation as written), asked once for every token of every
// document. A key's first byte and length, then a 65536-bit filter, turn most tokens away before
// any probe; the open-addressed probe reuses the filter's hash (util::FastHash).
class ConnectorTable {
 public:
  // The entry for `key` (non-empty), added empty when missing. Valid until the next Add.
  Connector& Add(std::string_view key);
  // The entry for `key`, or null. Inline up to the probe: most tokens stop at the shape or filter.
  const Connector* Find(std::string_view key) const {
    if (!Fits(key)) return nullptr;
    const size_t h = util::FastHash(key);
    return InFilter(h) ? Probe(key, h) : nullptr;
  }
  // False for most keys that are not in the table, never for one that is (the shape and filter
  // checks of Find, without the probe).
  bool MaybeHas(std::string_view key) const { return Fits(key) && InFilter(util::FastHash(key)); }
  size_t size() const { return size_; }
  std::vector<std::string_view> Keys() const;

  // Registers every key as a word of `matcher` (PhraseMatcher::AddWord), after the last Add, so
  // that FindWord(id) is Find(key) for the key whose word id is `id`: a document's tokens are then
  // told apart by the word ids the matcher's Lookup gives them, without hashing their keys again.
  void AddWordsTo(PhraseMatcher* matcher);
  // The entry for the key with word id `word` (kNoWord, or a word that is no key: null).
  const Connector* FindWord(uint32_t word) const {
    if (word >= slot_of_word_.size() || slot_of_word_[word] == kNoSlot) return nullptr;
    return &slots_[slot_of_word_[word]].value;
  }

 private:
  struct Slot {
    size_t hash = 0;
    std::string key;  // empty: a free slot
    Connector value;
  };
  bool Fits(std::string_view key) const {
    if (key.empty() || key.size() > max_bytes_) return false;
    return key.size() >= 64 || ((shapes_[static_cast<unsigned char>(key[0])] >> key.size()) & 1);
  }
  bool InFilter(size_t h) const { return (filter_[(h >> 6) & 1023] >> (h & 63)) & 1; }
  const Connector* Probe(std::string_view key, size_t h) const;
  // The slot holding `key`, or the free slot where it would go.
  size_t SlotOf(std::string_view key, size_t h) const;

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  static constexpr uint32_t kNoSlot = UINT32_MAX;
  std::vector<uint32_t> slot_of_word_;  // word id → index into slots_ (AddWordsTo)
  size_t size_ = 0;
  size_t max_bytes_ = 0;  // longest key: longer tokens skip the lookup
  // Bit n of shapes_[b]: some key starts with byte b and is n bytes long (n < 64).
  std::array<uint64_t, 256> shapes_{};
  // Bit FastHash(key) % 65536 is set for every key: most tokens that fit a shape (any Cyrillic word
  // of a length some connector has) are told apart here.
  std::array<uint64_t, 1024> filter_{};
};

struct Element {
  ClsMask mask = 0;  // any of these classes
  bool optional = false;
};

// kDay: a day alone, its month left to the context ("on the 12th", "12-го числа").
enum class PatternKind : uint8_t { kDate, kRange, kList, kRelative, kDay };

struct Pattern {
  std::string id;
  std::string file;
  PatternKind kind = PatternKind::kDate;
  std::vector<Element> seq;
  bool tight = false;      // no white space between the tokens (numeric dates)
  bool month_first = false;  // numeric, US order: used when day-first cannot be read
  ClsMask first = 0;       // classes that can start a match (skip positions that cannot)
  // The ways a match can begin: an element that may read the first token (a leading optional one
  // or the first required one), and the classes one of which the next token read must have (0 when
  // the match may end after that element). A position is tried only when an opening fits it.
  struct Opening {
    ClsMask first;
    ClsMask next;
  };
  std::vector<Opening> openings;
  // Document languages the pattern applies to (empty: all). "July 12" order is English; a month
  // word before a number in a Russian text is not a date ("в июне 12 тысяч").
  std::vector<std::string> langs;
  bool AppliesTo(const std::string& lang) const {
    if (langs.empty() || lang.empty() || lang == "und") return true;
    for (const auto& l : langs)
      if (l == lang) return true;
    return false;
  }
};

struct TimeVocab {
  std::vector<WordEntry> entries;
  ConnectorTable connectors;
  std::vector<Pattern> patterns;                          // in priority order
  std::vector<std::string> files;                         // loaded, for messages
};

// Loads every *.json under <root>/time/ of every root (sorted by path; a missing folder is fine).
// Entries go to `matcher` with MakePayload(module_id, index). A pattern with the id of an earlier one
// replaces it. Errors name the file and line:col and, for patterns, the pattern id.
Status LoadTimeVocab(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher,
                     TimeVocab* vocab);

}  // namespace crosscheck::tag::time

#endif  // CROSSCHECK_ENGINE_TAG_TIME_VOCAB_H_
