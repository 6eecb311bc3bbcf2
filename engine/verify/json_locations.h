// Line:column of every value in a JSON text, by JSON Pointer ("/rules/0/message"), so errors found
// on the parsed Document (schema violations, bad placeholders) can name the place in the file.
#ifndef CROSSCHECK_ENGINE_VERIFY_JSON_LOCATIONS_H_
#define CROSSCHECK_ENGINE_VERIFY_JSON_LOCATIONS_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "engine/util/json.h"

namespace crosscheck::verify {

class JsonLocations {
 public:
  // Indexes `text` (same syntax as util::ParseJson: comments and trailing commas allowed). An object
  // member is located at its key, an array element at its value. Invalid JSON indexes what precedes
  // the error.
  explicit JsonLocations(std::string_view text);
  // The position of `pointer`, or of its nearest indexed ancestor (the root: 1:1).
  util::LineCol At(std::string pointer) const;

 private:
  std::string_view text_;
  std::unordered_map<std::string, size_t> offsets_;
};

// Appends a pointer token, escaped ("~" → "~0", "/" → "~1").
std::string PointerChild(const std::string& parent, std::string_view token);
std::string PointerChild(const std::string& parent, size_t index);

}  // namespace crosscheck::verify

#endif  // CROSSCHECK_ENGINE_VERIFY_JSON_LOCATIONS_H_
