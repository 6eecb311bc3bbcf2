#include "engine/tag/tagger.h"

#include "engine/tag/entity_tagger.h"
#include "engine/tag/event_tagger.h"
#include "engine/tag/time_tagger.h"

namespace crosscheck::tag {

Tagger::Tagger()
    : entities_(std::make_unique<EntityTagger>()),
      times_(std::make_unique<TimeTagger>()),
      events_(std::make_unique<EventTagger>()) {
  modules_ = {entities_.get(), times_.get(), events_.get()};
}

Tagger::~Tagger() = default;

Status Tagger::Load(const std::vector<std::string>& rule_roots) {
  for (uint32_t id = 0; id < modules_.size(); ++id) {
    Status s = modules_[id]->Load(rule_roots, id, &matcher_);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

TaggedDocument Tagger::Tag(const Document& doc, const analyse::Analysis& analysis) const {
  // Every token's key is looked up once, for the matcher and the modules alike.
  thread_local PhraseMatcher::TokenKeys keys;  // buffers reused from document to document
  matcher_.Lookup(analysis.tokens, &keys);
  // The match lists too are the thread's, reused: they grow to a long document once, not per document.
  thread_local std::vector<PhraseMatch> all;
  thread_local std::vector<std::vector<PhraseMatch>> per_module;
  all.clear();
  per_module.resize(modules_.size());
  for (auto& list : per_module) list.clear();
  // One pass per sentence: phrases never cross sentence boundaries.
  matcher_.MatchSentences(analysis, keys, &all);
  std::vector<PhraseMatch>* lists = per_module.data();  // not the thread_local's, at every match
  const size_t n_lists = per_module.size();
  for (const PhraseMatch& m : all) {
    uint32_t mod = PayloadModule(m.payload);
    if (mod >= n_lists) continue;
    PhraseMatch local = m;
    local.payload = PayloadEntry(m.payload);
    lists[mod].push_back(local);
  }
  TaggedDocument out;
  for (size_t i = 0; i < modules_.size(); ++i) modules_[i]->Collect(doc, analysis, keys, per_module[i], &out);
  return out;
}

}  // namespace crosscheck::tag
