// The link stage: cross-document event coreference. Claims are blocked by type + participant set
// (sides, persons per side) and clustered by date compatibility inside a block; never all pairs.
//
//  - Blocks are by type family: "talks" (phone or in person, unsaid) links with a call or a meeting
//    of the same persons; a call and a meeting stay apart. An event takes its most specific type.
//  - Claims of one block with compatible dates (same, or one refines the other) and compatible
//    persons form one event; dates are indexed by every generalisation ("2024-06-25" under
//    "2024-06", "--06-25", ...) so a claim only meets the clusters its date can fit.
//  - Two claims that an event is "the first" (ever) between the same participants are one event,
//    even when their dates disagree by up to `max_dissent_days` (that disagreement is then a finding).
//  - A date reported by one independent origin (or by at most half as many as a nearby date) within
//    `max_dissent_days` of a date backed by at least twice as many origins (and at least two), from
//    documents that share none with that event and were not published before it, is the same event
//    reported with a wrong date: its claims join the event as dissenting dates (a date conflict).
//    Dates backed by several independent origins each stay separate events. Likewise a call that
//    one origin reports where several report a meeting of the same persons (or the reverse), on
//    the same date or within those days, is that event with its type misread.
//  - A claim without a date joins a dated event only when exactly one fits; when several fit, the
//    one its own document reports (if exactly one), or for "the n-th (ever)" the n-th in date order
//    when the first of them is known to be the first (flagged "linked_by_ordinal"), or else that of
//    the claim just before it in its document ("This is the second call this year"), or else, for
//    a main claim, the one event dated the day its document was published or the day before (a
//    readout with no date in its text); otherwise it is left unlinked (Claim::event empty): it is
//    one of the known events, and inventing a new one would be wrong.
//  - A main claim never joins an event its own document names only in reference claims ("Putin met
//    Erdogan. The leaders last met in Sochi in September"), unless it goes on about the claim right
//    before it.
//  - Different dates in one document are different events (two calls two days apart stay two).
//  - Across documents, two single-date events of a block at most `max_conflict_days` apart, with no
//    document in common and no third event in that window, are one event reported with a wrong date.
//  - A claim naming fewer than two participants joins the unique fitting event of its own document;
//    the others form events among themselves by compatible dates only (with one party known, a
//    different date is no evidence of the same event: no dissenting or adjacent dates are linked).
//  - A side named without its person ("the Russian ministry") stands for the one person of that side
//    its article names in claims of the same type, if there is exactly one.
#ifndef CROSSCHECK_ENGINE_LINK_LINKER_H_
#define CROSSCHECK_ENGINE_LINK_LINKER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/event.h"

namespace crosscheck::link {

struct LinkOptions {
  int max_conflict_days = 1;  // see above; 0 disables merging equally backed events a day apart
  int max_dissent_days = 3;   // see above; 0 disables linking dissenting dates into a nearby event
  // Document id → publication date, where known: a report published before an event is not about it.
  std::unordered_map<std::string, PartialDate> published;
  // Blocks (and events' summaries) are worked on by up to this many threads; the result is the same
  // for every thread count.
  int threads = 1;
};

// Clusters `claims` (setting Claim::event; empty for an unlinked claim) and returns the events, ids
// "E<n>" in order of first claim, each with its slots summarised (see slots.h). Deterministic for the
// same input order, whatever options.threads. The claims keep their order (events refer to them by
// index, ClaimRef); at most 2^32 - 1 claims.
std::vector<Event> LinkEvents(std::vector<Claim>* claims, const LinkOptions& options = {});

}  // namespace crosscheck::link

#endif  // CROSSCHECK_ENGINE_LINK_LINKER_H_
