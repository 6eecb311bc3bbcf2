#include "engine/ingest/reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/ingest/flat_json.h"
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
  // UTF-16 with a byte-order mark is text (the cleaner transcodes it).
  if (data.size() >= 2 && ((data[0] == '\xFF' && data[1] == '\xFE') || (data[0] == '\xFE' && data[1] == '\xFF')))
    return false;
  size_t n = std::min<size_t>(data.size(), 4096), nul = 0, ctrl = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == 0) ++nul;
    else if (c < 9 || (c > 13 && c < 32)) ++ctrl;
  }
  return nul > 0 || (n > 0 && ctrl * 10 > n);
}

// Reads a whole file with one allocation (ReadFile streams through a stringstream: two copies).
Result<std::string> ReadWhole(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::string data;
  struct stat st {};
  if (::fstat(fileno(f), &st) == 0 && st.st_size > 0) data.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  bool err = std::ferror(f);
  std::fclose(f);
  if (err) return Status::IoError(path + ": read failed: " + std::strerror(errno));
  return data;
}

void StripBom(std::string* s) {
  if (s->rfind("\xEF\xBB\xBF", 0) == 0) s->erase(0, 3);
}

// Byte offsets where the elements of a top-level JSON array start, found by scanning strings and
// nesting only; used to name an element's line, and to recover the good elements of an array
// that does not parse as a whole. Empty when the text is not an array.
std::vector<std::pair<size_t, size_t>> ArrayElements(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t p = s.find_first_not_of(" \t\r\n");
  if (p == std::string_view::npos || s[p] != '[') return out;
  int depth = 0;
  bool in_str = false;
  size_t start = std::string_view::npos;
  for (size_t i = p; i < s.size(); ++i) {
    char c = s[i];
    if (in_str) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_str = false;
      } else if (c == '\n') {
        // JSON strings hold no raw newline: the string is unterminated. Treat the broken element
        // as ending on this line, so the next line's element is read again.
        in_str = false;
        if (start != std::string_view::npos) out.push_back({start, i});
        start = std::string_view::npos;
        depth = 1;
      }
      continue;
    }
    if (depth == 1 && start == std::string_view::npos && c != ' ' && c != '\t' && c != '\r' && c != '\n' &&
        c != ',' && c != ']')
      start = i;
    if (c == '"') in_str = true;
    else if (c == '[' || c == '{') ++depth;
    else if (c == ']' || c == '}') {
      if (--depth == 0) {
        if (start != std::string_view::npos) out.push_back({start, i});
        return out;
      }
    } else if (c == ',' && depth == 1) {
      if (start != std::string_view::npos) out.push_back({start, i});
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) out.push_back({start, s.size()});
  return out;
}

// Why a record has no text to read, for the skip reason: the field is missing, is not a string, or
// is empty — the user fixes each differently.
enum class TextField { kMissing, kNotString, kEmpty };
std::string NoTextReason(TextField text) {
  switch (text) {
    case TextField::kNotString: return "\"text\" is not a string (and no \"html\" string)";
    case TextField::kEmpty: return "\"text\" is empty (and no \"html\" string)";
    case TextField::kMissing: break;
  }
  return "no \"text\" (or \"html\") field";
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
  if (d->text.empty()) {
    auto it = v.FindMember("text");
    return NoTextReason(it == v.MemberEnd()       ? TextField::kMissing
                        : !it->value.IsString() ? TextField::kNotString
                                                : TextField::kEmpty);
  }
  return "";
}

// The fields FromJson reads, taken from RapidJSON's parse events without building a document: the
// string members id, url, outlet, lang, published, title, text and html of a top-level object. As
// with FindMember, the first member of a repeated name counts, and a member of another type leaves
// the field as it was.
class RecordFields : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RecordFields> {
 public:
  explicit RecordFields(RawDocument* d) : d_(d) {}

