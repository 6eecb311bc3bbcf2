#include "engine/tag/time_vocab.h"

#include <algorithm>
#include <cassert>
#include <cstring>

#include "engine/analyse/analysis.h"
#include "engine/tag/tag_module.h"
#include "engine/util/fs.h"
#include "engine/util/json.h"

namespace crosscheck::tag::time {

namespace {

struct Named {
  const char* name;
  Cls cls;
};
constexpr Named kClassNames[] = {
    {"NUM", kNum},         {"DAY", kDay},           {"MONTH_NUM", kMonthNum}, {"YEAR", kYear},
    {"YEAR2", kYear2},     {"TIME", kTime},         {",", kComma},            {".", kDot},
    {"/", kSlash},         {"-", kDash},            {":", kColon},            {"(", kLParen},
    {")", kRParen},        {"MONTH", kMonth},       {"MONTH_FULL", kMonthFull}, {"WEEKDAY", kWeekday},
    {"REL", kRel},         {"YEAR_WORD", kYearWord}, {"PREP", kPrep},         {"FROM", kFrom},
    {"TO", kTo},           {"AND", kAnd},           {"BETWEEN", kBetween},    {"OF", kOf},
    {"ORD", kOrd},         {"ORD_WORD", kOrdWord},  {"LAST", kLast},          {"NEXT", kNext},
    {"THIS", kThis},       {"LATER", kLater},       {"EARLIER", kEarlier},    {"AGO", kAgo},
    {"AFTER", kAfter},     {"UNIT", kUnit},         {"COUNT", kCount},        {"PART", kPart},
    {"PUBLISHED", kPublished}, {"ART", kArt},   {"DAY_WORD", kDayWord},
};

// Connector classes a rule file may list under "words", with the value each word carries.
struct WordClass {
  const char* name;
  Cls cls;
  int value;
};
constexpr WordClass kWordClasses[] = {
    {"PREP", kPrep, 0},     {"FROM", kFrom, 0},       {"TO", kTo, 0},       {"AND", kAnd, 0},
    {"BETWEEN", kBetween, 0}, {"OF", kOf, 0},         {"ORD", kOrd, 0},     {"LAST", kLast, -1},
    {"NEXT", kNext, 1},     {"THIS", kThis, 0},       {"LATER", kLater, 1}, {"EARLIER", kEarlier, -1},
    {"AGO", kAgo, -1},      {"AFTER", kAfter, 1},     {"PART", kPart, 0},   {"PUBLISHED", kPublished, 0}, {"ART", kArt, 0},
    {"DAY_WORD", kDayWord, 0},
};

struct Unit {
  const char* name;
  int value;
};
constexpr Unit kUnits[] = {{"day", 1}, {"week", 7}, {"hour", kUnitHour}, {"month", kUnitMonth}, {"year", kUnitYear}};

// Where `needle` (as a JSON string) first occurs in `text` at or after `from`: for line:col in
// messages about values RapidJSON parsed without positions.
size_t Locate(const std::string& text, const std::string& needle, size_t from = 0) {
  size_t p = text.find("\"" + needle + "\"", from);
  return p == std::string::npos ? from : p + 1;
}

class FileLoader {
 public:
  FileLoader(std::string path, std::string text, uint32_t module_id, PhraseMatcher* matcher, TimeVocab* vocab)
      : path_(std::move(path)), text_(std::move(text)), module_id_(module_id), matcher_(matcher), vocab_(vocab) {}

  Status Load() {
    rapidjson::Document d;
    Status s = util::ParseJson(text_, path_, &d);
    if (!s.ok()) return s;
    if (!d.IsObject()) return Error(0, "a time rule file is a JSON object");
    static const char* kKnown[] = {"lang", "description", "month_case", "months", "weekdays", "relative",
                                   "year_words", "words", "units", "numbers", "ordinals", "patterns"};
    for (auto it = d.MemberBegin(); it != d.MemberEnd(); ++it) {
      std::string key = it->name.GetString();
      bool known = std::any_of(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return key == k; });
      if (!known) return Error(Locate(text_, key), "unknown field \"" + key + "\"");
    }
    needs_upper_ = util::GetString(d, "month_case") == "title";
    for (auto step : {&FileLoader::Months, &FileLoader::Weekdays, &FileLoader::Relatives, &FileLoader::YearWords,
                      &FileLoader::Words, &FileLoader::Units, &FileLoader::Numbers, &FileLoader::Ordinals,
                      &FileLoader::Patterns}) {
      s = (this->*step)(d);
      if (!s.ok()) return s;
    }
    return Status::OK();
  }

