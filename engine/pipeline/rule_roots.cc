#include "engine/pipeline/rule_roots.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace crosscheck::pipeline {

namespace fs = std::filesystem;

std::string ShippedRulesDir() {
  if (const char* env = std::getenv("CROSSCHECK_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const char* rel : {"../rules", "rules", "../../rules", "../share/crosscheck/rules"}) {
      fs::path p = exe.parent_path() / rel;
      if (fs::is_directory(p / "lexicon", ec)) return fs::weakly_canonical(p, ec).string();
    }
  }
  return CROSSCHECK_RULES_DIR;
}

Result<std::vector<std::string>> RuleRoots(bool shipped, const std::vector<std::string>& user_dirs) {
  std::vector<std::string> roots;
  if (shipped) roots.push_back(ShippedRulesDir());
  for (const auto& d : user_dirs) {
    std::error_code ec;
    if (!fs::is_directory(d, ec)) return Status::NotFound(d + ": rules folder not found");
    roots.push_back(d);
  }
  return roots;
}

}  // namespace crosscheck::pipeline
