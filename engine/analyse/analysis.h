// Analysis of one document: sentences and tokens of its body, with matching keys.
// Contract: tokens and sentences lie inside Document::body spans, in text order; a sentence never
// crosses a body span boundary; token offsets are bytes into Document::text.
#ifndef CROSSCHECK_ENGINE_ANALYSE_ANALYSIS_H_
#define CROSSCHECK_ENGINE_ANALYSE_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck::analyse {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t start = 0;          // bytes into Document::text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool upper_initial = false;  // first letter is upper case ("Austin", "США")
  bool all_upper = false;      // "США", "NATO"
  bool space_before = false;   // white space between the previous token and this one
  bool newline_before = false;
  uint32_t sentence = 0;       // index into Analysis::sentences
  std::string key;             // util::FoldKey of the token text (punctuation: the character)
  uint64_t key_hash = 0;       // KeyHash(key), computed as the key is built, for tables of keys
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // [first_token, end_token) in Analysis::tokens
  uint32_t end_token = 0;
};

struct Analysis {
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

// Splits `text` into tokens: runs of letters (with inner apostrophes: "п'ятниці"), runs of digits,
// and single punctuation characters (hyphens and dashes included, so "9-11" is three tokens).
// Offsets are relative to `base`.
// Fills every field of a Token but `sentence` (0).
void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out);

// For tests: does Tokenize (which takes a word's ASCII letters and its plain lower-case Cyrillic
// letters sixteen bytes at a time) give the tokens the character-at-a-time scan gives for `text`,
// every field alike?
bool TokenizeAgreesWithPlainScan(std::string_view text);

// The hash Tokenize stores in Token::key_hash: the key's bytes in 8-byte words (the last padded
// with zeros), each mixed in by multiply and fold. Cheap where the key is built, so a table of token
// keys (the phrase matcher's memo) need not hash them again. Not stable across versions: only for
// in-memory tables whose iteration order is never observed.
uint64_t KeyHash(std::string_view key);

}  // namespace crosscheck::analyse

#endif  // CROSSCHECK_ENGINE_ANALYSE_ANALYSIS_H_
