#include "engine/verify/rule_loader.h"

#include <rapidjson/schema.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "engine/pipeline/rule_roots.h"
#include "engine/util/fs.h"
#include "engine/verify/json_locations.h"
#include "engine/verify/message.h"

namespace crosscheck::verify {

namespace fs = std::filesystem;

std::string SourcePos::ToString() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string Diagnostic::ToString() const {
  std::string s = pos.ToString() + (warning ? ": warning: " : ": error: ");
  if (!rule.empty()) s += "rule '" + rule + "': ";
  return s + message;
}

size_t CountErrors(const std::vector<Diagnostic>& diags) {
  size_t n = 0;
  for (const auto& d : diags) n += !d.warning;
  return n;
}

std::string FormatDiagnostics(const std::vector<Diagnostic>& unsorted) {
  std::vector<Diagnostic> diags = unsorted;  // by file, then position: the order an editor shows
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.file, a.pos.line, a.pos.column) < std::tie(b.pos.file, b.pos.line, b.pos.column);
  });
  std::string out;
  for (const auto& d : diags) out += d.ToString() + "\n";
  size_t errors = CountErrors(diags), warnings = diags.size() - errors;
  out += std::to_string(errors) + (errors == 1 ? " error" : " errors");
  if (warnings) out += ", " + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings");
  return out;
}

std::vector<std::string> RuleFiles(const std::string& root) {
  std::error_code ec;
  if (fs::is_directory(root + "/checks", ec)) {
    auto files = util::ListFiles(root + "/checks", {".json"});
    return files.ok() ? *files : std::vector<std::string>{};
  }
  // A rules root for other stages (lexicon/, time/, ...) without checks/ holds no rule files.
  for (const char* sub : {"lexicon", "time", "events", "cues", "analyse", "ingest", "schema"})
    if (fs::is_directory(root + "/" + sub, ec)) return {};
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(root, ec))
    if (e.is_regular_file() && util::Extension(e.path().string()) == ".json") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

Status LoadCheckSchema(const std::vector<std::string>& roots, rapidjson::Document* schema) {
  std::error_code ec;
  std::string path = pipeline::ShippedRulesDir() + "/schema/check.schema.json";
  for (const auto& r : roots)
    if (fs::is_regular_file(r + "/schema/check.schema.json", ec)) {
      path = r + "/schema/check.schema.json";
      break;
    }
  return util::ReadJsonFile(path, schema);
}

namespace {

// Which check fields each check type reads, and which expect values it accepts.
struct CheckShape {
  std::set<std::string> fields;
  std::set<std::string> expects;
  std::vector<std::string> required;
  std::string default_slot;
};

const std::map<std::string, CheckShape>& Shapes() {
  static const std::map<std::string, CheckShape> kShapes = {
      {"compare", {{"type", "slot", "expect", "scope", "roles", "event_types", "date_precision", "min_outlets"},
                   {"agree", "conflict"}, {"slot", "expect"}, ""}},
      {"after_publication", {{"type", "slot", "roles", "event_types", "max_days_ahead"}, {}, {}, "date"}},
      {"weekday", {{"type", "slot", "roles", "event_types"}, {}, {}, "date"}},
      {"flag", {{"type", "slot", "roles", "event_types", "flags"}, {}, {"flags"}, "participants"}},
      {"timeline", {{"type", "slot", "expect", "roles", "event_types", "levels"}, {"contradicted", "fits"}, {"expect"},
                    "ordinal"}},
      {"corroboration", {{"type", "slot", "expect", "roles", "event_types", "min_independent"}, {"met", "unmet"},
                         {"expect"}, "event"}},
  };
  return kShapes;
}

const std::set<std::string> kRuleFields = {"id", "kind", "severity", "message", "metadata", "check", "tests"};
const std::set<std::string> kTestFields = {"name", "fires", "todo", "expect_docs", "expect_value", "docs"};
const std::set<std::string> kDocFields = {"id", "outlet", "lang", "published", "title", "url", "text"};

std::string KeywordText(const std::string& kw) {
  static const std::map<std::string, std::string> kText = {
      {"required", "a required field is missing"}, {"additionalProperties", "unknown field"},
      {"enum", "value is not one of the allowed values"}, {"type", "value has the wrong type"},
      {"minLength", "value is empty"}, {"minItems", "list is empty"}, {"minimum", "number is too small"},
      {"pattern", "value does not match the allowed pattern"}};
  auto it = kText.find(kw);
  return it == kText.end() ? "violates '" + kw + "'" : it->second;
}

}  // namespace

struct RuleLoader::Impl {
  explicit Impl(const rapidjson::Document& full) {
    // A schema for one rule alone: {"$ref": "#/definitions/rule", "definitions": <the file's>}, so
    // each rule is validated on its own and every rule's first violation is reported.
    rule_schema_doc.SetObject();
    auto& a = rule_schema_doc.GetAllocator();
    rule_schema_doc.AddMember("$ref", "#/definitions/rule", a);
    rapidjson::Value defs;
    auto it = full.FindMember("definitions");
    if (it != full.MemberEnd()) defs.CopyFrom(it->value, a);
    else defs.SetObject();
    rule_schema_doc.AddMember("definitions", defs, a);
    rule_schema = std::make_unique<rapidjson::SchemaDocument>(rule_schema_doc);
  }

