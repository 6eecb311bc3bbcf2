#include "engine/report/json_output.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "engine/report/compact_json.h"
#include "engine/report/pretty_json.h"
#include "engine/util/json.h"
#include "engine/util/sink.h"

namespace crosscheck::report {

using util::WriteString;
using util::WriteStringOrNull;
using util::WriteStrings;

namespace {

template <typename W>
void WriteSpan(W& w, const Span& s) {
  w.Key("start");
  w.Uint64(s.start);
  w.Key("end");
  w.Uint64(s.end);
}

template <typename W>
void WriteClaim(W& w, const Claim& c) {
  w.StartObject();
  w.Key("schema_version"); w.String(kSchemaVersion);
  w.Key("id"); WriteString(w, c.id);
  w.Key("doc"); WriteString(w, c.doc);
  w.Key("outlet"); WriteString(w, c.outlet);
  w.Key("lang"); WriteString(w, c.lang);
  w.Key("event"); WriteStringOrNull(w, c.event);
  w.Key("type"); WriteString(w, c.type);
  w.Key("role"); WriteString(w, c.role);
  w.Key("participants");
  thread_local std::vector<std::string_view> names;
  c.ParticipantNames(&names);
  util::WriteFlatArray(w, [&] { for (std::string_view n : names) WriteString(w, n); });
  w.Key("participants_detail");
  w.StartArray();
  for (const auto& p : c.participants) {
    w.StartObject();
    w.Key("name"); WriteString(w, p.name);
    w.Key("side"); WriteStringOrNull(w, p.side);
    w.Key("written"); WriteString(w, p.written);
    w.Key("via"); WriteString(w, p.via);
    if (!p.office.empty()) { w.Key("office"); WriteString(w, p.office); }
    w.EndObject();
  }
  w.EndArray();
  w.Key("date"); WriteStringOrNull(w, c.date.ToIso());
  if (!c.date_end.empty()) { w.Key("date_end"); WriteString(w, c.date_end.ToIso()); }
  w.Key("date_text"); WriteStringOrNull(w, c.date_text);
  w.Key("date_basis"); WriteStringOrNull(w, c.date_basis);
  if (c.weekday >= 0) { w.Key("weekday"); w.Int(c.weekday); }
  w.Key("initiator"); WriteStringOrNull(w, c.initiator);
  w.Key("initiator_text"); WriteStringOrNull(w, c.initiator_text);
  w.Key("ordinal");
  if (c.ordinal.empty()) {
    w.Null();
  } else {
    w.StartObject();
    w.Key("n"); w.Int(c.ordinal.n);
    w.Key("scope"); WriteString(w, c.ordinal.scope);
    if (!c.ordinal.since.empty()) { w.Key("since"); WriteString(w, c.ordinal.since.ToIso()); }
    if (!c.ordinal.period.empty()) { w.Key("period"); WriteString(w, c.ordinal.period); }
    w.Key("text"); WriteString(w, c.ordinal.text);
    w.EndObject();
  }
  w.Key("attributed_to"); WriteStringOrNull(w, c.attributed_to);
  w.Key("attribution_text"); WriteStringOrNull(w, c.attribution_text);
  w.Key("hedged"); w.Bool(c.hedged);
  w.Key("negated"); w.Bool(c.negated);
  w.Key("planned"); w.Bool(c.planned);
  w.Key("evidence");
  w.StartObject();
  WriteSpan(w, c.evidence.span);
  w.Key("text"); WriteString(w, c.evidence.text);
  w.Key("highlights");
  w.StartArray();
  for (const auto& h : c.evidence.highlights) {
    w.StartObject();
    WriteSpan(w, h.span);
    w.Key("slot"); WriteString(w, h.slot);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Key("flags");
  w.StartArray();
  for (const auto& f : c.flags) {
    w.StartObject();
    w.Key("code"); WriteString(w, f.code);
    w.Key("detail"); WriteString(w, f.detail);
    WriteSpan(w, f.span);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// The pretty writer of summary.json (its timings are doubles, written as RapidJSON writes them); it
// also takes a value already written out (RawValue's contract) whole, not byte by byte.
class SummaryWriter : public rapidjson::PrettyWriter<util::JsonSinkStream> {
 public:
  explicit SummaryWriter(util::JsonSinkStream& os) : PrettyWriter(os) {}
  // `json`, one complete value of `type`, placed where the next value goes (as RawValue places it).
  void RawBulk(std::string_view json, rapidjson::Type type) {
    PrettyPrefix(type);
    os_->Write(json);
  }
};

// A one-line array of strings (`["d1#1", "d7#2"]`; "[]" when empty), as util::WriteFlatArray has the
// pretty writer put it, escaped as the writer escapes (compact_json.h): put together by the index
// (`append(out)`) straight into the output, not string by string (a finding lists up to hundreds of
// thousands of claim ids).
template <typename F>
void WriteIndexed(PrettyJson& w, F&& append) {
  w.Raw(append);
}

// The pretty JSON written so far is handed to the sink in pieces of about this size.
constexpr size_t kPrettyDrainBytes = 1 << 18;
void Drain(std::string* json, util::Sink* out, size_t at_least = kPrettyDrainBytes) {
  if (json->size() < at_least) return;
  out->Append(*json);
  json->clear();
}

// names: the distinct values of get(claim), sorted; rank[i]: the index of claim i's value in names.
template <typename Get>
void Rank(const std::vector<Claim>& claims, Get get, std::vector<uint32_t>* rank, std::vector<std::string_view>* names) {
  // Claims of one document are adjacent: look each run of equal values up once.
  for (size_t i = 0; i < claims.size(); ++i)
    if (i == 0 || get(claims[i]) != get(claims[i - 1])) names->push_back(get(claims[i]));
  std::sort(names->begin(), names->end());
  names->erase(std::unique(names->begin(), names->end()), names->end());
  rank->resize(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    const std::string& v = get(claims[i]);
    (*rank)[i] = i > 0 && v == get(claims[i - 1])
                     ? (*rank)[i - 1]
                     : static_cast<uint32_t>(std::lower_bound(names->begin(), names->end(), std::string_view(v)) -
                                             names->begin());
  }
}

void WriteSlotValues(PrettyJson& w, const std::vector<SlotValue>& values, const ClaimListIndex& of) {
  w.StartArray();
  for (const auto& v : values) {
    w.StartObject();
    w.Key("value"); WriteString(w, v.value);
    w.Key("claims"); WriteIndexed(w, [&](std::string* a) { of.AppendIds(a, v.claims); });
    w.Key("docs"); WriteIndexed(w, [&](std::string* a) { of.AppendDocs(a, v.claims); });
    w.Key("outlets"); WriteIndexed(w, [&](std::string* a) { of.AppendOutlets(a, v.claims); });
    w.Key("independent"); w.Int(v.independent);
    if (!v.event.empty()) {  // a whole event; `claims` cites a sample of its reports
      w.Key("event"); WriteString(w, v.event);
      w.Key("event_claims"); w.Uint64(v.event_claims);
    }
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string ClaimJson(const Claim& c) {
  std::string line;
  CompactJson w(&line);
  WriteClaim(w, c);
  return line;
}

void WriteClaimsJsonl(const std::vector<Claim>& claims, util::Sink* out) {
  // Lines are handed to the sink in pieces of about this size.
  constexpr size_t kDrainBytes = 1 << 18;
  std::string lines;
  lines.reserve(kDrainBytes + (kDrainBytes >> 2));
  for (const auto& c : claims) {
    CompactJson w(&lines);
    WriteClaim(w, c);
    lines.push_back('\n');
    if (lines.size() >= kDrainBytes) {
      out->Append(lines);
      lines.clear();
    }
  }
  if (!lines.empty()) out->Append(lines);
}

std::string ClaimsJsonl(const std::vector<Claim>& claims) {
  return util::Collect([&](util::Sink* s) { WriteClaimsJsonl(claims, s); });
}

void ClaimListIndex::JsonStrings::Add(std::string_view s) {
  AppendJsonString(&bytes, s);
  ends.push_back(static_cast<uint32_t>(bytes.size()));
}

void ClaimListIndex::JsonStrings::AppendArray(std::string* out, const std::vector<uint32_t>& ks) const {
  out->push_back('[');
  for (size_t i = 0; i < ks.size(); ++i) {
    if (i > 0) out->append(", ");
    const uint32_t k = ks[i], begin = k == 0 ? 0 : ends[k - 1];
    out->append(bytes, begin, ends[k] - begin);
  }
  out->push_back(']');
}

ClaimListIndex::ClaimListIndex(const std::vector<Claim>& claims) {
  size_t bytes = 0;  // of the ids, quoted, before any escape
  for (const Claim& c : claims) bytes += c.id.size() + 2;
  ids_.bytes.reserve(bytes);
  ids_.ends.reserve(claims.size());
  for (const Claim& c : claims) ids_.Add(c.id);
  std::vector<std::string_view> names;
  Rank(claims, [](const Claim& c) -> const std::string& { return c.doc; }, &doc_rank_, &names);
  for (std::string_view d : names) docs_.Add(d);
  names.clear();
  Rank(claims, [](const Claim& c) -> const std::string& { return c.outlet; }, &outlet_rank_, &names);
  for (std::string_view o : names) outlets_.Add(o);
  empty_outlet_ = !names.empty() && names[0].empty();
}

void ClaimListIndex::DistinctRanks(const std::vector<ClaimRef>& refs, const std::vector<uint32_t>& rank,
                                   bool skip_empty, std::vector<uint32_t>* out) {
  out->clear();
  out->reserve(refs.size());
  for (ClaimRef r : refs) out->push_back(rank[r]);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  if (skip_empty && !out->empty() && out->front() == 0) out->erase(out->begin());
}

void ClaimListIndex::AppendIds(std::string* out, const std::vector<ClaimRef>& refs) const {
  ids_.AppendArray(out, refs);
}

void ClaimListIndex::AppendDocs(std::string* out, const std::vector<ClaimRef>& refs) const {
  thread_local std::vector<uint32_t> ranks;
  DistinctRanks(refs, doc_rank_, false, &ranks);
  docs_.AppendArray(out, ranks);
}

void ClaimListIndex::AppendOutlets(std::string* out, const std::vector<ClaimRef>& refs) const {
  thread_local std::vector<uint32_t> ranks;
  DistinctRanks(refs, outlet_rank_, empty_outlet_, &ranks);
  outlets_.AppendArray(out, ranks);
}

void WriteEventsJson(const std::vector<Event>& events, const std::vector<Claim>& claims, util::Sink* out) {
  WriteEventsJson(events, ClaimListIndex(claims), out);
}

void WriteEventsJson(const std::vector<Event>& events, const ClaimListIndex& of, util::Sink* out) {
  std::string json;
  json.reserve(2 * kPrettyDrainBytes);
  PrettyJson w(&json);
  w.StartObject();
  w.Key("schema_version"); w.String(kSchemaVersion);
  w.Key("events");
  w.StartArray();
  for (const auto& e : events) {
    w.StartObject();
    w.Key("id"); WriteString(w, e.id);
    w.Key("type"); WriteString(w, e.type);
    w.Key("date"); WriteStringOrNull(w, e.date.ToIso());
    w.Key("participants"); WriteStrings(w, e.participants);
    w.Key("claims"); WriteIndexed(w, [&](std::string* a) { of.AppendIds(a, e.claims); });
    w.Key("slots");
    w.StartObject();
    for (const auto& [slot, values] : e.slots) {
      w.Key(slot.c_str());
      WriteSlotValues(w, values, of);
    }
    w.EndObject();
    w.EndObject();
    Drain(&json, out);
  }
  w.EndArray();
  w.EndObject();
  json.push_back('\n');
  Drain(&json, out, 0);
}

std::string EventsJson(const std::vector<Event>& events, const std::vector<Claim>& claims) {
  return util::Collect([&](util::Sink* s) { WriteEventsJson(events, claims, s); });
}

void WriteFindingsJson(const std::vector<Finding>& findings, const std::vector<Claim>& claims, util::Sink* out) {
  WriteFindingsJson(findings, ClaimListIndex(claims), out);
}

void WriteFindingsJson(const std::vector<Finding>& findings, const ClaimListIndex& of, util::Sink* out) {
  std::string json;
  json.reserve(2 * kPrettyDrainBytes);
  PrettyJson w(&json);
  w.StartObject();
  w.Key("schema_version"); w.String(kSchemaVersion);
  w.Key("findings");
  w.StartArray();
  for (const auto& f : findings) {
    w.StartObject();
    w.Key("id"); WriteString(w, f.id);
    w.Key("rule"); WriteString(w, f.rule);
    w.Key("kind"); WriteString(w, f.kind);
    w.Key("severity"); WriteString(w, f.severity);
    w.Key("event"); WriteStringOrNull(w, f.event);
    w.Key("slot"); WriteString(w, f.slot);
    w.Key("values"); WriteSlotValues(w, f.values, of);
    w.Key("claims"); WriteIndexed(w, [&](std::string* a) { of.AppendIds(a, f.claims); });
    w.Key("docs"); WriteIndexed(w, [&](std::string* a) { of.AppendDocs(a, f.claims); });
    w.Key("message"); WriteString(w, f.message);
    w.Key("explanation"); WriteString(w, f.explanation);
    w.Key("consensus"); WriteStringOrNull(w, f.consensus);
    w.Key("support"); w.Int(f.support);
    w.EndObject();
    Drain(&json, out);
  }
  w.EndArray();
  w.EndObject();
  json.push_back('\n');
  Drain(&json, out, 0);
}

std::string FindingsJson(const std::vector<Finding>& findings, const std::vector<Claim>& claims) {
  return util::Collect([&](util::Sink* s) { WriteFindingsJson(findings, claims, s); });
}

void WriteSummaryJson(const RunResult& r, const RunOptions& options, util::Sink* out) {
  util::JsonSinkStream os(out);
  SummaryWriter w(os);
  w.StartObject();
  w.Key("schema_version"); w.String(kSchemaVersion);
  w.Key("inputs"); WriteStrings(w, options.inputs);
  size_t processed = 0, skipped = 0;
  for (const auto& d : r.documents) (d.status == "processed" ? processed : skipped)++;
  w.Key("totals");
  w.StartObject();
  w.Key("documents"); w.Uint64(r.documents.size());
  w.Key("processed"); w.Uint64(processed);
  w.Key("skipped"); w.Uint64(skipped);
  w.Key("input_bytes"); w.Uint64(r.input_bytes);
  w.Key("claims"); w.Uint64(r.claims.size());
  w.Key("events"); w.Uint64(r.events.size());
  w.Key("findings"); w.Uint64(r.findings.size());
  w.Key("findings_by_kind");
  w.StartObject();
  for (const auto& [k, n] : r.findings_by_kind) {
    w.Key(k.c_str());
    w.Uint64(n);
  }
  w.EndObject();
  w.EndObject();
  w.Key("timings");
  w.StartObject();
  double total = 0;
  for (const auto& t : r.timings) {
    w.Key(t.stage.c_str());
    w.Double(t.seconds);
    total += t.seconds;
  }
  w.Key("total"); w.Double(total);
  w.EndObject();
  // The files of the report stage, each with its wall and CPU seconds and size (absent when nothing was
  // written, e.g. without --out).
  if (!r.outputs.empty()) {
    w.Key("outputs");
    w.StartObject();
    for (const auto& o : r.outputs) {
      w.Key(o.file.c_str());
      w.StartObject();
      w.Key("seconds"); w.Double(o.seconds);
      w.Key("cpu_seconds"); w.Double(o.cpu_seconds);
      w.Key("bytes"); w.Uint64(o.bytes);
      w.EndObject();
    }
    w.EndObject();
  }
  // One document a line (a run has a million of them: pretty-printing them field by field more than
  // doubled the file): each record is written compactly and placed as a raw value in the array
  // (handed to the stream whole).
  w.Key("documents");
  w.StartArray();
  std::string line;
  for (const auto& d : r.documents) {
    line.clear();
    CompactJson dw(&line);
    dw.StartObject();
    dw.Key("id"); WriteString(dw, d.id);
    if (!d.renamed_from.empty()) { dw.Key("renamed_from"); WriteString(dw, d.renamed_from); }
    dw.Key("source"); WriteString(dw, d.source);
    if (d.line) { dw.Key("line"); dw.Uint64(d.line); }
    dw.Key("status"); WriteString(dw, d.status);
    if (!d.reason.empty()) { dw.Key("reason"); WriteString(dw, d.reason); }
    dw.Key("lang"); WriteStringOrNull(dw, d.lang);
    dw.Key("lang_method"); WriteStringOrNull(dw, d.lang_method);
    dw.Key("outlet"); WriteStringOrNull(dw, d.outlet);
    dw.Key("published"); WriteStringOrNull(dw, d.published);
    dw.Key("bytes"); dw.Uint64(d.bytes);
    dw.Key("body_bytes"); dw.Uint64(d.body_bytes);
    dw.Key("invalid_utf8"); dw.Uint64(d.invalid_utf8);
    dw.Key("claims"); dw.Uint64(d.claims);
    dw.EndObject();
    w.RawBulk(line, rapidjson::kObjectType);
  }
  w.EndArray();
  w.EndObject();
  os.Put('\n');
  os.Flush();
}

std::string SummaryJson(const RunResult& r, const RunOptions& options) {
  return util::Collect([&](util::Sink* s) { WriteSummaryJson(r, options, s); });
}

}  // namespace crosscheck::report
