// LexiconView: what the assembler needs to know about people and offices over time — who held an
// office when, which offices a person held, and the display name of a side. Filled once at load
// from the entity lexicon (rules/lexicon/), or by hand in tests.
//
// Office ids are "<side lower-case>.<role>" ("ru.defence_minister"); a role id alone
// ("defence_minister") names the office of any side.
#ifndef CROSSCHECK_ENGINE_ASSEMBLE_LEXICON_VIEW_H_
#define CROSSCHECK_ENGINE_ASSEMBLE_LEXICON_VIEW_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/date.h"
#include "engine/util/hash.h"

namespace crosscheck::assemble {

struct Tenure {
  std::string person;  // canonical name
  std::string office;  // office id
  long from = 0;       // days since epoch (first day in office)
  long to = 0;         // days since epoch (last day in office); kOpen while still in office
  static constexpr long kOpen = 1L << 40;
};

// The first and last day a partial date may denote (a year: 1 Jan..31 Dec); false when the date has
// no year.
bool DayRange(const PartialDate& d, long* first, long* last);

// Move-only: the tenures are indexed by person and by office through pointers that a move keeps.
class LexiconView {
 public:
  LexiconView() = default;
  LexiconView(LexiconView&&) = default;
  LexiconView& operator=(LexiconView&&) = default;

  void AddTenure(Tenure t);
  void AddSideName(const std::string& code, const std::string& name) { side_names_[code] = name; }
  void AddOfficeName(const std::string& office, const std::string& name) { office_names_[office] = name; }
  // `gender` 'm' or 'f' (the lexicon's "gender" of a person).
  void AddGender(const std::string& person, char gender) { genders_[person] = gender; }

  // The last day the lexicon can speak for: a year after the latest date it records. Tenures still
  // open are taken to end there, so "Wednesday, 12 March" with two ministers in office finds one year.
  long Horizon() const { return horizon_; }

  // Holders of `office` at any day in [first, last].
  std::vector<const Tenure*> Holders(const std::string& office, long first, long last) const;
  // Every tenure of `person`, in the order added (a lookup: the claims of every document ask). The
  // list is valid until the next AddTenure.
  const std::vector<const Tenure*>& TenuresOf(const std::string& person) const;
  // Every tenure of `office`, in the order added; valid until the next AddTenure.
  const std::vector<const Tenure*>& TenuresOfOffice(const std::string& office) const;
  // "United States" for "US"; the code itself when unknown.
  std::string SideName(const std::string& code) const;
  // 'm' or 'f' for a person the lexicon gives a gender, else 0 (unknown: a pronoun agrees with anyone).
  char GenderOf(std::string_view person) const {
    auto it = genders_.find(person);
    return it == genders_.end() ? 0 : it->second;
  }
  bool empty() const { return tenures_.empty(); }
  // A readable name for an entity id used as a source: an office's label ("Spokesperson of the
  // Pentagon"), "Russia defence ministry" for "ru.defence_ministry", the id itself otherwise.
  std::string DisplayName(const std::string& id) const;

 private:
  using Index = std::unordered_map<std::string, std::vector<const Tenure*>, util::FastStringHash, std::equal_to<>>;
  std::vector<std::unique_ptr<Tenure>> tenures_;  // owned one by one: the indexes point at them
  Index by_person_, by_office_;
  long horizon_ = 0;
  std::map<std::string, std::string> side_names_, office_names_;
  std::unordered_map<std::string, char, util::FastStringHash, std::equal_to<>> genders_;
};

// "ru.defence_minister" -> "defence_minister"; a bare role is returned as is.
std::string OfficeRole(const std::string& office);
// ("RU", "defence_minister") -> "ru.defence_minister".
std::string OfficeOf(const std::string& side, const std::string& role);

}  // namespace crosscheck::assemble

#endif  // CROSSCHECK_ENGINE_ASSEMBLE_LEXICON_VIEW_H_
