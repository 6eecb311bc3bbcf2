#include "time_test_util.h"

#include <catch2/catch.hpp>

#include "engine/analyse/analyser.h"
#include "engine/tag/tagger.h"

namespace crosscheck::testing {

namespace {

struct Env {
  analyse::Analyser analyser;
  tag::Tagger tagger;
  Env() {
    std::vector<std::string> roots = {CROSSCHECK_SOURCE_DIR "/rules"};
    Status s = analyser.Load(roots);
    if (s.ok()) s = tagger.Load(roots);
    if (!s.ok()) FAIL("loading the shipped rules: " << s.message());
  }
};

const Env& Shared() {
  static Env env;
  return env;
}

const char* KindName(tag::TimeKind k) {
  switch (k) {
    case tag::TimeKind::kDate: return "date";
    case tag::TimeKind::kYear: return "year";
    case tag::TimeKind::kWeekday: return "weekday";
    case tag::TimeKind::kRelative: return "relative";
    case tag::TimeKind::kRange: return "range";
    case tag::TimeKind::kList: return "list";
    case tag::TimeKind::kDateline: return "dateline";
    case tag::TimeKind::kMonth: return "month";
  }
  return "?";
}

}  // namespace

Document MakeDoc(const std::string& text, const std::string& lang, const std::string& published) {
  Document d;
  d.id = "t";
  d.text = text;
  d.lang = lang;
  d.body = {{0, text.size()}};
  if (!published.empty()) d.published = PartialDate::ParseIso(published);
  return d;
}

tag::TaggedDocument TagDoc(const Document& doc) {
  analyse::Analysis a = Shared().analyser.Analyse(doc);
  return Shared().tagger.Tag(doc, a);
}

std::string Describe(const tag::TimeMention& m) {
  std::string s = KindName(m.kind);
  s += " " + (m.date.empty() ? std::string("?") : m.date.ToIso());
  if (m.kind == tag::TimeKind::kRange) s += ".." + m.end.ToIso();
  if (m.kind == tag::TimeKind::kList) {
    s += " [";
    for (size_t i = 0; i < m.list.size(); ++i) s += (i ? " " : "") + m.list[i].ToIso();
    s += "]";
  }
  if (m.weekday >= 0) s += " wd=" + std::to_string(m.weekday);
  if (m.day_only != 0) s += " day=" + std::to_string(m.day_only);
  if (!m.relative_unit.empty())
    s += " rel=" + m.relative_unit + std::to_string(m.relative_count) + "@" + m.relative_anchor;
  if (!m.basis.empty() && m.basis != "explicit") s += " basis=" + m.basis;
  return s;
}

std::vector<std::string> Times(const std::string& text, const std::string& lang, const std::string& published) {
  std::vector<std::string> out;
  for (const auto& m : TagDoc(MakeDoc(text, lang, published)).times) out.push_back(Describe(m));
  return out;
}

std::string First(const std::string& text, const std::string& lang, const std::string& published) {
  auto v = Times(text, lang, published);
  return v.empty() ? "" : v.front();
}

}  // namespace crosscheck::testing
