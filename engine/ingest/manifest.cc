#include "engine/ingest/manifest.h"

#include "engine/util/fs.h"
#include "engine/util/json.h"

namespace crosscheck::ingest {

Status Manifest::Load(const std::string& path) {
  rapidjson::Document d;
  Status s = util::ReadJsonFile(path, &d);
  if (!s.ok()) return s;
  const rapidjson::Value* docs = nullptr;
  if (d.IsObject() && d.HasMember("documents") && d["documents"].IsArray()) docs = &d["documents"];
  else if (d.IsArray()) docs = &d;
  if (!docs) return Status::ParseError(path + ": expected {\"documents\": [...]} or an array");
  size_t i = 0;
  for (const auto& e : docs->GetArray()) {
    ++i;
    if (!e.IsObject()) return Status::ParseError(path + ": documents[" + std::to_string(i - 1) + "] is not an object");
    ManifestEntry m;
    m.id = util::GetString(e, "id");
    m.file = util::GetString(e, "file");
    m.lang = util::GetString(e, "lang");
    m.outlet = util::GetString(e, "outlet");
    m.published = util::GetString(e, "published");
    m.url = util::GetString(e, "url");
    m.title = util::GetString(e, "title");
    if (m.id.empty() && !m.file.empty()) m.id = util::Stem(m.file);
    if (m.id.empty()) return Status::ParseError(path + ": documents[" + std::to_string(i - 1) + "] has neither id nor file");
    if (!m.file.empty()) id_by_file_[util::Basename(m.file)] = m.id;
    by_id_[m.id] = std::move(m);
  }
  return Status::OK();
}

const ManifestEntry* Manifest::Find(const std::string& id, const std::string& file) const {
  if (by_id_.empty()) return nullptr;  // no manifest (the usual run): not even the file's base name
  auto it = by_id_.find(id);
  if (it != by_id_.end()) return &it->second;
  auto f = id_by_file_.find(util::Basename(file));
  if (f != id_by_file_.end()) return &by_id_.at(f->second);
  return nullptr;
}

}  // namespace crosscheck::ingest
