#include "engine/util/fs.h"

#include "engine/util/sink.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosscheck::util {

namespace fs = std::filesystem;

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  return ss.str();
}

Status WriteFileAtomic(const std::string& path, std::string_view data) {
  OutputFile out;  // a temporary name beside `path`, renamed over it only when every byte was written
  if (Status s = out.Open(path); !s.ok()) return s;
  out.Append(data);
  return out.Commit();
}

Status MakeDirs(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) return Status::IoError(path + ": cannot create folder: " + ec.message());
  return Status::OK();
}

std::string Extension(const std::string& path) {
  std::string e = fs::path(path).extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
  return e;
}
std::string Stem(const std::string& path) { return fs::path(path).stem().string(); }
std::string Basename(const std::string& path) { return fs::path(path).filename().string(); }

Result<std::vector<std::string>> ListFiles(const std::string& dir, const std::vector<std::string>& exts) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) return Status::IoError(dir + ": cannot list: " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::IoError(dir + ": cannot list: " + ec.message());
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (!exts.empty() && std::find(exts.begin(), exts.end(), Extension(it->path().string())) == exts.end())
      continue;
    out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

Result<std::vector<std::string>> RuleFiles(const std::vector<std::string>& roots, const std::string& rel) {
  std::vector<std::string> out;
  for (const auto& root : roots) {
    std::string path = root + "/" + rel;
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
      out.push_back(path);
    } else if (fs::is_directory(path, ec)) {
      auto files = ListFiles(path, {".json"});
      if (!files.ok()) return files.status();
      out.insert(out.end(), files->begin(), files->end());
    }
  }
  return out;
}

}  // namespace crosscheck::util
