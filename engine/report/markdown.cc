#include "engine/report/human_output.h"

namespace crosscheck::report {

std::string MarkdownReport(const RunResult& r) {
  std::string md = "# crosscheck report\n\n";
  md += std::to_string(r.documents.size()) + " documents, " + std::to_string(r.claims.size()) + " claims, " +
        std::to_string(r.events.size()) + " events, " + std::to_string(r.findings.size()) + " findings.\n\n";
  for (const auto& f : r.findings) {
    md += "- **" + f.kind + "** (" + f.severity + ", " + f.rule + ") " + f.message + "\n";
  }
  return md;
}

}  // namespace crosscheck::report
