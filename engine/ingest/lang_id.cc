#include "engine/ingest/lang_id.h"

#include <sys/stat.h>

// CLD2's header needs <cstdio> first.
#include <cstdio>
#include <compact_lang_det.h>

#include <algorithm>
#include <map>

#include "engine/util/json.h"
#include "engine/util/text.h"

namespace crosscheck::ingest {

namespace {
constexpr size_t kMaxDetectBytes = 32 * 1024;
constexpr size_t kEvidenceBytes = 4 * 1024;
}  // namespace

Status LangId::Load(const std::vector<std::string>& rule_roots) {
  for (const auto& root : rule_roots) {
    std::string path = root + "/ingest/langid.json";
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) continue;
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
    e.letters += util::ToU32(util::GetString(m.value, "letters"));
    for (const auto& w : util::GetStrings(m.value, "words")) {
      std::string k = util::FoldKey(w);
      e.words.push_back(k);
      auto& v = word_langs_[k];
      if (std::find(v.begin(), v.end(), lang) == v.end()) v.push_back(lang);
    }
  }
  return Status::OK();
}

std::string LangId::FromEvidence(std::string_view text, bool* strong) const {
  *strong = false;
  size_t latin = 0, cyrillic = 0;
  std::map<std::string, double> score;
  size_t i = 0;
  std::string word;
  auto end_word = [&]() {
    if (word.empty()) return;
    auto it = word_langs_.find(util::FoldKey(word));
    if (it != word_langs_.end())
      for (const auto& l : it->second) score[l] += 1.0 / it->second.size();
    word.clear();
  };
  while (i < text.size()) {
    size_t s = i;
    char32_t c = util::DecodeUtf8(text, &i);
    if (!util::IsLetter(c) && c != '\'' && c != 0x2019 && c != 0x02BC) {
      end_word();
      continue;
    }
    word.append(text.substr(s, i - s));
    if (util::IsCyrillic(c)) ++cyrillic;
    else if (util::IsLatin(c)) ++latin;
    char32_t lower = c;
    // Letter evidence is case-insensitive; the evidence letters are lower case.
    if (util::IsUpper(c)) {
      std::string l = util::FoldKey(text.substr(s, i - s));
      size_t k = 0;
      lower = l.empty() ? c : util::DecodeUtf8(l, &k);
    }
    for (const auto& [lang, e] : langs_)
      if (e.letters.find(lower) != std::u32string::npos) score[lang] += 2;
  }
  end_word();
  if (latin + cyrillic < 3) return "und";
  std::string script = cyrillic > latin ? "cyrillic" : "latin";
  std::string best = "und";
  double best_score = 0, second = 0;
  for (const auto& [lang, e] : langs_) {
    if (e.script != script) continue;
    double sc = score.count(lang) ? score.at(lang) : 0;
    if (sc > best_score) {
      second = best_score;
      best_score = sc;
      best = lang;
    } else if (sc > second) {
      second = sc;
    }
  }
  // Longer Cyrillic text with no Ukrainian letter (і ї є ґ) and no telling word is Russian:
  // Ukrainian prose of more than a few words nearly always uses і.
  if (script == "cyrillic" && best_score == 0 && cyrillic >= 40 && langs_.count("ru")) {
    best = "ru";
    best_score = 1;
  }
  if (best_score <= 0 || best_score == second) return "und";
  *strong = best_score >= 3 && best_score >= 2 * second;
  return best;
}

LangGuess LangId::Detect(std::string_view text) const {
  if (text.size() > kMaxDetectBytes) {
    size_t n = kMaxDetectBytes;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    text = text.substr(0, n);
  }
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
    ev = FromEvidence(text.substr(0, std::min<size_t>(text.size(), kEvidenceBytes)), &strong);
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