 private:
  Status Error(size_t offset, const std::string& what) const {
    util::LineCol lc = util::LineColAt(text_, offset);
    return Status::RuleError(path_ + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " + what);
  }

  // The array member `key` (missing: empty); a present non-array is an error.
  Status ArrayOf(const rapidjson::Value& d, const char* key, const rapidjson::Value** out) {
    static const rapidjson::Value kEmpty(rapidjson::kArrayType);
    *out = &kEmpty;
    auto it = d.FindMember(key);
    if (it == d.MemberEnd()) return Status::OK();
    if (!it->value.IsArray()) return Error(Locate(text_, key), std::string("\"") + key + "\" must be an array");
    *out = &it->value;
    return Status::OK();
  }

  Status AddPhrase(const std::string& phrase, const WordEntry& e, size_t where) {
    vocab_->entries.push_back(e);
    Status s = matcher_->Add(phrase, MakePayload(module_id_, static_cast<uint32_t>(vocab_->entries.size() - 1)));
    if (!s.ok()) return Error(where, "phrase \"" + phrase + "\": " + s.message());
    return Status::OK();
  }

  // For "forms"/"abbr"/"phrases" arrays of strings.
  Status Strings(const rapidjson::Value& obj, const char* key, size_t where, std::vector<std::string>* out) {
    out->clear();
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return Status::OK();
    if (!it->value.IsArray()) return Error(where, std::string("\"") + key + "\" must be an array of strings");
    for (const auto& v : it->value.GetArray()) {
      if (!v.IsString() || v.GetStringLength() == 0)
        return Error(where, std::string("\"") + key + "\" must hold non-empty strings");
      out->emplace_back(v.GetString(), v.GetStringLength());
    }
    return Status::OK();
  }

  Status Months(const rapidjson::Value& d) {
    const rapidjson::Value* arr;
    Status s = ArrayOf(d, "months", &arr);
    if (!s.ok()) return s;
    size_t cursor = Locate(text_, "months");
    for (const auto& m : arr->GetArray()) {
      cursor = text_.find("\"month\"", cursor + 1);
      int month = util::GetInt(m, "month", 0);
      if (month < 1 || month > 12) return Error(cursor, "\"month\" must be 1..12");
      std::vector<std::string> forms;
      for (const char* key : {"forms", "abbr"}) {
        if (!(s = Strings(m, key, cursor, &forms)).ok()) return s;
        for (const auto& f : forms) {
          WordEntry e;
          e.cls = kMonth;
          e.value = month;
          e.full = std::strcmp(key, "forms") == 0;
          e.needs_upper = needs_upper_;
          if (!(s = AddPhrase(f, e, cursor)).ok()) return s;
        }
      }
    }
    return s;
  }

  Status Weekdays(const rapidjson::Value& d) {
    const rapidjson::Value* arr;
    Status s = ArrayOf(d, "weekdays", &arr);
    if (!s.ok()) return s;
    size_t cursor = Locate(text_, "weekdays");
    for (const auto& w : arr->GetArray()) {
      cursor = text_.find("\"weekday\"", cursor + 1);
      int wd = util::GetInt(w, "weekday", -1);
      if (wd < 0 || wd > 6) return Error(cursor, "\"weekday\" must be 0 (Monday) .. 6 (Sunday)");
      std::vector<std::string> forms;
      if (!(s = Strings(w, "forms", cursor, &forms)).ok()) return s;
      for (const auto& f : forms) {
        WordEntry e;
        e.cls = kWeekday;
        e.value = wd;
        e.needs_upper = needs_upper_;
        if (!(s = AddPhrase(f, e, cursor)).ok()) return s;
      }
    }
    return s;
  }

  Status Relatives(const rapidjson::Value& d) {
    const rapidjson::Value* arr;
    Status s = ArrayOf(d, "relative", &arr);
    if (!s.ok()) return s;
    size_t cursor = Locate(text_, "relative");
    for (const auto& r : arr->GetArray()) {
      cursor = text_.find("\"phrases\"", cursor + 1);
      WordEntry e;
      e.cls = kRel;
      e.unit = util::GetString(r, "unit", "day");
      e.count = util::GetInt(r, "count", 0);
      e.anchor = util::GetString(r, "anchor", "publication");
      if (e.unit != "day" && e.unit != "week" && e.unit != "month" && e.unit != "year")
        return Error(cursor, "\"unit\" must be day, week, month or year, not \"" + e.unit + "\"");
      if (e.anchor != "publication" && e.anchor != "previous")
        return Error(cursor, "\"anchor\" must be publication or previous, not \"" + e.anchor + "\"");
      std::vector<std::string> phrases;
      if (!(s = Strings(r, "phrases", cursor, &phrases)).ok()) return s;
      if (phrases.empty()) return Error(cursor, "a relative entry needs \"phrases\"");
      for (const auto& p : phrases)
        if (!(s = AddPhrase(p, e, cursor)).ok()) return s;
    }
    return s;
  }

  Status YearWords(const rapidjson::Value& d) {
    std::vector<std::string> words;
    size_t cursor = Locate(text_, "year_words");
    Status s = Strings(d, "year_words", cursor, &words);
    for (const auto& w : words) {
      WordEntry e;
      e.cls = kYearWord;
      if (!(s = AddPhrase(w, e, cursor)).ok()) return s;
    }
    return s;
  }

  // A connector's key: its first word or number token ("all'" → "all", "-го" → "го"), else the
  // punctuation itself ("–").
  static std::string ConnectorKey(const std::string& word) {
    analyse::Analysis a;
    analyse::Tokenize(word, 0, &a);
    for (const auto& t : a.tokens)
      if (t.kind != analyse::TokenKind::kPunct) return std::string(t.key());
    return a.tokens.size() == 1 ? std::string(a.tokens[0].key()) : "";
  }

  Status AddConnector(const std::string& word, Cls cls, int value, size_t where) {
    std::string key = ConnectorKey(word);
    if (key.empty()) return Error(where, "\"" + word + "\" is not one token");
    Connector& c = vocab_->connectors.Add(key);
    if (c.mask & Bit(cls)) {
      for (auto& [k, v] : c.values)
        if (k == cls) v = value;  // a later file overrides
    } else {
      c.mask |= Bit(cls);
      c.values.emplace_back(cls, value);
    }
    return Status::OK();
  }

  Status Words(const rapidjson::Value& d) {
    auto it = d.FindMember("words");
    if (it == d.MemberEnd()) return Status::OK();
    size_t cursor = Locate(text_, "words");
    if (!it->value.IsObject()) return Error(cursor, "\"words\" must be an object of word lists");
    for (auto m = it->value.MemberBegin(); m != it->value.MemberEnd(); ++m) {
      std::string name = m->name.GetString();
      size_t where = Locate(text_, name, cursor);
      const WordClass* wc = nullptr;
      for (const auto& w : kWordClasses)
        if (name == w.name) wc = &w;
      if (!wc) return Error(where, "unknown word class \"" + name + "\"");
      std::vector<std::string> words;
      Status s = Strings(it->value, name.c_str(), where, &words);
      if (!s.ok()) return s;
      for (const auto& w : words)
        if (!(s = AddConnector(w, wc->cls, wc->value, where)).ok()) return s;
    }
    return Status::OK();
  }

  Status Units(const rapidjson::Value& d) {
    auto it = d.FindMember("units");
    if (it == d.MemberEnd()) return Status::OK();
    size_t cursor = Locate(text_, "units");
    if (!it->value.IsObject()) return Error(cursor, "\"units\" must be an object");
    for (auto m = it->value.MemberBegin(); m != it->value.MemberEnd(); ++m) {
      std::string name = m->name.GetString();
      size_t where = Locate(text_, name, cursor);
      const Unit* unit = nullptr;
      for (const auto& u : kUnits)
        if (name == u.name) unit = &u;
      if (!unit) return Error(where, "unknown unit \"" + name + "\" (day, week, hour, month, year)");
      std::vector<std::string> words;
      Status s = Strings(it->value, name.c_str(), where, &words);
      if (!s.ok()) return s;
      for (const auto& w : words)
        if (!(s = AddConnector(w, kUnit, unit->value, where)).ok()) return s;
    }
    return Status::OK();
  }

  // "numbers" / "ordinals": {"word": value}.
  Status ValueWords(const rapidjson::Value& d, const char* key, Cls cls, int lo, int hi) {
    auto it = d.FindMember(key);
    if (it == d.MemberEnd()) return Status::OK();
    size_t cursor = Locate(text_, key);
    if (!it->value.IsObject()) return Error(cursor, std::string("\"") + key + "\" must be an object {word: number}");
    for (auto m = it->value.MemberBegin(); m != it->value.MemberEnd(); ++m) {
      std::string word = m->name.GetString();
      size_t where = Locate(text_, word, cursor);
      if (!m->value.IsInt() || m->value.GetInt() < lo || m->value.GetInt() > hi)
        return Error(where, "\"" + word + "\" must map to a number " + std::to_string(lo) + ".." + std::to_string(hi));
      Status s = AddConnector(word, cls, m->value.GetInt(), where);
      if (!s.ok()) return s;
    }
    return Status::OK();
  }
  Status Numbers(const rapidjson::Value& d) { return ValueWords(d, "numbers", kCount, 1, 1000); }
  Status Ordinals(const rapidjson::Value& d) { return ValueWords(d, "ordinals", kOrdWord, 1, 31); }

  Status Patterns(const rapidjson::Value& d) {
    const rapidjson::Value* arr;
    Status s = ArrayOf(d, "patterns", &arr);
    if (!s.ok()) return s;
    size_t cursor = Locate(text_, "patterns");
    for (const auto& p : arr->GetArray()) {
      cursor = text_.find("\"id\"", cursor + 1);
      Pattern pat;
      pat.file = path_;
      pat.id = util::GetString(p, "id");
      if (pat.id.empty()) return Error(cursor, "a pattern needs an \"id\"");
      std::string kind = util::GetString(p, "kind", "date");
      if (kind == "date") pat.kind = PatternKind::kDate;
      else if (kind == "range") pat.kind = PatternKind::kRange;
      else if (kind == "list") pat.kind = PatternKind::kList;
      else if (kind == "relative") pat.kind = PatternKind::kRelative;
      else if (kind == "day") pat.kind = PatternKind::kDay;
      else return Error(Locate(text_, kind, cursor), "pattern '" + pat.id + "': unknown kind \"" + kind + "\"");
      pat.tight = util::GetBool(p, "tight", false);
      std::string order = util::GetString(p, "order", "dmy");
      if (order != "dmy" && order != "mdy" && order != "ymd")
        return Error(Locate(text_, order, cursor), "pattern '" + pat.id + "': order must be dmy, mdy or ymd");
      pat.month_first = order == "mdy";
      if (!(s = Strings(p, "langs", cursor, &pat.langs)).ok()) return s;
      std::vector<std::string> seq;
      if (!(s = Strings(p, "seq", cursor, &seq)).ok()) return s;
      if (seq.empty()) return Error(cursor, "pattern '" + pat.id + "': \"seq\" is empty");
      size_t where = cursor;
      for (const auto& el : seq) {
        where = Locate(text_, el, where);
        Element e;
        std::string body = el;
        if (body.size() > 1 && body.back() == '?') {
          e.optional = true;
          body.pop_back();
        }
        size_t start = 0;
        while (start <= body.size()) {
          size_t bar = body.find('|', start);
          if (bar == std::string::npos) bar = body.size();
          int c = ClassByName(body.substr(start, bar - start));
          if (c < 0)
            return Error(where, "pattern '" + pat.id + "': unknown token class \"" + body.substr(start, bar - start) +
                                    "\"");
          e.mask |= Bit(c);
          start = bar + 1;
        }
        pat.seq.push_back(e);
      }
      for (size_t i = 0; i < pat.seq.size(); ++i) {
        Pattern::Opening o{pat.seq[i].mask, 0};
        for (size_t j = i + 1; j < pat.seq.size(); ++j) {
          o.next |= pat.seq[j].mask;
          if (!pat.seq[j].optional) break;
          if (j + 1 == pat.seq.size()) o.next = 0;  // the rest is optional: the match may end here
        }
        pat.first |= o.first;
        pat.openings.push_back(o);
        if (!pat.seq[i].optional) break;
      }
      if (std::all_of(pat.seq.begin(), pat.seq.end(), [](const Element& e) { return e.optional; }))
        return Error(cursor, "pattern '" + pat.id + "': every element is optional");
      auto same = std::find_if(vocab_->patterns.begin(), vocab_->patterns.end(),
                               [&](const Pattern& q) { return q.id == pat.id; });
      if (same != vocab_->patterns.end()) *same = std::move(pat);
      else vocab_->patterns.push_back(std::move(pat));
    }
    return s;
  }

  std::string path_;
  std::string text_;
  uint32_t module_id_;
  PhraseMatcher* matcher_;
  TimeVocab* vocab_;
  bool needs_upper_ = false;
};

}  // namespace

size_t ConnectorTable::SlotOf(std::string_view key, size_t h) const {
  const size_t mask = slots_.size() - 1;
  size_t i = (h >> 16) & mask;  // the filter uses the low 16 bits
  while (!slots_[i].key.empty() && !(slots_[i].hash == h && slots_[i].key == key)) i = (i + 1) & mask;
  return i;
}

Connector& ConnectorTable::Add(std::string_view key) {
  assert(!key.empty());
  slot_of_word_.clear();  // slots move on a rehash: AddWordsTo numbers them again
  const size_t h = util::FastHash(key);
  if (!slots_.empty()) {
    size_t i = SlotOf(key, h);
    if (!slots_[i].key.empty()) return slots_[i].value;
  }
  if (2 * (size_ + 1) > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_ = std::vector<Slot>(std::max<size_t>(64, 2 * old.size()));
    for (Slot& s : old) {
      if (s.key.empty()) continue;
      size_t i = SlotOf(s.key, s.hash);
      slots_[i] = std::move(s);
    }
  }
  Slot& s = slots_[SlotOf(key, h)];
  s.hash = h;
  s.key.assign(key);
  ++size_;
  max_bytes_ = std::max(max_bytes_, key.size());
  if (key.size() < 64) shapes_[static_cast<unsigned char>(key[0])] |= uint64_t{1} << key.size();
  filter_[(h >> 6) & 1023] |= uint64_t{1} << (h & 63);
  return s.value;
}

const Connector* ConnectorTable::Probe(std::string_view key, size_t h) const {
  const Slot& s = slots_[SlotOf(key, h)];
  return s.key.empty() ? nullptr : &s.value;
}

void ConnectorTable::AddWordsTo(PhraseMatcher* matcher) {
  slot_of_word_.clear();
  for (uint32_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i].key.empty()) continue;
    const uint32_t word = matcher->AddWord(slots_[i].key);
    if (word >= slot_of_word_.size()) slot_of_word_.resize(word + 1, kNoSlot);
    slot_of_word_[word] = i;
  }
}

std::vector<std::string_view> ConnectorTable::Keys() const {
  std::vector<std::string_view> keys;
  for (const Slot& s : slots_)
    if (!s.key.empty()) keys.push_back(s.key);
  return keys;
}

int ClassByName(const std::string& name) {
  for (const auto& n : kClassNames)
    if (name == n.name) return n.cls;
  return -1;
}

Status LoadTimeVocab(const std::vector<std::string>& rule_roots, uint32_t module_id, PhraseMatcher* matcher,
                     TimeVocab* vocab) {
  auto files = util::RuleFiles(rule_roots, "time");
  if (!files.ok()) return files.status();
  for (const auto& path : *files) {
    auto text = util::ReadFile(path);
    if (!text.ok()) return text.status();
    FileLoader loader(path, std::move(*text), module_id, matcher, vocab);
    Status s = loader.Load();
    if (!s.ok()) return s;
    vocab->files.push_back(path);
  }
  vocab->connectors.AddWordsTo(matcher);
  return Status::OK();
}

}  // namespace crosscheck::tag::time
