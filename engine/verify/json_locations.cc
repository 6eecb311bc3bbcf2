#include "engine/verify/json_locations.h"

#include <rapidjson/reader.h>

#include <vector>

namespace crosscheck::verify {

std::string PointerChild(const std::string& parent, std::string_view token) {
  std::string out = parent + "/";
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string PointerChild(const std::string& parent, size_t index) {
  return parent + "/" + std::to_string(index);
}

namespace {

// SAX handler: keeps the path to the current value and records where each value starts.
struct Indexer : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Indexer> {
  struct Frame {
    bool array = false;
    size_t index = 0;
    std::string pointer;
  };
  rapidjson::StringStream* stream = nullptr;
  std::unordered_map<std::string, size_t>* offsets = nullptr;
  std::vector<Frame> stack;
  std::string pending;  // pointer of the next value in an object (set by Key)

  std::string NextPointer() {
    if (stack.empty()) return "";
    Frame& f = stack.back();
    if (f.array) return PointerChild(f.pointer, f.index);
    return pending;
  }
  void Value(const std::string& p) {
    if (!stack.empty() && stack.back().array) {
      offsets->emplace(p, stream->Tell());
      ++stack.back().index;
    }
  }
  bool Default() {
    Value(NextPointer());
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    pending = PointerChild(stack.back().pointer, std::string_view(s, n));
    // The key's opening quote: Tell() is just past the closing one.
    size_t at = stream->Tell() >= n + 2 ? stream->Tell() - n - 2 : 0;
    offsets->emplace(pending, at);
    return true;
  }
  bool Start(bool array) {
    std::string p = NextPointer();
    if (!stack.empty() && stack.back().array) {
      offsets->emplace(p, stream->Tell() - 1);
      ++stack.back().index;
    }
    stack.push_back({array, 0, p});
    return true;
  }
  bool StartObject() { return Start(false); }
  bool StartArray() { return Start(true); }
  bool EndObject(rapidjson::SizeType) { stack.pop_back(); return true; }
  bool EndArray(rapidjson::SizeType) { stack.pop_back(); return true; }
};

}  // namespace

JsonLocations::JsonLocations(std::string_view text) : text_(text) {
  std::string copy(text);  // StringStream needs a NUL-terminated buffer
  rapidjson::StringStream ss(copy.c_str());
  Indexer h;
  h.stream = &ss;
  h.offsets = &offsets_;
  offsets_.emplace("", 0);
  rapidjson::Reader reader;
  reader.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(ss, h);
}

util::LineCol JsonLocations::At(std::string pointer) const {
  while (true) {
    auto it = offsets_.find(pointer);
    if (it != offsets_.end()) return util::LineColAt(text_, it->second);
    auto slash = pointer.rfind('/');
    if (slash == std::string::npos) return util::LineColAt(text_, 0);
    pointer.resize(slash);
  }
}

}  // namespace crosscheck::verify
