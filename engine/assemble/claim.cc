#include <algorithm>

#include "crosscheck/claim.h"

namespace crosscheck {

void Claim::ParticipantNames(std::vector<std::string_view>* names) const {
  names->clear();
  for (const auto& p : participants)
    if (!p.name.empty()) names->push_back(p.name.view());
  std::sort(names->begin(), names->end());
  names->erase(std::unique(names->begin(), names->end()), names->end());
}

std::vector<std::string> Claim::ParticipantNames() const {
  std::vector<std::string_view> views;
  ParticipantNames(&views);
  return {views.begin(), views.end()};
}

}  // namespace crosscheck
