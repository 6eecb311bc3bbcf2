#include "engine/pipeline/doc_ids.h"

namespace crosscheck::pipeline {

void DocIds::Claim(DocumentStatus* status, std::vector<crosscheck::Claim>* claims) {
  if (taken_.insert(status->id).second) return;
  const std::string given = status->id;
  int& n = next_suffix_.try_emplace(given, 2).first->second;
  std::string unique;
  do {
    unique = given + "~" + std::to_string(n++);
  } while (!taken_.insert(unique).second);
  if (claims) {
    for (crosscheck::Claim& c : *claims) {
      // A claim's id is "<doc>#<n>": only the document part changes.
      if (c.id.compare(0, given.size(), given) == 0) c.id = unique + c.id.substr(given.size());
      c.doc = unique;
    }
  }
  status->renamed_from = given;
  status->id = std::move(unique);
}

}  // namespace crosscheck::pipeline
