#include "fixture.h"

#include <algorithm>
#include <cassert>
#include <utility>
#include <vector>

namespace crosscheck::testing {

namespace {

struct Mark {
  std::string words;  // a substring of the sentence
  std::string slot;
};

// A claim whose evidence sentence starts at byte `base` of its document; highlight spans are
// computed from the words, so they are document offsets exactly as the assembler writes them.
Claim MakeClaim(const std::string& id, const std::string& doc, const std::string& outlet, const std::string& lang,
                size_t base, const std::string& sentence, const std::vector<Mark>& marks) {
  Claim c;
  c.id = id;
  c.doc = doc;
  c.outlet = outlet;
  c.lang = lang;
  c.type = "call";
  c.evidence.span = {base, base + sentence.size()};
  c.evidence.text = sentence;
  for (const auto& m : marks) {
    size_t at = sentence.find(m.words);
    assert(at != std::string::npos);
    c.evidence.highlights.push_back({{base + at, base + at + m.words.size()}, m.slot});
  }
  return c;
}

Participant P(const std::string& name, const std::string& side, const std::string& written) {
  return {name, side, written, "name", ""};
}

SlotValue V(const std::string& value, std::vector<ClaimRef> claims, int independent) {
  return {value, std::move(claims), independent};
}

DocumentStatus Doc(const std::string& id, const std::string& outlet, const std::string& lang, size_t claims) {
  DocumentStatus d;
  d.id = id;
  d.source = "articles/" + id + ".txt";
  d.status = "processed";
  d.lang = lang;
  d.lang_method = "manifest";
  d.outlet = outlet;
  d.bytes = 4000;
  d.body_bytes = 2500;
  d.claims = claims;
  return d;
}

// Its claims are those of its values, ordered by id as the engine orders them.
Finding MakeFinding(const RunResult& r, std::string rule, std::string kind, std::string severity, std::string event, std::string slot,
                    std::vector<SlotValue> values, std::string message, std::string explanation) {
  Finding f;
  f.rule = std::move(rule);
  f.kind = std::move(kind);
  f.severity = std::move(severity);
  f.event = std::move(event);
  f.slot = std::move(slot);
  f.values = std::move(values);
  for (const auto& v : f.values) f.claims.insert(f.claims.end(), v.claims.begin(), v.claims.end());
  std::sort(f.claims.begin(), f.claims.end(), [&](ClaimRef a, ClaimRef b) { return r.claims[a].id < r.claims[b].id; });
  f.claims.erase(std::unique(f.claims.begin(), f.claims.end()), f.claims.end());
  f.message = std::move(message);
  f.explanation = std::move(explanation);
  return f;
}

void AddCopy(RunResult* r, int k) {
  const std::string s = k == 0 ? "" : "-" + std::to_string(k);
  const std::string kyiv = "kyiv-post" + s, pravda = "pravda-uk" + s, ria = "ria-ru" + s, ansa = "ansa-it" + s,
                    evil = "evil" + s;
  const std::string evil_outlet = std::string("evil.example") + kImgPayload;
  // Event 1: the call of 25 June, one outlet dating it a day later.
  Claim c1 = MakeClaim(kyiv + "#1", kyiv, "Kyiv Post", "en", 120,
                       "US Defense Secretary Lloyd Austin spoke by phone with his Russian counterpart Andrei Belousov "
                       "on June 25, the Pentagon said.",
                       {{"Lloyd Austin", "participant"}, {"spoke by phone", "trigger"}, {"Andrei Belousov", "participant"},
                        {"June 25", "date"}, {"the Pentagon said", "attribution"}});
  c1.participants = {P("Lloyd Austin", "US", "Lloyd Austin"), P("Andrei Belousov", "RU", "Andrei Belousov")};
  c1.date = {2024, 6, 25};
  c1.date_text = "June 25";
  c1.date_basis = "publication";
  c1.attributed_to = "Pentagon";
  c1.attribution_text = "the Pentagon said";
  Claim c2 = MakeClaim(pravda + "#1", pravda, "Українська правда", "uk", 48,
                       "Вчора, 25 червня, міністр оборони США Ллойд Остін провів телефонну розмову з Андрієм "
                       "Бєлоусовим на прохання американської сторони.",
                       {{"25 червня", "date"}, {"Ллойд Остін", "participant"}, {"телефонну розмову", "trigger"},
                        {"Андрієм Бєлоусовим", "participant"}, {"на прохання американської сторони", "initiator"},
                        {"Ллойд", "participant"}});  // overlaps "Ллойд Остін": merged into one mark
  c2.participants = {P("Lloyd Austin", "US", "Ллойд Остін"), P("Andrei Belousov", "RU", "Андрієм Бєлоусовим")};
  c2.date = {2024, 6, 25};
  c2.date_text = "Вчора, 25 червня";
  c2.date_basis = "relative";
  c2.initiator = "US";
  c2.initiator_text = "на прохання американської сторони";
  Claim c3 = MakeClaim(ria + "#1", ria, "РИА Новости", "ru", 300,
                       "Глава Пентагона Ллойд Остин 26 июня провёл телефонный разговор с министром обороны России "
                       "Андреем Белоусовым по инициативе российской стороны.",
                       {{"Ллойд Остин", "participant"}, {"26 июня", "date"}, {"телефонный разговор", "trigger"},
                        {"Андреем Белоусовым", "participant"}, {"по инициативе российской стороны", "initiator"}});
  c3.participants = {P("Lloyd Austin", "US", "Ллойд Остин"), P("Andrei Belousov", "RU", "Андреем Белоусовым")};
  c3.date = {2024, 6, 26};
  c3.date_text = "26 июня";
  c3.date_basis = "publication";
  c3.initiator = "RU";
  c3.initiator_text = "по инициативе российской стороны";
  Claim c4 = MakeClaim(ansa + "#1", ansa, "ANSA", "it", 75,
                       "Il segretario alla Difesa Lloyd Austin ha avuto il 25 giugno una conversazione telefonica con "
                       "Andrei Belousov, la prima da marzo 2023, secondo il Pentagono.",
                       {{"Lloyd Austin", "participant"}, {"25 giugno", "date"}, {"conversazione telefonica", "trigger"},
                        {"Andrei Belousov", "participant"}, {"la prima da marzo 2023", "ordinal"},
                        {"secondo il Pentagono", "attribution"}});
  c4.participants = {P("Lloyd Austin", "US", "Lloyd Austin"), P("Andrei Belousov", "RU", "Andrei Belousov")};
  c4.date = {2024, 6, 25};
  c4.date_text = "25 giugno";
  c4.ordinal = {1, "since", {2023, 3, 0}, "", "la prima da marzo 2023"};
  c4.attributed_to = "Pentagon";
  c4.attribution_text = "secondo il Pentagono";
  // The hostile document: its outlet, sentence and id try to inject markup.
  Claim c5 = MakeClaim(evil + "#1", evil + kScriptPayload, evil_outlet, "en", 10,
                       std::string("Lloyd Austin called Andrei Belousov on 25 June ") + kImgPayload + " " + kScriptPayload +
                           " | pipes | and *stars* [link](http://example.invalid)",
                       {{"Lloyd Austin", "participant"}, {"called", "trigger"}, {"Andrei Belousov", "participant"},
                        {"25 June", "date"}, {kScriptPayload, "attribution"}});
  c5.participants = {P("Lloyd Austin", "US", "Lloyd Austin"), P("Andrei Belousov", "RU", "Andrei Belousov")};
  c5.date = {2024, 6, 25};
  c5.date_text = "25 June";
  c5.attributed_to = kScriptPayload;

  const std::string e1 = "E" + std::to_string(3 * k + 1), e2 = "E" + std::to_string(3 * k + 2),
                    e3 = "E" + std::to_string(3 * k + 3);
  for (Claim* c : {&c1, &c2, &c3, &c4, &c5}) c->event = e1;

  // Event 2: a follow-up call on 12 July with a "second in less than a month" ordinal.
  Claim c6 = MakeClaim(kyiv + "#2", kyiv, "Kyiv Post", "en", 900,
                       "On Friday, July 12, Austin held a second phone call with Belousov in less than a month.",
                       {{"Friday, July 12", "date"}, {"Austin", "participant"}, {"a second phone call", "ordinal"},
                        {"Belousov", "participant"}});
  c6.participants = {P("Lloyd Austin", "US", "Austin"), P("Andrei Belousov", "RU", "Belousov")};
  c6.date = {2024, 7, 12};
  c6.weekday = 4;
  c6.date_text = "Friday, July 12";
  c6.ordinal = {2, "period", {}, "P1M", "a second phone call ... in less than a month"};
  c6.event = e2;
  Claim c7 = MakeClaim(pravda + "#2", pravda, "Українська правда", "uk", 700,
                       "12 липня Остін удруге за місяць зателефонував Бєлоусову, повідомляє Reuters.",
                       {{"12 липня", "date"}, {"Остін", "participant"}, {"удруге за місяць", "ordinal"},
                        {"зателефонував", "trigger"}, {"Бєлоусову", "participant"}, {"повідомляє Reuters", "attribution"}});
  c7.participants = {P("Lloyd Austin", "US", "Остін"), P("Andrei Belousov", "RU", "Бєлоусову")};
  c7.date = {2024, 7, 12};
  c7.date_text = "12 липня";
  c7.initiator = "US";
  c7.ordinal = {2, "period", {}, "P1M", "удруге за місяць"};
  c7.attributed_to = "Reuters";
  c7.attribution_text = "повідомляє Reuters";
  c7.event = e2;
  // Event 3: an October call reported by one outlet only.
  Claim c8 = MakeClaim(ria + "#2", ria, "РИА Новости", "ru", 1500,
                       "Шойгу 21 октября провёл телефонный разговор с Остином, сообщили в Минобороны России.",
                       {{"Шойгу", "participant"}, {"21 октября", "date"}, {"Остином", "participant"},
                        {"сообщили в Минобороны России", "attribution"}});
  c8.participants = {P("Sergei Shoigu", "RU", "Шойгу"), P("Lloyd Austin", "US", "Остином")};
  c8.date = {2022, 10, 21};
  c8.date_text = "21 октября";
  c8.attributed_to = "Russian Defence Ministry";
  c8.attribution_text = "сообщили в Минобороны России";
  c8.event = e3;
  // A claim no event took in (a reference to an earlier call).
  Claim c9 = MakeClaim(ansa + "#2", ansa, "ANSA", "it", 400,
                       "L'ultima telefonata tra i due risaliva al 15 marzo 2023.",
                       {{"telefonata", "trigger"}, {"15 marzo 2023", "date"}});
  c9.role = "reference";
  c9.date = {2023, 3, 15};
  c9.date_text = "15 marzo 2023";

  // Events and findings refer to the claims by their index in r->claims.
  const auto b = static_cast<ClaimRef>(r->claims.size());
  const ClaimRef i1 = b, i2 = b + 1, i3 = b + 2, i4 = b + 3, i5 = b + 4, i6 = b + 5, i7 = b + 6, i8 = b + 7, i9 = b + 8;
  for (Claim* c : {&c1, &c2, &c3, &c4, &c5, &c6, &c7, &c8, &c9}) r->claims.push_back(*c);

  Event ev1;
  ev1.id = e1;
  ev1.type = "call";
  ev1.date = {2024, 6, 25};
  ev1.participants = {"Andrei Belousov", "Lloyd Austin"};
  ev1.claims = {i1, i2, i3, i4, i5};
  ev1.slots["date"] = {V("2024-06-25", {i5, i1, i2, i4}, 4), V("2024-06-26", {i3}, 1)};
  ev1.slots["initiator"] = {V("US", {i2}, 1), V("RU", {i3}, 1)};
  ev1.slots["participants"] = {V("Andrei Belousov, Lloyd Austin", ev1.claims, 5)};
  Event ev2;
  ev2.id = e2;
  ev2.type = "call";
  ev2.date = {2024, 7, 12};
  ev2.participants = {"Andrei Belousov", "Lloyd Austin"};
  ev2.claims = {i6, i7};
  ev2.slots["date"] = {V("2024-07-12", {i6, i7}, 2)};
  Event ev3;
  ev3.id = e3;
  ev3.type = "call";
  ev3.date = {2022, 10, 21};
  ev3.participants = {"Lloyd Austin", "Sergei Shoigu"};
  ev3.claims = {i8};
  for (Event* e : {&ev1, &ev2, &ev3}) r->events.push_back(*e);

  auto& f = r->findings;
  f.push_back(MakeFinding(*r, "call.date.conflict", "contradiction", "high", e1, "date",
                          {ev1.slots["date"][0], ev1.slots["date"][1]},
                          "Outlets disagree on the date of the Austin–Belousov call: 2024-06-25 vs 2024-06-26",
                          "date verdict: conflicting (day 25 vs 26, same month and year)"));
  f.back().consensus = "2024-06-25";
  f.back().support = 4;
  f.push_back(MakeFinding(*r, "call.initiator.conflict", "contradiction", "medium", e1, "initiator",
                          {ev1.slots["initiator"][0], ev1.slots["initiator"][1]},
                          "Who initiated the call: US (Українська правда) vs RU (РИА Новости)",
                          "initiator sides differ: US ≠ RU"));
  f.push_back(MakeFinding(*r, "call.participants.agree", "agreement", "info", e1, "participants",
                          {ev1.slots["participants"][0]}, "All 5 outlets name the same participants",
                          "participants equal across 5 claims"));
  f.push_back(MakeFinding(*r, "call.date.agree", "agreement", "info", e2, "date", {ev2.slots["date"][0]},
                          "Kyiv Post and Українська правда agree on 2024-07-12", "date verdict: same"));
  f.push_back(MakeFinding(*r, "single.source", "anomaly", "low", e3, "",
                          {V("2022-10-21", {i8}, 1)},
                          "Only one outlet (РИА Новости) reports this call", "1 independent source < 2 required"));
  Finding doc_level = MakeFinding(*r, "date.after.publication", "anomaly", "medium", "", "date", {},
                                  "The reference to a call on 2023-03-15 is dated after its article's publication",
                                  "event date 2023-03-15 > published 2023-03-01");
  doc_level.claims = {i9};
  f.push_back(doc_level);

  r->documents.push_back(Doc(kyiv, "Kyiv Post", "en", 2));
  r->documents.push_back(Doc(pravda, "Українська правда", "uk", 2));
  r->documents.push_back(Doc(ria, "РИА Новости", "ru", 2));
  r->documents.push_back(Doc(ansa, "ANSA", "it", 2));
  r->documents.push_back(Doc(c5.doc, evil_outlet, "en", 1));
  DocumentStatus skipped;
  skipped.id = "broken" + s;
  skipped.source = "articles/broken" + s + ".json";
  skipped.status = "skipped";
  skipped.reason = "articles/broken" + s + ".json:3:14: Missing a comma or '}' after an object member. <blink>";
  skipped.bytes = 77;
  r->documents.push_back(skipped);
}

}  // namespace

RunResult MakeReportFixture(int copies) {
  RunResult r;
  for (int k = 0; k < copies; ++k) AddCopy(&r, k);
  for (size_t i = 0; i < r.findings.size(); ++i) r.findings[i].id = "F" + std::to_string(i + 1);
  for (const auto& f : r.findings) r.findings_by_kind[f.kind]++;
  for (const auto& d : r.documents) r.input_bytes += d.bytes;
  return r;
}

size_t CountHighlights(const RunResult& r) {
  size_t n = 0;
  for (const auto& c : r.claims) n += c.evidence.highlights.size();
  return n;
}

}  // namespace crosscheck::testing
