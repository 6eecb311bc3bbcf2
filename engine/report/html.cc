#include "engine/report/human_output.h"

namespace crosscheck::report {

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string HtmlReport(const RunResult& r) {
  std::string h = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>crosscheck report</title></head><body>";
  h += "<h1>crosscheck report</h1><ul>";
  for (const auto& f : r.findings)
    h += "<li class=\"finding\">" + HtmlEscape(f.kind) + ": " + HtmlEscape(f.message) + "</li>";
  h += "</ul></body></html>\n";
  return h;
}

}  // namespace crosscheck::report
