#include "entity_test_util.h"

#include <catch2/catch.hpp>
#include <deque>

#include "engine/analyse/analyser.h"

namespace crosscheck::testing {

namespace {
struct Loaded {
  tag::Tagger tagger;
  analyse::Analyser analyser;
  Loaded() {
    std::vector<std::string> roots = {CROSSCHECK_SOURCE_DIR "/rules"};
    Status s = analyser.Load(roots);
    if (s.ok()) s = tagger.Load(roots);
    if (!s.ok()) FAIL("loading the shipped rules: " << s.ToString());
  }
};
Loaded& Get() {
  static Loaded loaded;
  return loaded;
}
}  // namespace

const tag::Tagger& ShippedTagger() { return Get().tagger; }
const tag::Lexicon& ShippedLexicon() { return Get().tagger.entities().lexicon(); }

std::vector<tag::EntityMention> Entities(const std::string& text, const std::string& lang) {
  // Mentions view their document's text: every document of a test run is kept.
  static std::deque<Document> docs;
  Document& doc = docs.emplace_back();
  doc.id = "t";
  doc.lang = lang;
  doc.text = text;
  doc.body = {{0, text.size()}};
  analyse::Analysis a = Get().analyser.Analyse(doc);
  return Get().tagger.Tag(doc, a).entities;
}

const tag::EntityMention* Find(const std::vector<tag::EntityMention>& ms, tag::EntityKind kind,
                               const std::string& written) {
  for (const auto& m : ms)
    if (m.kind == kind && m.written.find(written) != std::string::npos) return &m;
  return nullptr;
}

std::vector<std::string> PersonIds(const std::vector<tag::EntityMention>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms)
    if (m.kind == tag::EntityKind::kPerson) out.push_back(m.id);
  return out;
}

std::string HolderOn(const std::string& office, const std::string& iso) {
  auto d = PartialDate::ParseIso(iso);
  if (!d) return "";
  auto h = ShippedLexicon().HoldersOf(office, *d);
  return h.size() == 1 ? h[0].person : "";
}

}  // namespace crosscheck::testing
