// Outputs streamed to their files (util::OutputFile) are byte-identical to the in-memory renderings
// and valid JSON; a huge run's report.html is abridged and says so.
#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/report/human_output.h"
#include "engine/report/json_output.h"
#include "engine/report/report_index.h"
#include "engine/util/sink.h"
#include "fixture.h"

using namespace crosscheck;

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Streams one output through an OutputFile in a fresh folder and returns the file's bytes.
template <typename F>
std::string StreamToFile(const std::string& name, F write) {
  auto dir = std::filesystem::temp_directory_path() / ("crosscheck-streaming-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / name).string();
  util::OutputFile f;
  REQUIRE(f.Open(path).ok());
  write(&f);
  REQUIRE(f.Commit().ok());
  std::string bytes = Slurp(path);
  std::filesystem::remove_all(dir);
  return bytes;
}

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("streamed outputs equal the in-memory ones byte for byte", "[report][streaming]") {
  // 40 copies: the pages are larger than one drain chunk, so they reach the file in several pieces.
  RunResult r = testing::MakeReportFixture(40);
  RunOptions opt;
  opt.inputs = {"articles/"};
  CHECK(StreamToFile("claims.jsonl", [&](util::Sink* o) { report::WriteClaimsJsonl(r.claims, o); }) ==
        report::ClaimsJsonl(r.claims));
  CHECK(StreamToFile("events.json", [&](util::Sink* o) { report::WriteEventsJson(r.events, r.claims, o); }) ==
        report::EventsJson(r.events, r.claims));
  CHECK(StreamToFile("findings.json", [&](util::Sink* o) { report::WriteFindingsJson(r.findings, r.claims, o); }) ==
        report::FindingsJson(r.findings, r.claims));
  CHECK(StreamToFile("summary.json", [&](util::Sink* o) { report::WriteSummaryJson(r, opt, o); }) ==
        report::SummaryJson(r, opt));
  std::string html = StreamToFile("report.html", [&](util::Sink* o) { report::WriteHtmlReport(r, o); });
  CHECK(html.size() > (1u << 18));
  CHECK(html == report::HtmlReport(r));
  CHECK(StreamToFile("report.md", [&](util::Sink* o) { report::WriteMarkdownReport(r, o); }) ==
        report::MarkdownReport(r));
  CHECK(StreamToFile("graph.graphml", [&](util::Sink* o) { report::WriteGraphMl(r, o); }) == report::GraphMl(r));
}

TEST_CASE("outputs prepared before the findings are final equal the ones written at once", "[report][streaming]") {
  // The engine builds graph.graphml's graph and the reports' index while verify still works out the
  // findings: prepared from a run without findings, completed once they are in, every byte is the same.
  RunResult full = testing::MakeReportFixture(5);
  REQUIRE(!full.findings.empty());
  RunResult r = full;
  r.findings.clear();
  report::GraphMlWriter graph(r);
  report::ReportIndex index(r, report::ReportIndex::WithoutFindings{});
  r.findings = full.findings;
  index.IndexFindings();
  CHECK(StreamToFile("graph.graphml", [&](util::Sink* o) { graph.Write(o); }) == report::GraphMl(full));
  CHECK(util::Collect([&](util::Sink* o) { report::WriteHtmlReport(index, o); }) == report::HtmlReport(full));
  CHECK(util::Collect([&](util::Sink* o) { report::WriteMarkdownReport(index, o); }) == report::MarkdownReport(full));
}

TEST_CASE("streamed claims.jsonl holds one valid JSON object per claim", "[report][streaming]") {
  RunResult r = testing::MakeReportFixture(3);
  std::string jsonl = StreamToFile("claims.jsonl", [&](util::Sink* o) { report::WriteClaimsJsonl(r.claims, o); });
  std::istringstream in(jsonl);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.IsObject());
    CHECK(std::string(d["id"].GetString()) == r.claims[n].id);
    CHECK(std::string(d["evidence"]["text"].GetString()) == r.claims[n].evidence.text);
    ++n;
  }
  CHECK(n == r.claims.size());
  rapidjson::Document s;
  RunOptions opt;
  std::string summary = StreamToFile("summary.json", [&](util::Sink* o) { report::WriteSummaryJson(r, opt, o); });
  s.Parse(summary.c_str());
  REQUIRE_FALSE(s.HasParseError());
  CHECK(s["documents"].Size() == r.documents.size());
  // Each document's record on a line of its own (a 1M-document summary stays greppable and small).
  std::istringstream lines(summary);
  size_t records = 0;
  while (std::getline(lines, line)) {
    size_t start = line.find_first_not_of(' ');
    if (start == std::string::npos || line.compare(start, 7, "{\"id\":\"") != 0) continue;
    std::string record = line.substr(start);
    if (record.back() == ',') record.pop_back();
    rapidjson::Document d;
    d.Parse(record.c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(std::string(d["id"].GetString()) == r.documents[records].id);
    CHECK(std::string(d["status"].GetString()) == r.documents[records].status);
    ++records;
  }
  CHECK(records == r.documents.size());
  CHECK_FALSE(s.HasMember("outputs"));  // nothing written yet
  r.outputs = {{"report.html", 2.5, 2.0, 123456}, {"findings.json", 1.0, 0.75, 789}};
  s.Parse(report::SummaryJson(r, opt).c_str());
  REQUIRE(s.HasMember("outputs"));
  CHECK(s["outputs"]["report.html"]["bytes"].GetUint64() == 123456);
  CHECK(s["outputs"]["report.html"]["seconds"].GetDouble() == 2.5);
  CHECK(s["outputs"]["findings.json"]["cpu_seconds"].GetDouble() == 0.75);
}

