// Lexicon: the people, offices, sides, organisations and outlets of rules/lexicon/*.json, with who
// held which office when. Loaded once (Load), then read-only and thread-safe.
//
// The entity tagger registers the lexicon's phrases in the shared PhraseMatcher; the assemble stage
// asks it who held an office on a date ("the head of the Pentagon" in June 2024 → Lloyd Austin),
// which offices a person held, and which office of another side is someone's counterpart.
// Later rule roots extend earlier ones; an entry with the same id (person id, office id, side code,
// organisation/outlet id, role id) replaces the earlier entry. The format is in rules/README.md.
#ifndef CROSSCHECK_ENGINE_TAG_LEXICON_H_
#define CROSSCHECK_ENGINE_TAG_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/date.h"
#include "crosscheck/status.h"

namespace crosscheck::tag {

// One term of office. `to` empty: still in office (or end unknown).
struct Tenure {
  std::string person;  // person id
  std::string office;  // office id
  PartialDate from;
  PartialDate to;
  // `to` was not written but taken from the next holder's start (the day of the handover counts
  // for both, so a date on it returns both holders).
  bool to_implied = false;
};

// Name forms by language ("en", "uk", "ru", "it", or "any"), as written in the lexicon file.
struct NameForm {
  std::string text;
  std::string lang;  // "any" when the file gave a plain list
};

struct Person {
  std::string id;    // canonical name ("Lloyd Austin")
  std::string side;  // ISO 3166 alpha-2 (or "NATO", "EU", "UN"); "" unknown
  char gender = 0;   // 'm', 'f', or 0 when the lexicon does not say (pronoun agreement)
  std::vector<NameForm> given, surname, patronymic, aliases, misspellings;
  std::vector<Tenure> tenures;  // sorted by `from` (its own and those listed on offices)
  std::string source;           // file it came from (errors)
};

struct Office {
  std::string id;    // "<side lower>.<role>": "ru.defence_minister"
  std::string side;
  std::string role;  // "defence_minister", "foreign_minister", "head_of_state", ...
  std::string name;  // a readable English label
  std::vector<NameForm> labels;
  std::vector<Tenure> holders;  // sorted by `from` (its own and those listed on persons)
  std::string source;
};

// A side-less role ("defence minister", "міністр оборони", "counterpart"): the tagger combines it with
// an adjacent side ("the Russian defence minister" → ru.defence_minister).
struct Role {
  std::string id;
  std::vector<NameForm> labels;
};

struct Side {
  std::string code;  // "US"
  std::string name;  // "United States"
  std::vector<NameForm> names;       // country names ("США", "Сполучені Штати")
  std::vector<NameForm> adjectives;  // "American", "американськ*": combine with roles and "side"
  std::vector<NameForm> phrases;     // "the U.S. side", "американськ* сторон*"
  std::vector<NameForm> metonyms;    // capitals and seats: "Washington", "Москв*", "the Kremlin"
};

struct Organisation {
  std::string id;    // "us.defence_ministry", "NATO", "Reuters"
  std::string side;
  std::string kind;  // organisations: "defence_ministry", ...; outlets: "outlet"
  std::string head;  // office id of its head ("us.defence_minister"), "" none
  bool is_outlet = false;
  bool is_side_metonym = false;  // "the Pentagon said" stands for the US side
  std::vector<NameForm> names;
};

// An organisation kind without a side ("defence ministry", "Міноборони") combined with a side like
// roles are; `head_role` is the role of its head ("defence_minister").
struct OrgKind {
  std::string id;
  std::string head_role;
  std::vector<NameForm> labels;
};

class Lexicon {
 public:
  // Reads every rule root's lexicon/ folder (*.json, sorted by path; a missing folder is fine),
  // validating each file against rules/schema/lexicon.schema.json of the first root that has one.
  // Errors name the file, line:col or JSON pointer, and the entry id.
  Status Load(const std::vector<std::string>& rule_roots);
  // Parses one lexicon file's text into this lexicon (entries with an existing id replace it).
  // `name` is used in error messages. Call Finish() after the last file.
  Status AddFile(std::string_view text, const std::string& name);
  // Links tenures between persons and offices and checks references; errors name the entry.
  Status Finish();

