#include "engine/tag/lexicon_parse.h"

#include <vector>

#include "engine/util/text.h"

namespace crosscheck::tag {

namespace {

using rapidjson::Value;

// The context of one entry, for error messages.
struct Where {
  const std::string* file;
  std::string pointer;  // "/persons/3"
  std::string what;     // "person 'Lloyd Austin'"
  Status Error(const std::string& msg) const {
    return Status::RuleError(*file + ": " + pointer + " (" + what + "): " + msg);
  }
};

// A name list: ["a", "b"] (any language) or {"en": [...], "uk": [...]}.
std::vector<NameForm> Names(const Value& entry, const char* key) {
  std::vector<NameForm> out;
  if (!entry.IsObject()) return out;
  auto it = entry.FindMember(key);
  if (it == entry.MemberEnd()) return out;
  const Value& v = it->value;
  auto add = [&](const Value& arr, const std::string& lang) {
    if (arr.IsString()) {
      out.push_back({arr.GetString(), lang});
      return;
    }
    if (!arr.IsArray()) return;
    for (const Value& s : arr.GetArray())
      if (s.IsString() && s.GetStringLength() > 0) out.push_back({s.GetString(), lang});
  };
  if (v.IsObject()) {
    for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) add(m->value, m->name.GetString());
  } else {
    add(v, "any");
  }
  return out;
}

std::vector<std::string> FoldedWords(const Value& doc, const char* key) {
  std::vector<std::string> out;
  for (const NameForm& n : Names(doc, key)) out.push_back(util::FoldKey(n.text));
  return out;
}

Status ReadDate(const Value& v, const char* key, const Where& w, PartialDate* out) {
  std::string s = util::GetString(v, key);
  if (s.empty()) return Status::OK();
  auto d = PartialDate::ParseIso(s);
  if (!d || d->year == 0) return w.Error(std::string("'") + key + "' is not an ISO date with a year: '" + s + "'");
  *out = *d;
  return Status::OK();
}

Status ReadTenures(const Value& list, const Where& w, bool on_person, const std::string& owner,
                   std::vector<Tenure>* out) {
  if (!list.IsArray()) return Status::OK();
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const Value& t = list[i];
    Tenure tenure;
    std::string other = util::GetString(t, on_person ? "office" : "person");
    if (other.empty()) return w.Error(std::string(on_person ? "offices/" : "holders/") + std::to_string(i) +
                                      ": missing '" + (on_person ? "office" : "person") + "'");
    tenure.person = on_person ? owner : other;
    tenure.office = on_person ? other : owner;
    Status s = ReadDate(t, "from", w, &tenure.from);
    if (s.ok()) s = ReadDate(t, "to", w, &tenure.to);
    if (!s.ok()) return s;
    if (tenure.from.year && tenure.to.year && CompareDates(tenure.from, tenure.to) != DateVerdict::kSame) {
      auto a = DaysFromEpoch({tenure.from.year, tenure.from.month ? tenure.from.month : 1,
                              tenure.from.day ? tenure.from.day : 1});
      auto b = DaysFromEpoch({tenure.to.year, tenure.to.month ? tenure.to.month : 12,
                              tenure.to.day ? tenure.to.day : 28});
      if (a && b && *a > *b) return w.Error("tenure in '" + other + "' ends before it starts");
    }
    out->push_back(tenure);
  }
  return Status::OK();
}

// Inserts or replaces `entry` by id; an id seen earlier in the same root is an error.
template <typename T>
Status Put(T entry, const std::string& id, const std::string& section, const Where& w, std::vector<T>* list,
           std::unordered_map<std::string, size_t>* index, std::set<std::string>* seen) {
  if (id.empty()) return w.Error("missing id");
  if (!seen->insert(section + "\x1f" + id).second) return w.Error("duplicate id in this rules folder");
  auto it = index->find(id);
  if (it != index->end()) {
    (*list)[it->second] = std::move(entry);
  } else {
    index->emplace(id, list->size());
    list->push_back(std::move(entry));
  }
  return Status::OK();
}

