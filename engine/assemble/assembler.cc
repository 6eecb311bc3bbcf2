// Assembler::Assemble: the order of the passes matters — participants before dates (borrowing looks
// at earlier claims), dates before years (years are inferred from who took part), years before
// offices are resolved to persons (the holder depends on the date).
#include "engine/assemble/assembler.h"

#include <algorithm>

#include "engine/assemble/draft.h"

namespace crosscheck::assemble {

namespace {

std::vector<Draft> DraftsFromTriggers(const DocContext& ctx) {
  std::vector<Draft> drafts;
  drafts.reserve(ctx.tagged->triggers.size());  // a Draft is large: moving it on regrowth costs
  for (const tag::TriggerMention& t : ctx.tagged->triggers) {
    Draft& d = drafts.emplace_back();
    d.trigger = &t;
    d.anchor = t.tokens;
    d.sentence = ctx.SentenceOf(t.tokens.begin);
    d.order = long(t.tokens.begin) * 4;
    d.claim.type = t.event_type;
    // The trigger, two or three participants, the date, an initiator or a source: one allocation
    // instead of four regrowths.
    d.claim.evidence.highlights.reserve(8);
    AddHighlight(t.span, slot::kTrigger, &d);
  }
  return drafts;
}

// Pronominal references take the participants of the claim they are compared with.
void LendToReferences(std::vector<Draft>* drafts) {
  for (size_t i = 0; i < drafts->size(); ++i) {
    Draft& r = (*drafts)[i];
    if (r.trigger || !r.parts.empty()) continue;
    for (size_t j = i; j-- > 0;) {
      const Draft& o = (*drafts)[j];
      if (o.dropped || o.parts.empty() || o.claim.type != r.claim.type) continue;
      for (RawParticipant p : o.parts) {
        p.borrowed = true;
        r.parts.push_back(std::move(p));
      }
      break;
    }
  }
}

// One claim per date of a list ("spoke twice, on October 21 and 23"). The drafts are rebuilt only
// when a list splits one (a Draft is large: most documents date theirs in place).
void DateDrafts(const DocContext& ctx, std::vector<Draft>* drafts) {
  std::vector<const tag::TimeMention*> times(drafts->size());
  bool split = false;
  for (size_t i = 0; i < drafts->size(); ++i) {
    const Draft& d = (*drafts)[i];
    const tag::TimeMention* t = d.dropped ? nullptr : PickTime(ctx, d, d.anchor.begin);
    times[i] = t;
    split = split || (t && t->kind == tag::TimeKind::kList && t->list.size() > 1);
  }
  if (!split) {
    for (size_t i = 0; i < drafts->size(); ++i)
      if (times[i]) ApplyTime(ctx, *times[i], -1, &(*drafts)[i]);
    return;
  }
  std::vector<Draft> out;
  out.reserve(drafts->size());
  for (size_t i = 0; i < drafts->size(); ++i) {
    Draft& d = (*drafts)[i];
    const tag::TimeMention* t = times[i];
    if (!t) {
      out.push_back(std::move(d));
      continue;
    }
    if (t->kind == tag::TimeKind::kList && t->list.size() > 1) {
      for (size_t k = 0; k < t->list.size(); ++k) {
        Draft c = d;
        ApplyTime(ctx, *t, static_cast<int>(k), &c);
        c.order = d.order + 0;  // same position; list order kept by stable order
        out.push_back(std::move(c));
      }
      continue;
    }
    ApplyTime(ctx, *t, -1, &d);
    out.push_back(std::move(d));
  }
  *drafts = std::move(out);
}

// "Austin and Belousov spoke on Friday", "Defense Secretary Lloyd Austin and Russian Defense Minister
// Andrei Belousov last spoke on June 25": two person or office phrases joined by one short word (a
// conjunction: "and", "e", "і") or "&", then at most two lower-case words ("last", "also", "have")
// before the trigger, the two of different sides. A phrase is a run of adjacent mentions ("Defense
// Secretary" "Lloyd Austin").
bool CoordinatedPairBefore(const DocContext& ctx, const Draft& d) {
  const auto& toks = ctx.analysis->tokens;
  // The mention of sentence d.sentence ending exactly at token `end`, or nullptr.
  auto ending_at = [&](uint32_t end) -> const tag::EntityMention* {
    for (size_t ei : ctx.entities[d.sentence]) {
      const tag::EntityMention& e = ctx.tagged->entities[ei];
      if (e.tokens.end == end && e.tokens.begin < end) return &e;
    }
    return nullptr;
  };
  // A phrase ending at `end`: its first token, or UINT32_MAX when no person or office ends there.
  auto phrase_begin = [&](uint32_t end, std::string_view* side) {
    const tag::EntityMention* e = ending_at(end);
    if (!e || !IsPersonLike(*e)) return UINT32_MAX;
    *side = e->side;
    uint32_t b = e->tokens.begin;
    while (b > 0 && (e = ending_at(b)) != nullptr) b = e->tokens.begin;
    return b;
  };
  uint32_t end = d.anchor.begin;
  for (int words = 0; end > 0 && words <= 2 && !ending_at(end); ++words, --end) {
    const auto& t = toks[end - 1];
    if (words == 2 || t.kind != analyse::TokenKind::kWord || t.upper_initial) return false;
  }
  std::string_view side2, side1;
  uint32_t second = end > 0 ? phrase_begin(end, &side2) : UINT32_MAX;
  if (second == UINT32_MAX || second < 2) return false;
  const auto& conj = toks[second - 1];
  bool joins = conj.key() == "&" ||
               (conj.kind == analyse::TokenKind::kWord && !conj.upper_initial && KeyChars(conj.key()) <= 3);
  // Two of one side speaking ("Biden and Harris spoke at the rally") address others, not each other.
  return joins && phrase_begin(second - 1, &side1) != UINT32_MAX && side1 != side2;
}

bool Keep(const DocContext& ctx, const Draft& d) {
  size_t specific = 0, any = 0, own_specific = 0;
  for (const auto& p : d.parts) {
    if (p.kind == RawParticipant::Kind::kOffice && p.side.empty()) continue;
    ++any;
    if (Specific(p)) ++specific, own_specific += !p.borrowed;
  }
  // A bare "spoke" needs its pair as the coordinated subject right before it.
  if (d.trigger && d.trigger->coordinated && !CoordinatedPairBefore(ctx, d)) return false;
  // A generic word ("by phone" once "spoke again" split the phrase) makes a claim with a pair of its
  // own, or with the pair its anaphoric subject stands for when it has a date of its own ("They spoke
  // again by phone on October 23.").
  if (d.trigger && d.trigger->weak)
    return any >= 2 && (own_specific >= 1 || (d.has_own_date && d.borrowed_from >= 0 && AnaphoricSubject(ctx, d)));
  if (d.claim.type == "statement") return specific >= 1;
  return any >= 2 || (any == 1 && d.has_own_date);
}

// A sentence that only elaborates the claim it borrowed its participants from is merged into it.
void MergeElaborations(const DocContext& ctx, std::vector<Draft>* drafts) {
  for (Draft& d : *drafts) {
    if (d.dropped || d.borrowed_from < 0 || d.has_own_date || !d.claim.ordinal.empty() || d.claim.role != "main")
      continue;
    bool own_specific = std::any_of(d.parts.begin(), d.parts.end(),
                                    [](const RawParticipant& p) { return !p.borrowed && Specific(p); });
    if (own_specific) continue;
    Draft* src = nullptr;
    for (Draft& o : *drafts)
      if (!o.dropped && o.order == d.borrowed_from) src = &o;
    // "Путин встретился с Эрдоганом. Следующая встреча состоится в Турции": the next one is news of
    // its own, not an elaboration.
    if (!src || src->claim.role != "main" || src->claim.planned != d.claim.planned) continue;
    Claim& c = src->claim;
    if (c.initiator.empty()) c.initiator = d.claim.initiator, c.initiator_text = d.claim.initiator_text;
    if (c.attributed_to.empty()) c.attributed_to = d.claim.attributed_to, c.attribution_text = d.claim.attribution_text;
    c.hedged = c.hedged || d.claim.hedged;
    const auto& sents = ctx.analysis->sentences;
    Span& ev = c.evidence.span;
    ev.start = std::min<size_t>(ev.start, sents[d.sentence].span.start);
    ev.end = std::max<size_t>(ev.end, sents[d.sentence].span.end);
    for (const auto& h : d.claim.evidence.highlights)
      if (h.slot != "trigger") AddHighlight(h.span, h.slot, src);  // once: FindInitiator may have read it too
    d.dropped = true;
  }
}

// Two triggers of one sentence for the same event ("телефонні переговори ... розмова"): one claim.
void DropSameSentenceDuplicates(std::vector<Draft>* drafts) {
  // A person is one participant whatever office the mention wrote beside the name: "President Donald
  // Trump ... their second call since Trump returned" names Trump twice, once with the office.
  auto key = [](const Draft& d) {
    std::vector<std::string> k;
    for (const auto& p : d.parts) k.push_back(!p.person.empty() ? p.person.str() : "|" + p.office + "|" + p.side);
    std::sort(k.begin(), k.end());
    k.erase(std::unique(k.begin(), k.end()), k.end());
    return k;
  };
  for (size_t i = 0; i < drafts->size(); ++i) {
    Draft& a = (*drafts)[i];
    if (a.dropped) continue;
    for (size_t j = i + 1; j < drafts->size(); ++j) {
      Draft& b = (*drafts)[j];
      if (b.dropped || b.sentence != a.sentence || b.claim.type != a.claim.type || b.claim.role != a.claim.role) continue;
      if (!(b.claim.date == a.claim.date) || key(a) != key(b)) continue;
      Claim& c = a.claim;
      if (c.initiator.empty()) c.initiator = b.claim.initiator, c.initiator_text = b.claim.initiator_text;
      if (c.ordinal.empty()) c.ordinal = b.claim.ordinal;
      for (const auto& h : b.claim.evidence.highlights) c.evidence.highlights.push_back(h);
      b.dropped = true;
    }
  }
}

}  // namespace

std::vector<Claim> Assembler::Assemble(const Document& doc, const analyse::Analysis& analysis,
                                       const tag::TaggedDocument& tagged) const {
  DocContext ctx = BuildContext(doc, analysis, tagged, &lexicon_);
  std::vector<Draft> drafts = DraftsFromTriggers(ctx);
  if (drafts.empty()) return {};
  AddReferenceDrafts(ctx, &drafts);
  for (size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].trigger) CollectParticipants(ctx, &drafts, i);
    else CollectNamedPair(ctx, &drafts[i]);
  }
  SplitCoordinatedEvents(ctx, &drafts);
  LendToReferences(&drafts);
  DateDrafts(ctx, &drafts);
  // A trigger in a "…since March 2023, when Austin spoke with Shoigu" clause happened on the since-date,
  // not on a date written before the clause ("si sono sentiti il 12 luglio, dal marzo 2023, quando
  // Austin aveva parlato con Shoigu": 12 July is the main call's).
  for (Draft& d : drafts) {
    if (d.dropped || (d.has_own_date && (!d.time || ctx.SentenceOf(d.time->tokens.begin) != d.sentence ||
                                         d.time->tokens.begin > d.anchor.begin)))
      continue;
    const tag::TimeMention* since = nullptr;
    const tag::TokenRange when = WhenClause(ctx, d.sentence, &since);
    if (!since || d.anchor.begin < when.begin || d.anchor.begin >= when.end) continue;
    if (d.time && d.time->tokens.begin >= when.begin) continue;  // a date of the clause's own
    if (d.time) {
      auto& hl = d.claim.evidence.highlights;
      hl.erase(std::remove_if(hl.begin(), hl.end(), [](const Highlight& h) { return h.slot == slot::kDate; }), hl.end());
      d.claim.date_end = {};
    }
    ApplyTime(ctx, *since, -1, &d);
  }
  // Whether a draft is kept depends only on what the passes above set (its participants, its own
  // date, the claim that lent it participants), so it is known before the cue slots are read, and
  // those are read for the kept ones only (most drafts have no pair). The drafts are marked dropped
  // only after: the cue searches below see every draft the passes above kept in play.
  std::vector<uint8_t> keep(drafts.size());
  for (size_t i = 0; i < drafts.size(); ++i) keep[i] = Keep(ctx, drafts[i]);
  for (size_t i = 0; i < drafts.size(); ++i) {
    Draft& d = drafts[i];
    d.claim.evidence.span = analysis.sentences[d.sentence].span;
    if (!keep[i]) continue;
    FindInitiator(ctx, drafts, &d);
    FindOrdinal(ctx, drafts, &d);
    FindAttribution(ctx, &d);
    FindModality(ctx, drafts, &d);
    DatePlannedForward(ctx, &d);
  }
  for (size_t i = 0; i < drafts.size(); ++i)
    if (!keep[i]) drafts[i].dropped = true;
  MergeElaborations(ctx, &drafts);
  DropSameSentenceDuplicates(&drafts);
  // Before years: a mention dated earlier in the calendar than the article's main event is a
  // reference, and must not be placed in the window of the people of the main event. Before lead
  // dates too: "The two last spoke on 16 November" must not make the headline's date ambiguous.
  MarkEarlierAsReferences(&drafts);
  KeepReferencesBeforePublication(ctx, &drafts);
  InheritLeadDates(ctx, &drafts);
  InferYearsFromOffices(ctx, &drafts);
  InferYearsFromAnchor(ctx, &drafts);

  for (Draft& d : drafts) {
    if (d.dropped) continue;
    ResolveParticipants(ctx, drafts, &d);
    if (d.claim.participants.empty()) d.dropped = true;
  }
  // After resolution: the headline's "ministers" and the body's names compare as persons.
  FoldRestatements(&drafts);
  FlagFirstContradictedInDocument(ctx, &drafts);

  std::vector<Claim> claims;
  for (Draft& d : drafts) {
    if (d.dropped) continue;
    Claim& c = d.claim;
    if (c.date.empty()) c.date_basis.clear();
    c.doc = doc.id;
    c.outlet = doc.outlet;
    c.lang = doc.lang;
    // The evidence covers every sentence a slot was read from (a date on the line before, the
    // attribution in the next sentence).
    for (const Highlight& h : c.evidence.highlights) {
      c.evidence.span.start = std::min(c.evidence.span.start, h.span.start);
      c.evidence.span.end = std::max(c.evidence.span.end, h.span.end);
    }
    c.evidence.text = doc.text.substr(c.evidence.span.start, c.evidence.span.size());
    std::sort(c.evidence.highlights.begin(), c.evidence.highlights.end(),
              [](const Highlight& a, const Highlight& b) { return a.span.start < b.span.start; });
    claims.push_back(std::move(c));
  }
  for (size_t i = 0; i < claims.size(); ++i) claims[i].id = doc.id + "#" + std::to_string(i + 1);
  return claims;
}

}  // namespace crosscheck::assemble
