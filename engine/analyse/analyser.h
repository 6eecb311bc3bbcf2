// The analyse stage: sentence segmentation (ICU, with per-language abbreviation lists from
// rules/analyse/abbreviations.json) and tokenisation of a document's body.
#ifndef CROSSCHECK_ENGINE_ANALYSE_ANALYSER_H_
#define CROSSCHECK_ENGINE_ANALYSE_ANALYSER_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/analyse/analysis.h"

namespace crosscheck::analyse {

class Analyser {
 public:
  // Loads abbreviation lists from every root's analyse/ folder (missing folder: none).
  Status Load(const std::vector<std::string>& rule_roots);
  // Splits the body of `doc` into sentences and tokens. Thread-safe (const).
  Analysis Analyse(const Document& doc) const;

 private:
  // lang -> folded abbreviations without the final dot ("ген", "sig", "gen", "т. зв" → "т.зв").
  std::map<std::string, std::set<std::string>> abbreviations_;
};

}  // namespace crosscheck::analyse

#endif  // CROSSCHECK_ENGINE_ANALYSE_ANALYSER_H_
