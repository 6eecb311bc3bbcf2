// report.md: the findings as concise Markdown for tickets and diffs. Deterministic; every string from
// an article or a rule file goes through MarkdownEscape (pipes included, so tables stay tables).
#include <algorithm>
#include <array>
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

// Pieces of the page (report_text.h's Append) of this writer's own: an id or a rule name as inline
// code, and a list of escaped names.
struct Code {
  std::string_view s;
};
template <typename Strings>
struct Join {
  const Strings& v;
  const char* sep = ", ";
};
template <typename Strings>
Join(const Strings&) -> Join<Strings>;
void AppendPiece(std::string* out, Code c) {
  // Inline code cannot hold a backtick, and a pipe would split a table even there; markup is left
  // out of code spans too, for renderers that are lax about them: fall back to escaped text.
  if (c.s.find_first_of("`|<>&") != std::string_view::npos) return AppendPiece(out, Md{c.s});
  out->push_back('`');
  AppendOneLine(out, c.s);
  out->push_back('`');
}
// The names, escaped, with `sep` before each one that follows a name that was not empty once escaped.
template <typename Strings>
void AppendPiece(std::string* out, const Join<Strings>& j) {
  const size_t at = out->size();
  for (const auto& s : j.v) {
    if (out->size() > at) out->append(j.sep);
    AppendPiece(out, Md{s});
  }
}

std::string Capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

class MarkdownWriter {
 public:
  MarkdownWriter(const ReportIndex& idx, util::Sink* out) : r_(idx.result()), idx_(idx), out_(out) {}

  void Render() {
    md_ += "# crosscheck report\n\n";
    Overview();
    Findings();
    Events();
    Skipped();
    Drain(true);
  }

 private:
  // Appends pieces (report_text.h's Append, and Code and Join above) to the page.
  template <typename... Pieces>
  void Put(const Pieces&... pieces) {
    Append(&md_, pieces...);
  }

  void Overview() {
    size_t processed = 0;
    for (const auto& d : r_.documents) processed += d.status == "processed";
    Put("| documents | processed | skipped | outlets | languages | claims | events | findings |\n"
        "|---:|---:|---:|---:|---|---:|---:|---:|\n");
    std::vector<std::string> langs(idx_.langs().begin(), idx_.langs().end());
    Put("| ", r_.documents.size(), " | ", processed, " | ", r_.documents.size() - processed, " | ", idx_.outlets().size(),
        " | ", Join{langs}, " | ", r_.claims.size(), " | ", r_.events.size(), " | ", r_.findings.size(), " |\n\n");
    auto sevs = idx_.Severities();
    Put("| kind |");
    for (const auto& s : sevs) Put(" ", Md{s}, " |");
    Put(" total |\n|---|");
    for (size_t i = 0; i <= sevs.size(); ++i) Put("---:|");
    Put("\n");
    for (const auto& k : idx_.Kinds()) {
      int total = 0;
      Put("| ", Md{k}, " |");
      for (const auto& s : sevs) {
        auto it = idx_.kind_severity().find({k, s});
        int n = it == idx_.kind_severity().end() ? 0 : it->second;
        total += n;
        Put(" ", static_cast<size_t>(n), " |");
      }
      Put(" ", static_cast<size_t>(total), " |\n");
    }
    Put("\n");
  }

  // The quote of a claim: its evidence sentence, then where it is from. The findings of one event
  // follow one another and quote the same claims (an agreement on each slot): the last few quotes
  // are kept and copied, not written again.
  void Quote(const Claim& c) {
    const ClaimRef ref = static_cast<ClaimRef>(&c - r_.claims.data());
    for (const auto& [id, text] : recent_quotes_)
      if (id == ref && !text.empty()) return Put(text);
    const size_t at = md_.size();
    Put("  > ");
    AppendEvidenceMarkdown(&md_, c.evidence);
    Put("\n  > — ", Md{c.outlet.empty() ? std::string_view("unknown outlet") : c.outlet.view()}, ", ", Md{c.lang}, ", ",
        Code{c.doc}, " bytes ", c.evidence.span.start, "–", c.evidence.span.end);
    if (!c.attributed_to.empty()) Put(", attributed to ", Md{c.attributed_to});
    Put("\n");
    auto& [id, text] = recent_quotes_[next_quote_++ % kRecentQuotes];
    id = ref;
    text.assign(md_, at);
  }

  void Side(const SlotValue& v) {
    Put("- **");
    if (v.value.empty())
      Put("(none)");
    else
      Put(Md{v.value});
    Put("** — ");
    const size_t outlets_at = md_.size();
    Put(Join{idx_.OutletsOf(v.claims)});
    if (md_.size() == outlets_at) Put("no outlet");
    Put(" (", static_cast<size_t>(v.independent), " independent)\n");
    size_t quoted = 0;
    for (ClaimRef id : v.claims) {
      if (quoted++ == kQuotesPerSide) {
        Put("  - and ", v.claims.size() - kQuotesPerSide, " more claims\n");
        break;
      }
      Quote(r_.claims[id]);
    }
    if (!v.event.empty())
      Put("  - (", v.claims.size(), " of the ", v.event_claims, " reports of event ", Code{v.event}, ")\n");
  }

