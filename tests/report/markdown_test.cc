// report.md: concise, grouped by kind, every finding with its sides and quoted sentences; article
// text escaped so it renders literally and cannot break tables.
#include <catch2/catch.hpp>

#include "engine/report/human_output.h"
#include "fixture.h"

using namespace crosscheck;

namespace {
// Pipes that are not escaped with a backslash.
size_t BarePipes(const std::string& line) {
  size_t n = 0;
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
  return n;
}
std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  size_t p = 0;
  for (size_t q; (q = s.find('\n', p)) != std::string::npos; p = q + 1) out.push_back(s.substr(p, q - p));
  return out;
}
}  // namespace

TEST_CASE("findings are grouped by kind, most urgent kind first", "[report][markdown]") {
  std::string md = report::MarkdownReport(testing::MakeReportFixture());
  size_t c = md.find("## Contradiction (2)"), a = md.find("## Anomaly (2)"), g = md.find("## Agreement (2)");
  REQUIRE(c != std::string::npos);
  REQUIRE(a != std::string::npos);
  REQUIRE(g != std::string::npos);
  CHECK(c < a);
  CHECK(a < g);
  CHECK(md.find("### F1 · high · `call.date.conflict` · event `E1` · date") > c);
  CHECK(md.find("### F1 ") < md.find("### F2 "));
}

TEST_CASE("each side lists its outlets and quotes the evidence sentence in the original language", "[report][markdown]") {
  std::string md = report::MarkdownReport(testing::MakeReportFixture());
  size_t f1 = md.find("### F1 ");
  size_t side = md.find("- **2024-06-26** — РИА Новости (1 independent)", f1);
  REQUIRE(side != std::string::npos);
  // The words each slot was read from are in bold.
  CHECK(md.find("  > Глава Пентагона **Ллойд Остин** **26 июня** провёл **телефонный разговор** с министром", side) !=
        std::string::npos);
  CHECK(md.find("  > — РИА Новости, ru, `ria-ru` bytes 300–", side) != std::string::npos);
  CHECK(md.find("*Why:* date verdict: conflicting (day 25 vs 26, same month and year)") != std::string::npos);
}

TEST_CASE("article text is escaped: no raw HTML, pipes never split a table", "[report][markdown]") {
  std::string md = report::MarkdownReport(testing::MakeReportFixture());
  for (size_t i = md.find('<'); i != std::string::npos; i = md.find('<', i + 1)) {
    INFO("unescaped < at " << i << ": " << md.substr(i, 40));
    CHECK((i > 0 && md[i - 1] == '\\'));
  }
  CHECK(md.find("\\<script\\>document.title='PWNED'\\</script\\>") != std::string::npos);
  CHECK(md.find("\\| pipes \\|") != std::string::npos);
  // Every table row of one table has as many bare pipes as its header.
  size_t header_pipes = 0;
  for (const auto& line : Lines(md)) {
    if (line.empty() || line[0] != '|') {
      header_pipes = 0;
      continue;
    }
    if (header_pipes == 0) header_pipes = BarePipes(line);
    CHECK(BarePipes(line) == header_pipes);
  }
}

TEST_CASE("overview, event table and skipped documents", "[report][markdown]") {
  std::string md = report::MarkdownReport(testing::MakeReportFixture());
  CHECK(md.find("| 6 | 5 | 1 | 5 | en, it, ru, uk | 9 | 3 | 6 |") != std::string::npos);
  CHECK(md.find("| contradiction | 1 | 1 | 0 | 0 | 2 |") != std::string::npos);
  CHECK(md.find("| `E1` | call | 2024-06-25 | Andrei Belousov, Lloyd Austin | 5 |") != std::string::npos);
  CHECK(md.find("| `E3` | call | 2022-10-21 | Lloyd Austin, Sergei Shoigu | 1 | РИА Новости | ru | 1 anomaly |") !=
        std::string::npos);
  CHECK(md.find("| `broken` | articles/broken.json | articles/broken.json:3:14: Missing a comma") != std::string::npos);
}

TEST_CASE("a document-level finding quotes the claim it is about", "[report][markdown]") {
  std::string md = report::MarkdownReport(testing::MakeReportFixture());
  size_t f6 = md.find("### F6 · medium · `date.after.publication`");
  REQUIRE(f6 != std::string::npos);
  CHECK(md.find("- claim `ansa-it#2`\n  > L'ultima **telefonata** tra i due risaliva al **15 marzo 2023**.", f6) !=
        std::string::npos);
}

TEST_CASE("the same run gives the same Markdown", "[report][markdown]") {
  CHECK(report::MarkdownReport(testing::MakeReportFixture(2)) == report::MarkdownReport(testing::MakeReportFixture(2)));
}
