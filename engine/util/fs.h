// Files: whole-file reads, atomic writes (temp file + rename: a crash never leaves half a report),
// recursive listing in a stable order.
#ifndef CROSSCHECK_ENGINE_UTIL_FS_H_
#define CROSSCHECK_ENGINE_UTIL_FS_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::util {

Result<std::string> ReadFile(const std::string& path);
// Writes `data` to `path` through "<path>.tmp.<pid>" and rename(2).
Status WriteFileAtomic(const std::string& path, std::string_view data);
Status MakeDirs(const std::string& path);
// Regular files below `dir` (recursive), sorted by path; `exts` filters by extension (".json"),
// empty = all. Hidden files and folders (".git") are skipped.
Result<std::vector<std::string>> ListFiles(const std::string& dir, const std::vector<std::string>& exts);
// The rule files at `rel` below each rule root, in root order (so later roots can override): the
// file itself where `rel` names a file, the .json files below it (sorted) where it names a folder;
// roots without it are skipped. An error only when a folder cannot be listed.
Result<std::vector<std::string>> RuleFiles(const std::vector<std::string>& roots, const std::string& rel);
std::string Stem(const std::string& path);       // "a/b/c.txt" -> "c"
std::string Extension(const std::string& path);  // "a/b/c.TXT" -> ".txt" (lower-cased)
std::string Basename(const std::string& path);   // "a/b/c.txt" -> "c.txt"

}  // namespace crosscheck::util

#endif  // CROSSCHECK_ENGINE_UTIL_FS_H_