TEST_CASE("an uncommitted output file leaves nothing behind", "[report][streaming]") {
  auto dir = std::filesystem::temp_directory_path() / ("crosscheck-uncommitted-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    util::OutputFile f;
    REQUIRE(f.Open((dir / "report.html").string()).ok());
    f.Append("<!DOCTYPE html>");
    CHECK(f.bytes() == 15);
  }  // destroyed without Commit: an error half-way through writing
  CHECK(std::filesystem::is_empty(dir));
  util::OutputFile bad;
  CHECK_FALSE(bad.Open((dir / "missing-folder" / "x.json").string()).ok());
  std::filesystem::remove_all(dir);
}

TEST_CASE("an event with more claims than a card shows is abridged, and the page says so", "[report][html][caps]") {
  RunResult r = testing::MakeReportFixture();
  std::string small = report::HtmlReport(r);
  CHECK(small.find("id=\"abridged\"") == std::string::npos);

  // One event reported by 80 more documents: its card shows 10 claims, contradicting ones first.
  Event& e = r.events.front();
  const Claim model = r.claims.front();
  size_t before = e.claims.size();
  for (int i = 0; i < 80; ++i) {
    Claim c = model;
    c.id = "relay-" + std::to_string(i) + "#1";
    c.doc = "relay-" + std::to_string(i);
    c.event = e.id;
    e.claims.push_back(static_cast<ClaimRef>(r.claims.size()));
    r.claims.push_back(c);
  }
  // The last relay is on the losing side of a new contradiction: it must be among the 10.
  Finding f;
  f.id = "F-extra";
  f.rule = "date-conflict";
  f.kind = "contradiction";
  f.severity = "high";
  f.event = e.id;
  f.slot = "date";
  f.claims = {static_cast<ClaimRef>(r.claims.size() - 1)};  // relay-79#1
  f.message = "relay 79 gives another date";
  r.findings.push_back(f);
  std::string html = report::HtmlReport(r);
  CHECK(html.find("id=\"abridged\"") != std::string::npos);
  CHECK(html.find("1 event card(s) with more than 10 claims show 10") != std::string::npos);
  CHECK(html.find("and " + std::to_string(before + 80 - 10) + " more claim(s) of this event") != std::string::npos);
  CHECK(html.find("10 of " + std::to_string(before + 80) + " shown") != std::string::npos);
  CHECK(html.find("id=\"c" + std::to_string(r.claims.size() - 1) + "\"") != std::string::npos);  // relay 79
  // A claim left out of the card is named in the page's lists but never linked to a missing anchor.
  CHECK(html.find("href=\"#c" + std::to_string(r.claims.size() - 2) + "\"") == std::string::npos);
  // Every finding is still listed.
  CHECK(Count(html, "<div class=\"finding ") == r.findings.size());
}

