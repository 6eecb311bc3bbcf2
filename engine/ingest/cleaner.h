// Turns a RawDocument into a Document: UTF-8 repair, HTML to text, NFC, page-furniture removal
// (menus, counters, "read also" lists, comment widgets → outside Document::body), language id,
// outlet and published date from fields, manifest or URL.
#ifndef CROSSCHECK_ENGINE_INGEST_CLEANER_H_
#define CROSSCHECK_ENGINE_INGEST_CLEANER_H_

#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "engine/ingest/manifest.h"
#include "engine/ingest/reader.h"

namespace crosscheck::ingest {

class Cleaner {
 public:
  // Loads furniture phrase lists (rules/ingest/) from every root.
  Status Load(const std::vector<std::string>& rule_roots);
  // Builds the Document. Returns a non-OK status (the skip reason) when nothing usable remains.
  Result<Document> Clean(RawDocument&& raw, const Manifest& manifest) const;
};

}  // namespace crosscheck::ingest

#endif  // CROSSCHECK_ENGINE_INGEST_CLEANER_H_
