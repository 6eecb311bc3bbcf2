// report.html: one self-contained page (inline CSS and JS, no network). Every string that comes from
// an article, a manifest or a rule file goes through HtmlEscape; filters work on tokens (O3, L1) and
// fixed words written by the report, never on raw article text.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "engine/link/support.h"
#include "engine/report/html_assets.h"
#include "engine/report/human_output.h"
#include "engine/report/report_index.h"
#include "engine/report/report_text.h"
#include "engine/util/sink.h"

namespace crosscheck::report {

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  AppendXmlEscaped(&out, s, "&#39;");
  return out;
}

namespace {

// Cards start open while the page is small enough to read top to bottom; beyond that they start
// collapsed (closed <details> are not laid out, so 5,000 findings load without a freeze).
constexpr size_t kOpenFindings = 200;
constexpr size_t kOpenClaims = 600;
constexpr size_t kOpenDocuments = 60;
// Bounds that keep the page of a huge run (a million documents) a size a browser and a reviewer can
// take. An event card's outlet table and evidence show at most kMaxEventClaims claims: one of each
// side of every contradiction and anomaly first (even past the bound, so every finding keeps a
// sentence to point at), then more of those sides, then the event's other claims in input order,
// and say how many more there are. The unlinked section shows kMaxUnlinkedClaims claims, a finding
// without an event kMaxEventClaims claim blocks and documents, the document table kMaxDocumentRows
// rows (skipped documents first). Findings and events are always listed in full; the page says what
// was left out, and claims.jsonl / events.json / findings.json / summary.json hold everything.
// (500 rows of agreeing reports are noise to a reviewer and a quarter of a gigabyte at scale.)
constexpr size_t kMaxEventClaims = 10;
constexpr size_t kMaxUnlinkedClaims = 500;
constexpr size_t kMaxDocumentRows = 5000;
// A finding's value names at most this many of its claims (an agreement of a popular event has
// hundreds); findings.json lists them all.
constexpr size_t kMaxValueClaimLinks = 10;
// The page is handed to the sink in pieces of about this size.
constexpr size_t kDrainBytes = 1 << 18;

std::string E(std::string_view s) { return HtmlEscape(s); }
std::string N(size_t n) { return std::to_string(n); }
// `s` (or `dflt` when it is empty) as an escaped piece of the page.
Html Or(std::string_view s, std::string_view dflt) { return Html{s.empty() ? dflt : s}; }

// Stable short tokens for outlets and languages, so data-* attributes never carry raw text.
class Tokens {
 public:
  Tokens(const std::set<std::string>& values, char prefix) {
    size_t i = 0;
    for (const auto& v : values) ids_.emplace(v, prefix + std::to_string(i++));
  }
  // The token of `v`, empty when it has none.
  std::string_view Of(const std::string& v) const {
    auto it = ids_.find(v);
    return it == ids_.end() ? std::string_view() : std::string_view(it->second);
  }
  // The tokens of `values`, sorted (as strings), unique and separated by spaces, appended to *out.
  template <typename C>
  void AppendList(std::string* out, const C& values) const {
    std::vector<std::string_view> ts;
    ts.reserve(values.size());
    for (const auto& v : values)
      if (auto t = Of(v); !t.empty()) ts.push_back(t);
    std::sort(ts.begin(), ts.end());
    ts.erase(std::unique(ts.begin(), ts.end()), ts.end());
    for (size_t i = 0; i < ts.size(); ++i) Append(out, i ? " " : "", ts[i]);
  }
  const std::map<std::string, std::string>& all() const { return ids_; }

 private:
  std::map<std::string, std::string> ids_;
};

class HtmlWriter {
 public:
  HtmlWriter(const ReportIndex& idx, util::Sink* out)
      : r_(idx.result()), idx_(idx), outlets_(idx_.outlets(), 'O'), langs_(idx_.langs(), 'L'), out_(out) {
    const RunResult& r = r_;
    for (size_t i = 0; i < r.events.size(); ++i) event_anchor_.emplace(r.events[i].id, "e" + N(i));
    for (size_t i = 0; i < idx_.outlet_count(); ++i)
      outlet_token_.push_back(outlets_.Of(idx_.outlet_name(i)));
    for (size_t i = 0; i < idx_.lang_count(); ++i) lang_token_.push_back(langs_.Of(idx_.lang_name(i)));
    small_ = r.findings.size() <= kOpenFindings && r.claims.size() <= kOpenClaims;
    anchored_.assign(r.claims.size(), false);
    PlanCaps();
  }

  void Render() {
    h_.reserve(2 * kDrainBytes);
    h_ += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          "<title>crosscheck report</title><style>";
    h_ += kReportCss;
    h_ += "</style></head>\n<body>\n";
    Header();
    Filters();
    h_ += "<main>\n";
    Overview();
    Events();
    LooseFindings();
    UnlinkedClaims();
    Documents();
    h_ += "<pre id=\"selftest\"></pre>\n</main>\n<script>";
    h_ += kReportJs;
    h_ += "</script>\n</body></html>\n";
    Drain(true);
  }

