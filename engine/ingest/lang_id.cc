#include "engine/ingest/lang_id.h"


// CLD2's header needs <cstdio> first.
#include <cstdio>
#include <compact_lang_det.h>

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "engine/util/fs.h"
#include "engine/util/json.h"
#include "engine/util/text.h"

namespace crosscheck::ingest {

namespace {
// CLD2 is the slowest part of ingest (~20 MB/s); a kilobyte and a half of article text is plenty
// for it to be reliable, so longer bodies are cut (at a space).
constexpr size_t kMaxDetectBytes = 1536;
constexpr size_t kEvidenceBytes = 1024;

std::string_view Prefix(std::string_view s, size_t limit) {
  if (s.size() <= limit) return s;
  size_t n = s.rfind(' ', limit);
  if (n == std::string_view::npos || n < limit / 2) {
    n = limit;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  }
  return s.substr(0, n);
}
}  // namespace

Status LangId::Load(const std::vector<std::string>& rule_roots) {
  auto files = util::RuleFiles(rule_roots, "ingest/langid.json");
  if (!files.ok()) return files.status();
  for (const auto& path : *files) {
    Status s = LoadFile(path);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status LangId::LoadFile(const std::string& path) {
  rapidjson::Document d;
  Status s = util::ReadJsonFile(path, &d);
  if (!s.ok()) return s;
  if (!d.IsObject() || !d.HasMember("languages") || !d["languages"].IsObject())
    return Status::RuleError(path + ": expected {\"languages\": {...}}");
  for (const auto& m : d["languages"].GetObject()) {
    std::string lang = m.name.GetString();
    Evidence& e = langs_[lang];
    std::string script = util::GetString(m.value, "script");
    if (script != "latin" && script != "cyrillic")
      return Status::RuleError(path + ": languages." + lang + ".script must be \"latin\" or \"cyrillic\"");
    e.script = script;
    for (char32_t c : util::ToU32(util::GetString(m.value, "letters")))
      e.letters.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    for (const auto& w : util::GetStrings(m.value, "words")) e.words.push_back(util::FoldKey(w));
  }
  // Rebuild the flat indexes.
  names_.clear();
  word_langs_.clear();
  letter_langs_.clear();
  max_word_bytes_ = 0;
  for (const auto& [lang, e] : langs_) {
    int idx = static_cast<int>(names_.size());
    names_.push_back(lang);
    for (const auto& w : e.words) {
      auto& v = word_langs_[w];
      if (std::find(v.begin(), v.end(), idx) == v.end()) v.push_back(idx);
      max_word_bytes_ = std::max(max_word_bytes_, w.size());
    }
    for (char32_t c : e.letters) {
      auto& v = letter_langs_[c];
      if (std::find(v.begin(), v.end(), idx) == v.end()) v.push_back(idx);
    }
  }
  return Status::OK();
}

std::string LangId::FromEvidence(std::string_view text, bool* strong) const {
  *strong = false;
  size_t latin = 0, cyrillic = 0;
  std::vector<double> score(names_.size(), 0.0);
  size_t i = 0, word_start = 0;
  bool in_word = false;
  auto end_word = [&](size_t end) {
    if (!in_word) return;
    in_word = false;
    if (end - word_start > max_word_bytes_) return;  // too long to be a function word
    auto it = word_langs_.find(util::FoldKey(text.substr(word_start, end - word_start)));
    if (it != word_langs_.end())
      for (int l : it->second) score[l] += 1.0 / it->second.size();
  };
  while (i < text.size()) {
    size_t s = i;
    char32_t c = util::DecodeUtf8(text, &i);
    if (!util::IsLetter(c) && !(in_word && (c == '\'' || c == 0x2019 || c == 0x02BC))) {
      end_word(s);
      continue;
    }
    if (!in_word) {
      in_word = true;
      word_start = s;
    }
    if (c < 0x80) {
      ++latin;
      continue;
    }
    if (util::IsCyrillic(c)) ++cyrillic;
    else if (util::IsLatin(c)) ++latin;
    // Evidence letters are stored in lower case (not folded: folding maps ё to е).
    auto it = letter_langs_.find(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    if (it != letter_langs_.end())
      for (int l : it->second) score[l] += 2;
  }
  end_word(text.size());
  if (latin + cyrillic < 3) return "und";
  std::string script = cyrillic > latin ? "cyrillic" : "latin";
  int best = -1;
  double best_score = 0, second = 0;
  for (size_t l = 0; l < names_.size(); ++l) {
    if (langs_.at(names_[l]).script != script) continue;
    if (score[l] > best_score) {
      second = best_score;
      best_score = score[l];
      best = static_cast<int>(l);
    } else if (score[l] > second) {
      second = score[l];
    }
  }
  // Longer Cyrillic text with no Ukrainian letter (і ї є ґ) and no telling word is Russian:
  // Ukrainian prose of more than a few words nearly always uses і.
  if (script == "cyrillic" && best_score == 0 && cyrillic >= 40 && langs_.count("ru")) return "ru";
  if (best < 0 || best_score <= 0 || best_score == second) return "und";
  *strong = best_score >= 3 && best_score >= 2 * second;
  return names_[best];
}

LangGuess LangId::Detect(std::string_view text) const {
  text = Prefix(text, kMaxDetectBytes);
  LangGuess g;
  CLD2::Language lang3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language l = CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, lang3,
                                                    percent3, &text_bytes, &reliable);
  std::string cld = l == CLD2::UNKNOWN_LANGUAGE ? "und" : CLD2::LanguageCode(l);
  bool strong = false;
  std::string ev = "und";
  // Evidence is needed to confirm uk/ru and to decide when CLD2 is unsure; its first few KiB do.
  if (!reliable || cld == "uk" || cld == "ru" || cld == "und")
    ev = FromEvidence(Prefix(text, kEvidenceBytes), &strong);
  bool cyr_pair = (cld == "uk" || cld == "ru") && (ev == "uk" || ev == "ru");
  if (reliable && cld != "und" && !(cyr_pair && ev != cld && strong)) {
    g.lang = cld;
    g.method = "cld2";
    g.reliable = true;
    return g;
  }
  if (ev != "und") {
    g.lang = ev;
    g.method = "script+words";
    g.reliable = strong;
    return g;
  }
  if (cld != "und") {
    g.lang = cld;
    g.method = "cld2";
  }
  return g;
}

}  // namespace crosscheck::ingest
