#include "engine/tag/time_match.h"

#include <algorithm>
#include <cstring>

namespace crosscheck::tag::time {

namespace {

using analyse::Token;
using analyse::TokenKind;

// What the elements of a match have said so far. Plain data, copied on each step of the walk.
struct State {
  int days[4], months[4], years[4];
  int nd = 0, nm = 0, ny = 0;
  int weekday = -1;
  int rel = -1;  // WordEntry index of a relative phrase
  int shift = 0;
  bool shifted = false;
  int count = 0;
  bool counted = false;
  int unit = 0;
  int sign = 0;
  bool ago = false;
  bool label = false;
  bool day_word = false;  // "числа", "giorno": the number is a day of the month
};

int NumberValue(const Token& t) {
  if (t.key().size() > 6) return -1;
  int v = 0;
  for (char c : t.key()) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool IsDash(std::string_view k) { return k == "-" || k == "–" || k == "—" || k == "‒" || k == "−"; }
bool IsApostrophe(std::string_view k) { return k == "'" || k == "’" || k == "ʼ" || k == "`"; }

// The numeric classes a number token of value `v` (NumberValue) written with `digits` digits can be
// read as (whether it stands free, and the glued minutes of a TIME, are Walker::Options's to check).
ClsMask NumberClasses(int v, size_t digits) {
  if (v < 0) return 0;
  ClsMask m = 0;
  if (v <= 1000) m |= Bit(kNum);
  if (v >= 1 && v <= 31 && digits <= 2) m |= Bit(kDay);
  if (v >= 1 && v <= 12 && digits <= 2) m |= Bit(kMonthNum);
  if (v >= 1900 && v <= 2099 && digits == 4) m |= Bit(kYear);
  if (digits == 2) m |= Bit(kYear2);
  if (v <= 23 && digits <= 2) m |= Bit(kTime);
  return m;
}

// The punctuation classes of a token (kComma: "," or "，"; kDash: IsDash; the others: the one
// character).
ClsMask PunctClasses(std::string_view k) {
  if (k.size() == 1) {
    switch (k[0]) {
      case ',': return Bit(kComma);
      case '.': return Bit(kDot);
      case '/': return Bit(kSlash);
      case '-': return Bit(kDash);
      case ':': return Bit(kColon);
      case '(': return Bit(kLParen);
      case ')': return Bit(kRParen);
      default: return 0;
    }
  }
  if (k.size() == 3) {
    if (k == "，") return Bit(kComma);
    if (IsDash(k)) return Bit(kDash);
  }
  return 0;
}

class Walker {
 public:
  Walker(const TimeVocab& v, const std::vector<Token>& toks, const TokenClasses& classes,
         const std::vector<PhraseMatch>& hits, uint32_t send)
      : v_(v), toks_(toks), conns_(classes.conns), can_(classes.can), first_(classes.first_hit),
        number_(classes.number), hits_(hits), send_(send) {}

  // The walk stops at `send` (the end of the sentence being read).
  void SetEnd(uint32_t send) { send_ = send; }

  // Tries `p` at `start`; keeps it when it ends later than the best so far.
  void Try(const Pattern& p, uint32_t start) {
    pat_ = &p;
    start_ = start;
    Step(0, start, State());
  }

  uint32_t best_end = 0;
  const Pattern* best_pattern = nullptr;
  State best;

 private:
  size_t FirstHit(uint32_t pos) const { return first_[pos]; }
  bool Glued(uint32_t pos) const { return pos < send_ && !toks_[pos].space_before; }
  bool GluedNumber(uint32_t pos) const { return Glued(pos) && toks_[pos].kind == TokenKind::kNumber; }
  bool GluedKey(uint32_t pos, const char* a, const char* b = nullptr) const {
    return Glued(pos) && (toks_[pos].key() == a || (b && toks_[pos].key() == b));
  }

  // A number standing on its own, not part of 10,000 / 3.5 / 19:50.
  bool FreeNumber(uint32_t pos) const {
    if (pat_->tight) return true;
    if ((GluedKey(pos + 1, ",", ".") || GluedKey(pos + 1, ":")) && GluedNumber(pos + 2)) return false;
    if (pos > 0 && !toks_[pos].space_before) {
      const std::string_view k = toks_[pos - 1].key();
      if (k == ":" || k == "." || k == ",") return false;
    }
    return true;
  }

  static void Apply(Cls c, int value, State* s) {
    switch (c) {
      case kDay:
      case kOrdWord:
        if (s->nd < 4) s->days[s->nd++] = value;
        break;
      case kMonth:
      case kMonthFull:
      case kMonthNum:
        if (s->nm < 4) s->months[s->nm++] = value;
        break;
      case kYear:
        if (s->ny < 4) s->years[s->ny++] = value;
        break;
      case kYear2:
        if (s->ny < 4) s->years[s->ny++] = value < 70 ? 2000 + value : 1900 + value;
        break;
      case kWeekday: s->weekday = value; break;
      case kRel: s->rel = value; break;
      case kLast:
      case kNext:
      case kThis:
        s->shift = value;
        s->shifted = true;
        break;
      case kNum:
      case kCount:
        s->count = value;
        s->counted = true;
        break;
      case kUnit: s->unit = value; break;
      case kLater:
      case kAfter:
      case kEarlier: s->sign = value; break;
      case kAgo:
        s->sign = -1;
        s->ago = true;
        break;
      case kPublished: s->label = true; break;
      case kDayWord: s->day_word = true; break;
      default: break;
    }
  }

  struct Option {
    uint32_t end;
    Cls cls;
    int value;
  };

  // Every way class `c` can be read at `pos`, appended to opts (at most `cap`).
  int Options(Cls c, uint32_t pos, Option* opts, int n, int cap) const {
    const Token& t = toks_[pos];
    auto add = [&](uint32_t end, int value) {
      if (n < cap) opts[n++] = {end, c, value};
    };
    if (c <= kRParen) {
      // The token can be this by itself (Step asks only classes in can_, which holds exactly the
      // token's own shape classes); what the context asks.
      switch (c) {
        case kNum:
        case kDay:
        case kYear:
          if (FreeNumber(pos)) add(pos + 1, number_[pos]);
          break;
        case kMonthNum:
        case kYear2:
          add(pos + 1, number_[pos]);
          break;
        case kTime:
          if (GluedKey(pos + 1, ":", ".") && GluedNumber(pos + 2) && toks_[pos + 2].key().size() == 2 &&
              number_[pos + 2] <= 59)
            add(pos + 3, 0);
          break;
        default:  // punctuation
          add(pos + 1, 0);
          break;
      }
      return n;
    }
    if (c >= kMonth && c <= kYearWord) {
      for (size_t h = FirstHit(pos); h < hits_.size() && hits_[h].begin == pos; ++h) {
        const PhraseMatch& m = hits_[h];
        if (m.end > send_) continue;
        const WordEntry& e = v_.entries[m.payload];
        bool ok = e.cls == c || (c == kMonthFull && e.cls == kMonth && e.full);
        if (ok) add(m.end, c == kRel ? static_cast<int>(m.payload) : e.value);
      }
      return n;
    }
    if (c == kOrd) {
      if (t.space_before) return n;
      const Connector* k = conns_[pos];
      if (k && (k->mask & Bit(kOrd))) add(pos + 1, 0);
      if (IsDash(t.key()) && Glued(pos + 1)) {  // "1-го", "5-е"
        const Connector* k2 = conns_[pos + 1];
        if (k2 && (k2->mask & Bit(kOrd))) add(pos + 2, 0);
      }
      return n;
    }
    const Connector* k = conns_[pos];
    if (!k || !(k->mask & Bit(c))) return n;
    uint32_t end = pos + 1;
    // Elision: "all'11", "dall'8", "nell'anno".
    if (t.kind == TokenKind::kWord && end < send_ && Glued(end) && IsApostrophe(toks_[end].key())) ++end;
    add(end, k->Value(c));
    return n;
  }

  void Step(size_t ei, uint32_t pos, const State& st) {
    const Pattern& p = *pat_;
    if (ei == p.seq.size()) {
      if (pos > start_ && pos > best_end) {
        best_end = pos;
        best_pattern = pat_;
        best = st;
      }
      return;
    }
    const Element& e = p.seq[ei];
    if (e.optional) Step(ei + 1, pos, st);
    if (pos >= send_) return;
    if (p.tight && pos > start_ && toks_[pos].space_before) return;
    Option opts[8];
    int n = 0;
    for (ClsMask m = e.mask & can_[pos]; m != 0 && n < 8; m &= m - 1)
      n = Options(static_cast<Cls>(__builtin_ctzll(m)), pos, opts, n, 8);
    for (int i = 0; i < n; ++i) {
      State next = st;
      Apply(opts[i].cls, opts[i].value, &next);
      Step(ei + 1, opts[i].end, next);
    }
  }

  const TimeVocab& v_;
  const std::vector<Token>& toks_;
  const std::vector<const Connector*>& conns_;
  const std::vector<ClsMask>& can_;
  const std::vector<uint32_t>& first_;
  const std::vector<int32_t>& number_;
  const std::vector<PhraseMatch>& hits_;
  uint32_t send_;
  const Pattern* pat_ = nullptr;
  uint32_t start_ = 0;
};

// A day alone (PatternKind::kDay) is a date only where its phrase ends: "on the 12th, the Pentagon
// said", "12-го в Москве", "il 12." — not "on the 12th floor", "12-го созыва", "il 12 per cento".
// After a bare number ("il 12") only a stop may follow; after an ordinal mark or "scorso", a date
// connector too ("on the 12th at", "12-го и 13-го"); a day word ("12-го числа", "il giorno 12") says
// it is a day by itself. `e`: the end of the match, `send` of its sentence.
bool DayEndsPhrase(const std::vector<Token>& toks, const TokenClasses& classes, const State& s, uint32_t e,
                   uint32_t send) {
  if (s.day_word || e >= send) return true;
  const std::string_view k = toks[e].key();
  if (k == "," || k == "." || k == ";" || k == ":" || k == ")") return true;
  if (toks[e - 1].kind == TokenKind::kNumber) return false;
  const Connector* c = classes.conns[e];
  return c && (c->mask & (Bit(kPrep) | Bit(kAnd) | Bit(kOf) | Bit(kTo)));
}

// A numeric day and month without a year ("12.07", "12/07") may as well be a time of day, a decimal
// or a score. It is read as a date only written as one — a two-digit month, standing free, not after a
// clock preposition ("в 12.07", "at 12.07", "alle 12.07" are times; a slash is never a time) — and
// ending its phrase: at a stop, or before "and"/"to" ("з 12.07 по 14.07"; not "12.07 млрд", nor
// "счёт 12.07 в пользу").
// [b, e): the match.
bool NumericDayMonth(const std::vector<Token>& toks, const TokenClasses& classes, uint32_t b, uint32_t e,
                     uint32_t send) {
  if (toks[e - 1].key().size() != 2) return false;
  if (b > 0 && !toks[b].space_before && !toks[b].newline_before && toks[b - 1].key() != "(") return false;
  if (b > 0 && toks[b + 1].key() == ".") {
    const Connector* c = classes.conns[b - 1];
    if (c && (c->mask & Bit(kPrep)) && !(c->mask & (Bit(kFrom) | Bit(kTo) | Bit(kArt)))) return false;
  }
  if (e >= send) return true;
  if (!toks[e].space_before && e + 1 < send && !toks[e + 1].space_before && toks[e + 1].kind == TokenKind::kNumber)
    return false;  // "1.12.7", "12.07,5"
  const std::string_view k = toks[e].key();
  if (k == "," || k == "." || k == ";" || k == ")") return true;
  if (!toks[e].space_before) return false;
  const Connector* c = classes.conns[e];
  return c && (c->mask & (Bit(kAnd) | Bit(kTo)));
}

bool IsTrimmable(const Token& t) { return t.kind == TokenKind::kPunct && t.key() != "." && t.key() != ")"; }

// Turns the best match into a mention; false when it does not make a possible date.
bool Build(const TimeVocab& v, const Pattern& p, const State& s, TimeMention* m) {
  m->year_explicit = s.ny > 0;
  m->weekday = s.weekday;
  if (s.rel >= 0) {
    const WordEntry& e = v.entries[s.rel];
    m->relative_anchor = e.anchor;
    m->relative_unit = e.unit;
    m->relative_count = e.count;
    if (e.unit == "day") m->relative_days = e.count;
    if (e.unit == "week") m->relative_days = 7 * e.count;
  }
  if (p.kind == PatternKind::kDay) {
    if (s.nd != 1 || s.nm != 0 || s.ny != 0) return false;
    m->kind = TimeKind::kDate;
    m->day_only = s.days[0];
    return true;
  }
  if (p.kind == PatternKind::kRelative) {
    if (s.rel < 0) {
      if (s.unit == 0 || s.sign == 0) return false;
      int count = s.counted ? s.count : 1;  // "через неделю", "a week later"
      int n = count * s.sign;
      m->relative_anchor = s.ago ? "publication" : "previous";
      if (s.unit == kUnitMonth || s.unit == kUnitYear) {
        m->relative_unit = s.unit == kUnitMonth ? "month" : "year";
        m->relative_count = n;
        m->kind = s.unit == kUnitMonth ? TimeKind::kMonth : TimeKind::kYear;
        return true;
      }
      int days = s.unit == kUnitHour ? (count + 12) / 24 * s.sign : n * s.unit;
      m->relative_unit = "day";
      m->relative_count = days;
      m->relative_days = days;
    }
    m->kind = m->relative_unit == "year"    ? TimeKind::kYear
              : m->relative_unit == "month" ? TimeKind::kMonth
                                            : TimeKind::kRelative;
    return true;
  }
  auto year_at = [&](int i) { return s.ny <= 0 ? 0 : s.years[std::clamp(i, 0, std::min(s.ny, 4) - 1)]; };
  auto month_at = [&](int i) { return s.nm <= 0 ? 0 : s.months[std::clamp(i, 0, std::min(s.nm, 4) - 1)]; };
  if (p.kind == PatternKind::kRange) {
    m->kind = TimeKind::kRange;
    if (s.nd >= 2) {
      m->date = {year_at(0), s.nm >= 2 ? s.months[0] : month_at(0), s.days[0]};
      m->end = {s.ny >= 2 ? s.years[1] : year_at(0), month_at(1), s.days[1]};
      if (s.ny == 1 && s.nm >= 2 && s.months[1] < s.months[0]) m->date.year -= 1;  // 30 Dec – 2 Jan 2024
    } else if (s.nm >= 2) {
      m->date = {year_at(0), s.months[0], 0};
      m->end = {s.ny >= 2 ? s.years[1] : year_at(0), s.months[1], 0};
    } else if (s.ny >= 2 && s.nm == 0 && s.nd == 0) {
      m->date = {s.years[0], 0, 0};
      m->end = {s.years[1], 0, 0};
      if (m->end.year <= m->date.year) return false;
    } else {
      return false;
    }
    if (m->date.month == 0 && m->date.year == 0) return false;
    return IsValid(m->date) && IsValid(m->end) && !(m->date == m->end);
  }
  if (p.kind == PatternKind::kList) {
    if (s.nd < 2 || s.nm == 0) return false;
    m->kind = TimeKind::kList;
    for (int i = 0; i < s.nd; ++i) {
      PartialDate d{year_at(s.ny == s.nd ? i : s.ny - 1), month_at(s.nm == s.nd ? i : s.nm - 1), s.days[i]};
      if (!IsValid(d)) return false;
      m->list.push_back(d);
    }
    m->date = m->list.front();
    return true;
  }
  // A date, month, year or weekday.
  if (s.nd == 0 && s.nm == 0 && s.ny == 0) {
    if (s.weekday >= 0) {
      m->kind = TimeKind::kWeekday;
      m->relative_anchor = "publication";
      m->relative_unit = "weekday";
      m->relative_count = s.shifted ? s.shift : 0;
      return true;
    }
    if (s.rel >= 0) {
      m->kind = m->relative_unit == "year"    ? TimeKind::kYear
                : m->relative_unit == "month" ? TimeKind::kMonth
                                              : TimeKind::kRelative;
      return true;
    }
    return false;
  }
  if (s.nd > 0 && s.nm == 0) return false;
  m->date = {year_at(0), month_at(0), s.nd > 0 ? s.days[0] : 0};
  if (s.nd > 0) m->kind = TimeKind::kDate;
  else if (s.nm > 0) m->kind = (s.ny > 0 || m->relative_unit == "year") ? TimeKind::kDate : TimeKind::kMonth;
  else m->kind = TimeKind::kYear;
  // A relative day next to an explicit date ("Вчора, 25 червня") keeps it; other relative words
  // that are not a year ("this week, 25 June") say nothing more about the date.
  if (!m->relative_unit.empty() && m->relative_unit != "day" && m->relative_unit != "year") {
    m->relative_unit.clear();
    m->relative_anchor.clear();
    m->relative_days = INT_MIN;
    m->relative_count = 0;
  }
  if (m->relative_unit == "year" && (s.ny > 0 || m->kind == TimeKind::kYear)) m->relative_unit.clear();
  return IsValid(m->date);
}

// A date that stands on a line of its own (optionally with a time, a "Published" label, a weekday),
// or opens the body followed by a dash: the article's dateline. Extends `*end` over a trailing time.

// How a wire-style place stands before the date at the start of a line.
enum class Place {
  kNone,
  kComma,   // "KYIV, " / "Washington, D.C., " / "МОСКВА, "
  kDot,     // "Москва. " (Interfax): words only, and the agency must follow the date
  kAgency,  // "(ANSA) - ROMA, " / "(AGI) - Roma, ": the agency's tag opens the line
};

// An agency's tag in brackets that opens the line and ends just before `dash`: "(ANSA) -",
// "(ANSA-AFP) -".
bool AgencyTagBefore(const std::vector<Token>& toks, uint32_t dash) {
  if (dash < 3 || !IsDash(toks[dash].key()) || toks[dash - 1].key() != ")") return false;
  bool word = false;
  for (uint32_t i = dash - 2, n = 0; i > 0 && n < 5; --i, ++n) {
    const Token& t = toks[i];
    if (t.kind == TokenKind::kWord) {
      if (!t.upper_initial) return false;
      word = true;
    } else if (!IsDash(t.key())) {
      return false;
    }
    if (toks[i - 1].key() == "(") return word && toks[i - 1].newline_before;
  }
  return false;
}

Place PlacePrefix(const std::vector<Token>& toks, uint32_t begin) {
  if (begin < 2) return Place::kNone;
  const bool dot = toks[begin - 1].key() == ".";
  if (!dot && toks[begin - 1].key() != ",") return Place::kNone;
  int words = 0;
  for (uint32_t i = begin - 2, n = 0; n < 5; --i, ++n) {
    const Token& t = toks[i];
    if (t.kind == TokenKind::kNumber) return Place::kNone;
    if (t.kind == TokenKind::kWord) {
      if (!t.upper_initial) return Place::kNone;
      ++words;
    } else if (dot) {
      return Place::kNone;
    }
    if (t.newline_before) {
      if (t.kind != TokenKind::kWord) return Place::kNone;
      return dot ? (words <= 3 ? Place::kDot : Place::kNone) : Place::kComma;
    }
    if (i == 0) return Place::kNone;
    if (!dot && words > 0 && t.kind == TokenKind::kWord && AgencyTagBefore(toks, i - 1)) return Place::kAgency;
  }
  return Place::kNone;
}

// A time that opens the line before the date: "18:16 09.10.2024", "14:27 | 12.07.2024", "19:50, 29.01".
bool TimePrefix(const std::vector<Token>& toks, uint32_t begin) {
  uint32_t i = begin;
  if (i > 0 && (toks[i - 1].key() == "," || toks[i - 1].key() == "|" || IsDash(toks[i - 1].key())) &&
      !toks[i].newline_before)
    --i;
  if (i < 3 || toks[i].newline_before) return false;
  const Token& h = toks[i - 3];
  const Token& sep = toks[i - 2];
  const Token& m = toks[i - 1];
  return h.newline_before && h.kind == TokenKind::kNumber && h.key().size() <= 2 &&
         (sep.key() == ":" || sep.key() == ".") && !sep.space_before && !m.space_before &&
         m.kind == TokenKind::kNumber && m.key().size() == 2;
}

// A "Published" label that opens the line before a date the patterns read without it (numeric dates
// are tight): "Опубліковано 03.10.2021", "Pubblicato il 10/11/2024", "Published: 3.10.2021".
bool LabelPrefix(const std::vector<Token>& toks, uint32_t begin, const TimeVocab& v) {
  auto has = [&](uint32_t i, Cls c) {
    const Connector* k = v.connectors.Find(toks[i].key());
    return k && (k->mask & Bit(c));
  };
  uint32_t i = begin;
  if (i > 0 && toks[i - 1].key() == ":") --i;
  if (i > 0 && has(i - 1, kArt)) --i;
  return i > 0 && has(i - 1, kPublished) && (i - 1 == 0 || toks[i - 1].newline_before);
}

// What may follow a wire dateline's date after its full stop: the agency ("/ТАСС/.", "УКРІНФОРМ.",
// "INTERFAX.RU -").
bool AgencyAfter(const Token& t) { return t.key() == "/" || (t.kind == TokenKind::kWord && t.all_upper); }

bool IsDateline(const std::vector<Token>& toks, uint32_t begin, uint32_t* end, const TimeVocab& v,
                const State& s, bool* wire) {
  const Place place = toks[begin].newline_before ? Place::kNone : PlacePrefix(toks, begin);
  bool placed = !toks[begin].newline_before &&
                (place != Place::kNone || TimePrefix(toks, begin) || LabelPrefix(toks, begin, v));
  if (!s.label && !toks[begin].newline_before && !placed) return false;
  uint32_t e = *end;
  auto key = [&](uint32_t i) { return toks[i].key(); };
  auto line_end = [&](uint32_t i) { return i >= toks.size() || toks[i].newline_before; };
  auto is_time = [&](uint32_t i) {
    return i + 2 < toks.size() && toks[i].kind == TokenKind::kNumber && !toks[i + 1].space_before &&
           (key(i + 1) == ":" || key(i + 1) == ".") && !toks[i + 2].space_before &&
           toks[i + 2].kind == TokenKind::kNumber && toks[i + 2].key().size() == 2 && !line_end(i + 1);
  };
  uint32_t i = e;
  if (!line_end(i) && (key(i) == "," || key(i) == "|" || IsDash(key(i)) || key(i) == "/")) ++i;
  if (!line_end(i)) {
    const Connector* k = v.connectors.Find(key(i));
    if (k && (k->mask & Bit(kPrep))) ++i;  // "at 14:27", "о 19:50"
  }
  if (!line_end(i) && is_time(i)) {
    e = i + 3;
    // A time zone after the time: "14:27 GMT", "19:50 (EET)", "14:27 МСК".
    uint32_t z = e;
    bool paren = !line_end(z) && key(z) == "(";
    if (paren) ++z;
    if (!line_end(z) && toks[z].kind == TokenKind::kWord && toks[z].all_upper && toks[z].key().size() <= 8) {
      ++z;
      if (!paren) e = z;
      else if (!line_end(z) && key(z) == ")") e = z + 1;
    }
    i = e;
  } else {
    i = e;
  }
  if (!line_end(i) && (key(i) == "," || key(i) == ".")) ++i;
  bool own_line = line_end(i);
  bool opens_text = (begin == 0 || placed) && !line_end(i) && (IsDash(key(i)) || key(i) == "(");
  const bool stopped = key(i - 1) == ".";
  // A wire story's place and date, then the agency or the text: "МОСКВА, 12 июля. /ТАСС/.",
  // "Київ, 12 липня. УКРІНФОРМ.", "Москва. 12 июля. INTERFAX.RU -", "(AGI) - Roma, 12 lug. Il ...".
  if (!own_line && !opens_text && place != Place::kNone && stopped)
    opens_text = place == Place::kAgency || AgencyAfter(toks[i]);
  if (place == Place::kDot && !own_line && !(stopped && AgencyAfter(toks[i]))) return false;
  if (!own_line && !opens_text && !s.label) return false;
  *end = e;
  *wire = place != Place::kNone;
  return true;
}

// The classes some token that a reading of `pos` ends at may have: what a match beginning at `pos`
// can read next (a superset). Readings end at the next token, after a glued apostrophe or ordinal
// suffix (pos + 2), after the minutes of a TIME (pos + 3) or at the end of a date word.
ClsMask FollowClasses(const TokenClasses& classes, const std::vector<Token>& toks, const std::vector<PhraseMatch>& hits,
                      uint32_t pos, uint32_t send) {
  const auto& can = classes.can;
  ClsMask f = 0;
  if (pos + 1 < send) f |= can[pos + 1];
  if (pos + 2 < send && !toks[pos + 1].space_before) f |= can[pos + 2];
  if ((can[pos] & Bit(kTime)) && pos + 3 < send) f |= can[pos + 3];
  for (size_t h = classes.first_hit[pos]; h < hits.size() && hits[h].begin == pos; ++h)
    if (hits[h].end < send) f |= can[hits[h].end];
  return f;
}

// Whether a match that begins inside (pos, reach) may end past `reach` (the end of the match found
// at pos), within the sentence ending at `send`. It must then read across reach: either a reading
// of the token at reach itself (which needs some class of it), or one begun before reach that spans
// it — a TIME (three tokens), a dash with a glued ordinal suffix or a connector with an elided
// vowel (two), or a date word of the matcher. When none can, no probe inside can win.
bool MayReachPast(const TokenClasses& classes, const std::vector<PhraseMatch>& hits, uint32_t pos, uint32_t reach,
                  uint32_t send) {
  if (reach >= send) return false;  // every reading ends within the sentence
  if (classes.can[reach] != 0) return true;
  for (uint32_t r = reach - 1; r > pos && r + 3 > reach; --r) {
    if (classes.can[r] & Bit(kTime)) return true;
    if (r + 1 == reach && (classes.conns[r] || (classes.can[r] & Bit(kOrd)))) return true;
  }
  for (uint32_t r = pos + 1; r < reach; ++r)
    for (size_t h = classes.first_hit[r]; h < hits.size() && hits[h].begin == r; ++h)
      if (hits[h].end > reach) return true;
  return false;
}

// Whether a match of `p` can begin at a token that may be read as `here`, followed by one that
// may be read as `follow`.
bool CanOpen(const Pattern& p, ClsMask here, ClsMask follow) {
  for (const Pattern::Opening& o : p.openings)
    if ((o.first & here) && (o.next == 0 || (o.next & follow))) return true;
  return false;
}

// Whether a match of some pattern of `set` can begin at a token that may be read as `here`,
// followed by one that may be read as `follow`: false only when CanOpen is false for every pattern.
bool AnyOpens(const PatternSet& set, ClsMask here, ClsMask follow) {
  if (here & set.ends_after) return true;
  for (ClsMask m = here; m != 0; m &= m - 1)
    if (set.next_of[static_cast<size_t>(__builtin_ctzll(m))] & follow) return true;
  return false;
}

// Tries, in list order, every pattern whose first element admits a class in `mask` and that can
// open at `pos`.
void BestAt(const SentenceTimes& res, const TokenClasses& classes, ClsMask follow, Walker* w, uint32_t pos,
            ClsMask mask) {
  w->best_end = 0;
  w->best_pattern = nullptr;
  const auto& patterns = res.patterns->patterns;
  const auto& first_sets = res.patterns->first_sets;
  const size_t words = (patterns.size() + 63) / 64;
  const ClsMask here = classes.can[pos];
  for (size_t k = 0; k < words; ++k) {
    uint64_t todo = 0;
    for (ClsMask m = mask; m != 0; m &= m - 1)
      todo |= first_sets[static_cast<size_t>(__builtin_ctzll(m)) * words + k];
    for (; todo != 0; todo &= todo - 1) {
      const Pattern& p = *patterns[k * 64 + static_cast<size_t>(__builtin_ctzll(todo))];
      if (CanOpen(p, here, follow)) w->Try(p, pos);
    }
  }
}

}  // namespace

PatternSet IndexPatterns(std::vector<const Pattern*> patterns) {
  PatternSet set;
  const size_t words = (patterns.size() + 63) / 64;
  set.first_sets.assign(64 * words, 0);
  for (size_t i = 0; i < patterns.size(); ++i) {
    set.openers |= patterns[i]->first;
    for (const Pattern::Opening& o : patterns[i]->openings)
      for (ClsMask m = o.first; m != 0; m &= m - 1) {
        const size_t c = static_cast<size_t>(__builtin_ctzll(m));
        if (o.next == 0) set.ends_after |= Bit(static_cast<int>(c));
        set.next_of[c] |= o.next;
      }
    for (ClsMask m = patterns[i]->first; m != 0; m &= m - 1)
      set.first_sets[static_cast<size_t>(__builtin_ctzll(m)) * words + i / 64] |= uint64_t{1} << (i % 64);
  }
  set.patterns = std::move(patterns);
  return set;
}

void ClassifyTokens(const TimeVocab& vocab, const std::vector<analyse::Token>& tokens,
                    const PhraseMatcher::TokenKeys& keys, const std::vector<PhraseMatch>& hits, TokenClasses* out) {
  const size_t n = tokens.size();
  // Most tokens are words of no class: every list starts out "nothing" (zero bytes, or all ones for
  // first_hit and number) and the loop writes only the tokens that are something.
  out->conns.assign(n, nullptr);
  out->can.assign(n, 0);
  out->start.assign(n, 0);
  out->first_hit.resize(n);
  out->number.resize(n);
  static_assert(TokenClasses::kNoHit == UINT32_MAX);
  if (n > 0) {
    std::memset(out->first_hit.data(), 0xFF, n * sizeof(uint32_t));
    std::memset(out->number.data(), 0xFF, n * sizeof(int32_t));  // -1
  }
  // Plain pointers: stores through the lists' own would make the compiler reload their bounds.
  const Connector** conns = out->conns.data();
  ClsMask* can_of = out->can.data();
  ClsMask* start_of = out->start.data();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    const uint32_t word = keys.word(i);
    // A word that is no word of the matcher is nothing here (the common case, asked first: left as
    // cleared).
    if (word == PhraseMatcher::kNoWord && t.kind == TokenKind::kWord) continue;
    if (t.kind == TokenKind::kNumber) {
      const int v = NumberValue(t);
      out->number[i] = v;
      start_of[i] = can_of[i] = NumberClasses(v, t.key().size());
      continue;
    }
    ClsMask can = 0;
    if (const Connector* c = vocab.connectors.FindWord(word)) {
      conns[i] = c;
      start_of[i] = can = c->mask;
    }
    if (t.kind == TokenKind::kPunct) {
      can |= PunctClasses(t.key());
      // ORD: a dash before a glued ordinal suffix ("1-го"), as Options reads it.
      if (!t.space_before && (can & Bit(kDash))) can |= Bit(kOrd);
    }
    can_of[i] = can;
  }
  // Date words, and each token's first hit (hits are ordered by begin).
  for (size_t h = 0; h < hits.size(); ++h) {
    const uint32_t b = hits[h].begin;
    if (out->first_hit[b] == TokenClasses::kNoHit) out->first_hit[b] = static_cast<uint32_t>(h);
    const WordEntry& e = vocab.entries[hits[h].payload];
    ClsMask m = Bit(e.cls);
    if (e.cls == kMonth && e.full) m |= Bit(kMonthFull);
    out->start[b] |= m;
    out->can[b] |= m;
  }
}

namespace {

// The mentions of the sentence [begin, end) (see MatchSentences), with walkers `w` and `probe` of
// the document.
void MatchSentence(const TimeVocab& vocab, const Document& doc, const analyse::Analysis& analysis,
                   const TokenClasses& classes, const std::vector<PhraseMatch>& hits, uint32_t begin,
                   uint32_t end, Walker& w, Walker& probe, SentenceTimes* res) {
  const auto& toks = analysis.tokens;
  w.SetEnd(end);
  probe.SetEnd(end);
  // A start class no pattern opens with tries nothing (BestAt's first_sets are empty for it).
  const ClsMask openers = res->patterns->openers;
  uint32_t pos = begin;
  const ClsMask* start = classes.start.data();
  while (pos < end) {
    // Most tokens open nothing: a tight scan to the next that may.
    while (pos < end && (start[pos] & openers) == 0) ++pos;
    if (pos == end) break;
    ClsMask mask = start[pos] & openers;
    const ClsMask follow = FollowClasses(classes, toks, hits, pos, end);
    if (!AnyOpens(*res->patterns, classes.can[pos], follow)) {
      ++pos;
      continue;
    }
    BestAt(*res, classes, follow, &w, pos, mask);
    // Leftmost-longest, except that a match starting inside this one and reaching further wins:
    // "on July 9-11" is the range July 9-11, not the month "on July".
    if (w.best_pattern && MayReachPast(classes, hits, pos, w.best_end, end)) {
      uint32_t best_end = w.best_end;
      for (uint32_t q = pos + 1; q < best_end; ++q) {
        ClsMask qm = classes.start[q] & openers;
        if (qm == 0) continue;
        const ClsMask qf = FollowClasses(classes, toks, hits, q, end);
        if (!AnyOpens(*res->patterns, classes.can[q], qf)) continue;
        BestAt(*res, classes, qf, &probe, q, qm);
        if (probe.best_pattern && probe.best_end > best_end) {
          pos = q;
          mask = qm;
          w.best_end = probe.best_end;
          w.best_pattern = probe.best_pattern;
          w.best = probe.best;
          break;
        }
      }
    }
    if (!w.best_pattern) {
      ++pos;
      continue;
    }
    TimeMention m;
    if (!Build(vocab, *w.best_pattern, w.best, &m) ||
        (m.day_only != 0 && !DayEndsPhrase(toks, classes, w.best, w.best_end, end)) ||
        (w.best_pattern->tight && w.best.ny == 0 && !NumericDayMonth(toks, classes, pos, w.best_end, end))) {
      ++pos;
      continue;
    }
    uint32_t b = pos, e = w.best_end;
    while (b < e && IsTrimmable(toks[b])) ++b;
    while (e > b && IsTrimmable(toks[e - 1])) --e;
    if (b == e) {
      ++pos;
      continue;
    }
    if ((m.kind == TimeKind::kDate && m.date.day != 0 && m.relative_unit.empty()) || w.best.label) {
      uint32_t de = e;
      if (m.kind == TimeKind::kDate && IsDateline(toks, b, &de, vocab, w.best, &m.wire)) {
        m.kind = TimeKind::kDateline;
        e = de;
      }
    }
    const Pattern& p = *w.best_pattern;
    if (p.tight && m.kind != TimeKind::kRange && m.date.day != 0) {
      if (p.month_first) res->saw_month_first = true;
      else if (w.best.nd == 1 && w.best.nm == 1 && m.date.day <= 12 && m.date.day != m.date.month &&
               toks[pos + 1].key() == "/")
        res->ambiguous_numeric->push_back(res->out->size());
    }
    m.tokens = {b, e};
    m.span = {toks[b].start, toks[e - 1].end};
    m.written = doc.text.substr(m.span.start, m.span.size());
    res->out->push_back(std::move(m));
    pos = w.best_end > e ? w.best_end : e;
  }
}

}  // namespace

void MatchSentences(const TimeVocab& vocab, const Document& doc, const analyse::Analysis& analysis,
                    const TokenClasses& classes, const std::vector<PhraseMatch>& hits, SentenceTimes* res) {
  Walker w(vocab, analysis.tokens, classes, hits, 0), probe(vocab, analysis.tokens, classes, hits, 0);
  for (const analyse::Sentence& s : analysis.sentences)
    MatchSentence(vocab, doc, analysis, classes, hits, s.first_token, s.end_token, w, probe, res);
}

}  // namespace crosscheck::tag::time
