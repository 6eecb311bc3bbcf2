#include "engine/analyse/analyser.h"


#include "engine/util/fs.h"
#include "engine/util/json.h"

namespace crosscheck::analyse {

Status Analyser::Load(const std::vector<std::string>& rule_roots) {
  auto files = util::RuleFiles(rule_roots, "analyse/abbreviations.json");
  if (!files.ok()) return files.status();
  for (const auto& path : *files) {
    Status s = LoadFile(path);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status Analyser::LoadFile(const std::string& path) {
  rapidjson::Document d;
  Status s = util::ReadJsonFile(path, &d);
  if (!s.ok()) return s;
  if (!d.IsObject() || !d.HasMember("languages") || !d["languages"].IsObject())
    return Status::RuleError(path + ": expected {\"languages\": {\"<lang>\": [\"abbr.\", ...]}}");
  for (const auto& m : d["languages"].GetObject()) {
    std::string lang = m.name.GetString();
    if (!m.value.IsArray())
      return Status::RuleError(path + ": languages." + lang + " must be an array of strings");
    for (const auto& v : m.value.GetArray()) {
      if (!v.IsString()) return Status::RuleError(path + ": languages." + lang + " must be an array of strings");
      std::string key = AbbreviationKey(v.GetString());
      if (key.empty()) continue;
      by_lang_[lang].Insert(key);
      all_.Insert(key);
    }
  }
  applied_.clear();
  const AbbreviationSet& common = by_lang_["*"];
  for (const auto& [lang, set] : by_lang_) {
    AbbreviationSet& a = applied_[lang];
    a = set;
    a.Merge(common);
  }
  return Status::OK();
}

const AbbreviationSet& Analyser::AbbreviationsFor(const std::string& lang) const {
  auto it = applied_.find(lang);
  return it != applied_.end() ? it->second : all_;
}

Analysis Analyser::Analyse(const Document& doc) const {
  Analysis a;
  const AbbreviationSet& abbrev = AbbreviationsFor(doc.lang);
  std::vector<uint32_t> ends;
  // Reserve once: regrowing the vector of tokens costs more than tokenising; and one block for all the
  // keys (Tokenize reserves per span, which then finds the room).
  size_t body_bytes = 0;
  for (const Span& b : doc.body) body_bytes += b.size();
  a.tokens.reserve(body_bytes / 5 + 16);
  a.keys.Reserve(body_bytes + 16);
  a.sentences.reserve(body_bytes / 80 + 4);
  for (const Span& body : doc.body) {
    std::string_view text = std::string_view(doc.text).substr(body.start, body.size());
    ends.clear();
    SentenceEnds(text, &abbrev, &ends);
    size_t first = a.tokens.size();
    Tokenize(text, static_cast<uint32_t>(body.start), &a);
    // A sentence is closed before the first token at or past one of its ends (the last end is the
    // span's: the last sentence takes the rest); each token gets the index of the sentence open when
    // it is reached (the next to be pushed).
    Token* const tokens = a.tokens.data();
    const size_t count = a.tokens.size();
    size_t s = first, i = first;
    auto close = [&](size_t end) {
      if (s >= end) return;
      Sentence sent;
      sent.first_token = static_cast<uint32_t>(s);
      sent.end_token = static_cast<uint32_t>(end);
      sent.span = {tokens[s].start, tokens[end - 1].end};
      a.sentences.push_back(sent);
      s = end;
    };
    for (size_t k = 0; k + 1 < ends.size() && i < count; ++k) {
      const uint32_t sentence = static_cast<uint32_t>(a.sentences.size());
      const uint64_t end = body.start + ends[k];
      for (; i < count && tokens[i].start < end; ++i) tokens[i].sentence = sentence;
      if (i < count) close(i);
    }
    const uint32_t sentence = static_cast<uint32_t>(a.sentences.size());
    for (; i < count; ++i) tokens[i].sentence = sentence;
    close(a.tokens.size());
  }
  return a;
}

}  // namespace crosscheck::analyse
