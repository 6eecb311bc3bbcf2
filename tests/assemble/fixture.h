// Test fixture for the assemble stage: documents written with inline marks for the mentions the
// entity and time taggers would find, so the assembler is tested on its own, with the shipped event
// and cue rules (rules/events, rules/cues) tagging triggers and cues for real.
//
// Marks:  [written|P:Canonical Name:SIDE[:office][:~]]  person (~ = misspelled; ! = given name does not fit)
//         [written|O:office_id:SIDE]                    office (SIDE empty: an office of no side)
//         [written|S:CODE]                              side
//         [written|G:Name:SIDE]                         organisation (a side metonym when SIDE is given)
//         [written|U:Name]                              outlet
//         {written|D:ISO}   date ("2024-06-25" explicit year, "--06-25" none, "2024-06-25p" from publication)
//         {written|W:n}     weekday (0 = Monday)     {written|M:--05} month     {written|Y:2023} year
//         {written|L:ISO,ISO,...} list               {written|R:ISO,ISO} range
#ifndef CROSSCHECK_TESTS_ASSEMBLE_FIXTURE_H_
#define CROSSCHECK_TESTS_ASSEMBLE_FIXTURE_H_

#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "engine/analyse/analysis.h"
#include "engine/assemble/assembler.h"
#include "engine/tag/event_tagger.h"
#include "engine/tag/mentions.h"
#include "engine/tag/phrase_matcher.h"

namespace crosscheck::testing {

// Who held which office when, for the domain of the tests (real tenures).
assemble::LexiconView TestLexicon();

class AssembleFixture {
 public:
  AssembleFixture();
  // Claims of a marked-up text.
  std::vector<Claim> Claims(const std::string& marked, const std::string& lang = "en",
                            const std::string& published = "");
  // The tagged mentions of the last call (to inspect triggers and cues).
  const tag::TaggedDocument& tagged() const { return tagged_; }
  const Document& doc() const { return doc_; }
  const analyse::Analysis& analysis() const { return analysis_; }

 private:
  tag::PhraseMatcher matcher_;
  tag::EventTagger events_;
  assemble::Assembler assembler_;
  Document doc_;
  analyse::Analysis analysis_;
  tag::TaggedDocument tagged_;
};

// The first claim of `type` (and role) in `claims`, or nullptr.
const Claim* FindClaim(const std::vector<Claim>& claims, const std::string& type, const std::string& role = "");
bool HasParticipant(const Claim& c, const std::string& name);

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_ASSEMBLE_FIXTURE_H_