  const Person* FindPerson(std::string_view id) const;
  const Office* FindOffice(std::string_view id) const;
  const Side* FindSide(std::string_view code) const;
  const Organisation* FindOrganisation(std::string_view id) const;
  const Role* FindRole(std::string_view id) const;
  const OrgKind* FindOrgKind(std::string_view id) const;

  // Who held `office_id` at `date`. Full date: the holders on that day. Year-month or year: everyone
  // whose tenure overlaps that month or year. Unknown year ("--06-25", empty): every holder. Each
  // returned tenure carries from/to so the caller can narrow an unknown year.
  std::vector<Tenure> HoldersOf(std::string_view office_id, const PartialDate& date) const;
  // The offices `person_id` held at `date` (same partial-date rules as HoldersOf).
  std::vector<Tenure> OfficesOf(std::string_view person_id, const PartialDate& date) const;
  // Every tenure of a person, sorted by start; empty for an unknown id.
  const std::vector<Tenure>& Tenures(std::string_view person_id) const;
  // Side code of a person, office, organisation or side id; "" when unknown.
  std::string SideOf(std::string_view id) const;
  // The office for a side and role ("RU", "defence_minister" → "ru.defence_minister"); "" when the
  // lexicon has no such office.
  std::string OfficeFor(std::string_view side, std::string_view role) const;
  // The office of `side` with the same role as `office_id` ("its American counterpart" of the Russian
  // defence minister → "us.defence_minister"); "" when none.
  std::string Counterpart(std::string_view office_id, std::string_view side) const;

  const std::vector<Person>& persons() const { return persons_; }
  const std::vector<Office>& offices() const { return offices_; }
  const std::vector<Side>& sides() const { return sides_; }
  const std::vector<Organisation>& organisations() const { return organisations_; }
  const std::vector<Role>& roles() const { return roles_; }
  const std::vector<OrgKind>& org_kinds() const { return org_kinds_; }
  // Capitalised words never taken for a misspelled name or an unknown given name (folded keys).
  const std::vector<std::string>& stoplist() const { return stoplist_; }
  // Given names known beyond the persons' own (folded keys): "Sergei Belousov" needs "Sergei".
  const std::vector<std::string>& given_names() const { return given_names_; }
  // Phrases that stand for nothing and hide what they contain ("Austin, Texas").
  const std::vector<std::string>& ignore() const { return ignore_; }
  // Connector words allowed between a role and its side ("of", "the", "della").
  const std::vector<std::string>& connectors() const { return connectors_; }
  // Coordinators between sides ("and", "та", "и", "e").
  const std::vector<std::string>& conjunctions() const { return conjunctions_; }
  // Prepositions of place ("в", "у", "на", "in", "nel"): a capitalised word right after one is a
  // place ("в Вильнюсе Байден"), not an unknown given name of the surname after it.
  const std::vector<std::string>& place_prepositions() const { return place_prepositions_; }
  // Phrases that turn a following organisation into its head's office ("head of", "глава").
  const std::vector<NameForm>& head_of() const { return head_of_; }

 private:
  friend class LexiconParser;
  template <typename T>
  static const T* Find(const std::vector<T>& v, const std::unordered_map<std::string, size_t>& index,
                       std::string_view id);

  std::vector<Person> persons_;
  std::vector<Office> offices_;
  std::vector<Side> sides_;
  std::vector<Organisation> organisations_;
  std::vector<Role> roles_;
  std::vector<OrgKind> org_kinds_;
  std::unordered_map<std::string, size_t> person_index_, office_index_, side_index_, org_index_,
      role_index_, org_kind_index_;
  std::vector<std::string> stoplist_, given_names_, ignore_, connectors_, conjunctions_, place_prepositions_;
  std::vector<NameForm> head_of_;
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_LEXICON_H_
