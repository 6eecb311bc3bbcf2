// Event: one real-world happening, the cluster of claims (across documents and languages) that
// report or refer to it; Finding: what a rule concluded about an event, a claim or a document.
#ifndef CROSSCHECK_EVENT_H_
#define CROSSCHECK_EVENT_H_

#include <map>
#include <string>
#include <vector>

#include "crosscheck/date.h"

namespace crosscheck {

// One value of a slot and who backs it.
struct SlotValue {
  std::string value;
  std::vector<std::string> claims;
  std::vector<std::string> docs;
  std::vector<std::string> outlets;
  int independent = 0;  // outlets counted once per origin (relays of one source count once)
};

struct Event {
  std::string id;
  std::string type;
  PartialDate date;                       // consensus
  std::vector<std::string> participants;  // canonical, sorted
  std::vector<std::string> claims;        // claim ids, in input order
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
  std::vector<SlotValue> values;     // each side of the comparison with its claims and documents
  std::vector<std::string> claims;   // every claim involved
  std::vector<std::string> docs;     // every document involved
  std::string message;               // the rule's template, filled in
  std::string explanation;           // why: e.g. the date verdict
  std::string consensus;             // the slot's consensus value over the event, if any
  int support = 0;                   // how many independent outlets back the consensus
};

}  // namespace crosscheck

#endif  // CROSSCHECK_EVENT_H_
