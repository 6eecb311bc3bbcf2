#include "engine/assemble/lexicon_view.h"

#include <algorithm>
#include <cctype>

namespace crosscheck::assemble {

bool DayRange(const PartialDate& d, long* first, long* last) {
  if (d.year == 0) return false;
  PartialDate a{d.year, d.month ? d.month : 1, d.day ? d.day : 1};
  int last_month = d.month ? d.month : 12;
  PartialDate b{d.year, last_month, d.day ? d.day : DaysInMonth(d.year, last_month)};
  auto fa = DaysFromEpoch(a), fb = DaysFromEpoch(b);
  if (!fa || !fb) return false;
  *first = *fa;
  *last = *fb;
  return true;
}

void LexiconView::AddTenure(Tenure t) {
  horizon_ = std::max(horizon_, t.from + 366);
  if (t.to != Tenure::kOpen) horizon_ = std::max(horizon_, t.to + 366);
  tenures_.push_back(std::make_unique<Tenure>(std::move(t)));
  const Tenure* added = tenures_.back().get();
  by_person_[added->person].push_back(added);
  by_office_[added->office].push_back(added);
}

std::vector<const Tenure*> LexiconView::Holders(const std::string& office, long first, long last) const {
  std::vector<const Tenure*> out;
  for (const Tenure* t : TenuresOfOffice(office))
    if (t->from <= last && t->to >= first) out.push_back(t);
  return out;
}

namespace {
const std::vector<const Tenure*> kNoTenures;
}  // namespace

const std::vector<const Tenure*>& LexiconView::TenuresOf(const std::string& person) const {
  auto it = by_person_.find(person);
  return it == by_person_.end() ? kNoTenures : it->second;
}

const std::vector<const Tenure*>& LexiconView::TenuresOfOffice(const std::string& office) const {
  auto it = by_office_.find(office);
  return it == by_office_.end() ? kNoTenures : it->second;
}

std::string LexiconView::SideName(const std::string& code) const {
  auto it = side_names_.find(code);
  return it == side_names_.end() ? code : it->second;
}

std::string LexiconView::DisplayName(const std::string& id) const {
  auto it = office_names_.find(id);
  if (it != office_names_.end()) return it->second;
  size_t dot = id.find('.');
  if (dot == std::string::npos || dot == 0) return id;
  std::string side;
  for (size_t i = 0; i < dot; ++i) side += static_cast<char>(std::toupper(static_cast<unsigned char>(id[i])));
  std::string kind = id.substr(dot + 1);
  for (char& c : kind)
    if (c == '_') c = ' ';
  return SideName(side) + " " + kind;
}

std::string OfficeRole(const std::string& office) {
  size_t dot = office.find('.');
  return dot == std::string::npos ? office : office.substr(dot + 1);
}

std::string OfficeOf(const std::string& side, const std::string& role) {
  std::string s;
  for (char c : side) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s + "." + role;
}

}  // namespace crosscheck::assemble
