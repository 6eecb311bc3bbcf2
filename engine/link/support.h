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
// How many independent groups `claims` form (IndependentGroups(claims).size()).
size_t IndependentCount(const std::vector<const Claim*>& claims);

// The index of `c` in `claims` (c must point into it).
ClaimRef RefOf(const Claim* c, const std::vector<Claim>& claims);
// Builds one SlotValue for `value` from `members` (pointers into `claims`, kept in the order
// given); independent as IndependentGroups counts.
SlotValue MakeSlotValue(const std::string& value, const std::vector<const Claim*>& members, const std::vector<Claim>& claims);
// Orders values: most independent origins first, then documents, claims, value.
void SortBySupport(std::vector<SlotValue>* values, const std::vector<Claim>& claims);

// The documents of the claims `refs` (indexes into `claims`), sorted and unique.
std::vector<std::string> DocsOf(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims);
// Their outlets, sorted and unique, without empty ones.
std::vector<std::string> OutletsOf(const std::vector<ClaimRef>& refs, const std::vector<Claim>& claims);

}  // namespace crosscheck::link

#endif  // CROSSCHECK_ENGINE_LINK_SUPPORT_H_
