// report.md: the findings as concise Markdown for tickets and diffs. Deterministic; every string from
// an article or a rule file goes through MarkdownEscape (pipes included, so tables stay tables).
#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "engine/link/support.h"
#include "engine/report/human_output.h"
#include "engine/report/report_index.h"
#include "engine/report/report_text.h"
#include "engine/util/sink.h"

namespace crosscheck::report {

namespace {

// At most this many evidence sentences are quoted per side of a finding; the rest are counted.
constexpr size_t kQuotesPerSide = 3;
// At most this many skipped documents are listed (summary.json lists them all).
constexpr size_t kMaxSkippedRows = 5000;
constexpr size_t kDrainBytes = 1 << 18;

std::string M(std::string_view s) { return MarkdownEscape(s); }
std::string N(size_t n) { return std::to_string(n); }
std::string Code(std::string_view s) {
  // Inline code cannot hold a backtick, and a pipe would split a table even there; markup is left
  // out of code spans too, for renderers that are lax about them: fall back to escaped text.
  if (s.find_first_of("`|<>&") != std::string_view::npos) return M(s);
  return "`" + OneLine(s) + "`";
}
std::string Join(const std::vector<std::string>& v, const char* sep = ", ") {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + M(s);
  return out;
}

std::string Capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

class MarkdownWriter {
 public:
  MarkdownWriter(const RunResult& r, util::Sink* out) : r_(r), idx_(r), out_(out) {}

  void Render() {
    md_ += "# crosscheck report\n\n";
    Overview();
    Findings();
    Events();
    Skipped();
    Drain(true);
  }

 private:
  void Overview() {
    size_t processed = 0;
    for (const auto& d : r_.documents) processed += d.status == "processed";
    md_ += "| documents | processed | skipped | outlets | languages | claims | events | findings |\n"
           "|---:|---:|---:|---:|---|---:|---:|---:|\n";
    std::vector<std::string> langs(idx_.langs().begin(), idx_.langs().end());
    md_ += "| " + N(r_.documents.size()) + " | " + N(processed) + " | " + N(r_.documents.size() - processed) + " | " +
           N(idx_.outlets().size()) + " | " + Join(langs) + " | " + N(r_.claims.size()) + " | " + N(r_.events.size()) +
           " | " + N(r_.findings.size()) + " |\n\n";
    auto sevs = idx_.Severities();
    md_ += "| kind |";
    for (const auto& s : sevs) md_.append(" ").append(M(s)).append(" |");
    md_ += " total |\n|---|";
    for (size_t i = 0; i <= sevs.size(); ++i) md_ += "---:|";
    md_ += "\n";
    for (const auto& k : idx_.Kinds()) {
      int total = 0;
      std::string row = "| " + M(k) + " |";
      for (const auto& s : sevs) {
        auto it = idx_.kind_severity().find({k, s});
        int n = it == idx_.kind_severity().end() ? 0 : it->second;
        total += n;
        row.append(" ").append(N(n)).append(" |");
      }
      md_ += row + " " + N(total) + " |\n";
    }
    md_ += "\n";
  }

  std::string Quote(const Claim& c) const {
    return "  > " + EvidenceMarkdown(c.evidence) + "\n  > — " + M(c.outlet.empty() ? "unknown outlet" : c.outlet) + ", " +
           M(c.lang) + ", " + Code(c.doc) + " bytes " + N(c.evidence.span.start) + "–" + N(c.evidence.span.end) +
           (c.attributed_to.empty() ? "" : ", attributed to " + M(c.attributed_to)) + "\n";
  }

  void Side(const SlotValue& v) {
    std::string outlets = Join(idx_.OutletsOf(v.claims));
    md_ += "- **" + (v.value.empty() ? std::string("(none)") : M(v.value)) + "** — " +
           (outlets.empty() ? "no outlet" : outlets) + " (" + N(v.independent) + " independent)\n";
    size_t quoted = 0;
    for (ClaimRef id : v.claims) {
      if (quoted++ == kQuotesPerSide) {
        md_ += "  - and " + N(v.claims.size() - kQuotesPerSide) + " more claims\n";
        break;
      }
      md_ += Quote(r_.claims[id]);
    }
    if (!v.event.empty())
      md_ += "  - (" + N(v.claims.size()) + " of the " + N(v.event_claims) + " reports of event " + Code(v.event) + ")\n";
  }