 private:
  // Appends pieces (see report_text.h: text, Html{...} escaped, integers) to the page.
  template <typename... Pieces>
  void Put(const Pieces&... pieces) {
    Append(&h_, pieces...);
  }

  // Hands the page written so far to the sink once enough has gathered (always when `all`).
  void Drain(bool all = false) {
    if (!all && h_.size() < kDrainBytes) return;
    out_->Append(h_);
    h_.clear();
  }

  // Which claims each event card and the unlinked section show, and whether anything is left out.
  void PlanCaps() {
    for (const auto& e : r_.events) {
      if (e.claims.size() <= kMaxEventClaims) continue;
      ++capped_events_;
      auto& shown = event_shown_[e.id];
      // The sides of the event's contradictions and anomalies (a value's claims; claims a finding
      // names outside its values form one more side), taken round by round: the first claim of
      // every side, then the second, ... The first round is never cut.
      // (A finding may name claims of other events too, e.g. a timeline: only this event's count.)
      std::unordered_set<ClaimRef> in_event(e.claims.begin(), e.claims.end());
      std::vector<std::vector<ClaimRef>> sides;
      for (const auto* f : idx_.EventFindings(e.id)) {
        if (f->kind == "agreement") continue;
        std::unordered_set<ClaimRef> in_values;
        for (const auto& v : f->values) {
          auto& side = sides.emplace_back();
          for (ClaimRef c : v.claims)
            if (in_event.count(c)) side.push_back(c);
          in_values.insert(v.claims.begin(), v.claims.end());
        }
        auto& others = sides.emplace_back();
        for (ClaimRef c : f->claims)
          if (!in_values.count(c) && in_event.count(c)) others.push_back(c);
      }
      for (size_t round = 0;; ++round) {
        bool more = false;
        for (const auto& side : sides) {
          if (round >= side.size()) continue;
          more = true;
          if (round > 0 && shown.size() >= kMaxEventClaims) break;
          shown.insert(side[round]);
        }
        if (!more || shown.size() >= kMaxEventClaims) break;
      }
      for (size_t i = 0; i < e.claims.size() && shown.size() < kMaxEventClaims; ++i) shown.insert(e.claims[i]);
    }
    size_t unlinked = idx_.UnlinkedClaims().size();
    capped_unlinked_ = unlinked > kMaxUnlinkedClaims ? unlinked - kMaxUnlinkedClaims : 0;
    capped_documents_ = r_.documents.size() > kMaxDocumentRows ? r_.documents.size() - kMaxDocumentRows : 0;
    capped_ = capped_events_ || capped_unlinked_;
    if (!capped_) return;
    // Only claims with a block on the page get a link.
    linkable_.assign(r_.claims.size(), false);
    for (const auto& e : r_.events) {
      auto it = event_shown_.find(e.id);
      if (it == event_shown_.end())
        for (ClaimRef c : e.claims) linkable_[c] = true;
      else
        for (ClaimRef c : it->second) linkable_[c] = true;
    }
    const auto& loose = idx_.UnlinkedClaims();
    for (size_t i = 0; i < loose.size() && i < kMaxUnlinkedClaims; ++i) linkable_[Ref(loose[i])] = true;
  }

  // The claims of `e` its card shows, in input order.
  std::vector<ClaimRef> ShownClaims(const Event& e) const {
    auto shown = event_shown_.find(e.id);
    if (shown == event_shown_.end()) return e.claims;
    std::vector<ClaimRef> out;
    for (ClaimRef c : e.claims)
      if (shown->second.count(c)) out.push_back(c);
    return out;
  }

  ClaimRef Ref(const Claim* c) const { return link::RefOf(c, r_.claims); }

  void AbridgedNote() {
    if (!capped_ && !capped_documents_ && !GraphAbridged(r_)) return;
    h_ += "\n<p class=\"abridged\" id=\"abridged\"><b>Abridged for size:</b> every finding and event is listed";
    if (capped_events_)
      h_ += "; " + N(capped_events_) + " event card(s) with more than " + N(kMaxEventClaims) + " claims show " +
            N(kMaxEventClaims) + " (every side of a contradiction or anomaly at least once, even past that) and count the rest";
    if (capped_unlinked_) h_ += "; " + N(capped_unlinked_) + " claim(s) not linked to an event are not shown";
    if (capped_documents_) h_ += "; the document table leaves out " + N(capped_documents_) + " document(s)";
    if (GraphAbridged(r_))
      h_ += "; graph.graphml holds only the claims in contradictions and anomalies (at most " + N(kGraphMaxClaims) +
            ") with their documents";
    h_ += ". Every claim is in claims.jsonl and every document in summary.json.</p>";
  }

