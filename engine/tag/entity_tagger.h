// EntityTagger: the TagModule for people, offices, sides, organisations and outlets (rules/lexicon/).
//
// Load registers every name form of the Lexicon in the shared PhraseMatcher: persons' surnames alone
// and after each given name (Cyrillic forms as stems, so Остіна, Остіним, Белоусовым match), aliases,
// patronymic forms, office labels, side-less roles ("defence minister", "counterpart"), organisation
// kinds ("defence ministry"), sides (names, adjectives, "side" phrases, capitals) and outlets.
// Collect then, in time linear in the tokens:
//   - keeps the longest non-overlapping match at each position;
//   - combines a role or organisation kind with the sides around it ("the US and Russian defence
//     ministers" → us.defence_minister, ru.defence_minister; "його американським колегою" →
//     office "counterpart" of side US) and "head of" + organisation → the head's office;
//   - reads the given name written before a surname (a hyphenated one whole: "Жан-Івом") and records
//     whether it fits (GivenNames: "Sergei Belousov" does not; "Serhii Shoigu", "Сергеєм" do). A
//     common surname after a given name that does not fit is someone else ("Senator Tim Johnson"),
//     unless an office the person held stands right before it ("Prime Minister Brian Johnson");
//   - finds capitalised words the trie missed that are another romanisation or a misspelling of a
//     surname (via NameIndex; flagged match = "misspelled" or "transliterated");
//   - picks, for an ambiguous surname, the person the document names in full elsewhere.
// Mentions never overlap, except the offices of one role combined with several sides.
#ifndef CROSSCHECK_ENGINE_TAG_ENTITY_TAGGER_H_
#define CROSSCHECK_ENGINE_TAG_ENTITY_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/tag/given_names.h"
#include "engine/tag/lexicon.h"
#include "engine/tag/name_index.h"
#include "engine/tag/tag_module.h"
#include "engine/util/hash.h"

namespace crosscheck::tag {

class EntityTagger : public TagModule {
 public:
  const char* name() const override { return "entities"; }
  Status Load(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher) override;
  void Collect(const Document& doc, const analyse::Analysis& analysis, const PhraseMatcher::TokenKeys& keys,
               const std::vector<PhraseMatch>& matches,
               TaggedDocument* out) const override;

  // The loaded lexicon (who held which office when), for the assemble stage.
  const Lexicon& lexicon() const { return lexicon_; }

  // What one registered phrase stands for. Public for the implementation's helpers only.
  enum class EntryKind : uint8_t {
    kIgnore,           // hides what it covers ("Austin, Texas")
    kPersonFull,       // given (+ patronymic) + surname, or an alias
    kPersonSurname,    // surname alone
    kPersonGiven,      // given + patronymic without surname ("Сергей Кужугетович")
    kPersonMisspelled, // a known misspelling listed in the lexicon
    kOffice,           // a specific office label
    kHeadOf,           // "head of", "глава"
    kRole,             // side-less role
    kOrganisation,     // organisation or outlet
    kOrgKind,          // side-less organisation kind
    kSideName,
    kSideAdjective,
    kSidePhrase,
    kSideMetonym,
  };
  struct Entry {
    EntryKind kind = EntryKind::kIgnore;
    uint32_t target = 0;     // index into the lexicon's list for the kind
    uint8_t langs = 0;       // languages whose own spelling this is (bit per en, uk, ru, it)
    bool upper = false;      // matched tokens must be written in capitals ("US", not "us")
    bool latin_name = false; // a Latin-script person name: the first token must be capitalised
    bool given_first = false; // a person's name that opens with a given name ("Жан-Ів Ле Дріан")
  };

 private:
  Status Register(const std::string& phrase, Entry entry, PhraseMatcher* matcher);
  // The surnames a capitalised word the trie did not know may stand for (another romanisation or a
  // misspelling, also after a Cyrillic case ending: Шойгом); distance -1 when none, or when the word
  // is short, on the stoplist or a given name. Depends on the key only, so each thread remembers
  // the answers (for the tagger whose stamp_ it holds) by the key's id (TokenKeys::key_id of
  // `token`, whose key is `key`); the reference is valid until the next call.
  const NameIndex::Hit& SurnameOfKey(const PhraseMatcher::TokenKeys& keys, uint32_t token,
                                     std::string_view key) const;
  void NewStamp();  // on every Load: a thread's remembered answers never outlive what they describe

  Lexicon lexicon_;
  uint32_t module_id_ = 0;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, uint32_t> entry_of_phrase_;  // phrase + kind + target → entry
  NameIndex surnames_;
  // Per person: the words before the last of each surname of several words ("ле" of Ле Дріан), so a
  // misspelled last word found alone ("Ле Дріяном") takes them back instead of reading "Ле" as a
  // given name.
  std::vector<std::vector<std::vector<std::string>>> surname_heads_;
  GivenNames given_names_;
  // Folded keys; searched with a token's key (a string_view).
  std::unordered_set<std::string, util::FastStringHash, std::equal_to<>> stoplist_;
  std::unordered_set<std::string, util::FastStringHash, std::equal_to<>> given_stems_;  // given names, stems
  // The stoplist, connectors, conjunctions and place prepositions as words of the matcher
  // (PhraseMatcher::AddWord): Collect tells a token's membership by its word id (TokenKeys::word)
  // instead of hashing its key. Bits of word_lists_[word id].
  enum WordList : uint8_t { kStop = 1, kConnector = 2, kConjunction = 4, kPlacePreposition = 8 };
  std::vector<uint8_t> word_lists_;
  bool InList(const PhraseMatcher::TokenKeys& keys, uint32_t token, WordList list) const {
    const uint32_t w = keys.word(token);
    return w < word_lists_.size() && (word_lists_[w] & list) != 0;
  }
  std::unordered_map<std::string, uint32_t> org_by_side_kind_;  // "US|defence_ministry" → org index
  uint64_t stamp_ = 0;
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_ENTITY_TAGGER_H_