namespace {

// One event reported by `n` documents of Українська правда, Kyiv Post and РИА Новости (claims
// "report-<i>#1", the first claim of the fixture with a fresh id), with a date agreement of all n.
RunResult CrowdedEvent(int n) {
  RunResult base = testing::MakeReportFixture();
  RunResult r;
  const Claim model = base.claims.front();
  const char* outlets[] = {"Українська правда", "Kyiv Post", "РИА Новости"};
  Event e;
  e.id = "E-crowd";
  e.type = "call";
  SlotValue v{"2024-03-14", {}, 3};
  for (int i = 0; i < n; ++i) {
    Claim c = model;
    c.id = "report-" + std::to_string(i) + "#1";
    c.doc = "report-" + std::to_string(i);
    c.outlet = outlets[i % 3];
    c.event = e.id;
    e.claims.push_back(static_cast<ClaimRef>(r.claims.size()));
    v.claims.push_back(static_cast<ClaimRef>(r.claims.size()));
    r.claims.push_back(c);
    r.documents.push_back(base.documents.front());
    r.documents.back().id = c.doc;
    r.documents.back().outlet = c.outlet;
  }
  e.slots["date"] = {v};
  r.events.push_back(e);
  Finding f;
  f.id = "F-agree";
  f.rule = "date-agreement";
  f.kind = "agreement";
  f.severity = "info";
  f.event = e.id;
  f.slot = "date";
  f.values = {v};
  f.claims = v.claims;
  f.message = "Українська правда, Kyiv Post and РИА Новости agree on the date";
  r.findings.push_back(f);
  return r;
}

std::string EventCard(const std::string& html, const std::string& anchor) {
  size_t at = html.find("<details class=\"event\" id=\"" + anchor + "\"");
  if (at == std::string::npos) return "";
  return html.substr(at, html.find("</details>", at) - at);
}

}  // namespace

TEST_CASE("an event of 30 agreeing reports shows 10 rows and counts the other 20", "[report][html][caps]") {
  RunResult r = CrowdedEvent(30);
  std::string card = EventCard(report::HtmlReport(r), "e0");
  REQUIRE(!card.empty());
  CHECK(Count(card, "<tr class=\"row\"") == 10);
  CHECK(Count(card, "<div class=\"claim\"") == 10);
  CHECK(card.find("and 20 more claim(s) of this event") != std::string::npos);
  CHECK(card.find("10 of 30 shown") != std::string::npos);
  CHECK(card.find("<code>report-9#1</code>") != std::string::npos);  // the first ten, in input order
  CHECK(card.find("<code>report-10#1</code>") == std::string::npos);
  // The machine outputs keep every claim.
  std::string findings = report::FindingsJson(r.findings, r.claims);
  std::string events = report::EventsJson(r.events, r.claims);
  for (int i = 0; i < 30; ++i) {
    std::string id = "\"report-" + std::to_string(i) + "#1\"";
    CHECK(findings.find(id) != std::string::npos);
    CHECK(events.find(id) != std::string::npos);
  }
  // Ten claims fit a card: nothing is counted away.
  std::string ten = EventCard(report::HtmlReport(CrowdedEvent(10)), "e0");
  CHECK(Count(ten, "<tr class=\"row\"") == 10);
  CHECK(ten.find("more claim(s)") == std::string::npos);
}

TEST_CASE("a capped event card shows every side of its contradictions", "[report][html][caps]") {
  RunResult r = CrowdedEvent(30);
  // Three sides past the first ten: report-25 and report-26 say 2024-03-13 (a contradiction whose
  // values list the majority first), report-29 has an anomaly of its own.
  Finding conflict = r.findings.front();
  conflict.id = "F-dates";
  conflict.rule = "date-conflict";
  conflict.kind = "contradiction";
  conflict.severity = "high";
  SlotValue majority = conflict.values.front(), minority{"2024-03-13", {25, 26}, 2};
  majority.claims.erase(majority.claims.begin() + 25, majority.claims.begin() + 27);
  conflict.values = {majority, minority};
  conflict.message = "Kyiv Post and РИА Новости give 2024-03-13";
  Finding odd = conflict;
  odd.id = "F-odd";
  odd.rule = "first-contradicted-in-document";
  odd.kind = "anomaly";
  odd.severity = "medium";
  odd.values = {};
  odd.claims = {29};
  r.findings.push_back(conflict);
  r.findings.push_back(odd);
  std::string card = EventCard(report::HtmlReport(r), "e0");
  CHECK(Count(card, "<tr class=\"row\"") == 10);
  for (const char* id : {"report-0#1", "report-25#1", "report-29#1"})
    CHECK(card.find("<code>" + std::string(id) + "</code></a></td>") != std::string::npos);
  // Round two takes the second claim of each side: report-1 (majority) and report-26 (minority).
  CHECK(card.find("<code>report-26#1</code></a></td>") != std::string::npos);
  CHECK(card.find("and 20 more claim(s) of this event") != std::string::npos);
}