  size_t Processed() const {
    size_t n = 0;
    for (const auto& d : r_.documents) n += d.status == "processed";
    return n;
  }

  void Header() {
    h_ += "<header><h1>crosscheck report</h1><p>" + N(r_.documents.size()) + " documents · " + N(r_.claims.size()) +
          " claims · " + N(r_.events.size()) + " events · " + N(r_.findings.size()) + " findings</p></header>\n";
  }

  void Select(const std::string& key, const std::string& label, const std::vector<std::pair<std::string, std::string>>& opts) {
    h_ += "<label for=\"flt-" + key + "\">" + label + "</label><select id=\"flt-" + key + "\"><option value=\"\">all</option>";
    for (const auto& [value, name] : opts)
      h_ += "<option value=\"" + E(value) + "\" data-name=\"" + E(name) + "\">" + E(name) + "</option>";
    h_ += "</select>\n";
  }

  void Filters() {
    h_ += "<nav class=\"filters\" id=\"filters\">\n";
    std::vector<std::pair<std::string, std::string>> kinds, sevs, langs, outlets;
    for (const auto& k : idx_.Kinds()) kinds.push_back({k, k});
    for (const auto& s : idx_.Severities()) sevs.push_back({s, s});
    for (const auto& [name, tok] : langs_.all()) langs.push_back({tok, name});
    for (const auto& [name, tok] : outlets_.all()) outlets.push_back({tok, name});
    Select("kind", "Kind", kinds);
    Select("severity", "Severity", sevs);
    Select("lang", "Language", langs);
    Select("outlet", "Outlet", outlets);
    h_ += "<button type=\"button\" id=\"reset\">Reset</button><button type=\"button\" id=\"expand\">Expand all</button>"
          "<button type=\"button\" id=\"collapse\">Collapse all</button><span id=\"shown\">" +
          N(r_.findings.size()) + " of " + N(r_.findings.size()) + " findings shown</span>\n</nav>\n";
  }

  void Tile(size_t n, const std::string& label, const std::string& extra = "") {
    h_ += "<div class=\"tile\"><b>" + N(n) + "</b><span>" + label + extra + "</span></div>";
  }

  void Overview() {
    size_t processed = Processed();
    h_ += "<section id=\"overview\"><h2>Overview</h2>\n<div class=\"tiles\">";
    Tile(r_.documents.size(), "documents", " (" + N(processed) + " processed, " + N(r_.documents.size() - processed) + " skipped)");
    Tile(idx_.outlets().size(), "outlets");
    Tile(idx_.langs().size(), "languages");
    Tile(r_.claims.size(), "claims");
    Tile(r_.events.size(), "events");
    Tile(r_.findings.size(), "findings");
    h_ += "</div>\n<div class=\"grid\">\n";
    // Findings by kind × severity.
    auto sevs = idx_.Severities();
    h_ += "<table class=\"matrix\" id=\"by-kind\"><thead><tr><th>findings</th>";
    for (const auto& s : sevs) h_ += "<th class=\"num\"><span class=\"badge s-" + E(s) + "\">" + E(s) + "</span></th>";
    h_ += "<th class=\"num\">total</th></tr></thead><tbody>";
    for (const auto& k : idx_.Kinds()) {
      int total = 0;
      std::string row;
      for (const auto& s : sevs) {
        auto it = idx_.kind_severity().find({k, s});
        int n = it == idx_.kind_severity().end() ? 0 : it->second;
        total += n;
        row += "<td class=\"num\">" + (n ? N(n) : std::string("·")) + "</td>";
      }
      h_ += "<tr><th><span class=\"badge k-" + E(k) + "\">" + E(k) + "</span></th>" + row + "<td class=\"num\"><b>" +
            N(total) + "</b></td></tr>";
    }
    h_ += "</tbody></table>\n";
    // Languages and outlets: documents and claims each.
    std::map<std::string, std::pair<size_t, size_t>> by_lang, by_outlet;
    for (const auto& d : r_.documents) {
      if (d.status != "processed") continue;
      by_lang[d.lang].first++;
      by_outlet[d.outlet].first++;
    }
    for (const auto& c : r_.claims) {
      by_lang[c.lang].second++;
      by_outlet[c.outlet].second++;
    }
    auto table = [&](const char* id, const char* what, const auto& m) {
      h_ += std::string("<table id=\"") + id + "\"><thead><tr><th>" + what +
            "</th><th class=\"num\">documents</th><th class=\"num\">claims</th></tr></thead><tbody>";
      for (const auto& [k, v] : m)
        Put("<tr><td>", Or(k, "unknown"), "</td><td class=\"num\">", v.first, "</td><td class=\"num\">", v.second,
            "</td></tr>");
      h_ += "</tbody></table>\n";
    };
    table("by-lang", "language", by_lang);
    table("by-outlet", "outlet", by_outlet);
    h_ += "</div>";
    AbridgedNote();
    h_ += "</section>\n";
  }

