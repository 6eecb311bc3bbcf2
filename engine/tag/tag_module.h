// TagModule: one family of vocabulary (entities, times, event triggers and cues) plugged into the
// Tagger's single PhraseMatcher. The Tagger runs the matcher once per document over all tokens and
// hands each module the matches whose payload it registered.
#ifndef CROSSCHECK_ENGINE_TAG_TAG_MODULE_H_
#define CROSSCHECK_ENGINE_TAG_TAG_MODULE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/analyse/analysis.h"
#include "engine/tag/mentions.h"
#include "engine/tag/phrase_matcher.h"

namespace crosscheck::tag {

// A payload is (module id << 24) | entry index; entry indices are the module's own.
inline constexpr uint32_t kPayloadShift = 24;
inline uint32_t MakePayload(uint32_t module, uint32_t entry) { return (module << kPayloadShift) | entry; }
inline uint32_t PayloadModule(uint32_t payload) { return payload >> kPayloadShift; }
inline uint32_t PayloadEntry(uint32_t payload) { return payload & ((1u << kPayloadShift) - 1); }

class TagModule {
 public:
  virtual ~TagModule() = default;
  virtual const char* name() const = 0;
  // Reads the module's rule files from every root (later roots extend/override) and registers its
  // phrases in `matcher` with payloads MakePayload(module_id, entry).
  virtual Status Load(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher) = 0;
  // Turns this module's matches (entry indices already extracted, ordered by begin, longest first)
  // into mentions in `out`. May also scan tokens itself for shapes a word list cannot hold (numeric
  // dates, capitalised unknown names); `keys` (the matcher's Lookup of analysis.tokens) names each
  // token's key by the word id the module registered (PhraseMatcher::AddWord), so a module asks an
  // array instead of hashing the key again. Thread-safe (const).
  virtual void Collect(const Document& doc, const analyse::Analysis& analysis, const PhraseMatcher::TokenKeys& keys,
                       const std::vector<PhraseMatch>& matches, TaggedDocument* out) const = 0;
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_TAG_MODULE_H_
