// EventTagger::Collect: event triggers and cues from the matcher's matches (see event_tagger.h).
#include "engine/tag/event_tagger.h"

#include <algorithm>

#include "engine/tag/stable_order.h"

namespace crosscheck::tag {

namespace {

struct Hit {
  uint32_t begin, end;
  const EventRule* rule;
};

// Keeps, of overlapping hits, the longer (the earlier on a tie, the first given of one span),
// choosing greedily from the longest down; drops the others in place, so the kept stay in the given
// order (by begin). A hit clashes only with hits of its own cluster (a run of hits each overlapping
// the reach of those before it), so clusters are settled one by one and a lone hit, the common
// case, is kept as it is.
void KeepLongestNonOverlapping(std::vector<Hit>* hits) {
  std::vector<Hit>& h = *hits;
  thread_local std::vector<uint32_t> order;  // a cluster's hits, longest first
  thread_local std::vector<uint8_t> keep;
  keep.assign(h.size(), 1);
  auto settle = [&](size_t first, size_t last) {
    if (last - first < 2) return;
    // Longest first, then earliest, hits of one span in their given order: a stable insertion sort
    // of indices (clusters are a few hits).
    auto before = [&](uint32_t a, uint32_t b) {
      uint32_t la = h[a].end - h[a].begin, lb = h[b].end - h[b].begin;
      return la != lb ? la > lb : h[a].begin < h[b].begin;
    };
    order.clear();
    for (size_t i = first; i < last; ++i) {
      const uint32_t x = static_cast<uint32_t>(i);
      order.push_back(x);
      size_t j = order.size() - 1;
      for (; j > 0 && before(x, order[j - 1]); --j) order[j] = order[j - 1];
      order[j] = x;
    }
    for (size_t k = 0; k < order.size(); ++k) {
      const Hit& x = h[order[k]];
      bool clash = false;
      for (size_t m = 0; m < k && !clash; ++m)
        clash = keep[order[m]] && x.begin < h[order[m]].end && h[order[m]].begin < x.end;
      keep[order[k]] = !clash;
    }
  };
  size_t start = 0;
  uint32_t reach = 0;
  for (size_t i = 0; i < h.size(); ++i) {
    if (i > start && h[i].begin >= reach) {
      settle(start, i);
      start = i;
    }
    reach = i == start ? h[i].end : std::max(reach, h[i].end);
  }
  settle(start, h.size());
  size_t n = 0;
  for (size_t i = 0; i < h.size(); ++i)
    if (keep[i]) h[n++] = h[i];
  h.resize(n);
}

Span SpanOf(const analyse::Analysis& a, uint32_t begin, uint32_t end) {
  return {a.tokens[begin].start, a.tokens[end - 1].end};
}

// A "venue" marker ("talks in ?", "a ? per colloqui") speaks of a place only when its place token —
// the first capitalised word inside the phrase after its first token, else the word right after it —
// is a capitalised word that is neither a date word ("talks in May") nor a person ("talks in
// Zelensky's office" says nothing of a city). The place is what the tagger could not tell apart from
// a name it does not know (Madrid, Вільнюсі) or a capital it knows as a side (Ankara).
// A "venue_after" marker ("talks with ? ? in", "переговор* с ? в") has its place right after it: the
// capitalised words inside are the counterpart's name.
bool NamesPlace(const analyse::Analysis& a, const TaggedDocument& tagged, uint32_t begin, uint32_t end,
                bool place_after) {
  uint32_t place = end;
  for (uint32_t i = begin + 1; i < end && !place_after; ++i)
    if (a.tokens[i].upper_initial) {
      place = i;
      break;
    }
  if (place >= a.tokens.size()) return false;
  const analyse::Token& t = a.tokens[place];
  if (t.kind != analyse::TokenKind::kWord || !t.upper_initial || t.sentence != a.tokens[begin].sentence) return false;
  auto covers = [&](const TokenRange& r) { return r.begin <= place && place < r.end; };
  for (const TimeMention& m : tagged.times)
    if (covers(m.tokens)) return false;
  for (const EntityMention& m : tagged.entities)
    if (covers(m.tokens) && m.kind == EntityKind::kPerson) return false;
  return true;
}

}  // namespace

void EventTagger::Collect(const Document& doc, const analyse::Analysis& analysis,
                          const PhraseMatcher::TokenKeys& /*keys*/, const std::vector<PhraseMatch>& matches,
                          TaggedDocument* out) const {
  // words: triggers and blocks. Per thread, reused from document to document.
  thread_local std::vector<Hit> words, cues, markers;
  words.clear();
  cues.clear();
  markers.clear();
  const bool lang_known = !doc.lang.empty() && doc.lang != "und";
  for (const PhraseMatch& m : matches) {
    if (m.payload >= rules_.size()) continue;
    const EventRule& r = rules_[m.payload];
    if (!r.active) continue;
    if (lang_known && !r.langs.empty() && std::find(r.langs.begin(), r.langs.end(), doc.lang) == r.langs.end())
      continue;
    Hit h{m.begin, m.end, &r};
    switch (r.family) {
      case EventRule::Family::kTrigger:
      case EventRule::Family::kBlock: words.push_back(h); break;
      case EventRule::Family::kMarker: markers.push_back(h); break;
      case EventRule::Family::kCue: cues.push_back(h); break;
    }
  }
  KeepLongestNonOverlapping(&words);
  KeepLongestNonOverlapping(&cues);

  // Which sentences speak of a phone or of a face-to-face encounter, and does the document at all.
  thread_local std::vector<uint8_t> phone, in_person, venue;  // reused from document to document
  phone.assign(analysis.sentences.size(), 0);
  in_person.assign(analysis.sentences.size(), 0);
  venue.assign(analysis.sentences.size(), 0);
  bool doc_phone = false;
  for (const Hit& h : markers) {
    uint32_t s = analysis.tokens[h.begin].sentence;
    if (h.rule->marker == "phone") phone[s] = 1, doc_phone = true;
    if (h.rule->marker == "in_person") in_person[s] = 1;
    if ((h.rule->marker == "venue" || h.rule->marker == "venue_after") &&
        NamesPlace(analysis, *out, h.begin, h.end, h.rule->marker == "venue_after"))
      venue[s] = 1;
  }
  for (size_t s = 0; s < venue.size(); ++s)
    if (venue[s] && !phone[s]) in_person[s] = 1;
  for (const Hit& h : words)
    if (h.rule->family == EventRule::Family::kTrigger && h.rule->type == "call" && h.rule->context == "none")
      doc_phone = true;

  // Room for every mention at once: growing the lists would move each mention made so far.
  out->triggers.reserve(out->triggers.size() + words.size());
  out->cues.reserve(out->cues.size() + 2 * words.size() + cues.size());  // initiator and plan cues of triggers
  for (const Hit& h : words) {
    const EventRule& r = *h.rule;
    if (r.family != EventRule::Family::kTrigger) continue;
    uint32_t s = analysis.tokens[h.begin].sentence;
    TriggerMention t;
    t.tokens = {h.begin, h.end};
    t.span = SpanOf(analysis, h.begin, h.end);
    t.event_type = r.type;
    if (r.context != "none") {
      if (in_person[s]) t.event_type = meeting_;
      else if (phone[s]) t.event_type = call_;
      else if (r.context == "document" && doc_phone) t.event_type = call_, t.type_from_document = true;
    }
    t.trigger_id = r.id;
    t.pos = r.pos;
    t.weak = r.weak;
    t.coordinated = r.coordinated;
    t.written = std::string_view(doc.text).substr(t.span.start, t.span.size());
    // A cue the trigger carries on its own tokens.
    auto own_cue = [&](CueKind kind, const Atom& value) {
      CueMention c;
      c.tokens = t.tokens;
      c.span = t.span;
      c.kind = kind;
      c.cue_id = r.id;
      c.value = value;
      c.written = t.written;
      out->cues.push_back(std::move(c));
    };
    if (!r.initiator.empty()) own_cue(CueKind::kInitiator, r.initiator);
    if (r.planned) own_cue(CueKind::kPlan, kPlanOnTrigger);  // "зустрінуться", "incontrerà"
    out->triggers.push_back(std::move(t));
  }
  for (const Hit& h : cues) {
    const EventRule& r = *h.rule;
    CueMention c;
    c.tokens = {h.begin, h.end};
    c.span = SpanOf(analysis, h.begin, h.end);
    c.kind = r.kind;
    c.cue_id = r.id;
    c.value = r.value;
    c.n = r.n;
    c.scope = r.scope;
    c.gender = r.gender;
    c.written = std::string_view(doc.text).substr(c.span.start, c.span.size());
    out->cues.push_back(std::move(c));
  }
  StableSortTail(&out->cues, 0, [](const CueMention& a, const CueMention& b) { return a.tokens.begin < b.tokens.begin; });
}

}  // namespace crosscheck::tag