  void ClaimLink(ClaimRef r) {
    const std::string& id = r_.claims[r].id;
    if (capped_ && !linkable_[r])
      Put("<code>", Html{id}, "</code>");
    else
      Put("<a href=\"#c", r, "\"><code>", Html{id}, "</code></a>");
  }

  // The token of a ReportIndex outlet / language id (-1: none), empty when it has none.
  std::string_view OutletToken(int id) const { return id < 0 ? std::string_view() : outlet_token_[id]; }
  std::string_view LangToken(int id) const { return id < 0 ? std::string_view() : lang_token_[id]; }

  // The tokens of the languages (langs) or outlets the claims `refs` involve, theirs and their
  // documents' (as ReportIndex::FindingOutletsLangs has them), as Tokens::AppendList puts them:
  // sorted as strings, separated by spaces. By id, not by name: a finding names up to hundreds of
  // thousands of claims.
  void AppendInvolved(const std::vector<ClaimRef>& refs, bool langs) {
    const std::vector<std::string_view>& token = langs ? lang_token_ : outlet_token_;
    seen_.assign(token.size(), 0);
    for (ClaimRef r : refs) {
      const ReportIndex::ClaimKeys& k = idx_.keys(r);
      const int own = langs ? k.lang : k.outlet, doc = langs ? k.doc_lang : k.doc_outlet;
      if (own >= 0) seen_[own] = 1;
      if (doc >= 0) seen_[doc] = 1;
    }
    std::vector<std::string_view> ts;
    for (size_t i = 0; i < token.size(); ++i)
      if (seen_[i] && !token[i].empty()) ts.push_back(token[i]);
    std::sort(ts.begin(), ts.end());
    for (size_t i = 0; i < ts.size(); ++i) Put(i ? " " : "", ts[i]);
  }

  void Finding(const crosscheck::Finding& f, bool with_evidence) {
    Put("<div class=\"finding fk-", Html{f.kind}, "\" id=\"f-", Html{f.id}, "\" data-kind=\"", Html{f.kind},
        "\" data-severity=\"", Html{f.severity}, "\" data-langs=\"");
    AppendInvolved(f.claims, true);
    Put("\" data-outlets=\"");
    AppendInvolved(f.claims, false);
    Put("\">\n<div class=\"fh\"><span class=\"fid\">", Html{f.id}, "</span><span class=\"badge k-", Html{f.kind}, "\">",
        Html{f.kind}, "</span><span class=\"badge s-", Html{f.severity}, "\">", Html{f.severity}, "</span><code>",
        Html{f.rule}, "</code>");
    if (!f.slot.empty()) Put("<span>slot <b>", Html{f.slot}, "</b></span>");
    if (!f.event.empty()) {
      auto it = event_anchor_.find(f.event);
      if (it == event_anchor_.end())
        Put("<span>event ", Html{f.event}, "</span>");
      else
        Put("<span>event <a href=\"#", it->second, "\">", Html{f.event}, "</a></span>");
    }
    Put("</div>\n<p class=\"msg\">", Html{f.message}, "</p>\n");
    if (!f.explanation.empty()) Put("<p class=\"why\">Why: ", Html{f.explanation}, "</p>\n");
    if (!f.consensus.empty())
      Put("<p class=\"why\">Consensus: <span class=\"val\">", Html{f.consensus}, "</span> (support ",
          static_cast<size_t>(f.support), ")</p>\n");
    if (!f.values.empty()) {
      Put("<ul class=\"values\">");
      for (const auto& v : f.values) {
        Put("<li><span class=\"val\">", Or(v.value, "(none)"), "</span> — ");
        const size_t outlets_at = h_.size();
        for (const auto& o : idx_.OutletsOf(v.claims)) Put(h_.size() > outlets_at ? ", " : "", Html{o});
        if (h_.size() == outlets_at) Put("no outlet");
        Put(" · ", static_cast<size_t>(v.independent), " independent · ");
        size_t links = std::min(v.claims.size(), kMaxValueClaimLinks);
        for (size_t i = 0; i < links; ++i) {
          if (i) Put(", ");
          ClaimLink(v.claims[i]);
        }
        if (links < v.claims.size()) Put(" and ", v.claims.size() - links, " more (findings.json)");
        if (!v.event.empty())
          Put(" — cited from the ", v.event_claims, " reports of ", Html{v.event}, " (events.json)");
        Put("</li>");
      }
      Put("</ul>\n");
    }
    if (with_evidence) {
      size_t blocks = std::min(f.claims.size(), kMaxEventClaims);
      for (size_t i = 0; i < blocks; ++i) ClaimBlock(r_.claims[f.claims[i]], false);
      if (blocks < f.claims.size())
        Put("<p class=\"empty more\">and ", f.claims.size() - blocks, " more claim(s) (findings.json)</p>\n");
      auto docs = link::DocsOf(f.claims, r_.claims);
      size_t rows = std::min(docs.size(), kMaxEventClaims);
      for (size_t i = 0; i < rows; ++i) {
        const DocumentStatus* d = idx_.FindDocument(docs[i]);
        Put("<div class=\"why\">document <code>", Html{docs[i]}, "</code>");
        if (d) Put(" · ", Or(d->outlet, "unknown outlet"), " · ", Or(d->lang, "und"), " · ", Html{d->source});
        Put("</div>");
      }
      if (rows < docs.size()) Put("<div class=\"why more\">and ", docs.size() - rows, " more document(s)</div>");
    }
    Put("</div>\n");
  }