  rapidjson::Document rule_schema_doc;
  std::unique_ptr<rapidjson::SchemaDocument> rule_schema;
};

RuleLoader::RuleLoader(const rapidjson::Document& schema) : impl_(std::make_unique<Impl>(schema)) {}
RuleLoader::~RuleLoader() = default;

namespace {

class FileLoader {
 public:
  FileLoader(const std::string& path, const std::string& text, std::vector<Diagnostic>* diags)
      : path_(path), loc_(text), diags_(diags) {}

  SourcePos Pos(const std::string& pointer) const {
    auto lc = loc_.At(pointer);
    return {path_, lc.line, lc.column};
  }
  void Error(const std::string& pointer, const std::string& rule, const std::string& msg) {
    diags_->push_back({Pos(pointer), rule, msg, false});
    ++errors_;
  }
  size_t errors() const { return errors_; }

  void UnknownFields(const rapidjson::Value& obj, const std::set<std::string>& known, const std::string& ptr,
                     const std::string& rule, const char* what) {
    if (!obj.IsObject()) return;
    for (auto& m : obj.GetObject()) {
      std::string k(m.name.GetString(), m.name.GetStringLength());
      if (!known.count(k)) Error(PointerChild(ptr, k), rule, std::string("unknown field '") + k + "' in " + what);
    }
  }

  void Schema(const rapidjson::SchemaDocument& sd, const rapidjson::Value& v, const std::string& ptr,
              const std::string& rule) {
    rapidjson::SchemaValidator validator(sd);
    if (v.Accept(validator)) return;
    std::string kw = validator.GetInvalidSchemaKeyword();
    if (kw == "additionalProperties") return;  // reported with the field's name by UnknownFields
    rapidjson::StringBuffer where;
    validator.GetInvalidDocumentPointer().Stringify(where);
    std::string p = ptr + where.GetString();
    Error(p, rule, std::string(where.GetString()).substr(1) + ": " + KeywordText(kw));
  }

  void Check(const rapidjson::Value& c, const std::string& ptr, const std::string& rule, CheckSpec* spec) {
    if (!c.IsObject()) return;
    spec->type = util::GetString(c, "type");
    auto shape = Shapes().find(spec->type);
    if (shape == Shapes().end()) return;  // the schema reports it
    for (auto& m : c.GetObject()) {
      std::string k(m.name.GetString(), m.name.GetStringLength());
      if (!shape->second.fields.count(k) && kAllCheckFields().count(k))
        Error(PointerChild(ptr, k), rule, "check field '" + k + "' does not apply to type '" + spec->type + "'");
    }
    for (const auto& r : shape->second.required)
      if (!c.HasMember(r.c_str()))
        Error(ptr, rule, "check type '" + spec->type + "' needs the field '" + r + "'");
    spec->slot = util::GetString(c, "slot", shape->second.default_slot);
    spec->expect = util::GetString(c, "expect");
    if (!spec->expect.empty() && !shape->second.expects.count(spec->expect)) {
      std::string allowed;
      for (const auto& e : shape->second.expects) allowed += (allowed.empty() ? "" : ", ") + e;
      Error(PointerChild(ptr, "expect"), rule, "expect '" + spec->expect + "' does not apply to type '" + spec->type +
                                                   "' (allowed: " + allowed + ")");
    }
    if (spec->type == "compare" && spec->slot == "event")
      Error(PointerChild(ptr, "slot"), rule, "compare needs a claim slot, not 'event'");
    spec->scope = util::GetString(c, "scope", spec->scope);
    if (c.HasMember("roles")) spec->roles = util::GetStrings(c, "roles");
    spec->event_types = util::GetStrings(c, "event_types");
    spec->date_precision = util::GetString(c, "date_precision", spec->date_precision);
    spec->min_outlets = util::GetInt(c, "min_outlets", spec->min_outlets);
    spec->min_independent = util::GetInt(c, "min_independent", spec->min_independent);
    spec->flags = util::GetStrings(c, "flags");
    if (c.HasMember("levels")) spec->levels = util::GetStrings(c, "levels");
    spec->max_days_ahead = util::GetInt(c, "max_days_ahead", spec->max_days_ahead);
  }

  static const std::set<std::string>& kAllCheckFields() {
    static const std::set<std::string> kAll = [] {
      std::set<std::string> s;
      for (const auto& [t, shape] : Shapes()) s.insert(shape.fields.begin(), shape.fields.end());
      return s;
    }();
    return kAll;
  }

