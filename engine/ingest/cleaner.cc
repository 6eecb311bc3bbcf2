#include "engine/ingest/cleaner.h"

#include <spdlog/spdlog.h>

#include "engine/ingest/encoding.h"
#include "engine/util/text.h"

namespace crosscheck::ingest {

Status Cleaner::Load(const std::vector<std::string>& rule_roots) {
  for (Status s : {furniture_.Load(rule_roots), html_.Load(rule_roots), lang_id_.Load(rule_roots)})
    if (!s.ok()) return s;
  return Status::OK();
}

std::string HostOf(const std::string& url) {
  size_t p = url.find("://");
  if (p == std::string::npos && url.rfind("www.", 0) != 0) return "";
  size_t s = p == std::string::npos ? 0 : p + 3;
  size_t e = url.find_first_of("/:?#", s);
  std::string host = url.substr(s, e == std::string::npos ? std::string::npos : e - s);
  size_t at = host.rfind('@');
  if (at != std::string::npos) host = host.substr(at + 1);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  return host;
}

namespace {

std::string Where(const Document& d) { return d.line ? d.source + ":" + std::to_string(d.line) : d.source; }

bool LooksLikeHtml(std::string_view s) {
  size_t p = s.find_first_not_of(" \t\r\n");
  if (p == std::string_view::npos || s[p] != '<') return false;
  std::string head(s.substr(p, 16));
  for (char& c : head)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0;
}

// The body's text for language detection: its spans joined, at most `limit` bytes.
std::string BodySample(const Document& d, size_t limit) {
  std::string s;
  for (const Span& b : d.body) {
    if (s.size() >= limit) break;
    s.append(d.text, b.start, std::min(b.size(), limit - s.size()));
    s.push_back('\n');
  }
  return s;
}

// A plain-text page's title: the first body line when it reads like one (short, no full stop,
// more body after it); "" otherwise.
std::string TitleLine(const Document& d) {
  if (d.body.empty()) return "";
  const Span& b = d.body[0];
  size_t nl = d.text.find('\n', b.start);
  size_t end = nl == std::string::npos || nl > b.end ? b.end : nl;
  bool more = end < b.end || d.body.size() > 1;
  std::string_view line(d.text.data() + b.start, end - b.start);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  if (!more || line.empty() || line.size() > 250 || line.back() == '.' || line.back() == ',') return "";
  return std::string(line);
}

}  // namespace

Result<Document> Cleaner::Clean(RawDocument&& raw, const Manifest& manifest) const {
  Document d;
  d.id = std::move(raw.id);  // raw's fields are read once each: moved, not copied
  d.source = std::move(raw.source);
  d.line = raw.line;
  d.bytes = raw.text.size();
  std::string_view bytes = raw.text;
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.remove_prefix(3);  // UTF-8 BOM

  // Encoding: a page in a legacy charset is transcoded; stray bad bytes are repaired and counted.
  bool html = raw.is_html || LooksLikeHtml(bytes);
  std::string utf8;
  const util::Utf8Check check = util::CheckUtf8(bytes);
  if (check.invalid == 0) {  // the common case: no copy through the repairer
    if (bytes.size() == raw.text.size()) utf8 = std::move(raw.text);
    else utf8.assign(bytes);
  } else {
    std::string charset = GuessLegacyCharset(bytes);
    if (!charset.empty()) {
      std::string declared = html ? DeclaredCharset(bytes) : "";
      if (!declared.empty() && declared != "utf-8" && declared != "utf8") charset = declared;
      if (auto t = ToUtf8(bytes, charset)) {
        utf8 = std::move(*t);
        spdlog::debug("{}: transcoded from {}", Where(d), charset);
      } else {
        charset.clear();
      }
    }
    if (charset.empty()) d.invalid_utf8 = util::RepairUtf8(bytes, &utf8);
  }
  raw.text = std::string();

  HtmlPage page;
  if (html) {
    page = html_.Extract(utf8);
    d.text = util::ToNfc(page.text);
  } else if (check.invalid == 0 && check.plainly_nfc) {
    d.text = std::move(utf8);  // what ToNfc would return, without scanning and copying it again
  } else {
    d.text = util::ToNfc(utf8);
  }
  utf8.clear();

  d.body = furniture_.FindBody(d.text);
  if (d.body.empty()) {
    return Status::InvalidArgument(Where(d) + (d.text.find_first_not_of(" \t\r\n") == std::string::npos
                                                     ? ": no text"
                                                     : ": no article text left after removing page furniture"));
  }

  const ManifestEntry* m = manifest.Find(d.id, d.source);
  auto pick = [&](const std::string ManifestEntry::*field, std::string& own, const std::string& page_value,
                  std::string* method) {
    if (m && !(m->*field).empty()) {
      if (method) *method = "manifest";
      return m->*field;
    }
    if (!own.empty()) {
      if (method) *method = "field";
      return std::move(own);
    }
    if (!page_value.empty() && method) *method = "html";
    return page_value;
  };
  d.url = pick(&ManifestEntry::url, raw.url, page.url, nullptr);
  d.outlet = pick(&ManifestEntry::outlet, raw.outlet, "", nullptr);
  if (d.outlet.empty()) d.outlet = HostOf(d.url);
  if (d.outlet.empty()) d.outlet = "unknown";
  d.title = pick(&ManifestEntry::title, raw.title, page.title, nullptr);
  if (d.title.empty()) d.title = TitleLine(d);

  std::string pub_method;
  std::string pub = pick(&ManifestEntry::published, raw.published, page.published, &pub_method);
  if (!pub.empty()) {
    d.published = PartialDate::ParseIso(pub);
    if (d.published) d.published_method = pub_method;
    else spdlog::debug("{}: published date '{}' is not ISO 8601; left open", Where(d), pub);
  }

  d.lang = pick(&ManifestEntry::lang, raw.lang, "", &d.lang_method);
  if (d.lang.empty()) {
    LangGuess g = lang_id_.Detect(BodySample(d, 2048));
    d.lang = g.lang;
    d.lang_method = g.method;
    if (g.lang == "und" && !page.lang.empty()) {
      d.lang = page.lang;
      d.lang_method = "html";
    }
  }
  return d;
}

}  // namespace crosscheck::ingest