  // One claim: who said it, where, and the sentence with the words each slot was read from marked.
  void ClaimBlock(const Claim& c, bool anchor) {
    Put("<div class=\"claim\"");
    // A claim's anchor goes on its first block only: ids stay unique.
    if (anchor && !anchored_[Ref(&c)]) {
      anchored_[Ref(&c)] = true;
      Put(" id=\"c", Ref(&c), "\"");
    }
    const ReportIndex::ClaimKeys& keys = idx_.keys(Ref(&c));
    Put(" data-langs=\"", LangToken(keys.lang), "\" data-outlets=\"", OutletToken(keys.outlet), "\">\n",
        "<div class=\"meta\"><span><b>", Or(c.outlet, "unknown outlet"), "</b></span><span>lang <b>", Or(c.lang, "und"),
        "</b></span><span>doc <code>", Html{c.doc}, "</code></span><span>claim <code>", Html{c.id},
        "</code></span><span>", Html{c.type});
    if (c.role != "main") Put(" · ", Html{c.role});
    Put("</span><span>bytes ", c.evidence.span.start, "–", c.evidence.span.end, "</span>");
    if (!c.attributed_to.empty() || !c.attribution_text.empty()) {
      Put("<span>attributed to <b>", Or(c.attributed_to, "?"), "</b>");
      if (!c.attribution_text.empty()) Put(" (“", Html{c.attribution_text}, "”)");
      Put("</span>");
    } else {
      Put("<span>no attribution</span>");
    }
    if (c.hedged) Put("<span class=\"flag\">hedged</span>");
    if (c.negated) Put("<span class=\"flag\">negated</span>");
    if (c.planned) Put("<span class=\"flag\">planned</span>");
    Put("</div>\n<blockquote lang=\"", Html{c.lang}, "\">");
    size_t dropped = 0;
    AppendEvidenceHtml(&h_, c.evidence, &dropped);
    Put("</blockquote>\n");
    for (const auto& fl : c.flags) Put("<div class=\"flag\">⚑ ", Html{fl.code}, ": ", Html{fl.detail}, "</div>\n");
    if (dropped)
      Put("<div class=\"dropped\" data-dropped=\"", dropped, "\">", dropped,
          " highlight(s) lie outside this sentence</div>\n");
    Put("</div>\n");
  }

  // The slot columns of the outlet × slot table, then the attribution column.
  enum Column { kDate, kInitiator, kParticipants, kOrdinal, kAttribution };
  static constexpr std::string_view kSlotNames[] = {"date", "initiator", "participants", "ordinal"};
  static constexpr int kSlotColumns = 4;

  // The value a claim gives a column of the outlet × slot table into *value, the words as written
  // into *title (both cleared first).
  static void CellValue(const Claim& c, Column column, std::string* value, std::string* title) {
    value->clear();
    title->clear();
    switch (column) {
      case kDate:
        title->append(c.date_text);
        if (!c.date_basis.empty()) Append(title, " (", c.date_basis.view(), ")");
        value->append(c.date.ToIso());
        if (!c.date_end.empty()) Append(value, " – ", c.date_end.ToIso());
        return;
      case kInitiator:
        title->append(c.initiator_text);
        value->append(c.initiator.empty() ? std::string_view(c.initiator_text) : c.initiator.view());
        return;
      case kParticipants:
        thread_local std::vector<std::string_view> names;
        c.ParticipantNames(&names);
        for (std::string_view n : names) Append(value, value->empty() ? "" : ", ", n);
        for (const auto& p : c.participants) Append(title, title->empty() ? "" : ", ", p.written);
        return;
      case kOrdinal:
        title->append(c.ordinal.text);
        if (c.ordinal.empty()) return;
        if (c.ordinal.text.empty())
          Append(value, "#", c.ordinal.n);
        else
          value->append(c.ordinal.text);
        if (!c.ordinal.scope.empty()) {
          Append(value, " (", c.ordinal.scope);
          if (!c.ordinal.since.empty()) Append(value, " ", c.ordinal.since.ToIso());
          value->push_back(')');
        }
        return;
      case kAttribution:
        title->append(c.attribution_text);
        value->append(c.attributed_to.view());
        return;
    }
  }