// "/persons/3/offices/0/from" → "person 'Lloyd Austin'" when the document has that entry.
std::string EntryAt(const Value& doc, const std::string& pointer) {
  if (pointer.size() < 2 || !doc.IsObject()) return "";
  size_t a = pointer.find('/', 1);
  std::string section = pointer.substr(1, a == std::string::npos ? std::string::npos : a - 1);
  if (a == std::string::npos) return "";
  size_t b = pointer.find('/', a + 1);
  std::string idx = pointer.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
  auto it = doc.FindMember(section.c_str());
  if (it == doc.MemberEnd() || !it->value.IsArray() || idx.empty() || idx.find_first_not_of("0123456789") != std::string::npos)
    return "";
  size_t n = std::stoul(idx);
  if (n >= it->value.Size()) return "";
  const Value& e = it->value[static_cast<rapidjson::SizeType>(n)];
  std::string id = util::GetString(e, "id");
  if (id.empty()) id = util::GetString(e, "code");
  return id.empty() ? "" : " (" + section + " entry '" + id + "')";
}

}  // namespace

Status LexiconParser::Parse(std::string_view text, const std::string& name, const util::JsonSchema* schema,
                            std::set<std::string>* seen, Lexicon* lex) {
  rapidjson::Document doc;
  Status s = util::ParseJson(text, name, &doc);
  if (!s.ok()) return s;
  if (!doc.IsObject()) return Status::RuleError(name + ": a lexicon file is a JSON object");
  if (schema) {
    std::vector<std::string> errors;
    if (!schema->Validate(doc, name, &errors)) {
      // Name the entry too: "<file>: /persons/3/side: violates ... (persons entry 'Lloyd Austin')".
      std::string msg = errors.front();
      size_t p1 = msg.find(": ");
      size_t p2 = p1 == std::string::npos ? p1 : msg.find(": ", p1 + 2);
      if (p2 != std::string::npos) {
        std::string pointer = msg.substr(p1 + 2, p2 - p1 - 2);
        if (!pointer.empty() && pointer[0] == '#') pointer.erase(0, 1);
        msg += EntryAt(doc, pointer);
      }
      return Status::RuleError(msg);
    }
  }
  Where w{&name, "", ""};
  auto section = [&](const char* key) -> const Value* {
    auto it = doc.FindMember(key);
    return it != doc.MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
  };

  if (const Value* list = section("persons")) {
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      const Value& e = (*list)[i];
      Person p;
      p.id = util::GetString(e, "id");
      p.side = util::GetString(e, "side");
      if (std::string g = util::GetString(e, "gender"); g == "m" || g == "f") p.gender = g[0];
      w.pointer = "/persons/" + std::to_string(i);
      w.what = "person '" + p.id + "'";
      p.given = Names(e, "given");
      p.surname = Names(e, "surname");
      p.patronymic = Names(e, "patronymic");
      p.aliases = Names(e, "aliases");
      p.misspellings = Names(e, "misspellings");
      p.source = name;
      if (p.surname.empty() && p.aliases.empty()) return w.Error("needs a 'surname' or 'aliases'");
      auto it = e.FindMember("offices");
      if (it != e.MemberEnd()) {
        s = ReadTenures(it->value, w, true, p.id, &p.tenures);
        if (!s.ok()) return s;
      }
      std::string id = p.id;
      s = Put(std::move(p), id, "person", w, &lex->persons_, &lex->person_index_, seen);
      if (!s.ok()) return s;
    }
  }
  if (const Value* list = section("offices")) {
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      const Value& e = (*list)[i];
      Office o;
      o.id = util::GetString(e, "id");
      o.side = util::GetString(e, "side");
      o.role = util::GetString(e, "role");
      o.name = util::GetString(e, "name", o.id);
      o.labels = Names(e, "labels");
      o.source = name;
      w.pointer = "/offices/" + std::to_string(i);
      w.what = "office '" + o.id + "'";
      auto it = e.FindMember("holders");
      if (it != e.MemberEnd()) {
        s = ReadTenures(it->value, w, false, o.id, &o.holders);
        if (!s.ok()) return s;
      }
      std::string id = o.id;
      s = Put(std::move(o), id, "office", w, &lex->offices_, &lex->office_index_, seen);
      if (!s.ok()) return s;
    }
  }
  if (const Value* list = section("roles")) {
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      const Value& e = (*list)[i];
      Role r{util::GetString(e, "id"), Names(e, "labels")};
      w.pointer = "/roles/" + std::to_string(i);
      w.what = "role '" + r.id + "'";
      std::string id = r.id;
      s = Put(std::move(r), id, "role", w, &lex->roles_, &lex->role_index_, seen);
      if (!s.ok()) return s;
    }
  }
  if (const Value* list = section("org_kinds")) {
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      const Value& e = (*list)[i];
      OrgKind k{util::GetString(e, "id"), util::GetString(e, "head_role"), Names(e, "labels")};
      w.pointer = "/org_kinds/" + std::to_string(i);
      w.what = "org kind '" + k.id + "'";
      std::string id = k.id;
      s = Put(std::move(k), id, "org_kind", w, &lex->org_kinds_, &lex->org_kind_index_, seen);
      if (!s.ok()) return s;
    }
  }
  if (const Value* list = section("sides")) {
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      const Value& e = (*list)[i];
      Side sd;
      sd.code = util::GetString(e, "code");
      sd.name = util::GetString(e, "name", sd.code);
      sd.names = Names(e, "names");
      sd.adjectives = Names(e, "adjectives");
      sd.phrases = Names(e, "phrases");
      sd.metonyms = Names(e, "metonyms");
      w.pointer = "/sides/" + std::to_string(i);
      w.what = "side '" + sd.code + "'";
      std::string id = sd.code;
      s = Put(std::move(sd), id, "side", w, &lex->sides_, &lex->side_index_, seen);
      if (!s.ok()) return s;
    }
  }
  for (const char* key : {"organisations", "outlets"}) {
    const Value* list = section(key);
    if (!list) continue;
    bool outlet = std::string(key) == "outlets";
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      const Value& e = (*list)[i];
      Organisation g;
      g.id = util::GetString(e, "id");
      g.side = util::GetString(e, "side");
      g.kind = util::GetString(e, "kind", outlet ? "outlet" : "");
      g.head = util::GetString(e, "head");
      g.is_outlet = outlet;
      g.is_side_metonym = util::GetBool(e, "side_metonym");
      g.names = Names(e, "names");
      w.pointer = std::string("/") + key + "/" + std::to_string(i);
      w.what = std::string(outlet ? "outlet" : "organisation") + " '" + g.id + "'";
      std::string id = g.id;
      s = Put(std::move(g), id, "organisation", w, &lex->organisations_, &lex->org_index_, seen);
      if (!s.ok()) return s;
    }
  }
  auto append = [](std::vector<std::string>* to, std::vector<std::string> more) {
    to->insert(to->end(), more.begin(), more.end());
  };
  append(&lex->stoplist_, FoldedWords(doc, "stoplist"));
  append(&lex->given_names_, FoldedWords(doc, "given_names"));
  append(&lex->connectors_, FoldedWords(doc, "connectors"));
  append(&lex->conjunctions_, FoldedWords(doc, "conjunctions"));
  append(&lex->place_prepositions_, FoldedWords(doc, "place_prepositions"));
  for (const NameForm& n : Names(doc, "ignore")) lex->ignore_.push_back(n.text);
  for (NameForm& n : Names(doc, "head_of")) lex->head_of_.push_back(std::move(n));
  return Status::OK();
}

}  // namespace crosscheck::tag
