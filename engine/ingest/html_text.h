// HTML to article text with Gumbo (an HTML5-conformant parser: broken markup parses as a browser
// would). Scripts, styles, navigation, forms, asides, embedded frames and SVG are dropped with their
// content, and so are page headers/footers outside <article>/<main> and elements whose class or id
// names furniture ("comments", "sidebar", "related", ... from rules/ingest/html.json). Block
// elements become line breaks, so the line-based furniture removal and sentence splitting see the
// page's structure; entities are decoded by the parser. Metadata comes from <title>, <meta>
// (og:, article:, name=), <link rel=canonical>, <time datetime> and JSON-LD datePublished.
#ifndef CROSSCHECK_ENGINE_INGEST_HTML_TEXT_H_
#define CROSSCHECK_ENGINE_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::ingest {

struct HtmlPage {
  std::string text;       // the visible text, one block per line, blank line after paragraphs
  std::string title;      // og:title, else <title>, else the first <h1>
  std::string published;  // as written in the page (ISO 8601 usually); "" when none
  std::string url;        // og:url, else canonical
  std::string site_name;  // og:site_name
  std::string lang;       // <html lang>, lower-cased primary subtag ("uk"); "" when none
  std::string charset;    // <meta charset> / http-equiv content type, lower-cased; "" when none
};

class HtmlExtractor {
 public:
  // Loads <root>/ingest/html.json from every root (class words add up). Missing files: defaults.
  Status Load(const std::vector<std::string>& rule_roots);
  // Parses `html` (UTF-8). Never fails: the worst page gives empty text.
  HtmlPage Extract(std::string_view html) const;

  void AddDropClassWord(std::string w) { drop_class_words_.insert(std::move(w)); }

 private:
  std::unordered_set<std::string> drop_class_words_;
};

// The charset a page declares in its first bytes (<meta charset=...> or content="...charset=..."),
// lower-cased; "" when none. Cheap: used before parsing to decide whether to transcode.
std::string DeclaredCharset(std::string_view html);

}  // namespace crosscheck::ingest

#endif  // CROSSCHECK_ENGINE_INGEST_HTML_TEXT_H_
