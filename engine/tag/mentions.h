// What the tag stage finds in a document: mentions of entities, times, event triggers and cues.
// These are the contract between tag (which finds them, from rules/ data) and assemble (which
// builds claims from them). Every mention carries its token range and byte span in Document::text.
// Mentions refer to what outlives them instead of copying it: rule values are Atoms, and entity,
// trigger and cue mentions' `written` views Document::text, so a TaggedDocument is valid only while
// its Document lives.
#ifndef CROSSCHECK_ENGINE_TAG_MENTIONS_H_
#define CROSSCHECK_ENGINE_TAG_MENTIONS_H_

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/atom.h"
#include "crosscheck/date.h"
#include "crosscheck/document.h"
#include "engine/analyse/analysis.h"

namespace crosscheck::tag {

struct TokenRange {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last
};

enum class EntityKind : uint8_t { kPerson, kOffice, kSide, kOrganisation, kOutlet };

struct EntityMention {
  TokenRange tokens;
  Span span;
  EntityKind kind = EntityKind::kPerson;
  std::string id;        // person: canonical name; office: office id; side: ISO code; org/outlet: id
  std::string side;      // ISO 3166 alpha-2 of the person/office/org, "" unknown
  std::string_view written;  // the text as written, in Document::text
  std::string_view match;    // "exact", "inflected", "transliterated", "misspelled", "surname" (static)
  // Person mentions with a given name: the given name as written, and whether it fits the person
  // ("Sergei Belousov" → given "Sergei", fits = false for Andrei Belousov).
  std::string given_written;
  bool given_fits = true;
  // Organisation/office mentions that stand for a side in context ("the Pentagon", "Kremlin").
  bool is_side_metonym = false;
  // Person mentions whose surname fits several lexicon persons and the document does not tell which:
  // every candidate id (id holds the first); empty when the person is certain. Assemble may choose
  // by date with Lexicon::OfficesOf.
  std::vector<std::string> candidates;
};

enum class TimeKind : uint8_t {
  kDate,       // at least month+day or month+year ("25 June", "March 2023", "11.07.24")
  kYear,       // a bare year ("in 2023", "this year" after resolution)
  kWeekday,    // "Friday", "в пятницу" (date filled when an anchor allows)
  kRelative,   // "yesterday", "the next day", "48 hours later", "last week"
  kRange,      // "October 21 to October 23", "9–11 July": date..end
  kList,       // "21 and 23 October": list
  kDateline,   // a stand-alone date line at the top of the article ("29 січня, 19:50")
  kMonth,      // "in May", "since May" (month only)
};

struct TimeMention {
  TokenRange tokens;
  Span span;
  TimeKind kind = TimeKind::kDate;
  PartialDate date;               // resolved as far as the text and anchor allow
  PartialDate end;                // kRange
  std::vector<PartialDate> list;  // kList (all items, including the first)
  int weekday = -1;               // stated weekday, 0 = Monday
  int relative_days = INT_MIN;    // kRelative: offset in days from the anchor (yesterday = -1)
  std::string relative_anchor;    // "publication" (вчора) or "previous" (the next day)
  // What the relative phrase counts in, and how many: "day" (-1 yesterday, +2 two days later),
  // "week" (-1 last week; relative_days = -7), "month" (0 this month), "year" (-1 last year),
  // "weekday" (-1 "last Friday", +1 "next Friday"; 0 or "" a bare "Friday"). "" when not relative.
  std::string relative_unit;
  int relative_count = 0;
  bool year_explicit = false;     // the text writes the year
  // kDateline: it opens a wire story after the place ("МОСКВА, 12 июля. /ТАСС/.", "(ANSA) - ROMA,
  // 12 LUG -"), so it dates the story's lead (see assemble/dates.cc).
  bool wire = false;
  // A day whose month the text leaves to its context ("on the 12th", "12-го числа", "il giorno 12"):
  // `date` stays empty until ResolveTimes finds the month (see time_resolve.h).
  int day_only = 0;
  std::string basis;              // how the year was decided ("explicit", "publication", "weekday", ...)
  std::string written;
};

struct TriggerMention {
  TokenRange tokens;
  Span span;
  Atom event_type;          // "call", "meeting", "talks", "agreement", "statement"
  Atom trigger_id;          // the rule entry
  Atom pos;                 // "noun" | "verb"
  std::string_view written;  // in Document::text
  // A generic word ("spoke", "calls") that makes a claim only with two participants in its own
  // sentence; a specific one ("phone call", "телефонна розмова") may borrow them nearby.
  bool weak = false;
  // A bare verb ("spoke", "talked") that is an event only with its pair as a coordinated subject right
  // before it: "Austin and Belousov spoke on Friday" (not "Putin spoke about Biden").
  bool coordinated = false;
  // The type came from the document, not the trigger's own sentence: a generic word ("colloquio",
  // "hanno parlato") in an article that mentions a phone anywhere is read as a call.
  bool type_from_document = false;
};

// kCounterpart: "his American counterpart", "колегою" (an office of the other participant's kind);
// kAnaphor: "the ministers", "сторони", "they" (participants are in the previous sentence).
enum class CueKind : uint8_t {
  kInitiator, kOrdinal, kAttribution, kHedge, kNegation, kReference, kSequence, kCounterpart, kAnaphor,
  // A personal pronoun or clitic ("he", "він", "lo"; value "subject" or "object") and a channel
  // ("Telegram", "on X", "у соцмережах"): neither is a source of attribution by itself.
  kPronoun, kChannel,
  // A preposition of place ("in", "на", "у", "nel"): a side or organisation right after it is where
  // something happened or what it was about ("the war in Ukraine", "на Украине"), not a party.
  kLocative,
  // A verb of reacting to an event ("criticised", "розкритикував", "прокомментировал", "ha criticato";
  // value "verb"): whoever reacts to an event named after it is not one of its parties ("Zelensky
  // criticised Scholz's call with Putin"), unless a possessive of the subject (value "own": "his",
  // "свою", "la sua") makes the event the subject's own ("Biden praised his meeting with Xi").
  kReaction,
  // The event is announced or expected, not reported as done: "will speak", "is expected to meet",
  // "планує зустрітися", "проведут" (value "before", right before the trigger), "the call will take
  // place", "розмова відбудеться" (value "after"), or a trigger in the future tense itself
  // ("зустрінуться", "incontrerà"; value "trigger", on the trigger's tokens).
  kPlan,
  // A finite verb form of the third person singular whose subject the language may leave out
  // (it/uk/ru: "ha incontrato", "зустрівся", "встретилась"; on or right before a trigger): with no
  // subject of its own in the clause, the subject is the person the previous sentence spoke of.
  // CueMention::gender is the gender the form shows, if any.
  kDroppedSubject
};

// CueMention::value of the kPlan cue a future-tense trigger carries on its own tokens.
inline const Atom kPlanOnTrigger{"trigger"};

struct CueMention {
  TokenRange tokens;
  Span span;
  CueKind kind = CueKind::kInitiator;
  Atom cue_id;             // the rule entry
  // initiator: "subject" | "object" | "following" | "pronoun" | a side code; attribution: "following"
  // (according to X) | "preceding" (X said); ordinal period: ISO duration; sequence: "after" | "before";
  // negation, plan: "before" | "after" (plan also "trigger")
  Atom value;
  int n = 0;               // ordinal: 1 first, 2 second; sequence: -1 previous, +1 next
  Atom scope;              // ordinal: "ever", "year", "since", "period"
  char gender = 0;         // pronoun, dropped_subject: 'm' | 'f' as the form shows it, 0 when it does not
  std::string_view written;  // in Document::text
};

struct TaggedDocument {
  std::vector<EntityMention> entities;
  std::vector<TimeMention> times;
  std::vector<TriggerMention> triggers;
  std::vector<CueMention> cues;
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_MENTIONS_H_
