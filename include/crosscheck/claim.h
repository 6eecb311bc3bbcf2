// Claim: one mention of an event in one document, with the slots the rule engine compares.
// Resolved values (canonical names, ISO dates, side codes) sit beside the words as written.
// Values drawn from a small vocabulary are Atoms (interned): a run holds millions of claims.
#ifndef CROSSCHECK_CLAIM_H_
#define CROSSCHECK_CLAIM_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/atom.h"
#include "crosscheck/date.h"
#include "crosscheck/document.h"

namespace crosscheck {

// A word or phrase of the evidence that a slot was read from, for highlighting.
struct Highlight {
  Span span;          // byte offsets into Document::text
  Atom slot;          // "participant", "date", "initiator", "ordinal", "attribution", "trigger", ...
};

struct Evidence {
  Span span;          // the sentence(s) the claim was read from
  std::string text;   // text[span]
  std::vector<Highlight> highlights;
};

// "first", "second this year", "first since May", "the previous one was on 25 June".
struct Ordinal {
  int n = 0;               // 1 = first, 2 = second, ...; 0 = none stated
  Atom scope;              // "ever", "year", "since", "period", "" (none)
  PartialDate since;       // for scope "since": the date after which it is the n-th
  std::string period;      // for scope "period": ISO 8601 duration ("P3M" = months), as written loosely
  std::string text;        // as written
  bool empty() const { return n == 0 && text.empty(); }
};

// Something a rule may want to know about how a value was read (misspelt name, given name that does
// not fit the person, person named in an office not held then, weekday that does not fit the date).
struct Flag {
  Atom code;           // e.g. "misspelled_name", "first_name_mismatch", "office_not_held", "weekday_mismatch"
  std::string detail;  // human-readable
  Span span;
};

struct Participant {
  Atom name;             // canonical ("Lloyd Austin"), or a side name for state-level events ("Russia")
  Atom side;             // ISO 3166 alpha-2 ("US", "RU", "UA", "GB", ...), "" when unknown
  std::string written;   // as in the text ("Остіним", "главою Пентагону")
  // How it was found: "name", "misspelling", "office", "side", "metonym", "counterpart", "context"
  // (lent by a neighbouring sentence), "pronoun" ("On Tuesday he met Putin": the person the sentence
  // before named), "dropped_subject" ("L'8 luglio ha incontrato Putin": the same, with no pronoun).
  Atom via;
  Atom office;           // office id when resolved through an office ("ru.defence_minister")
};

// The role of a claim that reports its event, interned once: a Claim is built for every draft, and
// interning "main" each time took the atom pool's lock (shared by the document threads).
inline const Atom& MainRole() {
  static const Atom main("main");
  return main;
}

struct Claim {
  std::string id;        // "<doc>#<n>", stable for the same input
  std::string doc;
  Atom outlet;
  Atom lang;
  std::string event;     // event id after linking; empty before
  Atom type;             // "call", "meeting", "talks", "agreement", "statement"
  Atom role = MainRole();      // "main" (reports the event) or "reference" (mentions an earlier one)
  std::vector<Participant> participants;
  PartialDate date;
  PartialDate date_end;     // for a range ("9-11 July"); empty otherwise
  std::string date_text;    // as written
  Atom date_basis;          // how the date (and year) was decided: "explicit", "publication", ...
  int weekday = -1;         // weekday stated in the text (0 = Monday), -1 none
  Atom initiator;           // side code ("US"), "" unknown
  std::string initiator_text;
  Ordinal ordinal;
  Atom attributed_to;         // "Pentagon", "Reuters", "Russian Defence Ministry", ...
  std::string attribution_text;
  bool hedged = false;
  bool negated = false;
  // Announced or expected, not reported as done ("will speak on Tuesday", "планує зустрітися",
  // "проведут переговоры", "incontrerà"): linked to its event, but no check weighs it against
  // the reports of what happened, and a weekday or a yearless date is read forward from publication.
  bool planned = false;
  // Whether the claim reports its event as having happened: neither negated nor planned. Only such
  // claims are weighed by checks, count as a first-ever, or are taken as the news of their day.
  bool ReportsDone() const { return !negated && !planned; }
  Evidence evidence;
  std::vector<Flag> flags;

  // Canonical participant names, sorted and unique: the contract's `participants`.
  std::vector<std::string> ParticipantNames() const;
  // The same as views of the names (atoms: valid for the run), into *names (cleared first), for
  // writers that only copy them out.
  void ParticipantNames(std::vector<std::string_view>* names) const;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLAIM_H_
