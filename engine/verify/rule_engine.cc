#include "engine/verify/rule_engine.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

#include "engine/util/parallel.h"
#include "engine/verify/check_context.h"
#include "engine/verify/checks.h"
#include "engine/verify/rule_loader.h"

namespace crosscheck::verify {

Status RuleEngine::Load(const std::vector<std::string>& roots) {
  rules_.clear();
  rapidjson::Document schema;
  Status s = LoadCheckSchema(roots, &schema);
  if (!s.ok()) return Status::RuleError("check schema: " + s.message());
  RuleLoader loader(schema);
  std::vector<Diagnostic> diags;
  std::map<std::string, size_t> index;  // id → position in rules_
  for (const auto& root : roots) {
    std::vector<Rule> loaded;
    for (const auto& file : RuleFiles(root)) loader.LoadFile(file, root, &loaded, &diags);
    std::map<std::string, const Rule*> in_root;
    for (auto& r : loaded) {
      auto [it, fresh] = in_root.emplace(r.id, &r);
      if (!fresh) {
        diags.push_back({r.pos, r.id, "duplicate rule id (first defined at " + it->second->pos.ToString() + ")", false});
        continue;
      }
      auto prev = index.find(r.id);
      if (prev != index.end()) {
        spdlog::info("rule '{}' from {} overrides the one from {}", r.id, r.pos.ToString(), rules_[prev->second].pos.ToString());
        rules_[prev->second] = r;
      } else {
        index[r.id] = rules_.size();
        rules_.push_back(r);
      }
    }
  }
  if (CountErrors(diags) > 0) {
    rules_.clear();
    return Status::RuleError(FormatDiagnostics(diags));
  }
  return Status::OK();
}

namespace {

void CheckRule(const Rule& rule, const CheckContext& ctx, const EventRange& range, std::vector<Finding>* found) {
  const std::string& t = rule.check.type;
  if (t == "compare") CompareCheck(rule, ctx, range, found);
  else if (t == "timeline") TimelineCheck(rule, ctx, range, found);
  else if (t == "corroboration") CorroborationCheck(rule, ctx, range, found);
  else ClaimCheck(rule, ctx, range, found);
}

// The run's events cut into at most `n` ranges of about as many claims each (a check's work grows
// with an event's claims); the last one also takes the claims linked to no event.
std::vector<EventRange> Ranges(const std::vector<Event>& events, size_t n) {
  size_t total = 0;
  for (const auto& e : events) total += e.claims.size();
  std::vector<EventRange> out;
  size_t begin = 0, seen = 0;
  for (size_t i = 0; i < events.size(); ++i) {
    seen += events[i].claims.size();
    if (out.size() + 1 < n && seen * n >= total * (out.size() + 1)) {
      out.push_back({begin, i + 1, false});
      begin = i + 1;
    }
  }
  out.push_back({begin, events.size(), true});
  return out;
}

}  // namespace

std::vector<Finding> RuleEngine::Check(const RunView& run) const {
  std::vector<Finding> all;
  if (!run.claims || !run.events) return all;
  CheckContext ctx(run);
  // With several threads, each rule is checked over a few ranges of events (one rule's work on one
  // thread was left running alone). Each (rule, range) fills its own list, whichever thread takes
  // it; the lists are merged in rule order, ranges in event order, so nothing depends on the thread
  // count or on timing.
  const std::vector<EventRange> ranges = Ranges(*run.events, run.threads > 1 ? 4 * static_cast<size_t>(run.threads) : 1);
  std::vector<std::vector<Finding>> found(rules_.size() * ranges.size());
  util::ForEachIndex(found.size(), run.threads, [&](size_t k) {
    CheckRule(rules_[k / ranges.size()], ctx, ranges[k % ranges.size()], &found[k]);
  });
  std::vector<std::pair<size_t, size_t>> order;  // (event index, rule index) per finding
  for (size_t k = 0; k < found.size(); ++k)
    for (auto& f : found[k]) {
      order.push_back({ctx.EventIndex(f.event), k / ranges.size()});
      all.push_back(std::move(f));
    }
  std::vector<size_t> idx(all.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return order[a] < order[b]; });
  std::vector<Finding> out;
  out.reserve(all.size());
  for (size_t i : idx) {
    out.push_back(std::move(all[i]));
    out.back().id = "F" + std::to_string(out.size());
  }
  return out;
}

}  // namespace crosscheck::verify
