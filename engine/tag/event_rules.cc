// Loading rules/events and rules/cues files into EventRule entries and matcher phrases.
#include <sys/stat.h>

#include <memory>
#include <sstream>

#include "engine/tag/event_tagger.h"
#include "engine/util/fs.h"
#include "engine/util/json.h"

namespace crosscheck::tag {

namespace {

// `phrase` with each word that is exactly "#" replaced by `word`; empty when it has no such word.
std::string WithNumberWord(const std::string& phrase, const std::string& word) {
  std::istringstream in(phrase);
  std::string w, out;
  bool found = false;
  while (in >> w) {
    if (w == "#") {
      w = word;
      found = true;
    }
    if (!out.empty()) out += ' ';
    out += w;
  }
  return found ? out : std::string();
}

struct KindName {
  CueKind kind;
  const char* name;
};
constexpr KindName kKinds[] = {
    {CueKind::kInitiator, "initiator"},   {CueKind::kOrdinal, "ordinal"},   {CueKind::kAttribution, "attribution"},
    {CueKind::kHedge, "hedge"},           {CueKind::kNegation, "negation"}, {CueKind::kReference, "reference"},
    {CueKind::kSequence, "sequence"},     {CueKind::kCounterpart, "counterpart"},
    {CueKind::kAnaphor, "anaphor"},     {CueKind::kPronoun, "pronoun"},   {CueKind::kChannel, "channel"},
    {CueKind::kLocative, "locative"},     {CueKind::kReaction, "reaction"},     {CueKind::kPlan, "plan"},
    {CueKind::kDroppedSubject, "dropped_subject"},
};

bool Exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

bool ParseCueKind(const std::string& name, CueKind* kind) {
  for (const auto& k : kKinds)
    if (name == k.name) {
      *kind = k.kind;
      return true;
    }
  return false;
}

const char* CueKindName(CueKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.name;
  return "?";
}

Status EventTagger::LoadFile(const std::string& path, bool cues, const util::JsonSchema* schema,
                             uint32_t module_id, PhraseMatcher* matcher) {
  rapidjson::Document doc;
  Status s = util::ReadJsonFile(path, &doc);
  if (!s.ok()) return s;
  if (schema) {
    std::vector<std::string> errors;
    if (!schema->Validate(doc, path, &errors)) return Status::RuleError(errors.front());
  }
  const char* list_key = cues ? "cues" : "triggers";
  // A cues file's "numbers" ({"three": 3, "три": 3}): a cue whose value holds '#' ("P#M") and whose
  // phrase has a '#' word ("in # months", digits) also matches each number word in its place ("in
  // three months"), as a copy of the cue whose value has the number instead of '#' ("P3M").
  std::vector<std::pair<std::string, int>> numbers;
  if (cues && doc.HasMember("numbers") && doc["numbers"].IsObject())
    for (const auto& m : doc["numbers"].GetObject())
      if (m.value.IsInt()) numbers.emplace_back(m.name.GetString(), m.value.GetInt());
  auto add_rule = [&](EventRule rule, const std::vector<std::string>& phrases) -> Status {
    size_t index = rules_.size();
    rules_.push_back(std::move(rule));
    for (const auto& p : phrases) {
      Status ps = matcher->Add(p, MakePayload(module_id, static_cast<uint32_t>(index)));
      if (!ps.ok()) return Status::RuleError(path + ": " + rules_[index].id + ": phrase '" + p + "': " + ps.message());
    }
    return Status::OK();
  };
  auto add_entry = [&](EventRule rule, const rapidjson::Value& v) -> Status {
    rule.file = path;
    rule.langs = util::GetStrings(v, "langs");
    if (rule.id.empty()) return Status::RuleError(path + ": an entry has no id");
    auto phrases = util::GetStrings(v, "phrases");
    if (phrases.empty()) return Status::RuleError(path + ": " + rule.id + ": no phrases");
    if (by_id_.count(rule.id))  // replaced: the earlier entry and its number-word copies
      for (EventRule& r : rules_)
        if (r.id == rule.id) r.active = false;
    by_id_[rule.id] = rules_.size();
    std::string value = rule.value.str();
    size_t hash = rule.family == EventRule::Family::kCue ? value.find('#') : std::string::npos;
    EventRule base = rule;
    Status as = add_rule(std::move(rule), phrases);
    if (!as.ok() || hash == std::string::npos) return as;
    for (const auto& [word, n] : numbers) {
      std::vector<std::string> spelled;
      for (const auto& p : phrases) {
        std::string w = WithNumberWord(p, word);
        if (!w.empty()) spelled.push_back(std::move(w));
      }
      if (spelled.empty()) break;  // no phrase of this cue has a '#' word
      EventRule copy = base;
      copy.value = value.substr(0, hash) + std::to_string(n) + value.substr(hash + 1);
      as = add_rule(std::move(copy), spelled);
      if (!as.ok()) return as;
    }
    return Status::OK();
  };
  if (doc.HasMember(list_key) && doc[list_key].IsArray()) {
    for (const auto& v : doc[list_key].GetArray()) {
      EventRule r;
      r.id = util::GetString(v, "id");
      if (cues) {
        r.family = EventRule::Family::kCue;
        std::string kind = util::GetString(v, "kind");
        if (!ParseCueKind(kind, &r.kind))
          return Status::RuleError(path + ": " + r.id + ": unknown cue kind '" + kind + "'");
        r.value = util::GetString(v, "value");
        r.n = util::GetInt(v, "n");
        r.scope = util::GetString(v, "scope");
        if (std::string g = util::GetString(v, "gender"); g == "m" || g == "f") r.gender = g[0];
      } else {
        r.type = util::GetString(v, "type");
        r.family = r.type == "block" ? EventRule::Family::kBlock : EventRule::Family::kTrigger;
        r.pos = util::GetString(v, "pos", "noun");
        r.context = util::GetString(v, "context", "none");
        r.initiator = util::GetString(v, "initiator");
        r.weak = util::GetBool(v, "weak");
        r.coordinated = util::GetBool(v, "coordinated");
        r.planned = util::GetBool(v, "planned");
      }
      s = add_entry(std::move(r), v);
      if (!s.ok()) return s;
    }
  }
  if (!cues && doc.HasMember("markers") && doc["markers"].IsArray()) {
    for (const auto& v : doc["markers"].GetArray()) {
      EventRule r;
      r.id = util::GetString(v, "id");
      r.family = EventRule::Family::kMarker;
      r.marker = util::GetString(v, "marker");
      s = add_entry(std::move(r), v);
      if (!s.ok()) return s;
    }
  }
  return Status::OK();
}

Status EventTagger::Load(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher) {
  std::string events_schema, cues_schema;
  for (const auto& root : rule_roots) {
    if (events_schema.empty() && Exists(root + "/schema/events.schema.json"))
      events_schema = root + "/schema/events.schema.json";
    if (cues_schema.empty() && Exists(root + "/schema/cues.schema.json")) cues_schema = root + "/schema/cues.schema.json";
  }
  // Each schema is read and compiled once, when the first file that needs it is loaded.
  std::unique_ptr<util::JsonSchema> compiled[2];  // events, cues
  for (const auto& root : rule_roots) {
    for (bool cues : {false, true}) {
      std::string dir = root + (cues ? "/cues" : "/events");
      if (!Exists(dir)) continue;
      auto files = util::ListFiles(dir, {".json"});
      if (!files.ok()) return files.status();
      const std::string& schema_path = cues ? cues_schema : events_schema;
      std::unique_ptr<util::JsonSchema>& schema = compiled[cues ? 1 : 0];
      for (const auto& f : *files) {
        if (!schema && !schema_path.empty()) {
          rapidjson::Document d;
          Status s = util::ReadJsonFile(schema_path, &d);
          if (!s.ok()) return s;
          schema = std::make_unique<util::JsonSchema>(d);
        }
        Status s = LoadFile(f, cues, schema.get(), module_id, matcher);
        if (!s.ok()) return s;
      }
    }
  }
  return Status::OK();
}

}  // namespace crosscheck::tag