TEST_CASE("the document table is capped for huge runs, skipped documents first", "[report][html][caps]") {
  RunResult r = testing::MakeReportFixture();
  DocumentStatus model = r.documents.front();
  for (int i = 0; i < 6000; ++i) {
    DocumentStatus d = model;
    d.id = "bulk-" + std::to_string(i);
    d.claims = 0;
    r.documents.push_back(d);
  }
  DocumentStatus late = model;
  late.id = "late-skipped";
  late.status = "skipped";
  late.reason = "no article text left after removing page furniture";
  r.documents.push_back(late);
  std::string html = report::HtmlReport(r);
  CHECK(html.find("5000 of " + std::to_string(r.documents.size()) + " documents listed") != std::string::npos);
  CHECK(html.find("<code>late-skipped</code>") != std::string::npos);  // skipped documents are never cut first
  CHECK(html.find("<code>bulk-5999</code>") == std::string::npos);
  CHECK(html.find("the document table leaves out " + std::to_string(r.documents.size() - 5000)) != std::string::npos);
}

TEST_CASE("a finding value backed by many claims names the first 10 and counts the rest", "[report][html][caps]") {
  RunResult r = testing::MakeReportFixture();
  Finding f;
  f.id = "F-wide";
  f.rule = "date-agreement";
  f.kind = "agreement";
  f.severity = "info";
  f.slot = "date";
  SlotValue v;
  v.value = "2024-03-14";
  const Claim model = r.claims.front();
  for (int i = 0; i < 30; ++i) {
    Claim c = model;
    c.id = "relay-" + std::to_string(i) + "#1";
    c.doc = "relay-" + std::to_string(i);
    v.claims.push_back(static_cast<ClaimRef>(r.claims.size()));
    r.claims.push_back(c);
  }
  f.values = {v};
  f.claims = v.claims;
  f.message = "30 reports agree on the date";
  r.findings.push_back(f);
  std::string html = report::HtmlReport(r);
  size_t at = html.find("id=\"f-F-wide\"");
  REQUIRE(at != std::string::npos);
  std::string values = html.substr(at, html.find("</ul>", at) - at);
  CHECK(values.find("<code>relay-9#1</code>") != std::string::npos);
  CHECK(values.find("<code>relay-10#1</code>") == std::string::npos);
  CHECK(values.find("and 20 more (findings.json)") != std::string::npos);
}

TEST_CASE("a finding's outlets and languages are those of its claims and their documents", "[report][index]") {
  RunResult r = testing::MakeReportFixture(2);
  report::ReportIndex idx(r);
  auto of = [&](const std::string& id) {
    std::set<std::string> outlets, langs;
    for (const auto& f : r.findings)
      if (f.id == id) idx.FindingOutletsLangs(f, &outlets, &langs);
    return std::make_pair(outlets, langs);
  };
  // The initiator contradiction of the first copy: Українська правда (uk) against РИА Новости (ru).
  auto [outlets, langs] = of("F2");
  CHECK(outlets == std::set<std::string>{"Українська правда", "РИА Новости"});
  CHECK(langs == std::set<std::string>{"ru", "uk"});
  // A document's own outlet counts too: the second copy's reference claim loses its outlet, its
  // document (ANSA, Italian) still names it.
  Finding doc_level = r.findings[11];
  REQUIRE(doc_level.claims.size() == 1);
  r.claims[doc_level.claims[0]].outlet.clear();
  report::ReportIndex idx2(r);
  std::set<std::string> o2, l2;
  idx2.FindingOutletsLangs(doc_level, &o2, &l2);
  CHECK(o2 == std::set<std::string>{"ANSA"});
  CHECK(l2 == std::set<std::string>{"it"});
}

TEST_CASE("findings.json and events.json keep each list of ids on one line", "[report][json]") {
  // 40 copies: every event and finding is backed by dozens of claims; one line per id would make a
  // million-document run's findings.json gigabytes of indentation.
  RunResult r = testing::MakeReportFixture(40);
  std::string findings = report::FindingsJson(r.findings, r.claims);
  rapidjson::Document d;
  d.Parse(findings.c_str());
  REQUIRE_FALSE(d.HasParseError());
  const auto& first = d["findings"][0];
  REQUIRE(first["claims"].Size() > 1);
  std::string first_id = first["claims"][0].GetString(), second_id = first["claims"][1].GetString();
  CHECK(findings.find("\"claims\": [\"" + first_id + "\", \"" + second_id + "\"") != std::string::npos);
  // Objects are still one member per line.
  CHECK(findings.find("\n            \"rule\": \"") != std::string::npos);
  CHECK(Count(findings, "\n") < 40 * r.findings.size());

  std::string events = report::EventsJson(r.events, r.claims);
  rapidjson::Document e;
  e.Parse(events.c_str());
  REQUIRE_FALSE(e.HasParseError());
  CHECK(e["events"].Size() == r.events.size());
  CHECK(events.find("\"claims\": [\"" + std::string(e["events"][0]["claims"][0].GetString()) + "\"") !=
        std::string::npos);
}

