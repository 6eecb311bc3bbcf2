// The per-document tables of the time walk (ClassifyTokens) and the pattern index (IndexPatterns)
// on the shipped rules and real text: the walk reads numbers, shape classes and date-word hits from
// them instead of from the tokens, and skips a position the index says opens no pattern.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/analyse/analysis.h"
#include "engine/tag/phrase_matcher.h"
#include "engine/tag/tag_module.h"
#include "engine/tag/time_match.h"
#include "engine/tag/time_tagger.h"

namespace crosscheck::tag::time {
namespace {

constexpr ClsMask kShape = Bit(kRParen + 1) - 1;  // kNum..kRParen

struct Loaded {
  PhraseMatcher matcher;
  TimeTagger tagger;
  Loaded() {
    Status s = tagger.Load({CROSSCHECK_SOURCE_DIR "/rules"}, 0, &matcher);
    if (!s.ok()) FAIL("loading the shipped time rules: " << s.message());
  }
};

const Loaded& Shared() {
  static Loaded l;
  return l;
}

// The tokens of `text`, their matcher keys and the time module's hits, then ClassifyTokens.
struct Classified {
  analyse::Analysis analysis;
  PhraseMatcher::TokenKeys keys;
  std::vector<PhraseMatch> hits;
  TokenClasses classes;
};

void Classify(const std::string& text, Classified* c) {
  const Loaded& l = Shared();
  analyse::Tokenize(text, 0, &c->analysis);
  l.matcher.Lookup(c->analysis.tokens, &c->keys);
  std::vector<PhraseMatch> all;
  l.matcher.Match(c->analysis.tokens, c->keys, 0, static_cast<uint32_t>(c->analysis.tokens.size()), &all);
  for (PhraseMatch m : all) {
    m.payload = PayloadEntry(m.payload);
    c->hits.push_back(m);
  }
  ClassifyTokens(l.tagger.vocab(), c->analysis.tokens, c->keys, c->hits, &c->classes);
}

size_t IndexOf(const std::vector<analyse::Token>& toks, const std::string& key) {
  for (size_t i = 0; i < toks.size(); ++i)
    if (toks[i].key() == key) return i;
  FAIL("no token " << key);
  return 0;
}

const char* const kTexts[] = {
    "On Friday, July 12, 2024, Austin spoke with Belousov at 14:27 (GMT) for 1 hour; 03/07/2024.",
    "Вчора, 25 червня 2024 року, о 19:50 міністри поговорили вдруге — 1-го липня.",
    "В пятницу, 12.07.2024, Белоусов провёл телефонный разговор с Остином 2-й раз.",
    "Il 10/11/2024 Crosetto ha avuto un colloquio dall'8 al 9 novembre, nell'anno 2023.",
};

TEST_CASE("ClassifyTokens: numbers, shape classes and first hits of real text", "[time][match]") {
  for (const char* text : kTexts) {
    INFO(text);
    Classified c;
    Classify(text, &c);
    const TokenClasses& k = c.classes;
    REQUIRE(k.can.size() == c.analysis.tokens.size());
    for (size_t i = 0; i < c.analysis.tokens.size(); ++i) {
      const analyse::Token& t = c.analysis.tokens[i];
      INFO("token " << i << " '" << t.key() << "'");
      if (t.kind == analyse::TokenKind::kNumber && t.key().size() <= 6)
        CHECK(k.number[i] == std::stoi(std::string(t.key())));
      else CHECK(k.number[i] == -1);
      // Words have no shape class; a connector never brings one.
      if (t.kind == analyse::TokenKind::kWord) CHECK((k.can[i] & kShape) == 0);
      if (k.conns[i]) CHECK((k.conns[i]->mask & kShape) == 0);
      // The first hit beginning at the token, or none.
      size_t first = TokenClasses::kNoHit;
      for (size_t h = 0; h < c.hits.size() && first == TokenClasses::kNoHit; ++h)
        if (c.hits[h].begin == i) first = h;
      CHECK(k.first_hit[i] == first);
    }
  }
  Classified c;
  Classify(kTexts[0], &c);
  const TokenClasses& k = c.classes;
  CHECK((k.can[IndexOf(c.analysis.tokens, "2024")] & kShape) == Bit(kYear));
  CHECK((k.can[IndexOf(c.analysis.tokens, "12")] & kShape) ==
        (Bit(kNum) | Bit(kDay) | Bit(kMonthNum) | Bit(kYear2) | Bit(kTime)));
  CHECK((k.can[IndexOf(c.analysis.tokens, "27")] & kShape) == (Bit(kNum) | Bit(kDay) | Bit(kYear2)));
  CHECK((k.can[IndexOf(c.analysis.tokens, ",")] & kShape) == Bit(kComma));
  CHECK((k.can[IndexOf(c.analysis.tokens, "(")] & kShape) == Bit(kLParen));
  CHECK((k.can[IndexOf(c.analysis.tokens, "july")] & Bit(kMonth)) != 0);
  CHECK((k.can[IndexOf(c.analysis.tokens, "friday")] & Bit(kWeekday)) != 0);
}

TEST_CASE("IndexPatterns: every opening of every pattern is in the index's skip test", "[time][match]") {
  // MatchSentence skips a position when no class c of the token has ends_after bit c or next_of[c]
  // meeting what may follow; that is sound only if each opening is folded into both.
  const TimeVocab& v = Shared().tagger.vocab();
  std::vector<const Pattern*> ps;
  for (const Pattern& p : v.patterns) ps.push_back(&p);
  REQUIRE(ps.size() > 10);
  PatternSet set = IndexPatterns(ps);
  size_t openings = 0;
  for (const Pattern* p : ps)
    for (const Pattern::Opening& o : p->openings)
      for (int c = 0; c < kNumClasses; ++c) {
        if (!(o.first & Bit(c))) continue;
        ++openings;
        INFO("pattern " << p->id << " class " << c);
        CHECK((set.next_of[static_cast<size_t>(c)] & o.next) == o.next);
        if (o.next == 0) CHECK((set.ends_after & Bit(c)) != 0);
      }
  CHECK(openings >= ps.size());
}

}  // namespace
}  // namespace crosscheck::tag::time
