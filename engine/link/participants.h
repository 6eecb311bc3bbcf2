// Who takes part in a claimed event, in the forms linking needs: the block key (type + the set of
// sides, or names where the side is unknown), the persons per side, and when two claims could be
// about the same participants ("the US and Russian ministers" vs "Austin and Belousov": yes;
// "Austin and Belousov" vs "Austin and Shoigu": no; ministers vs chiefs of staff: no).
#ifndef CROSSCHECK_ENGINE_LINK_PARTICIPANTS_H_
#define CROSSCHECK_ENGINE_LINK_PARTICIPANTS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "crosscheck/claim.h"

namespace crosscheck::link {

// side token (ISO code, or "name:<canonical>" when the side is unknown) → persons named for it
// (empty set: the side is named only as a state/side).
using PersonsBySide = std::map<std::string, std::set<std::string>>;

// True when the participant is a state or side ("Russia", "the American side", "Moscow",
// "the Russian defence ministry" as a metonym), not a person.
bool IsSideLevel(const Participant& p);
PersonsBySide PersonsOf(const Claim& c);
// The block a type links in: "call", "meeting" and "talks" are one family ("talks" does not say
// whether by phone or in person), every other type is its own.
std::string TypeFamily(const std::string& type);
// Claims of types a and b can be one event: the same type, or "talks" and a call or meeting.
bool TypesCompatible(const std::string& a, const std::string& b);
// "<family>|<token>,<token>..." (tokens sorted); claims are only ever linked within one block.
std::string BlockKey(const Claim& c);
// For every side both know persons of, the persons are the same.
bool PersonsCompatible(const PersonsBySide& a, const PersonsBySide& b);
// Adds b's persons into a (for sides a names only as a side).
void MergePersons(PersonsBySide* a, const PersonsBySide& b);
// Sorted person names of an event's claims, or the side names when no claim names a person.
std::vector<std::string> EventParticipants(const std::vector<const Claim*>& claims);

}  // namespace crosscheck::link

#endif  // CROSSCHECK_ENGINE_LINK_PARTICIPANTS_H_
