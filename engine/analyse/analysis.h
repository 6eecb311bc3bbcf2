// Analysis of one document: sentences and tokens of its body, with matching keys.
// Contract: tokens and sentences lie inside Document::body spans, in text order; a sentence never
// crosses a body span boundary; token offsets are bytes into Document::text.
#ifndef CROSSCHECK_ENGINE_ANALYSE_ANALYSIS_H_
#define CROSSCHECK_ENGINE_ANALYSE_ANALYSIS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck::analyse {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

// Append-only storage for the bytes of token keys, so that tokenising a document allocates once for
// all its keys, not once per long key. Bytes once added never move while the store lives: they are
// kept in blocks that are never reallocated, and moving the store moves the blocks, not the bytes.
// Not copyable: a copy of the tokens would still point into the original.
class KeyStore {
 public:
  KeyStore() = default;
  KeyStore(KeyStore&&) = default;
  KeyStore& operator=(KeyStore&&) = default;

  // Makes room for `n` more bytes in the current block, so keys adding up to `n` bytes need no
  // further allocation.
  void Reserve(size_t n) {
    if (n <= left_) return;
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(n));
    free_ = blocks_.back().get();
    left_ = n;
  }
  // Copies the `n` bytes at `key` into the store and returns where they now lie.
  const char* Add(const char* key, size_t n) {
    if (n > left_) Reserve(n < kMinBlock ? kMinBlock : n);
    char* at = free_;
    if (n > 0) std::memcpy(at, key, n);
    free_ += n;
    left_ -= n;
    return at;
  }
  // Add for a key that may be read up to 16 bytes past its end (the tokenizer's scratch buffer):
  // copied 16 bytes at a time, inline. Most keys are one such piece; a call to memcpy per key cost
  // more than the copy.
  const char* AddPadded(const char* key, size_t n) {
    if (n + 16 > left_) Reserve(n + 16 < kMinBlock ? kMinBlock : n + 16);
    char* at = free_;
    for (size_t k = 0; k < n; k += 16) std::memcpy(at + k, key + k, 16);
    free_ += n;
    left_ -= n;
    return at;
  }

 private:
  static constexpr size_t kMinBlock = 4096;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // the unused end of the last block, `left_` bytes
  size_t left_ = 0;
};

// Lifetime: a token's key() lies in the KeyStore of the Analysis that the token was tokenised into,
// and stays valid as long as that Analysis lives (moving the Analysis, or its `tokens`, keeps it
// valid; the store is never copied).
struct Token {
  uint32_t start = 0;          // bytes into Document::text
  uint32_t end = 0;
  uint32_t sentence = 0;      // index into Analysis::sentences
  uint32_t key_size = 0;      // key() is `key_size` bytes at `key_data`, set by Tokenize
  const char* key_data = "";  // in the KeyStore of the Analysis holding the token
  uint64_t key_hash = 0;      // KeyHash(key()), computed as the key is built, for tables of keys
  TokenKind kind = TokenKind::kWord;
  bool upper_initial = false;  // first letter is upper case ("Austin", "США")
  bool all_upper = false;      // "США", "NATO"
  bool space_before = false;   // white space between the previous token and this one
  bool newline_before = false;

  // util::FoldKey of the token text (punctuation: the character itself); of a Cyrillic word typed with
  // Latin look-alike letters ("Бiлоусов"), util::FoldLookalikes of that: the Cyrillic spelling's key.
  std::string_view key() const { return {key_data, key_size}; }
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // [first_token, end_token) in Analysis::tokens
  uint32_t end_token = 0;
};

// Move-only (see KeyStore): pass it by reference.
struct Analysis {
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  KeyStore keys;  // the bytes of every token's key()
};

// Splits `text` into tokens: runs of letters (with inner apostrophes: "п'ятниці"), runs of digits,
// and single punctuation characters (hyphens and dashes included, so "9-11" is three tokens). An
// Italian elided article or preposition is a token of its own, apostrophe included: "dell'Ucraina"
// is "dell'" (key "dell") and "Ucraina". Offsets are relative to `base`.
// Appends the tokens to out->tokens, filling every field but `sentence` (0), and their keys to
// out->keys; leaves out->sentences alone.
void Tokenize(std::string_view text, uint32_t base, Analysis* out);

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
