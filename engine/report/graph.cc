#include "engine/report/human_output.h"

namespace crosscheck::report {

std::string GraphMl(const RunResult& r) {
  std::string g = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                  "<key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                  "<graph id=\"G\" edgedefault=\"directed\">\n";
  for (const auto& e : r.events)
    g += "<node id=\"" + HtmlEscape(e.id) + "\"><data key=\"kind\">event</data></node>\n";
  for (const auto& c : r.claims) {
    g += "<node id=\"" + HtmlEscape(c.id) + "\"><data key=\"kind\">claim</data></node>\n";
    if (!c.event.empty()) g += "<edge source=\"" + HtmlEscape(c.id) + "\" target=\"" + HtmlEscape(c.event) + "\"/>\n";
  }
  g += "</graph>\n</graphml>\n";
  return g;
}

std::string GraphDot(const RunResult& r) {
  std::string g = "digraph crosscheck {\n";
  for (const auto& c : r.claims)
    if (!c.event.empty()) g += "  \"" + c.id + "\" -> \"" + c.event + "\";\n";
  return g + "}\n";
}

}  // namespace crosscheck::report
