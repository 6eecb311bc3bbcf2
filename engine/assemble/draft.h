// Internal to assemble: the per-document context (mentions indexed by sentence) and the Draft, a
// claim under construction, with the mentions its slots were read from. Each concept (participants,
// dates, years, initiator, ordinal, attribution, references, offices) lives in its own file and
// works on these.
#ifndef CROSSCHECK_ENGINE_ASSEMBLE_DRAFT_H_
#define CROSSCHECK_ENGINE_ASSEMBLE_DRAFT_H_

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/document.h"
#include "engine/analyse/analysis.h"
#include "engine/assemble/lexicon_view.h"
#include "engine/tag/mentions.h"
#include "engine/util/text.h"

namespace crosscheck::assemble {

// Indices into one list of mentions (tagged->entities, ...), grouped by the sentence of each one's
// first token, in list order within a sentence. Two arrays for the whole document, not one vector per
// sentence.
class MentionsBySentence {
 public:
  // Groups mentions 0..n-1 of a document of `sentences` sentences; sentence_of(i) is the sentence of
  // mention i, or `sentences` or more for one that stands in none (it is left out).
  template <class SentenceOf>
  void Build(size_t sentences, size_t n, SentenceOf sentence_of) {
    // Counted into start_[s + 2], summed, then filled through start_[s + 1], which ends at the end
    // of sentence s; the slot past the last sentence holds the mentions of none.
    start_.assign(sentences + 2, 0);
    auto at = [&](size_t i) { return std::min<size_t>(sentence_of(i), sentences); };
    for (size_t i = 0; i < n; ++i) ++start_[at(i) + 2];
    for (size_t s = 2; s < start_.size(); ++s) start_[s] += start_[s - 1];
    index_.resize(n);
    for (size_t i = 0; i < n; ++i) index_[start_[at(i) + 1]++] = i;
    start_.pop_back();
  }
  // The document's sentences.
  size_t size() const { return start_.empty() ? 0 : start_.size() - 1; }
  // The mentions of sentence `s` (< size()).
  std::span<const size_t> operator[](size_t s) const {
    return {index_.data() + start_[s], index_.data() + start_[s + 1]};
  }

 private:
  std::vector<uint32_t> start_;
  std::vector<size_t> index_;
};

struct DocContext {
  const Document* doc = nullptr;
  const analyse::Analysis* analysis = nullptr;
  const tag::TaggedDocument* tagged = nullptr;
  const LexiconView* lexicon = nullptr;
  // Per sentence: indices into tagged->entities / times / triggers / cues.
  MentionsBySentence entities, times, triggers, cues;

