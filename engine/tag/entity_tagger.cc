// EntityTagger::Load: the lexicon's name forms → phrases in the shared matcher.
#include "engine/tag/entity_tagger.h"

#include "engine/analyse/analysis.h"
#include "engine/tag/entity_names.h"
#include "engine/util/text.h"

namespace crosscheck::tag {

namespace {

using Kind = EntityTagger::EntryKind;

// Languages in which `forms` has its own spelling; Italian texts spell names like English ones,
// so a person with no Italian forms takes the English ones as Italian too.
bool HasLang(const std::vector<NameForm>& forms, const char* lang) {
  for (const NameForm& f : forms)
    if (f.lang == lang) return true;
  return false;
}

uint8_t MaskFor(const NameForm& f, bool italian_from_english) {
  uint8_t m = LangBit(f.lang);
  if (italian_from_english && f.lang == "en") m |= LangBit("it");
  return m;
}

}  // namespace

Status EntityTagger::Register(const std::string& written, Entry entry, PhraseMatcher* matcher) {
  std::string phrase = written;
  if (!phrase.empty() && phrase[0] == '=') {
    entry.upper = true;
    phrase.erase(0, 1);
  }
  std::string key = util::FoldKey(phrase) + '\x1f' + std::to_string(static_cast<int>(entry.kind)) + '\x1f' +
                    std::to_string(entry.target) + (entry.upper ? "U" : "");
  auto it = entry_of_phrase_.find(key);
  if (it != entry_of_phrase_.end()) {
    entries_[it->second].langs |= entry.langs;
    entries_[it->second].given_first |= entry.given_first;
    return Status::OK();
  }
  uint32_t index = static_cast<uint32_t>(entries_.size());
  if (index >= (1u << kPayloadShift)) return Status::RuleError("lexicon: too many phrases");
  Status s = matcher->Add(phrase, MakePayload(module_id_, index));
  if (!s.ok()) return Status::RuleError("lexicon: phrase '" + written + "': " + s.message());
  entries_.push_back(entry);
  entry_of_phrase_.emplace(std::move(key), index);
  return Status::OK();
}

Status EntityTagger::Load(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher) {
  module_id_ = module_id;
  NewStamp();
  Status s = lexicon_.Load(rule_roots);
  if (!s.ok()) return s;
  auto reg = [&](const std::string& phrase, Kind kind, uint32_t target, uint8_t langs, bool latin_name = false,
                 bool given_first = false) {
    Entry e;
    e.kind = kind;
    e.target = target;
    e.langs = langs;
    e.latin_name = latin_name;
    e.given_first = given_first;
    return Register(phrase, e, matcher);
  };
#define CC_TRY(expr)            \
  do {                          \
    Status st_ = (expr);        \
    if (!st_.ok()) return st_;  \
  } while (0)

  const auto& persons = lexicon_.persons();
  for (uint32_t i = 0; i < persons.size(); ++i) {
    const Person& p = persons[i];
    bool it_from_en = !HasLang(p.surname, "it") && !HasLang(p.given, "it");
    for (const NameForm& s : p.surname) {
      std::string sp = NamePattern(s.text);
      uint8_t sm = MaskFor(s, it_from_en);
      bool latin = IsLatinName(s.text);
      CC_TRY(reg(sp, Kind::kPersonSurname, i, sm, latin));
      surnames_.Add(LatinKeyOfName(s.text), i);
      analyse::Analysis a;
      analyse::Tokenize(s.text, 0, &a);
      const std::vector<analyse::Token>& words = a.tokens;
      if (words.size() >= 2) {
        std::vector<std::string> head;
        for (size_t w = 0; w + 1 < words.size(); ++w) head.emplace_back(words[w].key());
        surname_heads_.resize(persons.size());
        surname_heads_[i].push_back(std::move(head));
      }
      for (const NameForm& g : p.given) {
        uint8_t gm = MaskFor(g, it_from_en);
        bool same_script = IsLatinName(g.text) == latin;
        if (!same_script) continue;
        std::string gp = NamePattern(g.text);
        CC_TRY(reg(gp + " " + sp, Kind::kPersonFull, i, gm & sm, latin, true));
        for (const NameForm& pa : p.patronymic) {
          if (IsLatinName(pa.text) != latin) continue;
          std::string pp = NamePattern(pa.text);
          CC_TRY(reg(gp + " " + pp + " " + sp, Kind::kPersonFull, i, gm & sm, latin, true));
          CC_TRY(reg(sp + " " + gp + " " + pp, Kind::kPersonFull, i, gm & sm, latin));
        }
      }
    }
    for (const NameForm& g : p.given) {
      std::string key = util::FoldKey(g.text);
      // Each word of a hyphenated or two-word given name is a given name too (Jean-Yves: Jean, Yves).
      for (size_t b = 0, e; b < key.size(); b = e + 1) {
        e = key.find_first_of("- ", b);
        if (e == std::string::npos) e = key.size();
        if (e > b) given_stems_.insert(key.substr(b, e - b));
      }
      given_stems_.insert(std::move(key));
      for (const NameForm& pa : p.patronymic)
        if (IsLatinName(pa.text) == IsLatinName(g.text))
          CC_TRY(reg(NamePattern(g.text) + " " + NamePattern(pa.text), Kind::kPersonGiven, i,
                     MaskFor(g, it_from_en), IsLatinName(g.text), true));
    }
    for (const NameForm& a : p.aliases)
      CC_TRY(reg(NamePattern(a.text), Kind::kPersonFull, i, MaskFor(a, it_from_en), IsLatinName(a.text)));
    for (const NameForm& m : p.misspellings)
      CC_TRY(reg(NamePattern(m.text), Kind::kPersonMisspelled, i, 0, IsLatinName(m.text)));
  }
  given_names_.Build(lexicon_);
  for (const std::string& g : lexicon_.given_names()) given_stems_.insert(g);
  // Given names are looked up by stem too (Сергеем → серге), so store the stems as well.
  std::vector<std::string> stems;
  for (const std::string& g : given_stems_) {
    std::string st = StemOf(g);
    if (!st.empty() && st != g) stems.push_back(st);
  }
  given_stems_.insert(stems.begin(), stems.end());

  const auto& offices = lexicon_.offices();
  for (uint32_t i = 0; i < offices.size(); ++i)
    for (const NameForm& l : offices[i].labels) CC_TRY(reg(l.text, Kind::kOffice, i, LangBit(l.lang)));
  const auto& roles = lexicon_.roles();
  for (uint32_t i = 0; i < roles.size(); ++i)
    for (const NameForm& l : roles[i].labels) CC_TRY(reg(l.text, Kind::kRole, i, LangBit(l.lang)));
  const auto& kinds = lexicon_.org_kinds();
  for (uint32_t i = 0; i < kinds.size(); ++i)
    for (const NameForm& l : kinds[i].labels) CC_TRY(reg(l.text, Kind::kOrgKind, i, LangBit(l.lang)));
  const auto& orgs = lexicon_.organisations();
  for (uint32_t i = 0; i < orgs.size(); ++i) {
    for (const NameForm& l : orgs[i].names) CC_TRY(reg(l.text, Kind::kOrganisation, i, LangBit(l.lang)));
    if (!orgs[i].side.empty() && !orgs[i].kind.empty())
      org_by_side_kind_.emplace(orgs[i].side + "|" + orgs[i].kind, i);
  }
  const auto& sides = lexicon_.sides();
  for (uint32_t i = 0; i < sides.size(); ++i) {
    for (const NameForm& l : sides[i].names) CC_TRY(reg(l.text, Kind::kSideName, i, LangBit(l.lang)));
    for (const NameForm& l : sides[i].adjectives) CC_TRY(reg(l.text, Kind::kSideAdjective, i, LangBit(l.lang)));
    for (const NameForm& l : sides[i].phrases) CC_TRY(reg(l.text, Kind::kSidePhrase, i, LangBit(l.lang)));
    for (const NameForm& l : sides[i].metonyms) CC_TRY(reg(l.text, Kind::kSideMetonym, i, LangBit(l.lang)));
  }
  for (const NameForm& l : lexicon_.head_of()) CC_TRY(reg(l.text, Kind::kHeadOf, 0, LangBit(l.lang)));
  for (const std::string& l : lexicon_.ignore()) CC_TRY(reg(l, Kind::kIgnore, 0, 0));
  stoplist_.insert(lexicon_.stoplist().begin(), lexicon_.stoplist().end());
  word_lists_.clear();
  auto add_words = [&](const auto& words, WordList list) {
    for (const std::string& w : words) {
      const uint32_t id = matcher->AddWord(w);
      if (id >= word_lists_.size()) word_lists_.resize(id + 1, 0);
      word_lists_[id] |= list;
    }
  };
  add_words(lexicon_.stoplist(), kStop);
  add_words(lexicon_.connectors(), kConnector);
  add_words(lexicon_.conjunctions(), kConjunction);
  add_words(lexicon_.place_prepositions(), kPlacePreposition);
#undef CC_TRY
  return Status::OK();
}

}  // namespace crosscheck::tag
