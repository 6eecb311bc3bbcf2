// report.html on a hand-built multilingual run: counts, escaping, determinism, self-containment and
// the collapsed layout of large reports.
#include <catch2/catch.hpp>

#include <regex>

#include "engine/report/human_output.h"
#include "fixture.h"

using namespace crosscheck;

namespace {
size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}
// Highlights placed in the page: each <mark> holds data-n of them, 1 when the attribute is absent.
size_t SumDataN(const std::string& html) {
  static const std::regex kMark("<mark class=\"hl[^\"]*\"( data-n=\"([0-9]+)\")?");
  size_t n = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kMark); it != std::sregex_iterator(); ++it)
    n += (*it)[2].matched ? std::stoul((*it)[2]) : 1;
  return n;
}
}  // namespace

TEST_CASE("every finding, event, claim and highlight of the run is in the page", "[report][html]") {
  RunResult r = testing::MakeReportFixture();
  std::string html = report::HtmlReport(r);
  CHECK(Count(html, "<div class=\"finding ") == r.findings.size());
  CHECK(Count(html, "<details class=\"event\"") == r.events.size());
  CHECK(Count(html, "<div class=\"claim\"") == r.claims.size() + 1);  // + the document-level finding's claim
  // Every highlight is placed; the unlinked claim's and the doc-level finding's copy both count.
  size_t per_claim = testing::CountHighlights(r);
  size_t doc_claim = r.claims.back().evidence.highlights.size();
  CHECK(SumDataN(html) == per_claim + doc_claim);
  CHECK(html.find("data-dropped=\"") == std::string::npos);
  for (const auto& f : r.findings) CHECK(html.find(report::HtmlEscape(f.message)) != std::string::npos);
}

TEST_CASE("article text never becomes markup or script", "[report][html]") {
  RunResult r = testing::MakeReportFixture();
  std::string html = report::HtmlReport(r);
  CHECK(html.find(testing::kScriptPayload) == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("onerror=\"") == std::string::npos);
  CHECK(html.find("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("evil.example&quot;&gt;&lt;img src=x onerror=") != std::string::npos);
  CHECK(Count(html, "<script") == 1);  // the report's own
  CHECK(html.find("<blink>") == std::string::npos);  // a skip reason that contains a tag
  CHECK(html.find("&lt;blink&gt;") != std::string::npos);
}

TEST_CASE("the page is self-contained: no external resource of any kind", "[report][html]") {
  std::string html = report::HtmlReport(testing::MakeReportFixture());
  for (const char* bad : {"<link", "@import", "url(", "href=\"http", "href=\"//", "<iframe", "<object", "<img"})
    CHECK(html.find(bad) == std::string::npos);
  // No tag of the page loads anything (escaped article text may mention src=, as text).
  CHECK_FALSE(std::regex_search(html, std::regex("<[a-z]+(\\s+[a-z-]+(=\"[^\"]*\")?)*\\s+src=")));
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
}

TEST_CASE("the same run renders byte-identical pages", "[report][html]") {
  CHECK(report::HtmlReport(testing::MakeReportFixture(3)) == report::HtmlReport(testing::MakeReportFixture(3)));
}

TEST_CASE("filters offer every kind, severity, language and outlet, and findings carry tokens", "[report][html]") {
  std::string html = report::HtmlReport(testing::MakeReportFixture());
  for (const char* lang : {"en", "uk", "ru", "it"})
    CHECK(html.find(std::string("data-name=\"") + lang + "\">" + lang + "</option>") != std::string::npos);
  CHECK(html.find("data-name=\"Українська правда\">Українська правда</option>") != std::string::npos);
  for (const char* k : {"contradiction", "anomaly", "agreement"})
    CHECK(html.find(std::string("<option value=\"") + k + "\"") != std::string::npos);
  // The date contradiction involves the en, it, ru and uk outlets (and the hostile one).
  std::regex f1("id=\"f-F1\" data-kind=\"contradiction\" data-severity=\"high\" data-langs=\"L[0-9]( L[0-9]){3}\" "
                "data-outlets=\"O[0-9]( O[0-9]){4}\"");
  CHECK(std::regex_search(html, f1));
}

TEST_CASE("the outlet x slot table marks the conflicting and agreeing values", "[report][html]") {
  std::string html = report::HtmlReport(testing::MakeReportFixture());
  // RIA dates the call 2024-06-26, against the consensus of the date contradiction; Kyiv Post agrees.
  CHECK(html.find("<td class=\"conflict\" title=\"26 июня (publication)\">2024-06-26</td>") != std::string::npos);
  CHECK(html.find("<td class=\"agree\" title=\"June 25 (publication)\">2024-06-25</td>") != std::string::npos);
  // The initiator contradiction has no consensus: both sides conflict.
  CHECK(html.find("<td class=\"conflict\" title=\"на прохання американської сторони\">US</td>") != std::string::npos);
  CHECK(html.find("<td class=\"conflict\" title=\"по инициативе российской стороны\">RU</td>") != std::string::npos);
  CHECK(html.find("<td class=\"agree\" title=\"12 липня\">2024-07-12</td>") != std::string::npos);
}

TEST_CASE("skipped documents are listed with their reason; doc-level findings have their own section", "[report][html]") {
  std::string html = report::HtmlReport(testing::MakeReportFixture());
  CHECK(html.find("<span class=\"status-skipped\">skipped</span><br>articles/broken.json:3:14: Missing a comma") !=
        std::string::npos);
  size_t section = html.find("<section id=\"doc-findings\">");
  REQUIRE(section != std::string::npos);
  CHECK(html.find("id=\"f-F6\"", section) != std::string::npos);
  CHECK(html.find("15 marzo 2023", html.find("id=\"f-F6\"")) != std::string::npos);
}

TEST_CASE("5,000 findings render with every card collapsed", "[report][html]") {
  RunResult r = testing::MakeReportFixture(834);
  REQUIRE(r.findings.size() >= 5000);
  std::string html = report::HtmlReport(r);
  CHECK(Count(html, "<div class=\"finding ") == r.findings.size());
  CHECK(Count(html, "<details class=\"event\"") == r.events.size());
  CHECK(html.find("<details class=\"event\" id=\"e0\" data-langs=\"L0 L1 L2 L3\" data-outlets=") != std::string::npos);
  CHECK(std::regex_search(html, std::regex("<details class=\"event\"[^>]* open>")) == false);
  // Small runs open their cards.
  CHECK(std::regex_search(report::HtmlReport(testing::MakeReportFixture()), std::regex("<details class=\"event\"[^>]* open>")));
}