  bool Default() {
    if (target_ == &d_->text) text_ = TextField::kNotString;
    target_ = nullptr;
    return true;
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (target_) target_->assign(s, n);
    if (target_ == &d_->text) text_ = TextField::kEmpty;  // read out only when it is empty
    target_ = nullptr;
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    target_ = nullptr;
    if (depth_ != 1) return true;
    std::string_view name(s, n);
    std::string* const fields[] = {&d_->id, &d_->url, &d_->outlet, &d_->lang, &d_->published, &d_->title, &d_->text, &html_};
    for (size_t k = 0; k < std::size(kNames); ++k) {
      if (name != kNames[k]) continue;
      if (!(seen_ & (1u << k))) target_ = fields[k];
      seen_ |= 1u << k;
      break;
    }
    return true;
  }
  bool StartObject() {
    if (target_ == &d_->text) text_ = TextField::kNotString;
    object_ |= depth_ == 0;
    ++depth_;
    target_ = nullptr;
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool StartArray() {
    if (target_ == &d_->text) text_ = TextField::kNotString;
    ++depth_;
    target_ = nullptr;
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    --depth_;
    return true;
  }

  // After a parse: what FromJson would return for the same record ("" on success; then d->text
  // is set, from "html" when "text" is empty).
  std::string Finish() {
    if (!object_) return "not a JSON object";
    if (d_->text.empty() && !html_.empty()) {
      d_->text = std::move(html_);
      d_->is_html = true;
    }
    if (d_->text.empty()) return NoTextReason(text_);
    return "";
  }

 private:
  static constexpr std::string_view kNames[] = {"id", "url", "outlet", "lang", "published", "title", "text", "html"};
  RawDocument* d_;
  std::string html_;
  std::string* target_ = nullptr;
  int depth_ = 0;
  bool object_ = false;
  unsigned seen_ = 0;
  TextField text_ = TextField::kMissing;  // what the first "text" member was
};

// Parses one JSONL line into `fields` as util::ParseJsonEvents does. A record of string members
// only (the common one) is read by ReadFlatObject, which gives the events RapidJSON would; any other
// line by RapidJSON, in place, in a copy of the line in *scratch (strings are then unescaped where
// they stand instead of being copied onto RapidJSON's stack). The line itself stays as read, for the
// error message. False on a syntax error.
bool ParseLine(const std::string& line, std::string* scratch, std::vector<FlatMember>* members,
               rapidjson::Reader* reader, RecordFields* fields) {
  if (ReadFlatObject(line, scratch, members)) {
    fields->StartObject();
    for (const FlatMember& m : *members) {
      fields->Key(m.key.data(), static_cast<rapidjson::SizeType>(m.key.size()), false);
      fields->String(m.value.data(), static_cast<rapidjson::SizeType>(m.value.size()), false);
    }
    fields->EndObject(static_cast<rapidjson::SizeType>(members->size()));
    return true;
  }
  if (util::NeedsSizedStream(line)) return util::ParseJsonEvents(line, reader, fields);
  scratch->assign(line);
  rapidjson::InsituStringStream is(scratch->data());
  return !reader->Parse<util::kJsonParseFlags | rapidjson::kParseInsituFlag>(is, *fields).IsError();
}

std::string At(const std::string& source, size_t line) { return source + ":" + std::to_string(line); }

// A syntax error in a piece of a file parsed on its own (a JSONL line, an array element) as
// "<file>:<line>:<col>: <what>", with the piece's ":<l>:<c>:" position moved to the file's lines.
std::string JsonError(const std::string& source, size_t first_line, std::string_view piece) {
  rapidjson::Document j;
  Status s = util::ParseJson(piece, "", &j);
  const std::string& m = s.message();
  size_t a = m.find(':'), b = a == std::string::npos ? a : m.find(':', a + 1);
  size_t c = b == std::string::npos ? b : m.find(':', b + 1);
  if (c == std::string::npos) return At(source, first_line) + ": not valid JSON: " + m;
  size_t line = std::strtoul(m.c_str() + a + 1, nullptr, 10);
  std::string col = m.substr(b + 1, c - b - 1);
  return At(source, first_line + (line ? line - 1 : 0)) + ":" + col + ": not valid JSON:" + m.substr(c + 1);
}

// Reads JSONL from `in`; every line that is not a document is skipped with file:line.
// Returns the number of documents and skips reported.
size_t ReadJsonLines(std::istream& in, const std::string& source, const RawSink& on_doc, const SkipSink& on_skip,
                     size_t first_line = 1, std::string pending = std::string(), bool has_pending = false) {
  std::string line;
  size_t n = first_line - 1, reported = 0;
  std::string stem = source == "-" ? "stdin" : util::Stem(source);
  rapidjson::Reader reader;
  std::string scratch;
  std::vector<FlatMember> members;
  while (has_pending || std::getline(in, line)) {
    if (has_pending) {
      line = std::move(pending);
      has_pending = false;
    }
    ++n;
    if (n == 1) StripBom(&line);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string id = stem + ":" + std::to_string(n);
    ++reported;
    if (line.size() > kMaxFileBytes) {
      on_skip(Skip(id, source, n, line.size(), At(source, n) + ": line too large (" + std::to_string(line.size()) +
                                                    " bytes; limit " + std::to_string(kMaxFileBytes) + ")"));
      continue;
    }
    RawDocument d;
    d.id = id;
    d.source = source;
    d.line = n;
    d.format = "jsonl";
    RecordFields fields(&d);
    if (!ParseLine(line, &scratch, &members, &reader, &fields)) {
      on_skip(Skip(id, source, n, line.size(), JsonError(source, n, line)));
      continue;
    }
    std::string why = fields.Finish();
    if (!why.empty()) {
      on_skip(Skip(d.id.empty() ? id : d.id, source, n, line.size(), At(source, n) + ": " + why));
      continue;
    }
    on_doc(std::move(d));
  }
  return reported;
}

// A .json file: one document, an array of them, or {"documents": [...]}. A bad element is skipped
// with its index and line; an array that does not parse as a whole is recovered element by element.
void ReadJsonFile(const std::string& path, const std::string& data, const RawSink& on_doc, const SkipSink& on_skip) {
  std::string stem = util::Stem(path);
  auto one = [&](const rapidjson::Value& v, size_t index, size_t line, bool array) {
    RawDocument d;
    d.id = array ? stem + ":" + std::to_string(index + 1) : stem;
    d.source = path;
    d.line = array ? line : 0;
    d.format = "json";
    std::string why = FromJson(v, &d);
    if (!why.empty()) {
      std::string where = array ? At(path, line) + " (element " + std::to_string(index) + ")" : path;
      on_skip(Skip(d.id, path, d.line, 0, where + ": " + why));
      return;
    }
    on_doc(std::move(d));
  };
  auto elements = ArrayElements(data);
  auto line_of = [&](size_t i) { return i < elements.size() ? util::LineColAt(data, elements[i].first).line : 0; };
  rapidjson::Document j;
  Status s = util::ParseJson(data, path, &j);
  if (s.ok()) {
    if (j.IsArray()) {
      for (rapidjson::SizeType i = 0; i < j.Size(); ++i) one(j[i], i, line_of(i), true);
    } else if (j.IsObject() && j.HasMember("documents") && j["documents"].IsArray()) {
      elements.clear();  // the offsets above are for a top-level array only
      for (rapidjson::SizeType i = 0; i < j["documents"].Size(); ++i) one(j["documents"][i], i, 0, true);
    } else {
      one(j, 0, 0, false);
    }
    return;
  }
  if (elements.empty()) {
    on_skip(Skip(stem, path, 0, data.size(), s.message()));
    return;
  }
  // Recover: parse each element on its own; the broken ones are skipped with their line.
  for (size_t i = 0; i < elements.size(); ++i) {
    auto [b, e] = elements[i];
    size_t line = line_of(i);
    rapidjson::Document el;
    std::string_view piece = std::string_view(data).substr(b, e - b);
    Status es = util::ParseJson(piece, At(path, line), &el);
    if (!es.ok()) {
      on_skip(Skip(stem + ":" + std::to_string(i + 1), path, line, e - b,
                   JsonError(path, line, piece) + " (element " + std::to_string(i) + ")"));
      continue;
    }
    one(el, i, line, true);
  }
}

void ReadOneFile(const std::string& path, const RawSink& on_doc, const SkipSink& on_skip) {
  std::string ext = util::Extension(path);
  std::string stem = util::Stem(path);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    on_skip(Skip(stem, path, 0, 0, path + ": cannot read: " + std::strerror(errno)));
    return;
  }
  if (ext == ".jsonl") {  // streamed line by line: only a single line is limited in size
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      on_skip(Skip(stem, path, 0, 0, path + ": cannot open: " + std::strerror(errno)));
      return;
    }
    if (ReadJsonLines(in, path, on_doc, on_skip) == 0)
      on_skip(Skip(stem, path, 0, static_cast<size_t>(st.st_size), path + ": empty file (no JSON lines)"));
    return;
  }
  if (static_cast<size_t>(st.st_size) > kMaxFileBytes) {
    on_skip(Skip(stem, path, 0, static_cast<size_t>(st.st_size),
                 path + ": file too large (" + std::to_string(st.st_size) + " bytes; limit " +
                     std::to_string(kMaxFileBytes) + ")"));
    return;
  }
  auto data = ReadWhole(path);
  if (!data.ok()) {
    on_skip(Skip(stem, path, 0, static_cast<size_t>(st.st_size), data.status().message()));
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
    StripBom(&*data);
    ReadJsonFile(path, *data, on_doc, on_skip);
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

// Standard input: JSONL when the first non-blank line starts with '{', else one plain-text
// document (so `cat article.txt | crosscheck run -` works too).
void ReadStdin(const RawSink& on_doc, const SkipSink& on_skip) {
  std::string line;
  size_t n = 0;
  while (std::getline(std::cin, line)) {
    ++n;
    std::string probe = line;
    if (n == 1) StripBom(&probe);
    size_t p = probe.find_first_not_of(" \t\r");
    if (p == std::string::npos) continue;
    if (probe[p] == '{') {
      if (ReadJsonLines(std::cin, "-", on_doc, on_skip, n, std::move(line), true) == 0)
        on_skip(Skip("stdin", "-", 0, 0, "-: no documents on standard input"));
      return;
    }
    std::string text;
    for (size_t k = 1; k < n; ++k) text += "\n";
    text += line;
    text += "\n";
    std::ostringstream rest;
    rest << std::cin.rdbuf();
    text += rest.str();
    if (LooksBinary(text)) {
      on_skip(Skip("stdin", "-", 0, text.size(), "-: binary data, not text"));
      return;
    }
    RawDocument d;
    d.id = "stdin";
    d.source = "-";
    d.format = "txt";
    d.text = std::move(text);
    on_doc(std::move(d));
    return;
  }
  on_skip(Skip("stdin", "-", 0, 0, "-: no documents on standard input"));
}

}  // namespace

Status ReadInputs(const std::vector<std::string>& inputs, const RawSink& on_doc, const SkipSink& on_skip) {
  Status first_error;
  for (const auto& input : inputs) {
    if (input == "-") {
      ReadStdin(on_doc, on_skip);
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
