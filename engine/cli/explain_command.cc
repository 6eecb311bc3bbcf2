// `crosscheck explain FINDING_ID --run DIR`: why a finding fired, from the files a run wrote
// (findings.json, claims.jsonl, events.json): the rule, its message and explanation, each side's value
// with its outlets, and every claim with its document, outlet, language, sentence, byte offsets and the
// words each slot was read from. Exit 0, or 2 with a message on stderr when the run folder, one of its
// files or the finding is missing.
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "engine/cli/commands.h"
#include "engine/util/fs.h"
#include "engine/util/json.h"

namespace crosscheck::cli {

namespace {

using rapidjson::Value;
using util::GetInt;
using util::GetString;
using util::GetStrings;

constexpr int kUsageError = 2;

int Fail(const std::string& message) {
  std::fprintf(stderr, "crosscheck explain: %s\n", message.c_str());
  return kUsageError;
}

std::string Join(const std::vector<std::string>& v, const char* sep = ", ") {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// A string member, or "" when it is missing or null (the contract writes null for "unknown").
std::string Str(const Value& v, const char* key) { return v.IsObject() ? GetString(v, key) : ""; }

// ` from "words"`, or nothing when the words are unknown.
std::string From(const std::string& words) { return words.empty() ? "" : " from \"" + words + "\""; }

size_t Offset(const Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsUint64() ? it->value.GetUint64() : 0;
}

// Reads DIR/claims.jsonl keeping only the claims in `wanted` (a run can hold millions of lines).
Status ReadClaims(const std::string& path, const std::set<std::string>& wanted,
                  std::map<std::string, rapidjson::Document>* out) {
  auto text = util::ReadFile(path);
  if (!text.ok()) return text.status();
  std::string_view all = *text;
  size_t line_no = 0;
  for (size_t pos = 0; pos < all.size();) {
    size_t end = all.find('\n', pos);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    rapidjson::Document d;
    Status s = util::ParseJson(line, path + ":" + std::to_string(line_no), &d);
    if (!s.ok()) return s;
    std::string id = Str(d, "id");
    if (wanted.count(id)) out->emplace(id, std::move(d));
  }
  return Status::OK();
}

const Value* FindById(const Value& doc, const char* array, const std::string& id) {
  auto it = doc.FindMember(array);
  if (it == doc.MemberEnd() || !it->value.IsArray()) return nullptr;
  for (const auto& v : it->value.GetArray())
    if (v.IsObject() && GetString(v, "id") == id) return &v;
  return nullptr;
}

std::vector<std::string> Ids(const Value& doc, const char* array) {
  std::vector<std::string> out;
  auto it = doc.FindMember(array);
  if (it != doc.MemberEnd() && it->value.IsArray())
    for (const auto& v : it->value.GetArray())
      if (v.IsObject()) out.push_back(GetString(v, "id"));
  return out;
}

// "date 2024-06-26 from "26 июня" (publication)"-style lines: what each slot of the claim was read as.
void PrintSlots(const Value& c) {
  std::string date = Str(c, "date");
  if (!date.empty()) {
    std::printf("      date        %s", date.c_str());
    if (!Str(c, "date_end").empty()) std::printf(" – %s", Str(c, "date_end").c_str());
    std::printf("%s", From(Str(c, "date_text")).c_str());
    if (!Str(c, "date_basis").empty()) std::printf(" (year/date basis: %s)", Str(c, "date_basis").c_str());
    std::printf("\n");
  }
  auto parts = c.FindMember("participants_detail");
  if (parts != c.MemberEnd() && parts->value.IsArray() && !parts->value.Empty()) {
    std::vector<std::string> ps;
    for (const auto& p : parts->value.GetArray()) {
      std::string s = Str(p, "name");
      if (!Str(p, "written").empty() && Str(p, "written") != s) s += " (\"" + Str(p, "written") + "\")";
      if (!Str(p, "via").empty() && Str(p, "via") != "name") s += " via " + Str(p, "via");
      ps.push_back(s);
    }
    std::printf("      participants %s\n", Join(ps, "; ").c_str());
  }
  if (!Str(c, "initiator").empty() || !Str(c, "initiator_text").empty())
    std::printf("      initiator   %s%s\n", Str(c, "initiator").c_str(), From(Str(c, "initiator_text")).c_str());
  auto ord = c.FindMember("ordinal");
  if (ord != c.MemberEnd() && ord->value.IsObject()) {
    const Value& o = ord->value;
    std::printf("      ordinal     #%d scope %s", GetInt(o, "n"), Str(o, "scope").c_str());
    if (!Str(o, "since").empty()) std::printf(" since %s", Str(o, "since").c_str());
    if (!Str(o, "period").empty()) std::printf(" period %s", Str(o, "period").c_str());
    std::printf("%s\n", From(Str(o, "text")).c_str());
  }
  if (!Str(c, "attributed_to").empty() || !Str(c, "attribution_text").empty())
    std::printf("      attribution %s%s\n", Str(c, "attributed_to").c_str(), From(Str(c, "attribution_text")).c_str());
  if (util::GetBool(c, "hedged")) std::printf("      hedged\n");
  if (util::GetBool(c, "negated")) std::printf("      negated\n");
  if (util::GetBool(c, "planned")) std::printf("      planned (announced, not reported as done)\n");
}

void PrintClaim(size_t n, const std::string& id, const std::string& side, const Value& c) {
  std::printf("  [%zu] %s%s\n", n, id.c_str(), side.empty() ? "" : ("  (side \"" + side + "\")").c_str());
  std::printf("      document    %s\n      outlet      %s\n      language    %s\n      role        %s %s\n",
              Str(c, "doc").c_str(), Str(c, "outlet").c_str(), Str(c, "lang").c_str(), Str(c, "role").c_str(),
              Str(c, "type").c_str());
  auto ev = c.FindMember("evidence");
  if (ev != c.MemberEnd() && ev->value.IsObject()) {
    const Value& e = ev->value;
    size_t start = Offset(e, "start"), end = Offset(e, "end");
    std::string text = Str(e, "text");
    // Continuation lines of a multi-line evidence are indented under the first.
    std::string shown;
    for (char ch : text) shown += ch == '\n' ? std::string("\n                  ") : std::string(1, ch);
    std::printf("      offsets     bytes %zu–%zu of the document text\n      sentence    «%s»\n", start, end, shown.c_str());
    auto hl = e.FindMember("highlights");
    if (hl != e.MemberEnd() && hl->value.IsArray()) {
      for (const auto& h : hl->value.GetArray()) {
        size_t hs = Offset(h, "start"), he = Offset(h, "end");
        std::string words = hs >= start && he <= end && hs <= he ? text.substr(hs - start, he - hs) : "(outside the sentence)";
        std::printf("      read        %-12s \"%s\" at bytes %zu–%zu\n", Str(h, "slot").c_str(), words.c_str(), hs, he);
      }
    }
  }
  PrintSlots(c);
  auto flags = c.FindMember("flags");
  if (flags != c.MemberEnd() && flags->value.IsArray())
    for (const auto& f : flags->value.GetArray())
      std::printf("      flag        %s: %s\n", Str(f, "code").c_str(), Str(f, "detail").c_str());
}

int Explain(const std::string& id, const std::string& dir) {
  if (!util::ReadFile(dir + "/findings.json").ok()) {
    return Fail("no run at '" + dir + "': " + dir +
                "/findings.json cannot be read (give the --out folder of `crosscheck run`)");
  }
  rapidjson::Document findings, events;
  Status s = util::ReadJsonFile(dir + "/findings.json", &findings);
  if (!s.ok()) return Fail(s.message());
  const Value* f = FindById(findings, "findings", id);
  if (!f) {
    auto ids = Ids(findings, "findings");
    std::string have = ids.empty() ? "it has no findings"
                       : ids.size() <= 12 ? "it has " + Join(ids)
                                          : "it has " + std::to_string(ids.size()) + " findings, " + ids.front() + " … " + ids.back();
    return Fail("finding '" + id + "' is not in " + dir + "/findings.json (" + have + ")");
  }
  s = util::ReadJsonFile(dir + "/events.json", &events);
  if (!s.ok()) return Fail(s.message());
  std::vector<std::string> claim_ids = GetStrings(*f, "claims");
  std::map<std::string, rapidjson::Document> claims;
  s = ReadClaims(dir + "/claims.jsonl", std::set<std::string>(claim_ids.begin(), claim_ids.end()), &claims);
  if (!s.ok()) return Fail(s.message());

  std::printf("%s  %s · %s · rule %s\n", id.c_str(), Str(*f, "kind").c_str(), Str(*f, "severity").c_str(),
              Str(*f, "rule").c_str());
  std::printf("  message     %s\n", Str(*f, "message").c_str());
  std::printf("  why         %s\n", Str(*f, "explanation").empty() ? "(the rule gave no explanation)" : Str(*f, "explanation").c_str());
  std::string event = Str(*f, "event");
  if (event.empty()) {
    std::printf("  event       none (a document-level finding)\n");
  } else if (const Value* e = FindById(events, "events", event)) {
    std::printf("  event       %s: %s on %s, %s (%zu claims)\n", event.c_str(), Str(*e, "type").c_str(),
                Str(*e, "date").empty() ? "an open date" : Str(*e, "date").c_str(), Join(GetStrings(*e, "participants")).c_str(),
                GetStrings(*e, "claims").size());
  } else {
    std::printf("  event       %s (not in events.json)\n", event.c_str());
  }
  if (!Str(*f, "slot").empty()) std::printf("  slot        %s\n", Str(*f, "slot").c_str());
  if (!Str(*f, "consensus").empty())
    std::printf("  consensus   %s, backed by %d independent outlet(s)\n", Str(*f, "consensus").c_str(), GetInt(*f, "support"));

  std::map<std::string, std::string> side_of;
  auto values = f->FindMember("values");
  if (values != f->MemberEnd() && values->value.IsArray() && !values->value.Empty()) {
    std::printf("\nvalues compared\n");
    for (const auto& v : values->value.GetArray()) {
      std::string value = Str(v, "value");
      std::printf("  %-22s %d independent · outlets: %s · claims: %s\n", ("\"" + value + "\"").c_str(), GetInt(v, "independent"),
                  Join(GetStrings(v, "outlets")).c_str(), Join(GetStrings(v, "claims")).c_str());
      for (const auto& c : GetStrings(v, "claims")) side_of.emplace(c, value);
    }
  }
  std::printf("\nclaims\n");
  size_t n = 0;
  for (const auto& cid : claim_ids) {
    auto it = claims.find(cid);
    if (it == claims.end()) {
      std::printf("  [%zu] %s  (not in claims.jsonl)\n", ++n, cid.c_str());
      continue;
    }
    PrintClaim(++n, cid, side_of.count(cid) ? side_of[cid] : "", it->second);
  }
  if (claim_ids.empty()) std::printf("  (none)\n");
  auto docs = GetStrings(*f, "docs");
  if (!docs.empty()) std::printf("\ndocuments   %s\n", Join(docs).c_str());
  return 0;
}

}  // namespace

Command AddExplainCommand(CLI::App& app) {
  auto* sub = app.add_subcommand("explain", "Explain one finding of a run: rule, message, claims, sentences, offsets, verdict");
  auto id = std::make_shared<std::string>();
  auto dir = std::make_shared<std::string>();
  sub->add_option("finding", *id, "Finding id, as in findings.json (e.g. F3)")->required();
  sub->add_option("--run", *dir, "The --out folder of a `crosscheck run`")->required();
  return [sub, id, dir]() { return sub->parsed() ? Explain(*id, *dir) : 0; };
}

}  // namespace crosscheck::cli
