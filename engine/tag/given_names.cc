#include "engine/tag/given_names.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "engine/tag/entity_names.h"
#include "engine/tag/name_index.h"
#include "engine/util/hash.h"
#include "engine/util/text.h"

namespace crosscheck::tag {

namespace {

// Case endings of Ukrainian and Russian given names (Джоном, Івом, Сергієм, Миколою, Дмитрові),
// added to the name or to it without its last vowel, й or ь. A whole list, not "up to N letters":
// Джон is not an inflection of Джо, nor Денис of Ден.
constexpr std::string_view kEndings[] = {"а",  "я",  "у",  "ю",  "і",  "ї",  "и",  "ы",   "е",   "є",
                                         "ом", "ем", "єм", "ём", "ою", "ею", "єю", "ой",  "ей",  "ові",
                                         "еві", "єві", "ого", "ому"};

bool IsCyrillicText(std::string_view s) {
  size_t i = 0;
  return !s.empty() && util::IsCyrillic(util::DecodeUtf8(s, &i));
}

bool EndsWith(std::string_view s, std::string_view e) {
  return s.size() >= e.size() && s.substr(s.size() - e.size()) == e;
}

// `written` is `stem` plus one case ending.
bool StemPlusEnding(std::string_view written, std::string_view stem) {
  if (written.size() <= stem.size() || written.substr(0, stem.size()) != stem) return false;
  std::string_view rest = written.substr(stem.size());
  return std::find(std::begin(kEndings), std::end(kEndings), rest) != std::end(kEndings);
}

// Splits a folded given name at hyphens and spaces ("жан-ів" → жан, ів).
std::vector<std::string> Parts(std::string_view folded, bool* spaced) {
  std::vector<std::string> out;
  std::string cur;
  *spaced = false;
  for (char c : folded) {
    if (c == '-' || c == ' ') {
      if (c == ' ') *spaced = true;
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

size_t Root(std::vector<size_t>& up, size_t x) {
  while (up[x] != x) x = up[x] = up[up[x]];
  return x;
}

}  // namespace

void GivenNames::Build(const Lexicon& lexicon) {
  const auto& persons = lexicon.persons();
  std::unordered_map<std::string, uint32_t> form_of_key;
  std::vector<std::vector<uint32_t>> own(persons.size());
  for (uint32_t p = 0; p < persons.size(); ++p) {
    for (const NameForm& g : persons[p].given) {
      std::string key = util::FoldKey(g.text);
      auto [it, added] = form_of_key.emplace(key, static_cast<uint32_t>(forms_.size()));
      if (added) {
        Form f;
        f.parts = Parts(key, &f.spaced);
        listed_.insert(f.parts.begin(), f.parts.end());
        for (const std::string& part : f.parts) f.skeletons.push_back(NameSkeleton(part));
        forms_.push_back(std::move(f));
      }
      if (std::find(own[p].begin(), own[p].end(), it->second) == own[p].end()) own[p].push_back(it->second);
    }
  }
  listed_.insert(lexicon.given_names().begin(), lexicon.given_names().end());
  // Forms listed for one person are one name; a form two persons share joins their names.
  std::vector<size_t> up(forms_.size());
  std::iota(up.begin(), up.end(), 0);
  for (const auto& list : own)
    for (size_t k = 1; k < list.size(); ++k) up[Root(up, list[k])] = Root(up, list[0]);
  std::unordered_map<size_t, std::vector<uint32_t>> members;
  for (uint32_t f = 0; f < forms_.size(); ++f) members[Root(up, f)].push_back(f);
  forms_of_person_.assign(persons.size(), {});
  for (uint32_t p = 0; p < persons.size(); ++p)
    if (!own[p].empty()) forms_of_person_[p] = members[Root(up, own[p][0])];
}

bool GivenNames::PartFits(const Written& written, const std::string& form, const std::string& form_skeleton,
                          bool near) const {
  if (written.text == form) return true;
  if (!written.listed && IsCyrillicText(form)) {
    if (StemPlusEnding(written.text, form)) return true;
    size_t n = util::CodePointCount(form);
    for (std::string_view cut : {"ий", "ій", "ый", "а", "я", "й", "ь", "о"}) {
      if (!EndsWith(form, cut) || n <= util::CodePointCount(cut) + 1) continue;
      if (StemPlusEnding(written.text, std::string_view(form).substr(0, form.size() - cut.size()))) return true;
    }
  }
  if (written.Skeleton() == form_skeleton) return true;
  return near && BoundedDistance(written.Skeleton(), form_skeleton, 1) <= 1;
}

const std::string& GivenNames::Written::Skeleton() const {
  if (!skeleton_made) {
    // Per thread, the skeletons of the words asked about lately: the same given names recur from
    // document to document, and NameSkeleton builds several strings.
    thread_local std::unordered_map<std::string, std::string, util::FastStringHash, std::equal_to<>> memo;
    auto it = memo.find(text);
    if (it == memo.end()) {
      if (memo.size() >= 4096) memo.clear();
      it = memo.emplace(std::string(text), NameSkeleton(text)).first;
    }
    skeleton = it->second;
    skeleton_made = true;
  }
  return skeleton;
}

bool GivenNames::FormFits(const Form& f, const std::vector<Written>& parts, bool near) const {
  if (f.parts.size() == parts.size()) {
    for (size_t i = 0; i < parts.size(); ++i)
      if (!PartFits(parts[i], f.parts[i], f.skeletons[i], near)) return false;
    return true;
  }
  // One word of a name of several words: "Tayyip" for Recep Tayyip.
  if (f.spaced && parts.size() == 1)
    for (size_t i = 0; i < f.parts.size(); ++i)
      if (PartFits(parts[0], f.parts[i], f.skeletons[i], near)) return true;
  return false;
}

bool GivenNames::Fits(uint32_t person, const std::vector<std::string>& parts, bool known) const {
  if (person >= forms_of_person_.size() || parts.empty()) return false;
  // What PartFits asks of each written part, worked out once for all the person's forms.
  thread_local std::vector<Written> written;
  written.resize(parts.size());
  for (size_t i = 0; i < parts.size(); ++i) {
    written[i].text = parts[i];
    written[i].listed = listed_.count(parts[i]) != 0;
    written[i].skeleton_made = false;
  }
  for (uint32_t f : forms_of_person_[person])
    if (FormFits(forms_[f], written, false)) return true;
  if (known) return false;
  for (uint32_t f : forms_of_person_[person])
    if (FormFits(forms_[f], written, true)) return true;
  return false;
}

}  // namespace crosscheck::tag
