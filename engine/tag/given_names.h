// GivenNames: whether a given name written before a surname is the person's own, in any of the
// spellings real reports use, or another name ("Andrei Shoigu", "Джим Байден").
//
// A person's given names are the forms the lexicon lists for them, widened to the forms any other
// lexicon person shares a spelling with (Serhiy Shaptala and Sergei Shoigu are both Сергій, so
// "Serhii Shoigu" is Shoigu's own name), compared
//   - as written or, for a Cyrillic word, inflected (Сергеєм, Жан-Івом, Дмитрові), unless the word
//     is itself a given name the lexicon lists (Ліза is not a case form of Ліз);
//   - by NameSkeleton, for another romanisation (Sergey, Anthony, Jaşar, Maksym);
//   - part by part for a hyphenated name (Жан-Ів / Жан-Івом; Jean-Marc is not Jean-Yves), and a
//     single written word against any word of a name of several (Tayyip for "Recep Tayyip");
//   - within one edit of the skeleton only when the written word is no given name the lexicon
//     knows (an unusual spelling, not Mario for Marco or Hasan for Hakan).
// Built once from a loaded Lexicon; then read-only and thread-safe.
#ifndef CROSSCHECK_ENGINE_TAG_GIVEN_NAMES_H_
#define CROSSCHECK_ENGINE_TAG_GIVEN_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "engine/tag/lexicon.h"

namespace crosscheck::tag {

class GivenNames {
 public:
  // Indexes every person's given forms (folded) and links the persons sharing one.
  void Build(const Lexicon& lexicon);

  // True when `parts` (the folded words of a written given name, in order: {"sergey"},
  // {"жан", "івом"}) are a given name of `person` (index into Lexicon::persons()). `known` says
  // the written name is a given name the lexicon knows, which turns off the one-edit tolerance.
  bool Fits(uint32_t person, const std::vector<std::string>& parts, bool known) const;

 private:
  struct Form {
    std::vector<std::string> parts;  // folded words, hyphen- or space-separated in the lexicon
    std::vector<std::string> skeletons;
    bool spaced = false;  // several words ("Recep Tayyip"), not one hyphenated name
  };
  // A written part of a given name and what is asked of it against every form: whether it is itself
  // a given name the lexicon lists, and its NameSkeleton (made when first asked: most names fit, or
  // are told apart, before it is).
  struct Written {
    std::string_view text;
    bool listed = false;
    const std::string& Skeleton() const;
    mutable std::string skeleton;
    mutable bool skeleton_made = false;
  };
  bool PartFits(const Written& written, const std::string& form, const std::string& form_skeleton, bool near) const;
  bool FormFits(const Form& f, const std::vector<Written>& parts, bool near) const;

  std::vector<Form> forms_;
  std::unordered_set<std::string> listed_;  // every given name (word) the lexicon lists, folded
  std::vector<std::vector<uint32_t>> forms_of_person_;  // indexes into forms_, own and shared
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_GIVEN_NAMES_H_
