#include "engine/tag/time_tagger.h"

#include <utility>

#include "engine/tag/time_match.h"
#include "engine/tag/time_resolve.h"

namespace crosscheck::tag {

Status TimeTagger::Load(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher) {
  vocab_ = time::TimeVocab();
  by_lang_.clear();
  Status s = time::LoadTimeVocab(rule_roots, module_id, matcher, &vocab_);
  if (!s.ok()) return s;
  std::vector<const time::Pattern*> all, generic;
  for (const auto& p : vocab_.patterns) {
    all.push_back(&p);
    if (p.langs.empty()) generic.push_back(&p);
    for (const auto& lang : p.langs) {
      if (lang.empty() || lang == "und") continue;  // AppliesTo takes every pattern for these
      bool known = false;
      for (const auto& [l, set] : by_lang_) known |= l == lang;
      if (!known) by_lang_.emplace_back(lang, time::PatternSet());
    }
  }
  for (auto& [lang, set] : by_lang_) {
    std::vector<const time::Pattern*> ps;
    for (const auto& p : vocab_.patterns)
      if (p.AppliesTo(lang)) ps.push_back(&p);
    set = time::IndexPatterns(std::move(ps));
  }
  all_ = time::IndexPatterns(std::move(all));
  generic_ = time::IndexPatterns(std::move(generic));
  return Status::OK();
}

const time::PatternSet& TimeTagger::PatternsFor(const std::string& lang) const {
  if (lang.empty() || lang == "und") return all_;
  for (const auto& [l, set] : by_lang_)
    if (l == lang) return set;
  return generic_;
}

void TimeTagger::Collect(const Document& doc, const analyse::Analysis& analysis,
                         const PhraseMatcher::TokenKeys& keys, const std::vector<PhraseMatch>& matches,
                         TaggedDocument* out) const {
  // Words that must be capitalised to be a date ("May", not "may") are dropped here, once.
  thread_local std::vector<PhraseMatch> hits;  // reused from document to document
  hits.clear();
  for (const PhraseMatch& m : matches) {
    if (m.payload >= vocab_.entries.size()) continue;
    if (vocab_.entries[m.payload].needs_upper && !analysis.tokens[m.begin].upper_initial) continue;
    hits.push_back(m);
  }
  size_t first = out->times.size();
  // Room for a typical document's mentions: growing the list moves every mention (several strings).
  out->times.reserve(first + 16);
  thread_local std::vector<size_t> ambiguous;  // reused from document to document
  ambiguous.clear();
  time::SentenceTimes res{&PatternsFor(doc.lang), &out->times, &ambiguous, false};
  thread_local time::TokenClasses classes;  // buffers reused from document to document
  time::ClassifyTokens(vocab_, analysis.tokens, keys, hits, &classes);
  time::MatchSentences(vocab_, doc, analysis, classes, hits, &res);
  // 03/07/2024 reads day-first unless the same document wrote a date only month-first can read.
  if (res.saw_month_first)
    for (size_t i : ambiguous) std::swap(out->times[i].date.day, out->times[i].date.month);
  ResolveTimes(doc.published, first, &out->times);
}

}  // namespace crosscheck::tag
