// Language identification of an article body: CLD2 first (with its reliability flag), then, for
// short or unreliable text, evidence from the script and from letters and frequent words only one
// language uses (rules/<root>/ingest/langid.json). Ukrainian and Russian are always checked against
// that evidence, because a wrong uk/ru answer breaks every later stage.
#ifndef CROSSCHECK_ENGINE_INGEST_LANG_ID_H_
#define CROSSCHECK_ENGINE_INGEST_LANG_ID_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::ingest {

struct LangGuess {
  std::string lang = "und";          // ISO 639-1, "und" when nothing could be decided
  std::string method = "default";    // "cld2" or "script+words" (or "default" for "und")
  bool reliable = false;
};

class LangId {
 public:
  // Loads <root>/ingest/langid.json from every root (later roots add words and letters).
  Status Load(const std::vector<std::string>& rule_roots);
  Status LoadFile(const std::string& path);
  // Detects the language of valid UTF-8 `text`; looks at no more than its first 1.5 KiB.
  LangGuess Detect(std::string_view text) const;

 private:
  struct Evidence {
    std::string script;                 // "latin" | "cyrillic"
    std::u32string letters;             // letters only this language of its script uses
    std::vector<std::string> words;
  };
  // Script and word evidence; "und" when there is too little.
  std::string FromEvidence(std::string_view text, bool* strong) const;

  std::unordered_map<std::string, Evidence> langs_;
  // Flattened for the scan: language names by index, folded word -> language indexes, evidence
  // letter -> language indexes.
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::vector<int>> word_langs_;
  std::unordered_map<char32_t, std::vector<int>> letter_langs_;
  size_t max_word_bytes_ = 0;
};

}  // namespace crosscheck::ingest

#endif  // CROSSCHECK_ENGINE_INGEST_LANG_ID_H_
