// Who backs a value: claims, documents, outlets and independent outlets. Outlets are counted once
// per origin: an outlet whose claims all relay one source ("citing TASS", "with reference to the
// Russian Defence Ministry") counts as that source, so two outlets relaying TASS count once; an
// outlet with its own reporting (or several sources) counts as itself. A document whose outlet is
// unknown counts as its own outlet (two unknown outlets are not one).
#ifndef CROSSCHECK_ENGINE_LINK_SUPPORT_H_
#define CROSSCHECK_ENGINE_LINK_SUPPORT_H_

#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/event.h"

namespace crosscheck::link {

// The outlet a claim's document belongs to, or "doc:<id>" when the outlet is unknown.
std::string OutletKey(const Claim& c);
// The origin of a claim: "via:<attribution>" (ASCII case-folded) when relayed, else OutletKey.
std::string OriginKey(const Claim& c);
// Claims grouped by independent origin (see above), in order of first claim; keys are OriginKey
// values ("via:tass" for an outlet that only relays TASS, else the OutletKey).
std::vector<std::pair<std::string, std::vector<const Claim*>>> IndependentGroups(const std::vector<const Claim*>& claims);

// Builds one SlotValue for `value` from `claims` (sorted, unique docs/outlets; independent as
// IndependentGroups counts). Claim ids keep the order given.
SlotValue MakeSlotValue(const std::string& value, const std::vector<const Claim*>& claims);
// Orders values: most independent origins first, then documents, claims, value.
void SortBySupport(std::vector<SlotValue>* values);

}  // namespace crosscheck::link

#endif  // CROSSCHECK_ENGINE_LINK_SUPPORT_H_
