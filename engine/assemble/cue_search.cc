#include "engine/assemble/cue_search.h"

#include "engine/util/text.h"

namespace crosscheck::assemble {

long Distance(const tag::TokenRange& a, const tag::TokenRange& b) {
  if (a.end <= b.begin) return long(b.begin) - long(a.end);
  if (b.end <= a.begin) return long(a.begin) - long(b.end);
  return 0;
}

bool CueBelongsTo(const std::vector<Draft>& drafts, const Draft& d, const tag::CueMention& c) {
  long mine = Distance(c.tokens, d.anchor);
  for (const Draft& o : drafts) {
    if (&o == &d || o.dropped || o.sentence != d.sentence) continue;
    if (o.anchor.begin == d.anchor.begin && o.anchor.end == d.anchor.end) continue;  // list items share it
    long theirs = Distance(c.tokens, o.anchor);
    if (theirs < mine || (theirs == mine && o.anchor.begin < d.anchor.begin)) return false;
  }
  return true;
}

bool GapNamesSince(const DocContext& ctx, const tag::CueMention& gap, const tag::CueMention& since) {
  if (gap.kind != tag::CueKind::kOrdinal || gap.scope != "gap" || gap.n > 0) return false;
  if (since.kind != tag::CueKind::kOrdinal || since.scope != "since" || gap.tokens.end > since.tokens.begin) return false;
  if (gap.tokens.end == since.tokens.begin) return true;
  return gap.tokens.end + 1 == since.tokens.begin && ctx.analysis->tokens[gap.tokens.end].key() == ",";
}

bool SinceCueOwns(const DocContext& ctx, const tag::CueMention& c, const tag::TimeMention& t) {
  if (c.kind != tag::CueKind::kOrdinal || c.scope != "since") return false;
  if (t.tokens.end <= c.tokens.end || t.tokens.begin < c.tokens.begin || t.tokens.begin > c.tokens.end + 3) return false;
  if (c.value != "after_ordinal") return true;
  if (t.tokens.begin > c.tokens.end + 1) return false;
  // The ordinal's noun phrase may stand between: "перша телефонна розмова між ними з ...", "первый
  // разговор глав оборонных ведомств России и США с марта 2023 года", "la prima conversazione tra i
  // due ministri della Difesa da marzo 2023" — within one clause (no punctuation between).
  constexpr uint32_t kFromOrdinal = 12;
  const auto& toks = ctx.analysis->tokens;
  for (size_t ci : ctx.cues[ctx.SentenceOf(c.tokens.begin)]) {
    const tag::CueMention& o = ctx.tagged->cues[ci];
    if (GapNamesSince(ctx, o, c)) return true;
    if (o.kind != tag::CueKind::kOrdinal || o.n <= 0 || o.tokens.end > c.tokens.begin ||
        c.tokens.begin - o.tokens.end > kFromOrdinal)
      continue;
    bool one_clause = true;
    for (uint32_t i = o.tokens.end; i < c.tokens.begin && one_clause; ++i)
      one_clause = toks[i].kind != analyse::TokenKind::kPunct;
    if (one_clause) return true;
  }
  return false;
}

std::string CapitalisedRun(const DocContext& ctx, uint32_t s, const tag::TokenRange& cue, bool following, Span* span) {
  const auto& sent = ctx.analysis->sentences[s];
  const auto& toks = ctx.analysis->tokens;
  auto is_name = [&](uint32_t i) { return toks[i].kind == analyse::TokenKind::kWord && toks[i].upper_initial; };
  auto is_article = [&](uint32_t i) {
    return toks[i].kind == analyse::TokenKind::kWord && !toks[i].upper_initial &&
           KeyChars(toks[i].key()) <= 3;
  };
  uint32_t b = 0, e = 0;
  if (following) {
    uint32_t i = cue.end;
    while (i < sent.end_token && i < cue.end + 2 && is_article(i)) ++i;
    b = i;
    while (i < sent.end_token && i < b + 4 && is_name(i)) ++i;
    e = i;
  } else {
    if (cue.begin == 0) return "";
    uint32_t i = cue.begin;
    while (i > sent.first_token && i + 4 > cue.begin && is_name(i - 1)) --i;
    b = i;
    e = cue.begin;
  }
  if (e <= b) return "";
  *span = ctx.TokenSpan(b, e);
  return ctx.Text(*span);
}

int NearestDraft(const std::vector<Draft>& drafts, uint32_t sentence, uint32_t tok) {
  int best = -1;
  long best_d = 1L << 30;
  for (size_t i = 0; i < drafts.size(); ++i) {
    const Draft& d = drafts[i];
    if (d.dropped || d.sentence != sentence) continue;
    long dist = Distance({tok, tok + 1}, d.anchor);
    if (dist < best_d) best_d = dist, best = static_cast<int>(i);
  }
  return best;
}

}  // namespace crosscheck::assemble
