// EventTagger: the TagModule for event triggers (rules/events/<lang>.json) and cues (rules/cues/<lang>.json):
// initiator, ordinal, attribution, hedging, negation, reference, sequence, counterpart and anaphor
// phrases. The file formats are described in rules/README.md ("Events and cues").
//
// Contract of Collect:
//  - a trigger overlapped by a "block" phrase ("called for", "so-called") is dropped, and of two
//    overlapping triggers (or two overlapping cues) only the longer survives;
//  - a trigger whose rule has context "sentence" takes type "call" when a phone marker is in its
//    sentence and "meeting" when an in-person marker is; context "document" also becomes "call" when
//    the document speaks of phone calls anywhere (a phone marker or a specific call trigger);
//  - a "venue" marker ("talks in ?", "a ? per colloqui"; "venue_after": "talks with ? in", its place
//    right after it) is an in-person marker when its place token
//    is a capitalised word that is no date and no person, and no phone marker shares its sentence
//    ("held talks in Ankara" is a meeting; "held talks in May" and "talks by phone" are not);
//  - a trigger whose rule names an initiator role ("X called Y": "subject") also yields an initiator
//    cue on the trigger's own span;
//  - an entry with "langs" is matched only in documents of those languages (of unknown language: all).
#ifndef CROSSCHECK_ENGINE_TAG_EVENT_TAGGER_H_
#define CROSSCHECK_ENGINE_TAG_EVENT_TAGGER_H_

#include <map>
#include <string>
#include <vector>

#include "engine/tag/tag_module.h"

namespace crosscheck::util {
class JsonSchema;
}  // namespace crosscheck::util

namespace crosscheck::tag {

// One entry of an events or cues file.
// The values a mention takes from its rule are Atoms, so tagging copies a pointer, not a string.
struct EventRule {
  enum class Family : uint8_t { kTrigger, kBlock, kMarker, kCue };
  Atom id;
  std::string file;  // where it was read (for messages)
  Family family = Family::kTrigger;
  // Triggers.
  Atom type;                      // "call", "meeting", "talks", "agreement", "statement"
  Atom pos = "noun";              // "noun" | "verb"
  std::string context = "none";   // "none" | "sentence" | "document"
  Atom initiator;                 // "" | "subject" | "object"
  bool weak = false;
  bool coordinated = false;       // needs "X and Y" right before it (TriggerMention::coordinated)
  bool planned = false;           // a future-tense form: its claims are announced, not done
  // Markers.
  std::string marker;             // "phone" | "in_person" | "venue" | "venue_after"
  // Cues.
  CueKind kind = CueKind::kInitiator;
  Atom value;
  int n = 0;
  Atom scope;
  char gender = 0;                // pronoun, dropped_subject: 'm' | 'f' | 0 (the form does not show it)
  bool active = true;             // false once a later rule root overrides the id
  // Document languages the entry applies to ("langs": ["en"]); empty: every language. For words that
  // mean something else in another language read by the same matcher: English "per" (according to)
  // is the Italian "for" ("per incontrare Putin").
  std::vector<std::string> langs;
};

class EventTagger : public TagModule {
 public:
  const char* name() const override { return "events"; }
  // Reads <root>/events/*.json and <root>/cues/*.json of every root, each validated against
  // rules/schema/{events,cues}.schema.json of the first root that has them. An entry whose id was
  // already loaded replaces the earlier one. Errors name the file (and line:column for syntax).
  Status Load(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher) override;
  void Collect(const Document& doc, const analyse::Analysis& analysis, const PhraseMatcher::TokenKeys& keys,
               const std::vector<PhraseMatch>& matches,
               TaggedDocument* out) const override;

  const std::vector<EventRule>& rules() const { return rules_; }

 private:
  // `schema`: the compiled events or cues schema, null when there is none.
  Status LoadFile(const std::string& path, bool cues, const util::JsonSchema* schema, uint32_t module_id,
                  PhraseMatcher* matcher);

  std::vector<EventRule> rules_;
  std::map<std::string, size_t> by_id_;
  const Atom call_ = "call", meeting_ = "meeting";  // the types context gives a trigger
};

// Parses a cue kind name ("initiator", "ordinal", ...); false when unknown.
bool ParseCueKind(const std::string& name, CueKind* kind);
const char* CueKindName(CueKind kind);

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_EVENT_TAGGER_H_
