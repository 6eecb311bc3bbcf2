#include "engine/ingest/reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/util/fs.h"
#include "engine/util/json.h"

namespace crosscheck::ingest {

namespace {

const std::vector<std::string> kExtensions = {".txt", ".html", ".htm", ".json", ".jsonl"};

DocumentStatus Skip(const std::string& id, const std::string& source, size_t line, size_t bytes,
                    std::string reason) {
  DocumentStatus s;
  s.id = id;
  s.source = source;
  s.line = line;
  s.status = "skipped";
  s.reason = std::move(reason);
  s.bytes = bytes;
  return s;
}

bool LooksBinary(std::string_view data) {
  size_t n = std::min<size_t>(data.size(), 4096), nul = 0, ctrl = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == 0) ++nul;
    else if (c < 9 || (c > 13 && c < 32)) ++ctrl;
  }
  return nul > 0 || (n > 0 && ctrl * 10 > n);
}

// One JSON object → RawDocument. Returns an error reason, or "" on success.
std::string FromJson(const rapidjson::Value& v, RawDocument* d) {
  if (!v.IsObject()) return "not a JSON object";
  d->id = util::GetString(v, "id", d->id);
  d->url = util::GetString(v, "url");
  d->outlet = util::GetString(v, "outlet");
  d->lang = util::GetString(v, "lang");
  d->published = util::GetString(v, "published");
  d->title = util::GetString(v, "title");
  std::string html = util::GetString(v, "html");
  d->text = util::GetString(v, "text");
  if (d->text.empty() && !html.empty()) {
    d->text = std::move(html);
    d->is_html = true;
  }
  if (d->text.empty()) return "no \"text\" (or \"html\") field";
  return "";
}

void ReadJsonLines(std::istream& in, const std::string& source, const RawSink& on_doc, const SkipSink& on_skip) {
  std::string line;
  size_t n = 0;
  std::string stem = source == "-" ? "stdin" : util::Stem(source);
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    RawDocument d;
    d.id = stem + ":" + std::to_string(n);
    d.source = source;
    d.line = n;
    d.format = "jsonl";
    rapidjson::Document j;
    Status s = util::ParseJson(line, source + ":" + std::to_string(n), &j);
    std::string why = s.ok() ? FromJson(j, &d) : s.message();
    if (!why.empty()) {
      if (s.ok()) why = source + ":" + std::to_string(n) + ": " + why;
      on_skip(Skip(d.id, source, n, line.size(), why));
      continue;
    }
    on_doc(std::move(d));
  }
}

void ReadOneFile(const std::string& path, const RawSink& on_doc, const SkipSink& on_skip) {
  std::string ext = util::Extension(path);
  std::string stem = util::Stem(path);
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && static_cast<size_t>(st.st_size) > kMaxFileBytes) {
    on_skip(Skip(stem, path, 0, static_cast<size_t>(st.st_size),
                 path + ": file too large (" + std::to_string(st.st_size) + " bytes; limit " +
                     std::to_string(kMaxFileBytes) + ")"));
    return;
  }
  if (ext == ".jsonl") {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      on_skip(Skip(stem, path, 0, 0, path + ": cannot open"));
      return;
    }
    ReadJsonLines(in, path, on_doc, on_skip);
    return;
  }
  auto data = util::ReadFile(path);
  if (!data.ok()) {
    on_skip(Skip(stem, path, 0, 0, data.status().message()));
    return;
  }
  if (data->find_first_not_of(" \t\r\n") == std::string::npos) {
    on_skip(Skip(stem, path, 0, data->size(), path + ": empty file"));
    return;
  }
  if (LooksBinary(*data)) {
    on_skip(Skip(stem, path, 0, data->size(), path + ": binary data, not text"));
    return;
  }
  if (ext == ".json") {
    rapidjson::Document j;
    Status s = util::ParseJson(*data, path, &j);
    if (!s.ok()) {
      on_skip(Skip(stem, path, 0, data->size(), s.message()));
      return;
    }
    auto one = [&](const rapidjson::Value& v, size_t index, bool array) {
      RawDocument d;
      d.id = array ? stem + ":" + std::to_string(index + 1) : stem;
      d.source = path;
      d.line = array ? index + 1 : 0;
      d.format = "json";
      std::string why = FromJson(v, &d);
      if (!why.empty()) {
        on_skip(Skip(d.id, path, d.line, 0, path + (array ? "[" + std::to_string(index) + "]" : "") + ": " + why));
        return;
      }
      on_doc(std::move(d));
    };
    if (j.IsArray()) {
      for (rapidjson::SizeType i = 0; i < j.Size(); ++i) one(j[i], i, true);
    } else if (j.IsObject() && j.HasMember("documents") && j["documents"].IsArray()) {
      for (rapidjson::SizeType i = 0; i < j["documents"].Size(); ++i) one(j["documents"][i], i, true);
    } else {
      one(j, 0, false);
    }
    return;
  }
  RawDocument d;
  d.id = stem;
  d.source = path;
  d.format = (ext == ".html" || ext == ".htm") ? "html" : "txt";
  d.is_html = d.format == "html";
  d.text = std::move(*data);
  on_doc(std::move(d));
}

}  // namespace

Status ReadInputs(const std::vector<std::string>& inputs, const RawSink& on_doc, const SkipSink& on_skip) {
  Status first_error;
  for (const auto& input : inputs) {
    if (input == "-") {
      ReadJsonLines(std::cin, "-", on_doc, on_skip);
      continue;
    }
    struct stat st {};
    if (::stat(input.c_str(), &st) != 0) {
      on_skip(Skip(util::Stem(input), input, 0, 0, input + ": no such file or folder"));
      if (first_error.ok()) first_error = Status::NotFound(input + ": no such file or folder");
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      auto files = util::ListFiles(input, {});
      if (!files.ok()) {
        on_skip(Skip(util::Stem(input), input, 0, 0, files.status().message()));
        continue;
      }
      for (const auto& f : *files) {
        std::string ext = util::Extension(f);
        if (util::Basename(f) == "manifest.json") continue;  // metadata, not an article
        if (std::find(kExtensions.begin(), kExtensions.end(), ext) == kExtensions.end()) {
          on_skip(Skip(util::Stem(f), f, 0, 0, f + ": unsupported file type '" + ext + "'"));
          continue;
        }
        ReadOneFile(f, on_doc, on_skip);
      }
      continue;
    }
    ReadOneFile(input, on_doc, on_skip);
  }
  return first_error;
}

}  // namespace crosscheck::ingest
