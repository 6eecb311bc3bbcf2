#include "engine/util/json.h"

#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>

#include "engine/util/fs.h"

namespace crosscheck::util {

LineCol LineColAt(std::string_view text, size_t offset) {
  LineCol lc;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      lc.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++lc.column;
    }
  }
  return lc;
}

namespace {

Status ParseError(std::string_view text, const std::string& name, const rapidjson::Document& doc) {
  LineCol lc = LineColAt(text, doc.GetErrorOffset());
  return Status::ParseError(name + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " +
                            rapidjson::GetParseError_En(doc.GetParseError()));
}
}  // namespace

Status ParseJson(const std::string& text, const std::string& name, rapidjson::Document* doc) {
  // Only the (text, size) form skips a UTF-8 BOM and reads past a NUL byte: such texts take it.
  if (NeedsSizedStream(text)) return ParseJson(std::string_view(text), name, doc);
  doc->Parse<kJsonParseFlags>(text.c_str());
  if (doc->HasParseError()) return ParseError(text, name, *doc);
  return Status::OK();
}

Status ParseJson(std::string_view text, const std::string& name, rapidjson::Document* doc) {
  doc->Parse<kJsonParseFlags>(text.data(), text.size());
  if (doc->HasParseError()) return ParseError(text, name, *doc);
  return Status::OK();
}

Status ReadJsonFile(const std::string& path, rapidjson::Document* doc) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  return ParseJson(*text, path, doc);
}

namespace {
bool Validate(const rapidjson::SchemaDocument& sd, const rapidjson::Value& doc, const std::string& name,
              std::vector<std::string>* errors) {
  // RapidJSON 1.1 stops at the first violation and reports where it is and which keyword failed.
  rapidjson::SchemaValidator validator(sd);
  if (doc.Accept(validator)) return true;
  rapidjson::StringBuffer where, rule;
  validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
  validator.GetInvalidSchemaPointer().StringifyUriFragment(rule);
  errors->push_back(name + ": " + where.GetString() + ": violates '" + validator.GetInvalidSchemaKeyword() +
                    "' (schema " + rule.GetString() + ")");
  return false;
}
}  // namespace

bool ValidateAgainstSchema(const rapidjson::Document& schema, const rapidjson::Value& doc,
                           const std::string& name, std::vector<std::string>* errors) {
  return Validate(rapidjson::SchemaDocument(schema), doc, name, errors);
}

struct JsonSchema::Compiled {
  explicit Compiled(const rapidjson::Document& schema) : document(Copy(schema)), sd(document) {}
  static rapidjson::Document Copy(const rapidjson::Document& schema) {
    rapidjson::Document d;
    d.CopyFrom(schema, d.GetAllocator());
    return d;
  }
  rapidjson::Document document;  // what `sd` was compiled from
  rapidjson::SchemaDocument sd;
};

JsonSchema::JsonSchema(const rapidjson::Document& schema) : compiled_(std::make_unique<Compiled>(schema)) {}

JsonSchema::~JsonSchema() = default;

bool JsonSchema::Validate(const rapidjson::Value& doc, const std::string& name,
                          std::vector<std::string>* errors) const {
  return util::Validate(compiled_->sd, doc, name, errors);
}

std::string GetString(const rapidjson::Value& v, const char* key, std::string def) {
  if (!v.IsObject()) return def;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return def;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

int GetInt(const rapidjson::Value& v, const char* key, int def) {
  if (!v.IsObject()) return def;
  auto it = v.FindMember(key);
  return (it != v.MemberEnd() && it->value.IsInt()) ? it->value.GetInt() : def;
}

double GetDouble(const rapidjson::Value& v, const char* key, double def) {
  if (!v.IsObject()) return def;
  auto it = v.FindMember(key);
  return (it != v.MemberEnd() && it->value.IsNumber()) ? it->value.GetDouble() : def;
}

bool GetBool(const rapidjson::Value& v, const char* key, bool def) {
  if (!v.IsObject()) return def;
  auto it = v.FindMember(key);
  return (it != v.MemberEnd() && it->value.IsBool()) ? it->value.GetBool() : def;
}

std::vector<std::string> GetStrings(const rapidjson::Value& v, const char* key) {
  std::vector<std::string> out;
  if (!v.IsObject()) return out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd()) return out;
  if (it->value.IsString()) {
    out.emplace_back(it->value.GetString(), it->value.GetStringLength());
  } else if (it->value.IsArray()) {
    for (auto& s : it->value.GetArray())
      if (s.IsString()) out.emplace_back(s.GetString(), s.GetStringLength());
  }
  return out;
}

}  // namespace crosscheck::util
