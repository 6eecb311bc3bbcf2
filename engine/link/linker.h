// The link stage: cross-document event coreference. Claims are blocked by type + participant set
// + date compatibility (never all pairs) and clustered into Events; each claim's `event` is set.
#ifndef CROSSCHECK_ENGINE_LINK_LINKER_H_
#define CROSSCHECK_ENGINE_LINK_LINKER_H_

#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/event.h"

namespace crosscheck::link {

// Clusters `claims` (setting Claim::event) and returns the events, ids "E<n>" in order of first claim.
std::vector<Event> LinkEvents(std::vector<Claim>* claims);

}  // namespace crosscheck::link

#endif  // CROSSCHECK_ENGINE_LINK_LINKER_H_
