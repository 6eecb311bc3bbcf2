// `crosscheck rules test DIR...`: runs every rule's own tests through the real pipeline (each test's
// documents written to a temporary JSONL, crosscheck::Run with no output folder, the DIR's rules
// loaded over the shipped ones) and reports PASS / FAIL / TODO per test.
// `crosscheck rules lint DIR...`: loads the rule files and flags errors (schema, unknown fields,
// placeholders, duplicate ids) and weaknesses (no tests, no test that must fire, only todo tests,
// a kind that does not fit the check).
// Exit codes: 0 clean, 1 failing tests / lint warnings, 2 rule-file errors or bad usage.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "crosscheck/engine.h"
#include "engine/cli/commands.h"
#include "engine/link/support.h"
#include "engine/pipeline/rule_roots.h"
#include "engine/util/fs.h"
#include "engine/verify/rule_loader.h"

namespace crosscheck::cli {

namespace {

namespace fs = std::filesystem;

struct Loaded {
  std::vector<verify::Rule> rules;
  std::vector<verify::Diagnostic> diags;
  // A rule of a later folder with the id of a rule of an earlier one replaces it, as `crosscheck run
  // --rules` does: "file:line:col: note: rule 'id' overrides the one at file:line:col".
  std::vector<std::string> overrides;
};

Loaded LoadDirs(const std::vector<std::string>& dirs) {
  Loaded out;
  rapidjson::Document schema;
  Status s = verify::LoadCheckSchema(dirs, &schema);
  if (!s.ok()) {
    out.diags.push_back({{"check.schema.json", 0, 0}, "", s.message(), false});
    return out;
  }
  verify::RuleLoader loader(schema);
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      out.diags.push_back({{dir, 0, 0}, "", "not a folder", false});
      continue;
    }
    auto files = verify::RuleFiles(dir);
    if (files.empty()) out.diags.push_back({{dir, 0, 0}, "", "no rule files (*.json) found", true});
    for (const auto& f : files) loader.LoadFile(f, dir, &out.rules, &out.diags);
  }
  // Same id twice in one folder: an error. In a later folder: an override of the earlier rule.
  std::map<std::string, const verify::Rule*> seen;
  for (const auto& r : out.rules) {
    auto [it, fresh] = seen.emplace(r.id, &r);
    if (fresh) continue;
    if (it->second->root != r.root) {
      out.overrides.push_back(r.pos.ToString() + ": note: rule '" + r.id + "' overrides the one at " +
                              it->second->pos.ToString());
      it->second = &r;
    } else {
      out.diags.push_back({r.pos, r.id, "duplicate rule id (first defined at " + it->second->pos.ToString() + ")", false});
    }
  }
  return out;
}

