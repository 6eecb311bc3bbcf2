#include "ingest_test_util.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <system_error>
#include <vector>

namespace crosscheck::testing {

std::string RulesDir() { return std::string(CROSSCHECK_SOURCE_DIR) + "/rules"; }

const ingest::Cleaner& ShippedCleaner() {
  static const ingest::Cleaner* c = [] {
    auto* cl = new ingest::Cleaner;
    Status s = cl->Load({RulesDir()});
    if (!s.ok()) throw std::runtime_error(s.ToString());
    return cl;
  }();
  return *c;
}

Document CleanText(const std::string& text, bool html, const std::string& id) {
  ingest::RawDocument raw;
  raw.id = id;
  raw.source = id + (html ? ".html" : ".txt");
  raw.format = html ? "html" : "txt";
  raw.is_html = html;
  raw.text = text;
  ingest::Manifest none;
  auto d = ShippedCleaner().Clean(std::move(raw), none);
  if (!d.ok()) return Document{};
  return std::move(d).value();
}

std::string BodyText(const Document& d) {
  std::string s;
  for (const Span& b : d.body) {
    if (!s.empty()) s += "\n";
    s += d.text.substr(b.start, b.size());
  }
  return s;
}

bool InBody(const Document& d, const std::string& needle) {
  size_t p = d.text.find(needle);
  if (p == std::string::npos) return false;
  for (const Span& b : d.body)
    if (p >= b.start && p + needle.size() <= b.end) return true;
  return false;
}

bool TouchesBody(const Document& d, const std::string& needle) {
  size_t p = d.text.find(needle);
  if (p == std::string::npos) return false;
  for (const Span& b : d.body)
    if (p < b.end && p + needle.size() > b.start) return true;
  return false;
}

namespace {

// The folders TempDir made, removed (with what the tests wrote in them) when the test binary exits.
class MadeDirs {
 public:
  void Add(const std::filesystem::path& dir) {
    std::lock_guard<std::mutex> lock(mu_);
    dirs_.push_back(dir);
  }
  ~MadeDirs() {
    for (const auto& d : dirs_) {
      std::error_code ec;
      std::filesystem::remove_all(d, ec);
    }
  }

 private:
  std::mutex mu_;
  std::vector<std::filesystem::path> dirs_;
};

MadeDirs& Made() {
  static MadeDirs made;
  return made;
}

}  // namespace

std::string TempDir(const std::string& tag) {
  static std::atomic<int> n{0};
  auto dir = std::filesystem::temp_directory_path() /
             ("crosscheck-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Made().Add(dir);
  return dir.string();
}

void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary);
  out << data;
}

}  // namespace crosscheck::testing
