// Turns a RawDocument into a Document: encoding (transcode legacy charsets, else repair invalid
// UTF-8, counted), HTML to text, NFC, page-furniture removal (menus, counters, "read also" lists,
// comment widgets → outside Document::body), language id, outlet, url, title and published date
// from fields, manifest, HTML metadata or URL.
//
// Precedence: manifest, then the document's own fields, then what the page says (HTML meta), then
// detection. lang_method is "manifest", "field", "cld2", "script+words", "html" or "default".
#ifndef CROSSCHECK_ENGINE_INGEST_CLEANER_H_
#define CROSSCHECK_ENGINE_INGEST_CLEANER_H_

#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/ingest/furniture.h"
#include "engine/ingest/html_text.h"
#include "engine/ingest/lang_id.h"
#include "engine/ingest/manifest.h"
#include "engine/ingest/reader.h"

namespace crosscheck::ingest {

class Cleaner {
 public:
  // Loads furniture phrase lists, HTML class words and language evidence (rules/ingest/) from
  // every root. Errors name the file and line:col.
  Status Load(const std::vector<std::string>& rule_roots);
  // Builds the Document. Returns a non-OK status (the skip reason, naming the source and line)
  // when nothing usable remains. Thread-safe (const).
  Result<Document> Clean(RawDocument&& raw, const Manifest& manifest) const;

  const Furniture& furniture() const { return furniture_; }
  const LangId& lang_id() const { return lang_id_; }

 private:
  Furniture furniture_;
  HtmlExtractor html_;
  LangId lang_id_;
};

// The host of a URL without "www." ("https://www.unn.ua/news/x" → "unn.ua"); "" when none.
std::string HostOf(const std::string& url);

}  // namespace crosscheck::ingest

#endif  // CROSSCHECK_ENGINE_INGEST_CLEANER_H_