  void Finding(const crosscheck::Finding& f) {
    Put("### ", Md{f.id}, " · ", Md{f.severity}, " · ", Code{f.rule});
    if (!f.event.empty()) Put(" · event ", Code{f.event});
    if (!f.slot.empty()) Put(" · ", Md{f.slot});
    Put("\n\n", Md{f.message}, "\n\n");
    if (!f.explanation.empty()) Put("*Why:* ", Md{f.explanation}, "\n\n");
    if (!f.consensus.empty()) Put("*Consensus:* ", Md{f.consensus}, " (support ", static_cast<size_t>(f.support), ")\n\n");
    for (const auto& v : f.values) Side(v);
    // Claims the finding names that no side lists (document-level checks): quote them too.
    if (f.values.empty()) {
      for (ClaimRef id : f.claims) {
        Put("- claim ", Code{r_.claims[id].id}, "\n");
        Quote(r_.claims[id]);
      }
    } else {
      std::unordered_set<ClaimRef> in_sides;
      for (const auto& v : f.values) in_sides.insert(v.claims.begin(), v.claims.end());
      for (ClaimRef id : f.claims)
        if (!in_sides.count(id)) {
          Put("- claim ", Code{r_.claims[id].id}, "\n");
          Quote(r_.claims[id]);
        }
    }
    Put("\n");
  }

  void Findings() {
    if (r_.findings.empty()) {
      Put("No findings.\n\n");
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
      Put("## ", Md{Capitalised(kind_name[rank])}, " (", list.size(), ")\n\n");
      for (const auto* f : list) {
        Finding(*f);
        Drain();
      }
    }
  }

  void Events() {
    if (r_.events.empty()) return;
    Put("## Events (", r_.events.size(), ")\n\n"
        "| event | type | date | participants | claims | outlets | languages | findings |\n"
        "|---|---|---|---|---:|---|---|---|\n");
    std::vector<std::string> outlets, langs;
    for (const auto& e : r_.events) {
      outlets.clear();
      langs.clear();
      idx_.ClaimOutletsLangs(e.claims, &outlets, &langs);
      int kinds[3] = {};  // findings by kKindOrder
      for (const auto* f : idx_.EventFindings(e.id))
        if (int k = KindRank(f->kind); k < 3) ++kinds[k];
      Put("| ", Code{e.id}, " | ", Md{e.type}, " | ");
      if (e.date.empty())
        Put(Md{"open"});
      else
        Put(Md{e.date.ToIso()});
      Put(" | ", Join{e.participants}, " | ", e.claims.size(), " | ", Join{outlets}, " | ", Join{langs}, " | ");
      const size_t fk = md_.size();
      for (size_t k = 0; k < 3; ++k)
        if (kinds[k]) Put(md_.size() > fk ? ", " : "", static_cast<size_t>(kinds[k]), " ", kKindOrder[k]);
      if (md_.size() == fk) Put("—");
      Put(" |\n");
      Drain();
    }
    Put("\n");
  }

  void Skipped() {
    size_t n = 0;
    for (const auto& d : r_.documents) {
      if (d.status == "processed") continue;
      if (n == 0) Put("## Skipped documents\n\n| document | source | reason |\n|---|---|---|\n");
      if (++n > kMaxSkippedRows) continue;
      Put("| ", Code{d.id}, " | ", Md{d.source}, " | ", Md{d.reason}, " |\n");
      Drain();
    }
    if (n > kMaxSkippedRows) Put("\n", n - kMaxSkippedRows, " more skipped document(s) are listed in summary.json.\n");
    if (n) Put("\n");
  }

  // Hands the text written so far to the sink once enough has gathered (always when `all`).
  void Drain(bool all = false) {
    if (!all && md_.size() < kDrainBytes) return;
    out_->Append(md_);
    md_.clear();
  }

  const RunResult& r_;
  const ReportIndex& idx_;
  util::Sink* out_;
  std::string md_;
  // The last kRecentQuotes quotes written (claim, text; an empty text: none yet), in a ring.
  static constexpr size_t kRecentQuotes = 16;
  std::array<std::pair<ClaimRef, std::string>, kRecentQuotes> recent_quotes_;
  size_t next_quote_ = 0;
};

}  // namespace

void WriteMarkdownReport(const RunResult& r, util::Sink* out) { WriteMarkdownReport(ReportIndex(r), out); }
void WriteMarkdownReport(const ReportIndex& index, util::Sink* out) { MarkdownWriter(index, out).Render(); }

std::string MarkdownReport(const RunResult& r) {
  return util::Collect([&](util::Sink* s) { WriteMarkdownReport(r, s); });
}

}  // namespace crosscheck::report
