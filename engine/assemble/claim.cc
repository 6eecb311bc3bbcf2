#include <algorithm>

#include "crosscheck/claim.h"

namespace crosscheck {

std::vector<std::string> Claim::ParticipantNames() const {
  std::vector<std::string> names;
  for (const auto& p : participants)
    if (!p.name.empty()) names.push_back(p.name);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace crosscheck