  // `rows`: the claims of `e` its card shows (ShownClaims).
  void SlotTable(const Event& e, const std::vector<const crosscheck::Finding*>& findings,
                 const std::vector<ClaimRef>& rows) {
    // Per row and slot column: in a contradiction, or agreeing. In a contradiction, the side holding
    // the finding's consensus value agrees when at least two independent outlets back it, and every
    // other side conflicts; without such a consensus (one claim against a timeline, one outlet
    // against another) every side conflicts. Only the rows shown need a class (a capped card shows a
    // few of hundreds of claims).
    std::unordered_map<ClaimRef, size_t> row_of;
    for (size_t i = 0; i < rows.size(); ++i) row_of.emplace(rows[i], i);
    auto row = [&](ClaimRef c) -> int {
      auto it = row_of.find(c);
      return it == row_of.end() ? -1 : static_cast<int>(it->second);
    };
    auto column_of = [](const std::string& slot) -> int {
      for (int s = 0; s < kSlotColumns; ++s)
        if (slot == kSlotNames[s]) return s;
      return -1;
    };
    enum : uint8_t { kAgree = 1, kConflict = 2 };
    std::vector<uint8_t> marks(rows.size() * kSlotColumns, 0);
    for (const auto* f : findings) {
      const int s = column_of(f->slot);
      if (s < 0) continue;  // not a column of the table
      if (f->kind == "agreement") {
        for (ClaimRef c : f->claims)
          if (int i = row(c); i >= 0) marks[i * kSlotColumns + s] |= kAgree;
      } else if (f->kind == "contradiction") {
        std::vector<char> on_consensus(rows.size(), 0);  // of the shown claims only
        for (const auto& v : f->values)
          if (!f->consensus.empty() && v.value == f->consensus && v.independent >= 2)
            for (ClaimRef c : v.claims)
              if (int i = row(c); i >= 0) on_consensus[i] = 1;
        for (ClaimRef c : f->claims)
          if (int i = row(c); i >= 0) marks[i * kSlotColumns + s] |= on_consensus[i] ? kAgree : kConflict;
      }
    }
    // Per slot, once per event: each row's rank among the slot's values (0 = most supported) and how
    // many outlets back the top value (a per-cell search would be quadratic in the claims).
    std::vector<int> rank(rows.size() * kSlotColumns, -1);
    size_t outlets_top[kSlotColumns] = {};
    for (int s = 0; s < kSlotColumns; ++s) {
      auto sv = e.slots.find(std::string(kSlotNames[s]));
      if (sv == e.slots.end()) continue;
      for (size_t v = 0; v < sv->second.size(); ++v)
        for (ClaimRef cid : sv->second[v].claims)
          if (int i = row(cid); i >= 0 && rank[i * kSlotColumns + s] < 0) rank[i * kSlotColumns + s] = static_cast<int>(v);
      if (!sv->second.empty()) outlets_top[s] = idx_.OutletsOf(sv->second[0].claims).size();
    }
    Put("<div class=\"legend\"><span class=\"agree\">agrees</span><span class=\"minority\">differs, not flagged</span>"
        "<span class=\"conflict\">in a contradiction</span></div>\n"
        "<table class=\"slots\"><thead><tr><th>outlet</th><th>lang</th><th>claim</th>");
    for (std::string_view s : kSlotNames) Put("<th>", s, "</th>");
    Put("<th>attribution</th></tr></thead><tbody>\n");
    for (size_t i = 0; i < rows.size(); ++i) {
      const ClaimRef id = rows[i];
      const Claim* c = &r_.claims[id];
      Put("<tr class=\"row\" data-langs=\"", LangToken(idx_.keys(id).lang), "\" data-outlets=\"",
          OutletToken(idx_.keys(id).outlet), "\"><td>",
          Or(c->outlet, "unknown"), "</td><td>", Or(c->lang, "und"), "</td><td>");
      ClaimLink(id);
      Put("</td>");
      for (int s = 0; s < kSlotColumns; ++s) {
        CellValue(*c, static_cast<Column>(s), &value_, &title_);
        const uint8_t m = marks[i * kSlotColumns + s];
        const int r = rank[i * kSlotColumns + s];
        std::string_view cls = value_.empty() ? "none" : "";
        if (m & kConflict) cls = "conflict";
        else if ((m & kAgree) || (r == 0 && outlets_top[s] >= 2)) cls = "agree";
        else if (r > 0) cls = "minority";
        Cell(cls.data());
      }
      CellValue(*c, kAttribution, &value_, &title_);
      Cell(nullptr);
      Put("</tr>\n");
    }
    if (rows.size() < e.claims.size())
      Put("<tr><td colspan=\"", static_cast<size_t>(kSlotColumns + 4), "\" class=\"empty more\">and ",
          e.claims.size() - rows.size(), " more claim(s) of this event (all in claims.jsonl and events.json)</td></tr>\n");
    Put("</tbody></table>\n");
  }

