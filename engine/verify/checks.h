// The generic checks a rule can name (CheckSpec::type). Each appends its findings for a range of the
// run's events, in event order (a rule's ranges, checked one after another, give its findings for
// the whole run); ids and final order are set by RuleEngine::Check.
#ifndef CROSSCHECK_ENGINE_VERIFY_CHECKS_H_
#define CROSSCHECK_ENGINE_VERIFY_CHECKS_H_

#include <vector>

#include "crosscheck/event.h"
#include "engine/verify/check_context.h"
#include "engine/verify/rule.h"

namespace crosscheck::verify {

// Events [begin, end) of the run (CheckContext::events()); `unlinked`: also the claims linked to no
// event (exactly one range of a rule says so).
struct EventRange {
  size_t begin = 0, end = 0;
  bool unlinked = true;
};

// "compare": per event, the claims' values of a slot compared pairwise. expect "conflict": one
// finding per event (scope "document": per document) listing every value in a conflicting pair;
// dates conflict only when a field known on both sides differs (2024-06 vs 2024-06-25 does not);
// ordinals only when stated over the same scope ("second in a week" vs "second in three days" are
// not compared). expect "agree": the largest set of compatible values, precise enough, from at least
// min_outlets outlets.
void CompareCheck(const Rule& rule, const CheckContext& ctx, const EventRange& range, std::vector<Finding>* out);
// "after_publication", "weekday", "flag": one finding per (event, document, problem); "flag" also per
// (document, problem) for the claims linked to no event (a wrong first name needs no event).
void ClaimCheck(const Rule& rule, const CheckContext& ctx, const EventRange& range, std::vector<Finding>* out);
// "timeline": ordinal claims against the earlier events of the same persons and of the same offices.
void TimelineCheck(const Rule& rule, const CheckContext& ctx, const EventRange& range, std::vector<Finding>* out);
// "corroboration": independent origins per event against min_independent.
void CorroborationCheck(const Rule& rule, const CheckContext& ctx, const EventRange& range, std::vector<Finding>* out);

// Whether `event` is after `published` by more than `max_days` (partial dates: with a year missing
// on either side, the nearer of the two readings, i.e. an event at most ~half a year later).
bool AfterPublication(const PartialDate& event, const PartialDate& published, int max_days);

}  // namespace crosscheck::verify

#endif  // CROSSCHECK_ENGINE_VERIFY_CHECKS_H_
