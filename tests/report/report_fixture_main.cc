// report_fixture OUT_DIR [COPIES]: writes the report fixture as a run folder (claims.jsonl,
// events.json, findings.json, summary.json, report.html, report.md) for the browser and CLI tests.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "engine/report/human_output.h"
#include "engine/report/json_output.h"
#include "engine/util/fs.h"
#include "fixture.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: report_fixture OUT_DIR [COPIES]\n");
    return 2;
  }
  std::string dir = argv[1];
  int copies = argc > 2 ? std::atoi(argv[2]) : 1;
  crosscheck::RunResult r = crosscheck::testing::MakeReportFixture(copies < 1 ? 1 : copies);
  crosscheck::RunOptions opt;
  opt.inputs = {"fixture"};
  namespace rep = crosscheck::report;
  crosscheck::Status s = crosscheck::util::MakeDirs(dir);
  for (const auto& [name, data] : {std::pair<const char*, std::string>{"claims.jsonl", rep::ClaimsJsonl(r.claims)},
                                   {"events.json", rep::EventsJson(r.events, r.claims)},
                                   {"findings.json", rep::FindingsJson(r.findings, r.claims)},
                                   {"summary.json", rep::SummaryJson(r, opt)},
                                   {"report.html", rep::HtmlReport(r)},
                                   {"report.md", rep::MarkdownReport(r)}}) {
    if (s.ok()) s = crosscheck::util::WriteFileAtomic(dir + "/" + name, data);
  }
  if (!s.ok()) {
    std::fprintf(stderr, "report_fixture: %s\n", s.ToString().c_str());
    return 2;
  }
  return 0;
}