  // One cell of the outlet × slot table from value_ and title_; `cls` nullptr: no class attribute.
  void Cell(const char* cls) {
    Put("<td");
    if (cls) Put(" class=\"", cls, "\"");
    if (!title_.empty()) Put(" title=\"", Html{title_}, "\"");
    Put(">");
    if (value_.empty())
      Put("—");
    else
      Put(Html{value_});
    Put("</td>");
  }

  void EventCard(const Event& e) {
    const auto& findings = idx_.EventFindings(e.id);
    std::vector<std::string> outlets, langs;
    idx_.ClaimOutletsLangs(e.claims, &outlets, &langs);
    const size_t claims = e.claims.size();
    int kinds[3] = {};  // findings by kKindOrder
    for (const auto* f : findings)
      if (int k = KindRank(f->kind); k < 3) ++kinds[k];
    Put("<details class=\"event\" id=\"", event_anchor_.at(e.id), "\" data-langs=\"");
    langs_.AppendList(&h_, langs);
    Put("\" data-outlets=\"");
    outlets_.AppendList(&h_, outlets);
    Put("\"", small_ ? " open" : "", ">\n<summary><span class=\"etype\">", Or(e.type, "event"),
        "</span><span class=\"edate\">", Or(e.date.ToIso(), "date open"), "</span><span>");
    for (size_t i = 0; i < e.participants.size(); ++i) Put(i ? " · " : "", Html{e.participants[i]});
    Put("</span><span class=\"support\">", claims, " claims, ", outlets.size(), " outlets</span>");
    for (size_t k = 0; k < 3; ++k)
      if (kinds[k])
        Put("<span class=\"badge k-", kKindOrder[k], "\">", static_cast<size_t>(kinds[k]), " ", kKindOrder[k], "</span>");
    Put("<span class=\"eid\">", Html{e.id}, "</span></summary>\n<div class=\"body\">\n");
    // Participants and date with their support.
    Put("<p><b>Participants:</b> ");
    std::vector<char> by(idx_.outlet_count() + 1, 0);
    for (size_t i = 0; i < e.participants.size(); ++i) {
      const std::string& p = e.participants[i];
      // Outlets by id; claims without an outlet count as one (an empty name), as in a set of names.
      std::fill(by.begin(), by.end(), 0);
      size_t n = 0, outlets_by = 0;
      for (ClaimRef id : e.claims) {
        const Claim& c = r_.claims[id];
        bool names = std::any_of(c.participants.begin(), c.participants.end(),
                                 [&](const Participant& x) { return !x.name.empty() && x.name == p; });
        if (!names) continue;
        ++n;
        char& seen = by[idx_.keys(id).outlet + 1];
        outlets_by += !seen;
        seen = 1;
      }
      Put(i ? "; " : "", Html{p}, " <span class=\"support\">(", n, " claims, ", outlets_by, " outlets)</span>");
    }
    if (e.participants.empty()) Put("<span class=\"empty\">none resolved</span>");
    Put("<br><b>Date:</b> ");
    auto dates = e.slots.find("date");
    if (dates == e.slots.end() || dates->second.empty()) {
      Put(Or(e.date.ToIso(), "open"));
    } else {
      for (size_t i = 0; i < dates->second.size(); ++i) {
        const auto& v = dates->second[i];
        Put(i ? "; " : "", "<span class=\"val\">", Or(v.value, "none"), "</span> <span class=\"support\">(",
            v.claims.size(), " claims, ", static_cast<size_t>(v.independent), " independent)</span>");
      }
    }
    Put("</p>\n");
    const std::vector<ClaimRef> shown = ShownClaims(e);
    SlotTable(e, findings, shown);
    Put("<h3>Findings (", findings.size(), ")</h3>\n");
    if (findings.empty()) Put("<p class=\"empty\">No rule fired on this event.</p>\n");
    for (const auto* f : findings) Finding(*f, false);
    Put("<h3>Evidence (", claims, " claims)</h3>\n");
    if (shown.size() < claims)
      Put("<p class=\"empty\">", shown.size(), " of ", claims,
          " shown (every side of a contradiction or anomaly first); all are in claims.jsonl.</p>\n");
    for (ClaimRef c : shown) ClaimBlock(r_.claims[c], true);
    if (shown.size() < claims) Put("<p class=\"empty more\">and ", claims - shown.size(), " more claim(s)</p>\n");
    Put("</div></details>\n");
    Drain();
  }

  void Events() {
    h_ += "<section id=\"events\"><h2>Events (" + N(r_.events.size()) + ")</h2>\n";
    if (r_.events.empty()) h_ += "<p class=\"empty\">No events were found.</p>\n";
    for (const auto& e : r_.events) EventCard(e);
    h_ += "</section>\n";
  }

