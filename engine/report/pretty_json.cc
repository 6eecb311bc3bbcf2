#include "engine/report/pretty_json.h"

#include <charconv>

#include "engine/report/compact_json.h"

namespace crosscheck::report {

void PrettyJson::Prefix() {
  if (levels_.empty()) return;  // the root value
  Level& level = levels_.back();
  if (level.in_array) {
    if (level.values > 0) out_->append(single_line_arrays_ ? ", " : ",");
    if (!single_line_arrays_) {
      out_->push_back('\n');
      Indent();
    }
  } else {
    // Even counts are keys: a key starts a line; a value follows its key after ": ".
    if (level.values == 0) out_->push_back('\n');
    else out_->append(level.values % 2 == 0 ? ",\n" : ": ");
    if (level.values % 2 == 0) Indent();
  }
  ++level.values;
}

void PrettyJson::Close(char c) {
  const Level level = levels_.back();
  levels_.pop_back();
  // An empty object or array closes on its own line's bracket; a one-line array stays on its line.
  if (level.values > 0 && !(level.in_array && single_line_arrays_)) {
    out_->push_back('\n');
    Indent();
  }
  out_->push_back(c);
}

void PrettyJson::String(std::string_view s) {
  Prefix();
  AppendJsonString(out_, s);
}

void PrettyJson::Int(int n) {
  Prefix();
  char digits[16];
  out_->append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

void PrettyJson::Uint64(uint64_t n) {
  Prefix();
  char digits[24];
  out_->append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

}  // namespace crosscheck::report
