// The --fail-on decision and the --format json summary, on the hand-built run (known answers).
#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include "engine/report/run_summary.h"
#include "fixture.h"

using namespace crosscheck;

TEST_CASE("fail-on counts contradictions and anomalies at or above the severity, never agreements", "[report]") {
  RunResult r = testing::MakeReportFixture();
  // F1 contradiction/high, F2 contradiction/medium, F5 anomaly/low, F6 anomaly/medium, F3 F4 agreement/info.
  CHECK(report::CountFailing(r, "high") == 1);
  CHECK(report::CountFailing(r, "medium") == 3);
  CHECK(report::CountFailing(r, "low") == 4);
  CHECK(report::CountFailing(r, "info") == 4);
  CHECK(report::CountFailing(r, "") == 0);
  CHECK(report::CountFailing(r, "catastrophic") == 0);
}

TEST_CASE("the JSON run summary is one line of valid JSON with counts, the verdict and the files", "[report]") {
  RunResult r = testing::MakeReportFixture();
  RunOptions opt;
  opt.out_dir = "out/\"quoted\" dir";
  std::string line = report::RunSummaryJson(r, opt, "medium", 1);
  REQUIRE(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);
  rapidjson::Document d;
  d.Parse(line.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["documents"].GetUint() == 6);
  CHECK(d["processed"].GetUint() == 5);
  CHECK(d["skipped"].GetUint() == 1);
  CHECK(d["findings"].GetUint() == 6);
  CHECK(d["findings_by_kind"]["contradiction"].GetUint() == 2);
  CHECK(d["findings_by_severity"]["info"].GetUint() == 2);
  CHECK(std::string(d["fail_on"].GetString()) == "medium");
  CHECK(d["failing"].GetUint() == 3);
  CHECK(d["exit_code"].GetInt() == 1);
  CHECK(std::string(d["out"].GetString()) == "out/\"quoted\" dir");
  CHECK(std::string(d["files"]["report_html"].GetString()) == "out/\"quoted\" dir/report.html");
  CHECK(d["fail_on"].IsString());
  CHECK(report::RunSummaryJson(r, opt, "", 0).find("\"fail_on\":null") != std::string::npos);
}