  void LooseFindings() {
    const auto& loose = idx_.LooseFindings();
    h_ += "<section id=\"doc-findings\"><h2>Findings not tied to an event (" + N(loose.size()) + ")</h2>\n";
    if (loose.empty()) h_ += "<p class=\"empty\">None.</p>\n";
    for (const auto* f : loose) {
      Finding(*f, true);
      Drain();
    }
    h_ += "</section>\n";
  }

  void UnlinkedClaims() {
    const auto& claims = idx_.UnlinkedClaims();
    if (claims.empty()) return;
    h_ += "<section id=\"unlinked\"><h2>Claims not linked to an event (" + N(claims.size()) + ")</h2>\n";
    if (capped_unlinked_)
      h_ += "<p class=\"empty\">The first " + N(kMaxUnlinkedClaims) + " shown; all are in claims.jsonl.</p>\n";
    for (size_t i = 0; i < claims.size() && i < kMaxUnlinkedClaims; ++i) {
      ClaimBlock(*claims[i], true);
      Drain();
    }
    h_ += "</section>\n";
  }

  void Documents() {
    h_ += "<section id=\"documents\"><details" + std::string(r_.documents.size() <= kOpenDocuments ? " open" : "") +
          "><summary><h2 style=\"display:inline\">Documents (" + N(r_.documents.size()) + ": " + N(Processed()) +
          " processed)</h2></summary>\n<table class=\"docs\"><thead><tr><th>id</th><th>source</th><th>status</th>"
          "<th>outlet</th><th>lang</th><th>published</th><th class=\"num\">bytes</th><th class=\"num\">body</th>"
          "<th class=\"num\">claims</th></tr></thead><tbody>\n";
    // Over the cap: skipped documents first (they need attention), then processed ones, in input order.
    size_t skipped = r_.documents.size() - Processed();
    size_t skipped_rows = std::min(skipped, kMaxDocumentRows), processed_rows = kMaxDocumentRows - skipped_rows;
    for (const auto& d : r_.documents) {
      bool ok = d.status == "processed";
      if (ok ? processed_rows == 0 : skipped_rows == 0) continue;
      --(ok ? processed_rows : skipped_rows);
      Put("<tr class=\"row", ok ? "" : " skipped", "\" data-langs=\"", langs_.Of(d.lang), "\" data-outlets=\"",
          outlets_.Of(d.outlet), "\"><td><code>", Html{d.id}, "</code></td><td>", Html{d.source});
      if (d.line) Put(":", d.line);
      Put("</td><td><span class=\"status-", ok ? "processed" : "skipped", "\">", Html{d.status}, "</span>");
      if (!d.reason.empty()) Put("<br>", Html{d.reason});
      Put("</td><td>", Or(d.outlet, "—"), "</td><td class=\"nowrap\">", Or(d.lang, "—"));
      if (!d.lang_method.empty()) Put(" <span class=\"support\">(", Html{d.lang_method}, ")</span>");
      Put("</td><td class=\"nowrap\">", Or(d.published, "—"), "</td><td class=\"num\">", d.bytes,
          "</td><td class=\"num\">", d.body_bytes, "</td><td class=\"num\">", d.claims, "</td></tr>\n");
      Drain();
    }
    h_ += "</tbody></table>";
    if (capped_documents_)
      h_ += "<p class=\"empty\">" + N(kMaxDocumentRows) + " of " + N(r_.documents.size()) +
            " documents listed (skipped ones first); every document with its status is in summary.json.</p>";
    h_ += "</details></section>\n";
  }

  const RunResult& r_;
  const ReportIndex& idx_;
  Tokens outlets_, langs_;
  std::unordered_map<std::string, std::string> event_anchor_;
  std::vector<std::string_view> outlet_token_, lang_token_;  // by ReportIndex id (views into the Tokens)
  std::vector<char> seen_;                                    // AppendInvolved's, reused
  std::vector<bool> anchored_;  // per claim: its anchor is on the page
  bool small_ = true;
  util::Sink* out_;
  std::string h_;
  std::string value_, title_;  // CellValue's, reused from cell to cell
  // Caps (PlanCaps): the claims shown per capped event, the claims that have a block to link to.
  std::unordered_map<std::string, std::set<ClaimRef>> event_shown_;
  std::vector<bool> linkable_;  // per claim, when capped_
  size_t capped_events_ = 0, capped_unlinked_ = 0, capped_documents_ = 0;
  bool capped_ = false;
};

}  // namespace

void WriteHtmlReport(const RunResult& r, util::Sink* out) { WriteHtmlReport(ReportIndex(r), out); }
void WriteHtmlReport(const ReportIndex& index, util::Sink* out) { HtmlWriter(index, out).Render(); }

std::string HtmlReport(const RunResult& r) {
  return util::Collect([&](util::Sink* s) { WriteHtmlReport(r, s); });
}

}  // namespace crosscheck::report