bool SameFolder(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

struct Outcome {
  bool passed = false;
  std::string detail;
};

Outcome RunTest(const verify::Rule& rule, const verify::RuleTest& test, const std::string& dir, size_t n) {
  fs::path tmp = fs::temp_directory_path() /
                 ("crosscheck-ruletest-" + std::to_string(::getpid()) + "-" + std::to_string(n) + ".jsonl");
  Status ws = util::WriteFileAtomic(tmp.string(), test.jsonl);
  if (!ws.ok()) return {false, ws.message()};
  RunOptions opt;
  opt.inputs = {tmp.string()};
  opt.out_dir = "";
  opt.threads = 1;
  // The folder's rules over the shipped ones (when it is not the shipped folder itself).
  std::string shipped = pipeline::ShippedRulesDir();
  if (!SameFolder(dir, shipped) && !SameFolder(dir, shipped + "/checks")) opt.rule_dirs = {dir};
  RunResult res;
  Status s = Run(opt, &res);
  std::error_code ec;
  fs::remove(tmp, ec);
  if (!s.ok()) return {false, "run failed: " + s.message()};
  std::vector<const Finding*> mine;
  for (const auto& f : res.findings)
    if (f.rule == rule.id) mine.push_back(&f);
  std::string seen = std::to_string(res.claims.size()) + " claims, " + std::to_string(res.events.size()) +
                     " events, " + std::to_string(mine.size()) + " findings of this rule";
  if (!test.fires) {
    if (mine.empty()) return {true, seen};
    return {false, "must not fire, but did: " + mine[0]->message + " (" + seen + ")"};
  }
  for (const Finding* f : mine) {
    std::vector<std::string> docs = link::DocsOf(f->claims, res.claims);
    bool docs_ok = true;
    for (const auto& d : test.docs) docs_ok &= std::binary_search(docs.begin(), docs.end(), d);
    bool value_ok = test.value.empty() || f->consensus == test.value;
    for (const auto& v : f->values) value_ok |= v.value == test.value;
    if (docs_ok && value_ok) return {true, seen};
  }
  return {false, "must fire" + (test.docs.empty() ? std::string() : " on the documents given") +
                     (test.value.empty() ? "" : " with value " + test.value) + ", but did not (" + seen + ")"};
}

int TestCommand(const std::vector<std::string>& dirs) {
  Loaded l = LoadDirs(dirs);
  if (verify::CountErrors(l.diags) > 0) {
    std::fprintf(stderr, "%s\n", verify::FormatDiagnostics(l.diags).c_str());
    return 2;
  }
  auto level = spdlog::get_level();
  spdlog::set_level(spdlog::level::warn);  // per-test override notices would drown the results
  size_t pass = 0, fail = 0, todo = 0, todo_pass = 0, n = 0;
  for (const auto& rule : l.rules) {
    for (const auto& test : rule.tests) {
      Outcome o = RunTest(rule, test, rule.root, n++);
      std::string where = test.pos.ToString() + ": rule '" + rule.id + "' test '" + test.name + "'";
      if (!test.todo.empty()) {
        ++todo;
        if (o.passed) {
          ++todo_pass;
          std::printf("TODO-PASS %s: now passes; remove \"todo\"\n", where.c_str());
        } else {
          std::printf("TODO %s: %s [known gap: %s]\n", where.c_str(), o.detail.c_str(), test.todo.c_str());
        }
      } else if (o.passed) {
        ++pass;
        std::printf("PASS %s\n", where.c_str());
      } else {
        ++fail;
        std::printf("FAIL %s: %s\n", where.c_str(), o.detail.c_str());
      }
    }
  }
  spdlog::set_level(level);
  std::printf("%zu rules, %zu tests: %zu passed, %zu failed, %zu todo (%zu of them now pass)\n", l.rules.size(), n, pass,
              fail, todo, todo_pass);
  return fail ? 1 : 0;
}

int LintCommand(const std::vector<std::string>& dirs) {
  Loaded l = LoadDirs(dirs);
  static const std::map<std::string, std::string> kKindOf = {
      {"compare/agree", "agreement"}, {"compare/conflict", "contradiction"}, {"timeline/contradicted", "contradiction"},
      {"timeline/fits", "agreement"}, {"corroboration/met", "agreement"}, {"corroboration/unmet", "anomaly"},
      {"after_publication/", "anomaly"}, {"weekday/", "anomaly"}, {"flag/", "anomaly"}};
  for (const auto& r : l.rules) {
    auto warn = [&](const std::string& m) { l.diags.push_back({r.pos, r.id, m, true}); };
    if (r.message.find_first_not_of(" \t\n") == std::string::npos) warn("empty message");
    if (r.tests.empty()) warn("no tests: add at least one that must fire and one that must not");
    bool fires = false, only_todo = !r.tests.empty();
    for (const auto& t : r.tests) {
      fires |= t.fires && t.todo.empty();
      only_todo &= !t.todo.empty();
    }
    if (!r.tests.empty() && only_todo) warn("every test is todo: nothing checks this rule yet");
    else if (!r.tests.empty() && !fires) warn("no test that must fire");
    auto k = kKindOf.find(r.check.type + "/" + r.check.expect);
    // A flag may record a contradiction inside one article ("the first" vs its own earlier call).
    bool flagged_contradiction = r.check.type == "flag" && r.kind == "contradiction";
    if (k != kKindOf.end() && k->second != r.kind && !flagged_contradiction)
      warn("kind '" + r.kind + "' is unusual for a " + r.check.type + " check (expected '" + k->second + "')");
  }
  std::stable_sort(l.diags.begin(), l.diags.end(), [](const verify::Diagnostic& a, const verify::Diagnostic& b) {
    return std::tie(a.pos.file, a.pos.line, a.pos.column) < std::tie(b.pos.file, b.pos.line, b.pos.column);
  });
  for (const auto& o : l.overrides) std::printf("%s\n", o.c_str());
  std::printf("%s (%zu rules)\n", verify::FormatDiagnostics(l.diags).c_str(), l.rules.size());
  if (verify::CountErrors(l.diags)) return 2;
  return l.diags.empty() ? 0 : 1;
}

}  // namespace

Command AddRulesCommand(CLI::App& app) {
  auto* sub = app.add_subcommand("rules", "Test and lint rule files");
  sub->require_subcommand(1);
  auto dirs = std::make_shared<std::vector<std::string>>();
  auto* test = sub->add_subcommand("test", "Run every rule's own tests through the pipeline");
  test->add_option("dirs", *dirs, "Rule folders (a rules root with checks/, or a folder of rule files)")->required();
  auto* lint = sub->add_subcommand("lint", "Check rule files: schema, duplicates, messages, tests, unknown fields");
  lint->add_option("dirs", *dirs, "Rule folders")->required();
  return [sub, test, lint, dirs]() {
    if (test->parsed()) return TestCommand(*dirs);
    if (lint->parsed()) return LintCommand(*dirs);
    (void)sub;
    return 2;
  };
}

}  // namespace crosscheck::cli
