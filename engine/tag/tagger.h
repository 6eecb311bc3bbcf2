// The tag stage: loads every vocabulary under rules/ (lexicon, time, events, cues) into one
// PhraseMatcher and finds all mentions of a document in one pass over its tokens.
#ifndef CROSSCHECK_ENGINE_TAG_TAGGER_H_
#define CROSSCHECK_ENGINE_TAG_TAGGER_H_

#include <memory>
#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/analyse/analysis.h"
#include "engine/tag/mentions.h"
#include "engine/tag/phrase_matcher.h"
#include "engine/tag/tag_module.h"

namespace crosscheck::tag {

class EntityTagger;
class TimeTagger;
class EventTagger;

class Tagger {
 public:
  Tagger();
  ~Tagger();
  // Loads every rule root in order (later roots extend or override earlier ones). Errors name the
  // file and line:column.
  Status Load(const std::vector<std::string>& rule_roots);
  // All mentions in `doc`, each list ordered by position. Thread-safe (const).
  TaggedDocument Tag(const Document& doc, const analyse::Analysis& analysis) const;

  // The modules, for stages that need their knowledge (assemble asks the lexicon who held an office).
  const EntityTagger& entities() const { return *entities_; }
  const TimeTagger& times() const { return *times_; }
  const EventTagger& events() const { return *events_; }

 private:
  PhraseMatcher matcher_;
  std::unique_ptr<EntityTagger> entities_;
  std::unique_ptr<TimeTagger> times_;
  std::unique_ptr<EventTagger> events_;
  std::vector<TagModule*> modules_;  // index = module id
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_TAGGER_H_