TEST_CASE("ids that need escaping are escaped in the one-line lists as elsewhere", "[report][json]") {
  RunResult r = testing::MakeReportFixture(2);
  REQUIRE_FALSE(r.findings.empty());
  REQUIRE(r.findings[0].claims.size() > 1);
  // A quote, a backslash, a tab, the byte 0x1F and Cyrillic in one claim id; an empty list elsewhere.
  const std::string odd = "uk-\"Остін\"\\\t\x1f#1";
  r.claims[r.findings[0].claims[0]].id = odd;
  r.findings.back().claims.clear();
  std::string findings = report::FindingsJson(r.findings, r.claims);
  rapidjson::Document d;
  d.Parse(findings.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(std::string(d["findings"][0]["claims"][0].GetString()) == odd);
  CHECK(findings.find("[\"uk-\\\"Остін\\\"\\\\\\t\\u001F#1\", \"") != std::string::npos);
  CHECK(findings.find("\"claims\": [],") != std::string::npos);
}

TEST_CASE("the two reports written from one shared index equal those written from the result",
          "[report][index]") {
  RunResult r = testing::MakeReportFixture(5);
  const report::ReportIndex index(r);
  // Both writers read the one index, in turn (the pipeline runs them side by side).
  std::string html = util::Collect([&](util::Sink* s) { report::WriteHtmlReport(index, s); });
  std::string md = util::Collect([&](util::Sink* s) { report::WriteMarkdownReport(index, s); });
  CHECK(html == report::HtmlReport(r));
  CHECK(md == report::MarkdownReport(r));
  CHECK(util::Collect([&](util::Sink* s) { report::WriteHtmlReport(index, s); }) == html);
}

TEST_CASE("a JSON sink stream keeps the order of bytes put one by one and written whole", "[report][streaming]") {
  // Pieces around the stream's 64 KiB buffer: smaller, filling it exactly, and larger.
  std::string expected, got;
  util::StringSink sink(&got);
  {
    util::JsonSinkStream os(&sink);
    auto put = [&](char c) {
      os.Put(c);
      expected.push_back(c);
    };
    auto write = [&](const std::string& s) {
      os.Write(s);
      expected += s;
    };
    put('[');
    write("\"Зеленський\", ");
    write(std::string((1 << 16) - expected.size(), 'a'));  // fills the buffer to the byte
    put(',');
    write(std::string(3 << 16, 'b'));
    write("");
    put(']');
    os.Flush();
  }
  CHECK(got == expected);
}

TEST_CASE("one ClaimListIndex serves events.json and findings.json", "[report][json]") {
  RunResult r = testing::MakeReportFixture(3);
  // Ids and outlets that need escaping; a claim without an outlet.
  r.claims[0].id = "ru-\"1\"#1";
  r.claims[1].id = "uk\\2#1";
  r.claims[2].outlet = "";
  const report::ClaimListIndex index(r.claims);
  std::string ids;
  index.AppendIds(&ids, {1, 0, 1});
  CHECK(ids == "[\"uk\\\\2#1\", \"ru-\\\"1\\\"#1\", \"uk\\\\2#1\"]");
  ids.clear();
  index.AppendIds(&ids, {});
  CHECK(ids == "[]");
  // Documents sorted and unique, whatever the order of the claims; no empty outlet name.
  std::string docs;
  index.AppendDocs(&docs, {2, 0, 2, 1});
  std::vector<std::string> names = {r.claims[0].doc, r.claims[1].doc, r.claims[2].doc};
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::string expected = "[";
  for (size_t i = 0; i < names.size(); ++i) expected += (i ? ", \"" : "\"") + names[i] + "\"";
  CHECK(docs == expected + "]");
  std::string outlets;
  index.AppendOutlets(&outlets, {2});
  CHECK(outlets == "[]");
  outlets.clear();
  index.AppendOutlets(&outlets, {2, 0});
  CHECK(outlets == "[\"" + std::string(r.claims[0].outlet) + "\"]");
  CHECK(StreamToFile("events.json", [&](util::Sink* o) { report::WriteEventsJson(r.events, index, o); }) ==
        report::EventsJson(r.events, r.claims));
  CHECK(StreamToFile("findings.json", [&](util::Sink* o) { report::WriteFindingsJson(r.findings, index, o); }) ==
        report::FindingsJson(r.findings, r.claims));
  CHECK(report::EventsJson(r.events, r.claims).find("\"ru-\\\"1\\\"#1\"") != std::string::npos);
}