  void Message(const std::string& msg, const std::string& ptr, const std::string& rule) {
    for (const auto& p : Placeholders(msg)) {
      if (msg.find('}', p.offset) == std::string::npos)
        Error(ptr, rule, "message: unterminated placeholder '" + msg.substr(p.offset, 24) + "'");
      else if (!KnownPlaceholders().count(p.name))
        Error(ptr, rule, "message: unknown placeholder {" + p.name + "} (see rules/README.md, Checks)");
    }
  }

  void Tests(const rapidjson::Value& tests, const std::string& ptr, const std::string& rule, std::vector<RuleTest>* out) {
    if (!tests.IsArray()) return;
    for (rapidjson::SizeType i = 0; i < tests.Size(); ++i) {
      const auto& t = tests[i];
      std::string tp = PointerChild(ptr, i);
      UnknownFields(t, kTestFields, tp, rule, "test");
      RuleTest rt;
      rt.name = util::GetString(t, "name");
      rt.fires = util::GetBool(t, "fires", true);
      rt.todo = util::GetString(t, "todo");
      rt.docs = util::GetStrings(t, "expect_docs");
      rt.value = util::GetString(t, "expect_value");
      rt.pos = Pos(tp);
      auto docs = t.FindMember("docs");
      if (docs != t.MemberEnd() && docs->value.IsArray()) {
        for (rapidjson::SizeType j = 0; j < docs->value.Size(); ++j) {
          const auto& d = docs->value[j];
          UnknownFields(d, kDocFields, PointerChild(PointerChild(tp, "docs"), j), rule, "test document");
          util::JsonBuffer sb;
          util::JsonWriter w(sb);
          d.Accept(w);
          rt.jsonl += std::string(sb.GetString()) + "\n";
        }
      }
      out->push_back(std::move(rt));
    }
  }

 private:
  std::string path_;
  JsonLocations loc_;
  std::vector<Diagnostic>* diags_;
  size_t errors_ = 0;
};

}  // namespace

size_t RuleLoader::LoadFile(const std::string& path, const std::string& root, std::vector<Rule>* rules,
                            std::vector<Diagnostic>* diags) const {
  auto text = util::ReadFile(path);
  if (!text.ok()) {
    diags->push_back({{path, 0, 0}, "", text.status().message(), false});
    return 0;
  }
  rapidjson::Document doc;
  Status ps = util::ParseJson(*text, path, &doc);
  if (!ps.ok()) {
    // "path:line:col: what": keep RapidJSON's position.
    std::string m = ps.message();
    Diagnostic d{{path, 1, 1}, "", m, false};
    size_t a = m.find(':', path.size()), b = a == std::string::npos ? a : m.find(':', a + 1),
           c = b == std::string::npos ? b : m.find(':', b + 1);
    if (c != std::string::npos) {
      d.pos.line = std::stoul(m.substr(a + 1, b - a - 1));
      d.pos.column = std::stoul(m.substr(b + 1, c - b - 1));
      d.message = m.substr(c + 2);
    }
    diags->push_back(d);
    return 0;
  }
  FileLoader f(path, *text, diags);
  if (!doc.IsObject()) {
    f.Error("", "", "a rule file is an object {\"rules\": [...]}");
    return 0;
  }
  f.UnknownFields(doc, {"$schema", "description", "rules"}, "", "", "rule file");
  auto rs = doc.FindMember("rules");
  if (rs == doc.MemberEnd() || !rs->value.IsArray()) {
    f.Error("", "", "a rule file needs a \"rules\" array");
    return 0;
  }
  size_t seen = 0;
  for (rapidjson::SizeType i = 0; i < rs->value.Size(); ++i, ++seen) {
    const auto& r = rs->value[i];
    std::string ptr = "/rules/" + std::to_string(i);
    size_t before = f.errors();
    Rule rule;
    rule.id = util::GetString(r, "id");
    std::string label = rule.id.empty() ? "#" + std::to_string(i + 1) : rule.id;
    if (!r.IsObject()) {
      f.Error(ptr, label, "a rule is an object");
      continue;
    }
    f.UnknownFields(r, kRuleFields, ptr, label, "rule");
    if (auto c = r.FindMember("check"); c != r.MemberEnd())
      f.UnknownFields(c->value, FileLoader::kAllCheckFields(), ptr + "/check", label, "check");
    f.Schema(*impl_->rule_schema, r, ptr, label);
    rule.kind = util::GetString(r, "kind");
    rule.severity = util::GetString(r, "severity");
    rule.message = util::GetString(r, "message");
    rule.pos = f.Pos(ptr);
    rule.root = root;
    if (auto m = r.FindMember("metadata"); m != r.MemberEnd()) rule.description = util::GetString(m->value, "description");
    f.Message(rule.message, ptr + "/message", label);
    if (auto c = r.FindMember("check"); c != r.MemberEnd()) f.Check(c->value, ptr + "/check", label, &rule.check);
    if (auto t = r.FindMember("tests"); t != r.MemberEnd()) f.Tests(t->value, ptr + "/tests", label, &rule.tests);
    if (f.errors() == before) rules->push_back(std::move(rule));
  }
  return seen;
}

}  // namespace crosscheck::verify
