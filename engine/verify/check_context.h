// What every check needs of a run, indexed once: claims per event, documents by id with their
// publication dates, events by (type, persons) and (type, offices) for timeline checks; and the
// common last step of every finding (rule fields, claims, consensus, message).
#ifndef CROSSCHECK_ENGINE_VERIFY_CHECK_CONTEXT_H_
#define CROSSCHECK_ENGINE_VERIFY_CHECK_CONTEXT_H_

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/document.h"
#include "crosscheck/event.h"
#include "engine/verify/rule.h"
#include "engine/verify/rule_engine.h"

namespace crosscheck::verify {

class CheckContext {
 public:
  explicit CheckContext(const RunView& run);

  const std::vector<Event>& events() const { return *run_.events; }
  // The run's claims, the vector events and findings refer to (ClaimRef).
  const std::vector<Claim>& claims() const { return *run_.claims; }
  // The event's claims (input order).
  const std::vector<const Claim*>& ClaimsOf(size_t event_index) const { return event_claims_[event_index]; }
  // Claims of the event a rule considers: role in spec.roles, reported as done (Claim::ReportsDone),
  // type in spec.event_types.
  std::vector<const Claim*> Considered(size_t event_index, const CheckSpec& spec) const;
  // The same for the claims linked to no event (input order): a flag on them ("Andrei Shoigu") is
  // still worth a finding.
  std::vector<const Claim*> ConsideredUnlinked(const CheckSpec& spec) const;
  // The publication date of the document of claim `c` (a claim of this run), when the run's
  // documents give one.
  std::optional<PartialDate> Published(const Claim& c) const { return published_[DocOf(c)]; }
  // A number for the document of claim `c` (a claim of this run): equal for two claims exactly
  // when their Claim::doc is; numbered in order of first claim, so a run whose documents' claims
  // come together numbers them increasing along the claims.
  uint32_t DocOf(const Claim& c) const { return doc_of_[&c - run_.claims->data()]; }
  const Event* EventById(const std::string& id) const;
  // Per event: whether it is only an echo of another in one article (check_context.cc says when);
  // worked out on first use, once per run (the timeline checks skip echoes).
  const std::vector<bool>& Echoes() const;
  size_t EventIndex(const std::string& id) const;

  // Office ids of an event's participants, sorted ("ru.defence_minister,us.defence_secretary"), ""
  // when some participant's office is unknown. Offices come from the event's own claims, else from
  // the one office the person is named in anywhere in the run.
  std::string OfficeKey(size_t event_index) const;
  // "<type>|<participants>": events with the same persons.
  std::string PersonsKey(size_t event_index) const;
  // Events sharing the key, in event order.
  const std::vector<size_t>& EventsWithPersons(const std::string& key) const;
  const std::vector<size_t>& EventsWithOffices(const std::string& key) const;

  // A finding's side: `value` backed by `members` (claims of this run, kept in the order given).
  SlotValue Value(const std::string& value, const std::vector<const Claim*>& members) const;
  // An event as a whole as one side (an earlier event that refutes a "first"): its independent count
  // (computed once per run), its id and claim count, and as claims a sample of at most
  // kEventSampleClaims of its reports — main reports of distinct outlets first, in input order.
  static constexpr size_t kEventSampleClaims = 3;
  SlotValue EventValue(const std::string& value, size_t event_index) const;
  // Values most supported first (link::SortBySupport).
  void SortBySupport(std::vector<SlotValue>* values) const;
  // "2024-06-25 [unn.ua, kyivindependent.com] vs 2024-06-24 [tass.ru]".
  std::string DescribeValues(const std::vector<SlotValue>& values) const;
  // The common last step of every finding: fills its rule fields, its claims (those of its values,
  // ordered by id), consensus and support (from the event's slot when not set), and renders the
  // message with `vars` plus the standard ones. `event` is null for a finding on unlinked claims.
  void Finish(const Rule& rule, const Event* event, std::map<std::string, std::string> vars, Finding* f) const;

 private:
  std::vector<bool> FindEchoes() const;

  RunView run_;
  std::vector<std::vector<const Claim*>> event_claims_;
  // What Considered asks of each claim of event_claims_, side by side (not read through the claim:
  // every rule walks every event's claims).
  struct RoleOf {
    Atom role;  // "" read as "main"
    bool reports_done;  // Claim::ReportsDone
  };
  std::vector<std::vector<RoleOf>> event_roles_;
  std::vector<const Claim*> unlinked_;
  std::unordered_map<std::string, size_t> event_index_;
  std::vector<uint32_t> doc_of_;                      // claim → its DocOf number
  std::vector<std::optional<PartialDate>> published_;  // DocOf number → publication date
  std::vector<std::string> persons_key_, office_key_;
  std::unordered_map<std::string, std::vector<size_t>> by_persons_, by_offices_;
  std::vector<uint32_t> id_rank_;            // claim → its position in claim id order
  mutable std::mutex independent_mu_;  // rules are checked on several threads
  mutable std::vector<int> event_independent_;  // per event, -1 until computed (EventValue); guarded by independent_mu_
  mutable std::once_flag echoes_once_;
  mutable std::vector<bool> echoes_;
};

// "the call between A and B on 2024-06-25 (E1)".
std::string DescribeEvent(const Event& e);

}  // namespace crosscheck::verify

#endif  // CROSSCHECK_ENGINE_VERIFY_CHECK_CONTEXT_H_
