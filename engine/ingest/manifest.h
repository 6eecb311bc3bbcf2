// Manifest: per-document metadata (outlet, lang, published, url) keyed by id or file name, in the
// format of samples/seeds/manifest.json: {"documents": [{"id", "file", "lang", "outlet", ...}]}.
#ifndef CROSSCHECK_ENGINE_INGEST_MANIFEST_H_
#define CROSSCHECK_ENGINE_INGEST_MANIFEST_H_

#include <map>
#include <string>

#include "crosscheck/status.h"

namespace crosscheck::ingest {

struct ManifestEntry {
  std::string id, file, lang, outlet, published, url, title;
};

class Manifest {
 public:
  Status Load(const std::string& path);
  // The entry for a document id, else for its file's base name; nullptr when none.
  const ManifestEntry* Find(const std::string& id, const std::string& file) const;
  bool empty() const { return by_id_.empty(); }

 private:
  std::map<std::string, ManifestEntry> by_id_;
  std::map<std::string, std::string> id_by_file_;
};

}  // namespace crosscheck::ingest

#endif  // CROSSCHECK_ENGINE_INGEST_MANIFEST_H_
