// Golden cases: tests/golden/<case>/ holds
//   claims.jsonl   hand-built claims (link + verify only), or
//   input.jsonl    documents (the whole pipeline through crosscheck::Run), or
//   run.json       {"inputs": [paths relative to the source tree], "manifest": "..."} (same),
//   documents.json optional {"<doc id>": {"published": "..."}} for claims.jsonl cases,
//   rules/         optional extra rules folder (loaded after the shipped rules),
//   expected.json  {"findings": [{rule, kind, slot, severity, docs, event_of}], "absent": [same],
//                   "same_event": [[claim ids]], "distinct_events": [[claim ids]], "todo": "why"}
//   expected_errors.txt  for bad rule files: the exact error text (paths relative to the case).
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "crosscheck/engine.h"
#include "engine/link/linker.h"
#include "engine/util/fs.h"
#include "engine/verify/rule_engine.h"
#include "tests/golden/claims_reader.h"

namespace fs = std::filesystem;
using namespace crosscheck;

namespace {

const std::string kGolden = std::string(CROSSCHECK_SOURCE_DIR) + "/tests/golden";
const std::string kShipped = std::string(CROSSCHECK_SOURCE_DIR) + "/rules";

std::vector<std::string> Cases() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(kGolden))
    if (e.is_directory()) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

std::string EventOfClaim(const RunResult& r, const std::string& id) {
  for (const auto& c : r.claims)
    if (c.id == id) return c.event;
  return "?";
}

// `want` fields: rule, kind, slot, severity (equal when given), docs (included), event_of (the
// finding is about the event of that claim).
bool Matches(const RunResult& r, const Finding& f, const rapidjson::Value& want) {
  std::string ev = util::GetString(want, "event_of");
  if (!ev.empty() && f.event != EventOfClaim(r, ev)) return false;
  for (const char* key : {"rule", "kind", "slot", "severity"}) {
    std::string w = util::GetString(want, key);
    std::string k = key;
    std::string got = k == "rule" ? f.rule : k == "kind" ? f.kind : k == "slot" ? f.slot : f.severity;
    if (!w.empty() && w != got) return false;
  }
  std::set<std::string> docs;
  for (ClaimRef c : f.claims) docs.insert(r.claims[c].doc);
  for (const auto& d : util::GetStrings(want, "docs"))
    if (!docs.count(d)) return false;
  return true;
}

void CheckExpected(const std::string& dir, const RunResult& r) {
  rapidjson::Document exp;
  REQUIRE(util::ReadJsonFile(dir + "/expected.json", &exp).ok());
  std::string all;
  for (const auto& f : r.findings) all += "  " + f.rule + " " + f.slot + ": " + f.message + "\n";
  INFO("findings:\n" << all);
  if (auto it = exp.FindMember("findings"); it != exp.MemberEnd())
    for (const auto& want : it->value.GetArray()) {
      INFO("expected finding " << util::GetString(want, "rule") << " on " << util::GetString(want, "slot"));
      bool found = std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return Matches(r, f, want); });
      CHECK(found);
    }
  if (auto it = exp.FindMember("absent"); it != exp.MemberEnd())
    for (const auto& bad : it->value.GetArray()) {
      INFO("finding that must be absent: " << util::GetString(bad, "rule"));
      bool found = std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return Matches(r, f, bad); });
      CHECK_FALSE(found);
    }
  auto event_of = [&](const std::string& id) {
    for (const auto& c : r.claims)
      if (c.id == id) return c.event;
    FAIL("no claim " << id);
    return std::string();
  };
  if (auto it = exp.FindMember("same_event"); it != exp.MemberEnd())
    for (const auto& group : it->value.GetArray())
      for (const auto& id : group.GetArray()) CHECK(event_of(id.GetString()) == event_of(group[0].GetString()));
  if (auto it = exp.FindMember("distinct_events"); it != exp.MemberEnd())
    for (const auto& group : it->value.GetArray()) {
      std::set<std::string> events;
      for (const auto& id : group.GetArray()) events.insert(event_of(id.GetString()));
      CHECK(events.size() == group.Size());
    }
}

RunResult RunClaims(const std::string& dir, const verify::RuleEngine& rules) {
  RunResult r;
  auto text = util::ReadFile(dir + "/claims.jsonl");
  REQUIRE(text.ok());
  size_t start = 0;
  while (start < text->size()) {
    size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    std::string line = text->substr(start, end - start);
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document d;
    REQUIRE(util::ParseJson(line, dir + "/claims.jsonl", &d).ok());
    r.claims.push_back(testing::ClaimFromJson(d));
  }
  rapidjson::Document docs;
  bool have_docs = fs::exists(dir + "/documents.json") && util::ReadJsonFile(dir + "/documents.json", &docs).ok();
  std::set<std::string> seen;
  for (const auto& c : r.claims) {
    if (!seen.insert(c.doc).second) continue;
    DocumentStatus s;
    s.id = c.doc;
    s.status = "processed";
    s.outlet = c.outlet;
    if (have_docs && docs.HasMember(c.doc.c_str())) s.published = util::GetString(docs[c.doc.c_str()], "published");
    r.documents.push_back(s);
  }
  r.events = link::LinkEvents(&r.claims);
  verify::RunView view{&r.documents, &r.claims, &r.events};
  r.findings = rules.Check(view);
  return r;
}

}  // namespace

TEST_CASE("golden cases", "[golden]") {
  for (const auto& name : Cases()) {
    const std::string dir = kGolden + "/" + name;
    DYNAMIC_SECTION(name) {
      std::vector<std::string> roots = {kShipped};
      if (fs::is_directory(dir + "/rules")) roots.push_back(dir + "/rules");
      if (fs::exists(dir + "/expected_errors.txt")) {
        verify::RuleEngine rules;
        Status s = rules.Load(roots);
        REQUIRE_FALSE(s.ok());
        auto want = util::ReadFile(dir + "/expected_errors.txt");
        REQUIRE(want.ok());
        CHECK(Trim(Replace(s.message(), dir + "/", "")) == Trim(*want));
        continue;
      }
      rapidjson::Document exp;
      REQUIRE(util::ReadJsonFile(dir + "/expected.json", &exp).ok());
      std::string todo = util::GetString(exp, "todo");
      RunResult r;
      if (fs::exists(dir + "/claims.jsonl")) {
        verify::RuleEngine rules;
        Status s = rules.Load(roots);
        REQUIRE(s.ok());
        r = RunClaims(dir, rules);
      } else {
        RunOptions opt;
        opt.inputs = {dir + "/input.jsonl"};
        rapidjson::Document run;
        if (fs::exists(dir + "/run.json") && util::ReadJsonFile(dir + "/run.json", &run).ok()) {
          opt.inputs.clear();
          for (const auto& in : util::GetStrings(run, "inputs")) opt.inputs.push_back(std::string(CROSSCHECK_SOURCE_DIR) + "/" + in);
          std::string m = util::GetString(run, "manifest");
          if (!m.empty()) opt.manifest = std::string(CROSSCHECK_SOURCE_DIR) + "/" + m;
        }
        opt.out_dir = "";
        opt.threads = 1;
        if (roots.size() > 1) opt.rule_dirs = {roots[1]};
        Status s = Run(opt, &r);
        REQUIRE(s.ok());
      }
      if (!todo.empty() && r.claims.empty()) {
        WARN(name << ": todo (" << todo << "): no claims extracted yet");
        continue;
      }
      CheckExpected(dir, r);
    }
  }
}
