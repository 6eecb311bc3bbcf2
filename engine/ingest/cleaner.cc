#include "engine/ingest/cleaner.h"

#include "engine/util/text.h"

namespace crosscheck::ingest {

Status Cleaner::Load(const std::vector<std::string>& /*rule_roots*/) { return Status::OK(); }

namespace {

std::string HostOf(const std::string& url) {
  size_t p = url.find("://");
  size_t s = p == std::string::npos ? 0 : p + 3;
  size_t e = url.find_first_of("/:?#", s);
  std::string host = url.substr(s, e == std::string::npos ? std::string::npos : e - s);
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  return host;
}

}  // namespace

Result<Document> Cleaner::Clean(RawDocument&& raw, const Manifest& manifest) const {
  Document d;
  d.id = raw.id;
  d.source = raw.source;
  d.line = raw.line;
  d.bytes = raw.text.size();
  std::string repaired;
  d.invalid_utf8 = util::RepairUtf8(raw.text, &repaired);
  d.text = util::ToNfc(repaired);
  const ManifestEntry* m = manifest.Find(raw.id, raw.source);
  d.url = m && !m->url.empty() ? m->url : raw.url;
  d.outlet = m && !m->outlet.empty() ? m->outlet : raw.outlet;
  if (d.outlet.empty() && !d.url.empty()) d.outlet = HostOf(d.url);
  if (d.outlet.empty()) d.outlet = "unknown";
  if (m && !m->lang.empty()) {
    d.lang = m->lang;
    d.lang_method = "manifest";
  } else if (!raw.lang.empty()) {
    d.lang = raw.lang;
    d.lang_method = "field";
  } else {
    d.lang = "und";
    d.lang_method = "default";
  }
  std::string pub = m && !m->published.empty() ? m->published : raw.published;
  if (!pub.empty()) {
    d.published = PartialDate::ParseIso(pub);
    d.published_method = m && !m->published.empty() ? "manifest" : "field";
  }
  d.title = m && !m->title.empty() ? m->title : raw.title;
  // TODO(ingest): furniture removal; for now the whole text is the body, line by line.
  size_t start = 0;
  while (start < d.text.size()) {
    size_t nl = d.text.find('\n', start);
    size_t end = nl == std::string::npos ? d.text.size() : nl;
    if (d.text.find_first_not_of(" \t\r", start) < end) d.body.push_back({start, end});
    start = end + 1;
  }
  if (d.body.empty()) return Status::InvalidArgument(d.source + ": no text left after cleaning");
  return d;
}

}  // namespace crosscheck::ingest