  void Finding(const crosscheck::Finding& f) {
    md_ += "### " + M(f.id) + " · " + M(f.severity) + " · " + Code(f.rule);
    if (!f.event.empty()) md_ += " · event " + Code(f.event);
    if (!f.slot.empty()) md_ += " · " + M(f.slot);
    md_ += "\n\n" + M(f.message) + "\n\n";
    if (!f.explanation.empty()) md_ += "*Why:* " + M(f.explanation) + "\n\n";
    if (!f.consensus.empty()) md_ += "*Consensus:* " + M(f.consensus) + " (support " + N(f.support) + ")\n\n";
    for (const auto& v : f.values) Side(v);
    // Claims the finding names that no side lists (document-level checks): quote them too.
    if (f.values.empty()) {
      for (ClaimRef id : f.claims) md_ += "- claim " + Code(r_.claims[id].id) + "\n" + Quote(r_.claims[id]);
    } else {
      std::unordered_set<ClaimRef> in_sides;
      for (const auto& v : f.values) in_sides.insert(v.claims.begin(), v.claims.end());
      for (ClaimRef id : f.claims)
        if (!in_sides.count(id)) md_ += "- claim " + Code(r_.claims[id].id) + "\n" + Quote(r_.claims[id]);
    }
    md_ += "\n";
  }

  void Findings() {
    if (r_.findings.empty()) {
      md_ += "No findings.\n\n";
      return;
    }
    // Known kinds first, in display order; unknown ones after them, by name (ReportIndex::Kinds).
    const std::vector<std::string> kinds = idx_.Kinds();
    std::map<size_t, std::vector<const crosscheck::Finding*>> by_kind;
    std::map<size_t, std::string> kind_name;
    for (const auto& f : r_.findings) {
      size_t rank = static_cast<size_t>(std::find(kinds.begin(), kinds.end(), f.kind) - kinds.begin());
      by_kind[rank].push_back(&f);
      kind_name[rank] = f.kind;
    }
    for (auto& [rank, list] : by_kind) {
      std::stable_sort(list.begin(), list.end(), [](const auto* a, const auto* b) {
        return SeverityRank(a->severity) < SeverityRank(b->severity);
      });
      md_ += "## " + M(Capitalised(kind_name[rank])) + " (" + N(list.size()) + ")\n\n";
      for (const auto* f : list) {
        Finding(*f);
        Drain();
      }
    }
  }

  void Events() {
    if (r_.events.empty()) return;
    md_ += "## Events (" + N(r_.events.size()) + ")\n\n"
           "| event | type | date | participants | claims | outlets | languages | findings |\n"
           "|---|---|---|---|---:|---|---|---|\n";
    for (const auto& e : r_.events) {
      std::vector<std::string> outlets, langs;
      idx_.ClaimOutletsLangs(e.claims, &outlets, &langs);
      std::map<std::string, int> kinds;
      for (const auto* f : idx_.EventFindings(e.id)) kinds[f->kind]++;
      std::string fk;
      for (const auto& k : kKindOrder)
        if (kinds.count(k)) fk += (fk.empty() ? "" : ", ") + N(kinds[k]) + " " + k;
      md_ += "| " + Code(e.id) + " | " + M(e.type) + " | " + M(e.date.empty() ? "open" : e.date.ToIso()) + " | " +
             Join(e.participants) + " | " + N(e.claims.size()) + " | " +
             Join(outlets) + " | " + Join(langs) + " | " + (fk.empty() ? "—" : fk) + " |\n";
      Drain();
    }
    md_ += "\n";
  }

  void Skipped() {
    size_t n = 0;
    for (const auto& d : r_.documents) {
      if (d.status == "processed") continue;
      if (n == 0) md_ += "## Skipped documents\n\n| document | source | reason |\n|---|---|---|\n";
      if (++n > kMaxSkippedRows) continue;
      md_ += "| " + Code(d.id) + " | " + M(d.source) + " | " + M(d.reason) + " |\n";
      Drain();
    }
    if (n > kMaxSkippedRows)
      md_ += "\n" + N(n - kMaxSkippedRows) + " more skipped document(s) are listed in summary.json.\n";
    if (n) md_ += "\n";
  }

  // Hands the text written so far to the sink once enough has gathered (always when `all`).
  void Drain(bool all = false) {
    if (!all && md_.size() < kDrainBytes) return;
    out_->Append(md_);
    md_.clear();
  }

  const RunResult& r_;
  ReportIndex idx_;
  util::Sink* out_;
  std::string md_;
};

}  // namespace

void WriteMarkdownReport(const RunResult& r, util::Sink* out) { MarkdownWriter(r, out).Render(); }

std::string MarkdownReport(const RunResult& r) {
  return util::Collect([&](util::Sink* s) { WriteMarkdownReport(r, s); });
}

}  // namespace crosscheck::report
