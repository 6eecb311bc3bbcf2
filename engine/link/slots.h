// The slots an event's claims are compared on, as canonical strings, and the per-event summary of
// them (Event::slots, Event::date): every value claimed, who backs it, and the consensus date.
#ifndef CROSSCHECK_ENGINE_LINK_SLOTS_H_
#define CROSSCHECK_ENGINE_LINK_SLOTS_H_

#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/event.h"

namespace crosscheck::link {

// The slots every event summarises, in output order.
const std::vector<std::string>& SlotNames();
// True for a slot name the engine knows ("date", "initiator", "participants", "ordinal", "type").
bool IsKnownSlot(const std::string& slot);

// Canonical value of `slot` for a claim, "" when the claim does not state it.
//   date: ISO ("2024-06-25", "--06-25"); initiator: side code; participants: names joined by " + ";
//   ordinal: OrdinalValue; type: the event type.
std::string SlotValueOf(const Claim& c, const std::string& slot);
// True only when a and b certainly have the same SlotValueOf(slot): the fields it is made of are
// equal (false for a slot it does not know). Cheaper than comparing the values: reports of one
// event mostly agree, so a walk over an event's claims mostly meets the value of the claim before.
bool SameSlotValue(const Claim& a, const Claim& b, const std::string& slot);
// The same with the slot named once for a whole walk (SlotKindOf), not compared as a string per pair.
enum class SlotKind { kDate, kInitiator, kParticipants, kOrdinal, kType, kOther };
SlotKind SlotKindOf(const std::string& slot);
bool SameSlotValue(const Claim& a, const Claim& b, SlotKind slot);
// "#1", "#2 this year", "#1 since 2024-05", "#2 within P7D".
std::string OrdinalValue(const Ordinal& o);

// The consensus of dated claims: among the distinct dates, the one backed (same or less specific
// and compatible) by the most origins, ties to the most specific, then the earliest value.
PartialDate ConsensusDate(const std::vector<const Claim*>& claims);

// Fills event->slots (each known slot with at least one value, most support first), event->date
// (ConsensusDate) and event->participants from `members` (the event's claims, pointers into
// `claims`, in input order).
void Summarise(const std::vector<const Claim*>& members, const std::vector<Claim>& claims, Event* event);

}  // namespace crosscheck::link

#endif  // CROSSCHECK_ENGINE_LINK_SLOTS_H_