  uint32_t SentenceOf(uint32_t token) const { return analysis->tokens[token].sentence; }
  std::string Text(const Span& s) const { return doc->text.substr(s.start, s.size()); }
  Span TokenSpan(uint32_t begin, uint32_t end) const {
    return {analysis->tokens[begin].start, analysis->tokens[end - 1].end};
  }
  // Whether a person, office, side or organisation mention of sentence `s` overlaps tokens
  // [begin, end).
  bool InEntity(uint32_t s, uint32_t begin, uint32_t end) const {
    for (size_t ei : entities[s]) {
      const tag::TokenRange& r = tagged->entities[ei].tokens;
      if (r.begin < end && begin < r.end) return true;
    }
    return false;
  }
};

DocContext BuildContext(const Document& doc, const analyse::Analysis& analysis, const tag::TaggedDocument& tagged,
                        const LexiconView* lexicon);

// How many code points a token key has (util::ToU32(key).size(), without building the string):
// short function words ("of", "та", "di") are told by their length.
inline size_t KeyChars(std::string_view key) {
  size_t n = 0;
  for (size_t i = 0; i < key.size(); ++n) util::DecodeUtf8(key, &i);
  return n;
}

// How a participant was found (Participant::via), interned once.
namespace via {
inline const Atom kName{"name"}, kMisspelling{"misspelling"}, kOffice{"office"}, kSide{"side"},
    kCounterpart{"counterpart"}, kContext{"context"}, kMetonym{"metonym"},
    // The claim's subject, unnamed in its sentence, is the person an earlier sentence spoke of:
    // through a subject pronoun ("he", "він", "он", "lui") or a verb form with no subject
    // ("ha incontrato", "зустрівся", "встретилась").
    kPronoun{"pronoun"}, kDroppedSubject{"dropped_subject"};
}  // namespace via

// A participant before resolution to a person.
struct RawParticipant {
  enum class Kind { kPerson, kOffice, kSide, kCounterpart };
  Kind kind = Kind::kPerson;
  // Atoms, as in the Participant they resolve to: a participant is copied when it is lent to the
  // next sentence's claim and compared in every dedup, and the values come from a small vocabulary.
  Atom person;               // canonical, kPerson
  Atom office;               // office id (stated, or built from side + role); kCounterpart: ""
  Atom side;
  std::string written;
  Atom via;                  // one of via:: below
  Span span;
  uint32_t token = 0;        // first token (for nearest-entity searches)
  uint32_t token_end = 0;    // one past the mention's last token (0: token + 1)
  const tag::EntityMention* person_mention = nullptr;
  bool borrowed = false;     // taken from a neighbouring sentence
};

struct Draft {
  Claim claim;
  uint32_t sentence = 0;
  tag::TokenRange anchor;                  // trigger tokens (or the reference cue's)
  const tag::TriggerMention* trigger = nullptr;
  std::vector<RawParticipant> parts;
  bool has_own_date = false;               // from a time mention of its own sentence(s)
  bool year_open = false;                  // month/day known, year still to infer
  int list_index = -1;                     // which item of a list time this claim took
  const tag::TimeMention* time = nullptr;  // the time mention that dated it (ApplyTime), if any
  long order = 0;                          // text order key
  long borrowed_from = -1;                 // order key of the draft that lent participants
  bool borrowed_far = false;               // ... from the article's first claim, not a neighbour: lends to no one
  bool dropped = false;
  // Tokens from the first to the last trigger of coordinated clauses of one subject this draft was
  // split from (SplitCoordinatedEvents); {0, 0} when none. Their date is shared: "received by X
  // and then met Y on 12 February".
  tag::TokenRange coordinated_chain;
};

// participants.cc: participants of the trigger's sentence (and, when it has too few and speaks of
// them indirectly, of the previous sentence or the headline).
void CollectParticipants(const DocContext& ctx, std::vector<Draft>* drafts, size_t index);
// coordination.cc: "X was received by Y and then met Z": two triggers of one sentence whose clauses
// are joined by a coordinating word and share the subject keep the people of their own clause and
// the subject (two claims, not one of three). After CollectParticipants, before borrowing.
void SplitCoordinatedEvents(const DocContext& ctx, std::vector<Draft>* drafts);
// The participants sentence `s` names, read for a trigger at `trigger_token` (sources of attribution,
// reaction subjects, possessors and places left out), in text order, before KeepNear and dedup.
std::vector<RawParticipant> SentenceParticipants(const DocContext& ctx, uint32_t s, uint32_t trigger_token);
// A person, a counterpart or an office of a known side: someone who can take part.
bool Specific(const RawParticipant& p);
// No punctuation but a hyphen or apostrophe inside a word ("Jean-Yves", "d'Italia") stands in tokens
// [from, to): one clause.
bool OneClause(const DocContext& ctx, uint32_t from, uint32_t to);

// anaphora.cc: a draft with one participant whose subject is a pronoun ("On Tuesday he met Putin")
// or left out ("L'8 luglio ha incontrato Putin", "8 липня зустрівся з Путіним") takes as that
// subject the one person or office the previous sentence (or the one before it, within the
// paragraph) names, when it agrees in gender and is not already a participant. Returns whether one
// was added (with via kPronoun or kDroppedSubject, and the pronoun marked as participant evidence).
bool AddUnnamedSubject(const DocContext& ctx, Draft* d);
// Whether `p` was found through a pronoun or a dropped subject: written in another sentence.
inline bool Anaphoric(const RawParticipant& p) { return p.via == via::kPronoun || p.via == via::kDroppedSubject; }
// "… the first call since March 2023, when Austin spoke with Shoigu": the clause after a since-date
// that tells of the earlier event, from its "when" word to the sentence's end, with that date
// (`since`); {0, 0} and null when sentence `s` has none. Its triggers take only the people inside
// it and the since-date; the sentence's other triggers take nobody from inside it.
tag::TokenRange WhenClause(const DocContext& ctx, uint32_t s, const tag::TimeMention** since = nullptr);
// A reference without a trigger of its own ("Предыдущий контакт Зеленского и Байдена", "the previous
// contact between Kuleba and Blinken") takes the pair its sentence names, when it names two or more.
void CollectNamedPair(const DocContext& ctx, Draft* d);
// Whether an anaphor ("they", "the two", "вони", "i due") stands before the draft's trigger in its
// sentence: its subject is the pair named before.
bool AnaphoricSubject(const DocContext& ctx, const Draft& d);
// True when `e` is a source of attribution (after "according to", before "said") in its sentence.
bool IsAttributionSource(const DocContext& ctx, size_t entity_index);

// dates.cc: the time mention of the trigger's sentence that dates the event (or none).
const tag::TimeMention* PickTime(const DocContext& ctx, const Draft& d, uint32_t from_token);
void ApplyTime(const DocContext& ctx, const tag::TimeMention& t, int list_index, Draft* d);
// A planned claim's date read off publication looks forward: "will speak on Tuesday" in an article
// of Saturday 4 December 2021 is 7 December, not 30 November; "will meet on January 10" in one of
// 20 December is the coming January. Explicit years, "last/next Friday" and "yesterday" stay.
void DatePlannedForward(const DocContext& ctx, Draft* d);

// year_inference.cc: years from weekdays and who held office; lead dates for undated claims.
void InheritLeadDates(const DocContext& ctx, std::vector<Draft>* drafts);
void InferYearsFromOffices(const DocContext& ctx, std::vector<Draft>* drafts);
void InferYearsFromAnchor(const DocContext& ctx, std::vector<Draft>* drafts);
// Whether two mentions can be one spoken contact: the same type, or "call" and the generic "talks"
// (a meeting is another kind: a first meeting is not contradicted by an earlier conversation).
bool SameEventType(const std::string& a, const std::string& b);
// Years in [from, to] in which month/day fall on `weekday` (0 = Monday).
std::vector<int> YearsWhereWeekdayFits(int month, int day, int weekday, int from, int to);

// initiator.cc, ordinal.cc, attribution.cc: cue slots of one draft. FindModality sets hedged,
// negated and planned from the hedge, negation and plan cues that belong to the draft's trigger.
void FindInitiator(const DocContext& ctx, const std::vector<Draft>& drafts, Draft* d);
void FindOrdinal(const DocContext& ctx, const std::vector<Draft>& drafts, Draft* d);
void FindAttribution(const DocContext& ctx, Draft* d);
void FindModality(const DocContext& ctx, const std::vector<Draft>& drafts, Draft* d);
// The side code of entity mention `e` ("" when none), a reference into `e`.
const std::string& SideOfEntity(const tag::EntityMention& e);
// A person or an office, with a side: who can hold a call or ask for one.
inline bool IsPersonLike(const tag::EntityMention& e) {
  return (e.kind == tag::EntityKind::kPerson || e.kind == tag::EntityKind::kOffice) && !e.side.empty();
}
// The nearest trigger of the sentence to token `tok`, as an index into drafts (or -1).
int NearestDraft(const std::vector<Draft>& drafts, uint32_t sentence, uint32_t tok);

// references.cc: "the previous one, on 25 June" as claims of their own; earlier-dated mentions.
void AddReferenceDrafts(const DocContext& ctx, std::vector<Draft>* drafts);
void MarkEarlierAsReferences(std::vector<Draft>* drafts);
// A reference recalls an earlier event: one whose year was taken from the publication date and that
// would fall after it (the few days' slack a report of the day's news gets: "Напомним, 1 января ..."
// in an article of 29 December) is of the year before.
void KeepReferencesBeforePublication(const DocContext& ctx, std::vector<Draft>* drafts);
// After resolution: "the first" main claim whose own article reports an earlier event between the
// same persons gets the flag "first_contradicted_in_document" (the reference's sentence quoted).
void FlagFirstContradictedInDocument(const DocContext& ctx, std::vector<Draft>* drafts);

// offices.cc: participants resolved to persons by the claim's date; flags.
void ResolveParticipants(const DocContext& ctx, const std::vector<Draft>& drafts, Draft* d);

// restatements.cc: an undated restatement of the main event (the headline, "it was the first call
// between them") gives its slots to the dated claim it restates and is dropped. After
// ResolveParticipants (it compares resolved participants).
void FoldRestatements(std::vector<Draft>* drafts);

// The evidence slots a highlight marks (Highlight::slot), interned once: a claim gets several.
namespace slot {
inline const Atom kTrigger{"trigger"}, kParticipant{"participant"}, kDate{"date"}, kInitiator{"initiator"},
    kOrdinal{"ordinal"}, kAttribution{"attribution"}, kHedge{"hedge"}, kNegation{"negation"},
    kReference{"reference"}, kPlan{"plan"};
}  // namespace slot

// context.cc: marks span `s` of the evidence as where `slot` was read (once: a second mark of the
// same span and slot adds nothing).
void AddHighlight(const Span& s, Atom slot, Draft* d);

}  // namespace crosscheck::assemble

#endif  // CROSSCHECK_ENGINE_ASSEMBLE_DRAFT_H_
