// Event: one real-world happening, the cluster of claims (across documents and languages) that
// report or refer to it; Finding: what a rule concluded about an event, a claim or a document.
//
// Events and findings refer to claims by ClaimRef, never by copies of their strings: a run of
// millions of claims holds each claim's id, document and outlet once, in the claim itself. The
// documents and outlets behind a value are those of its claims, looked up when needed.
#ifndef CROSSCHECK_EVENT_H_
#define CROSSCHECK_EVENT_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "crosscheck/date.h"

namespace crosscheck {

// A claim of the run: its index in RunResult::claims (every claim in input order; link, verify and
// report never reorder, add or remove claims, so an index stays valid for the whole run).
using ClaimRef = uint32_t;

// One value of a slot and the claims that back it.
struct SlotValue {
  std::string value;
  std::vector<ClaimRef> claims;  // in input order
  int independent = 0;  // outlets counted once per origin (relays of one source count once)
  // Set when the value stands for a whole event (an earlier event of a timeline): that event's id
  // and claim count. `claims` then cites a few of its reports, not all of them (events.json has
  // them), so a finding's size does not grow with the popularity of the events it cites.
  std::string event = {};
  size_t event_claims = 0;
};

struct Event {
  std::string id;
  std::string type;
  PartialDate date;                       // consensus
  std::vector<std::string> participants;  // canonical, sorted
  std::vector<ClaimRef> claims;           // in input order
  // Per slot ("date", "initiator", "participants", "ordinal"): the values claimed, most support first.
  std::map<std::string, std::vector<SlotValue>> slots;
};

struct Finding {
  std::string id;        // "F<n>", stable for the same input and rules
  std::string rule;      // rule id
  std::string kind;      // "agreement" | "contradiction" | "anomaly"
  std::string severity;  // "info" | "low" | "medium" | "high"
  std::string event;     // event id, "" for a document-level finding
  std::string slot;      // "date", "initiator", "ordinal", "participants", ...
  std::vector<SlotValue> values;  // each side of the comparison with its claims
  // Every claim involved (those of all values), each once, ordered by claim id (Claim::id). The
  // documents involved are these claims' documents.
  std::vector<ClaimRef> claims;
  std::string message;               // the rule's template, filled in
  std::string explanation;           // why: e.g. the date verdict
  std::string consensus;             // the slot's consensus value over the event, if any
  int support = 0;                   // how many independent outlets back the consensus
};

}  // namespace crosscheck

#endif  // CROSSCHECK_EVENT_H_
