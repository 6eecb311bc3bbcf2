#include "engine/report/run_summary.h"

#include <map>

#include "engine/report/json_output.h"
#include "engine/report/report_index.h"
#include "engine/util/json.h"

namespace crosscheck::report {

size_t CountFailing(const RunResult& r, const std::string& fail_on) {
  int threshold = SeverityRank(fail_on);  // 0 = high ... 3 = info; unknown = past the end
  if (fail_on.empty() || threshold >= static_cast<int>(kSeverityOrder.size())) return 0;
  size_t n = 0;
  for (const auto& f : r.findings) n += f.kind != "agreement" && SeverityRank(f.severity) <= threshold;
  return n;
}

std::string RunSummaryJson(const RunResult& r, const RunOptions& opt, const std::string& fail_on, int exit_code) {
  util::JsonBuffer sb;
  util::JsonWriter w(sb);
  size_t processed = 0;
  for (const auto& d : r.documents) processed += d.status == "processed";
  std::map<std::string, size_t> by_kind, by_severity;
  for (const auto& f : r.findings) {
    by_kind[f.kind]++;
    by_severity[f.severity]++;
  }
  auto counts = [&](const std::map<std::string, size_t>& m) {
    w.StartObject();
    for (const auto& [k, n] : m) {
      util::WriteString(w, k);  // keys and strings are written the same way
      w.Uint64(n);
    }
    w.EndObject();
  };
  w.StartObject();
  w.Key("schema_version"); w.String(kSchemaVersion);
  w.Key("documents"); w.Uint64(r.documents.size());
  w.Key("processed"); w.Uint64(processed);
  w.Key("skipped"); w.Uint64(r.documents.size() - processed);
  w.Key("claims"); w.Uint64(r.claims.size());
  w.Key("events"); w.Uint64(r.events.size());
  w.Key("findings"); w.Uint64(r.findings.size());
  w.Key("findings_by_kind"); counts(by_kind);
  w.Key("findings_by_severity"); counts(by_severity);
  w.Key("fail_on"); util::WriteStringOrNull(w, fail_on);
  w.Key("failing"); w.Uint64(CountFailing(r, fail_on));
  w.Key("exit_code"); w.Int(exit_code);
  w.Key("out"); util::WriteStringOrNull(w, opt.out_dir);
  w.Key("files");
  w.StartObject();
  if (!opt.out_dir.empty()) {
    for (const char* f : {"claims.jsonl", "events.json", "findings.json", "report.html", "report.md", "graph.graphml",
                          "summary.json"}) {
      std::string key = f;
      for (char& c : key) c = c == '.' ? '_' : c;
      w.Key(key.c_str());
      util::WriteString(w, opt.out_dir + "/" + f);
    }
    if (opt.graph_format == "dot") {
      w.Key("graph_dot");
      util::WriteString(w, opt.out_dir + "/graph.dot");
    }
  }
  w.EndObject();
  w.Key("input_bytes"); w.Uint64(r.input_bytes);
  w.EndObject();
  return std::string(sb.GetString()) + "\n";
}

}  // namespace crosscheck::report
