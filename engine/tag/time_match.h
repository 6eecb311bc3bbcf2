// The pattern walk of the time tagger: finds time mentions in one sentence by applying the
// TimeVocab patterns at every token where one can start (a number, a date word, a connector), the
// longest match winning (ties: the pattern listed first). Linear in tokens: patterns are short and a
// position is tried only for the patterns whose first element can match it.
#ifndef CROSSCHECK_ENGINE_TAG_TIME_MATCH_H_
#define CROSSCHECK_ENGINE_TAG_TIME_MATCH_H_

#include <array>
#include <cstdint>
#include <vector>

#include "crosscheck/document.h"
#include "engine/analyse/analysis.h"
#include "engine/tag/mentions.h"
#include "engine/tag/phrase_matcher.h"
#include "engine/tag/time_vocab.h"

namespace crosscheck::tag::time {

// Patterns in list order, and for each pattern-element class c the set of them whose first element
// admits it (bit i%64 of first_sets[c * words + i/64] for patterns[i], words = (size + 63) / 64), so
// a position is tried only with the patterns that can start there.
struct PatternSet {
  std::vector<const Pattern*> patterns;
  std::vector<uint64_t> first_sets;
  ClsMask openers = 0;  // the classes some pattern's first element admits (a position without one is skipped)
  // Over the openings of every pattern (Pattern::Opening): next_of[c], the classes one of which the
  // next token read must have after an opening whose element admits c; bit c of ends_after, some
  // such opening may end the match. A position none of whose classes opens with what follows it
  // can start no pattern, and is skipped before the patterns are tried one by one.
  std::array<ClsMask, kNumClasses> next_of{};
  ClsMask ends_after = 0;
};
PatternSet IndexPatterns(std::vector<const Pattern*> patterns);

struct SentenceTimes {
  const PatternSet* patterns;  // those that apply to the document's language
  std::vector<TimeMention>* out;
  // Indexes into *out of numeric dates read day-first that could also be month-first (03/07/2024),
  // and whether the document wrote one that only reads month-first (07/13/2024): the caller flips.
  std::vector<size_t>* ambiguous_numeric;
  bool saw_month_first = false;
};

// What each token of a document can be read as, worked out once per document so that the walk
// asks arrays instead of re-reading tokens, connectors and hits at every step.
struct TokenClasses {
  std::vector<const Connector*> conns;  // the token's connector entry, null when none
  // Every class some reading of the token may have (a superset: a walk step tries only these). Of
  // the shape classes (kNum..kRParen) it holds exactly the token's own: those its value and digits
  // allow a number token, those its character gives a punctuation token (connectors have word
  // classes only), so a walk step asks no more than this about them.
  std::vector<ClsMask> can;
  // The classes a match is tried from at the token (its numeric readings, connector classes and
  // date words; not punctuation), so a position is skipped when this is 0.
  std::vector<ClsMask> start;
  // Index into the hits of the first one beginning at the token; kNoHit when none does.
  std::vector<uint32_t> first_hit;
  static constexpr uint32_t kNoHit = UINT32_MAX;
  // The value of a number token of at most 6 digits; -1 for any other token.
  std::vector<int32_t> number;
};

// Fills `out` for `tokens`. `keys`: the PhraseMatcher's Lookup of `tokens` (connectors are found by
// word id). `hits`: this module's PhraseMatcher matches for the whole document (payload = entry
// index), ordered by begin. Buffers of `out` are reused.
void ClassifyTokens(const TimeVocab& vocab, const std::vector<analyse::Token>& tokens,
                    const PhraseMatcher::TokenKeys& keys, const std::vector<PhraseMatch>& hits, TokenClasses* out);

// `classes`: ClassifyTokens of the document's tokens and `hits`. Appends the mentions of each
// sentence of `analysis` in turn (a match never crosses a sentence end), in text order, unresolved.
void MatchSentences(const TimeVocab& vocab, const Document& doc, const analyse::Analysis& analysis,
                    const TokenClasses& classes, const std::vector<PhraseMatch>& hits, SentenceTimes* res);

}  // namespace crosscheck::tag::time

#endif  // CROSSCHECK_ENGINE_TAG_TIME_MATCH_H_
