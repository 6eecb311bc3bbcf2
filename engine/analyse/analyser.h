// The analyse stage: sentence segmentation (ICU, with per-language abbreviation lists from
// rules/analyse/abbreviations.json, see sentence_breaker.h) and tokenisation of a document's body.
#ifndef CROSSCHECK_ENGINE_ANALYSE_ANALYSER_H_
#define CROSSCHECK_ENGINE_ANALYSE_ANALYSER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/analyse/analysis.h"
#include "engine/analyse/sentence_breaker.h"

namespace crosscheck::analyse {

class Analyser {
 public:
  // Loads <root>/analyse/abbreviations.json from every root (later roots add entries). A missing
  // file adds nothing; a malformed one is an error naming the file and line:col.
  Status Load(const std::vector<std::string>& rule_roots);
  Status LoadFile(const std::string& path);
  // Splits the body of `doc` into sentences and tokens (the contract in analysis.h): tokens lie in
  // sentences, sentences in body spans, each token's `sentence` is its sentence's index.
  // Abbreviations of doc.lang and of "*" apply; for an unknown language, all of them.
  // Thread-safe (const).
  Analysis Analyse(const Document& doc) const;

  // The abbreviations applied to a language.
  const AbbreviationSet& AbbreviationsFor(const std::string& lang) const;

 private:
  std::unordered_map<std::string, AbbreviationSet> by_lang_;  // lang (or "*") -> keys, as written
  std::unordered_map<std::string, AbbreviationSet> applied_;  // lang -> lang ∪ "*"
  AbbreviationSet all_;
};

}  // namespace crosscheck::analyse

#endif  // CROSSCHECK_ENGINE_ANALYSE_ANALYSER_H_
