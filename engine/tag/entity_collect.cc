// EntityTagger::Collect: matches → entity mentions (see entity_tagger.h for the steps).
#include <algorithm>
#include <atomic>
#include <string_view>
#include <unordered_map>

#include "engine/tag/entity_names.h"
#include "engine/tag/entity_tagger.h"
#include "engine/util/text.h"

namespace crosscheck::tag {

namespace {

using Kind = EntityTagger::EntryKind;
using Entry = EntityTagger::Entry;
using analyse::Token;
using analyse::TokenKind;

bool IsPersonKind(Kind k) { return k >= Kind::kPersonFull && k <= Kind::kPersonMisspelled; }
// Sides that combine with a role or organisation kind: names and adjectives, not "the Russian side".
bool Combines(Kind k) { return k == Kind::kSideName || k == Kind::kSideAdjective; }

// One selected span: the longest match at its position, or a name found by the misspelling index.
struct Item {
  uint32_t begin = 0, end = 0;
  Kind kind = Kind::kIgnore;
  uint32_t target = 0;
  bool inflected = false;
  bool native = true;        // written in the document language's own spelling
  int fuzzy = -1;            // misspelling-index distance (0: another romanisation)
  bool used = false;         // folded into a combined mention
  bool given_first = false;  // a person's name opening with a given name (Entry::given_first)
  std::vector<uint32_t> persons;  // person candidates
};

// An id or side of a decided mention: a string of the lexicon (which outlives Collect) or a literal,
// viewed; or one computed for this mention, owned.
class Text {
 public:
  static Text Ref(std::string_view s) {
    Text t;
    t.view_ = s;
    return t;
  }
  static Text Own(std::string s) {
    Text t;
    t.own_ = std::move(s);
    t.owned_ = true;
    return t;
  }
  std::string_view view() const { return owned_ ? std::string_view(own_) : view_; }
  std::string Take() { return owned_ ? std::move(own_) : std::string(view_); }

 private:
  std::string_view view_;
  std::string own_;
  bool owned_ = false;
};

// A mention Collect has decided on. Mentions are decided out of text order (combined offices and
// organisations, then persons, then the rest) and written out once, in text order, at the end: a
// sort of the EntityMentions themselves moved each one's strings twice.
struct Pending {
  uint32_t begin = 0, end = 0;
  EntityKind kind = EntityKind::kPerson;
  Text id, side;
  const char* match = "";
  std::string given_written;
  bool given_fits = true;
  bool is_side_metonym = false;
  uint32_t cands_begin = 0, cands_count = 0;  // EntityMention::candidates: persons in the pool, when > 1
};

// Whether token `t`'s key is the one character `c` (a string compare with a literal is a call).
bool KeyIs(const Token& t, char c) { return t.key().size() == 1 && t.key()[0] == c; }

bool IsCyrillicWord(std::string_view s) {
  size_t i = 0;
  return !s.empty() && util::IsCyrillic(util::DecodeUtf8(s, &i));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// Case endings tried off an unknown Cyrillic word before the misspelling lookup (Шойгом → шойг).
constexpr std::string_view kCyrillicEndings[] = {"ого", "ому", "ові", "ым", "им", "ом", "ой", "ою", "ею", "ей",
                                                 "ем", "а", "я", "у", "ю", "і", "и", "е", "ы"};

// Per thread: SurnameOfKey's answers for the tagger whose stamp it carries (capitalised unknown
// words recur from document to document), by key id (PhraseMatcher::TokenKeys::key_id) of the
// generation it carries: a word is asked about at every capitalised token the trie did not cover,
// and an id is a list index where a key would be hashed and compared. Cleared for another tagger or
// another generation of ids (the matcher's memo bounds how many ids a generation gives out).
struct SurnameMemo {
  static constexpr uint32_t kUnknown = UINT32_MAX;
  uint64_t stamp = 0;
  uint64_t generation = 0;
  std::vector<uint32_t> hit_of_key;  // by key id: index into hits, kUnknown when not asked yet
  std::vector<NameIndex::Hit> hits;
};

// Per thread: GivenNames::Fits answers for one-word given names by (person, key id of the word,
// `known`), for the tagger and key-id generation it carries: a name matched through a given name's
// stem is checked again at every mention, and the same persons and spellings recur from document
// to document. Cleared for another tagger or generation.
struct FitsMemo {
  uint64_t stamp = 0;
  uint64_t generation = 0;
  std::unordered_map<uint64_t, bool> fits;
};

std::atomic<uint64_t> next_stamp{1};

}  // namespace

void EntityTagger::NewStamp() { stamp_ = next_stamp++; }

const NameIndex::Hit& EntityTagger::SurnameOfKey(const PhraseMatcher::TokenKeys& keys, uint32_t token,
                                                 std::string_view key) const {
  thread_local SurnameMemo memo;
  if (memo.stamp != stamp_ || memo.generation != keys.generation()) {
    memo.hit_of_key.clear();
    memo.hits.clear();
    memo.stamp = stamp_;
    memo.generation = keys.generation();
  }
  const uint32_t id = keys.key_id(token);
  if (id >= memo.hit_of_key.size()) memo.hit_of_key.resize(id + 1, SurnameMemo::kUnknown);
  if (uint32_t found = memo.hit_of_key[id]; found != SurnameMemo::kUnknown) return memo.hits[found];
  NameIndex::Hit hit;
  if (util::CodePointCount(key) >= 4 && !stoplist_.count(key) && !given_stems_.count(key)) {
    surnames_.Lookup(util::LatinKey(key), &hit);
    if (hit.distance < 0 && IsCyrillicWord(key)) {
      for (std::string_view e : kCyrillicEndings) {
        if (key.size() <= e.size() + 6 || key.compare(key.size() - e.size(), e.size(), e) != 0) continue;
        surnames_.Lookup(util::LatinKey(key.substr(0, key.size() - e.size())), &hit);
        if (hit.distance >= 0) break;
      }
    }
  }
  memo.hit_of_key[id] = static_cast<uint32_t>(memo.hits.size());
  return memo.hits.emplace_back(std::move(hit));
}

void EntityTagger::Collect(const Document& doc, const analyse::Analysis& analysis,
                           const PhraseMatcher::TokenKeys& keys, const std::vector<PhraseMatch>& matches,
                           TaggedDocument* out) const {
  const std::vector<Token>& toks = analysis.tokens;
  const uint8_t doc_lang = LangBit(doc.lang);
  auto native = [&](uint8_t langs) { return doc_lang == 0 || (langs & doc_lang) != 0; };
  auto written = [&](uint32_t b, uint32_t e) {
    return doc.text.substr(toks[b].start, toks[e - 1].end - toks[b].start);
  };
  // A word written in capitals, or capitals with a possessive ending ("US's", "UK’s").
  auto capitals = [&](const Token& t) {
    if (t.all_upper || (t.upper_initial && t.end - t.start == 1)) return true;
    std::string_view w(doc.text.data() + t.start, t.end - t.start);
    size_t cut = w.size() >= 3 && w.compare(w.size() - 2, 2, "'s") == 0 ? w.size() - 2
                 : w.size() >= 5 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0 ? w.size() - 4
                                                                                    : 0;
    if (cut < 2) return false;
    return std::all_of(w.begin(), w.begin() + static_cast<long>(cut), [](char c) { return c < 'a' || c > 'z'; });
  };
  auto acceptable = [&](const PhraseMatch& m) {
    const Entry& e = entries_[m.payload];
    if (e.latin_name && !toks[m.begin].upper_initial) return false;
    if (e.upper)
      for (uint32_t t = m.begin; t < m.end; ++t)
        if (toks[t].kind == TokenKind::kWord && !capitals(toks[t])) return false;
    return true;
  };

  // 1. The longest acceptable match at each position, not overlapping an earlier choice. Sides
  // hidden inside a chosen span ("il ministro russo della Difesa") are remembered for step 3.
  // The lists of this function are the thread's, reused from document to document: a document
  // allocated each of them anew.
  thread_local std::vector<Item> items;
  items.clear();
  items.reserve(matches.size());  // at most one per match: no regrowth moving Items
  struct InnerSide {
    uint32_t owner_begin, side;
  };
  thread_local std::vector<InnerSide> inner_sides;
  inner_sides.clear();
  uint32_t covered_to = 0;
  for (size_t i = 0; i < matches.size();) {
    size_t j = i;
    while (j < matches.size() && matches[j].begin == matches[i].begin && matches[j].end == matches[i].end) ++j;
    const PhraseMatch& m = matches[i];
    if (m.begin < covered_to) {
      if (!items.empty() && m.end <= items.back().end)
        for (size_t k = i; k < j; ++k)
          if (Combines(entries_[matches[k].payload].kind) && acceptable(matches[k]))
            inner_sides.push_back({items.back().begin, entries_[matches[k].payload].target});
      i = j;
      continue;
    }
    // Built in place (the list has room for every match) and dropped again when no match is acceptable.
    Item& it = items.emplace_back();
    bool any = false;
    for (size_t k = i; k < j; ++k) {
      if (!acceptable(matches[k])) continue;
      const Entry& e = entries_[matches[k].payload];
      if (!any || e.kind < it.kind) {
        it.kind = e.kind;
        it.target = e.target;
        it.inflected = matches[k].inflected;
        it.native = native(e.langs);
        any = true;
      }
    }
    if (any) {
      // Several phrases of the chosen kind may cover the span (Андрей Белоусов is the Russian given
      // name and also the stem of the Ukrainian Андрій): the most direct reading wins.
      for (size_t k = i; k < j; ++k) {
        const Entry& e = entries_[matches[k].payload];
        if (e.kind != it.kind || !acceptable(matches[k])) continue;
        it.native = it.native || native(e.langs);
        it.inflected = it.inflected && matches[k].inflected;
        it.given_first = it.given_first || e.given_first;
      }
      it.begin = m.begin;
      it.end = m.end;
      if (IsPersonKind(it.kind)) {
        for (size_t k = i; k < j; ++k) {
          const Entry& e = entries_[matches[k].payload];
          if (IsPersonKind(e.kind) && acceptable(matches[k]) &&
              std::find(it.persons.begin(), it.persons.end(), e.target) == it.persons.end())
            it.persons.push_back(e.target);
        }
      }
      covered_to = m.end;
    } else {
      items.pop_back();
    }
    i = j;
  }

  thread_local std::vector<uint8_t> covered;
  covered.assign(toks.size(), 0);
  for (const Item& it : items)
    for (uint32_t t = it.begin; t < it.end; ++t) covered[t] = 1;

  // 2. Capitalised words the trie did not know: another romanisation or a misspelling of a surname.
  std::vector<Item> fuzzy;
  const uint32_t n_toks = static_cast<uint32_t>(toks.size());
  for (uint32_t t = 0; t < n_toks; ++t) {
    const Token& tok = toks[t];
    // Most tokens are lower case. A key of fewer than 4 bytes has fewer than 4 letters: no
    // surname is that short (SurnameOfKey's answer would be none).
    if (!tok.upper_initial || tok.all_upper || tok.kind != TokenKind::kWord || covered[t] ||
        tok.key().size() < 4)
      continue;
    // The first half of a hyphenated compound ("Форін-офісу", "Foreign-policy") is no name.
    if (t + 2 < n_toks && KeyIs(toks[t + 1], '-') && !toks[t + 1].space_before && !toks[t + 2].space_before &&
        toks[t + 2].kind == TokenKind::kWord && !toks[t + 2].upper_initial)
      continue;
    const NameIndex::Hit& hit = SurnameOfKey(keys, t, tok.key());
    if (hit.distance < 0) continue;
    // A word this document also writes in lower case is an ordinary word, not a name. Hits are
    // rare (a few per document), so a scan per hit costs less than indexing every word. Tokens of
    // the same key have the same key id (no key's bytes are fetched).
    bool lower_elsewhere = false;
    const uint32_t id = keys.key_id(t);
    for (uint32_t o = 0; o < n_toks; ++o)
      if (keys.key_id(o) == id && !toks[o].upper_initial && toks[o].kind == TokenKind::kWord) {
        lower_elsewhere = true;
        break;
      }
    if (lower_elsewhere) continue;
    Item it;
    it.begin = t;
    it.end = t + 1;
    it.kind = Kind::kPersonSurname;
    it.fuzzy = hit.distance;
    it.persons = hit.persons;
    covered[t] = 1;
    fuzzy.push_back(std::move(it));
  }
  if (!fuzzy.empty()) {
    items.insert(items.end(), std::make_move_iterator(fuzzy.begin()), std::make_move_iterator(fuzzy.end()));
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.begin < b.begin; });
  }

  // Where each item starts and ends, for combining neighbours.
  thread_local std::vector<int32_t> starts_at, ends_at;
  starts_at.assign(toks.size() + 1, -1);
  ends_at.assign(toks.size() + 1, -1);
  for (size_t i = 0; i < items.size(); ++i) {
    starts_at[items[i].begin] = static_cast<int32_t>(i);
    ends_at[items[i].end] = static_cast<int32_t>(i);
  }
  auto side_item = [&](int32_t idx) -> Item* {
    if (idx < 0) return nullptr;
    Item& it = items[static_cast<size_t>(idx)];
    return Combines(it.kind) ? &it : nullptr;
  };
  auto skip_connectors = [&](uint32_t p, uint32_t limit) {
    int n = 0;
    while (p < limit && n < 3 && toks[p].kind == TokenKind::kWord && InList(keys, p, kConnector)) ++p, ++n;
    return p;
  };
  auto sentence_end = [&](uint32_t t) { return analysis.sentences[toks[t].sentence].end_token; };
  auto sentence_begin = [&](uint32_t t) { return analysis.sentences[toks[t].sentence].first_token; };

  // The sides written around item `i`: before it ("the US and Russian defence ministers"), after it
  // ("міністрів оборони Росії та США", "ministro della Difesa degli Stati Uniti") or inside it.
  struct SideRef {
    uint32_t side, begin, end;
    Item* item;  // null for a side inside the role's own span
  };
  auto sides_around = [&](size_t i, std::vector<SideRef>* found) {
    const Item& role = items[i];
    uint32_t first = sentence_begin(role.begin), last = sentence_end(role.begin);
    Item* s = side_item(ends_at[role.begin]);
    while (s && s->begin >= first) {
      found->push_back({s->target, s->begin, s->end, s});
      if (s->begin < first + 2) break;
      uint32_t conj = s->begin - 1;
      if (toks[conj].kind == TokenKind::kPunct ? !KeyIs(toks[conj], ',') && !KeyIs(toks[conj], '-')
                                                : !InList(keys, conj, kConjunction))
        break;
      s = side_item(ends_at[conj]);
    }
    uint32_t p = skip_connectors(role.end, last);
    // A label that names its own side may continue with more: "міністрів оборони Росії та США".
    if (p < last && toks[p].kind == TokenKind::kWord && InList(keys, p, kConjunction))
      for (const InnerSide& in : inner_sides)
        if (in.owner_begin == role.begin) {
          p = skip_connectors(p + 1, last);
          break;
        }
    s = p < last ? side_item(starts_at[p]) : nullptr;
    while (s) {
      found->push_back({s->target, s->begin, s->end, s});
      p = s->end;
      if (p >= last) break;
      if (!(toks[p].kind == TokenKind::kWord && InList(keys, p, kConjunction)) && !KeyIs(toks[p], ',')) break;
      p = skip_connectors(p + 1, last);
      s = p < last ? side_item(starts_at[p]) : nullptr;
    }
  };

  // 3. Roles, organisation kinds and "head of" + organisation, combined with their sides.
  struct OrgOf {
    std::string side, org, head;
    uint32_t begin = 0, end = 0;  // the side's tokens (the kind's own when no side)
  };
  // Non-overlapping spans for one role combined with several sides: the side written next to the
  // role takes the role's words ("Russian defense ministers"), the others only their own ("US").
  auto anchor_of = [](const std::vector<SideRef>& sides, uint32_t rb) {
    int anchor = -1;
    for (size_t k = 0; k < sides.size(); ++k)
      if (!sides[k].item) return static_cast<int>(k);
    for (size_t k = 0; k < sides.size(); ++k)  // nearest on the left
      if (sides[k].end <= rb && (anchor < 0 || sides[k].end > sides[static_cast<size_t>(anchor)].end))
        anchor = static_cast<int>(k);
    if (anchor >= 0) return anchor;
    for (size_t k = 0; k < sides.size(); ++k)  // else nearest on the right
      if (anchor < 0 || sides[k].begin < sides[static_cast<size_t>(anchor)].begin) anchor = static_cast<int>(k);
    return anchor;
  };
  std::vector<std::vector<OrgOf>> orgs_of(items.size());  // per organisation-kind item
  thread_local std::vector<SideRef> found;
  const auto& lex_sides = lexicon_.sides();
  const auto& orgs = lexicon_.organisations();
  // The mentions decided so far, and the candidate persons of those with several (per thread, reused).
  thread_local std::vector<Pending> pending;
  thread_local std::vector<uint32_t> cand_pool;
  pending.clear();
  cand_pool.clear();
  // The returned pointer is valid until the next emit.
  auto emit = [&](uint32_t b, uint32_t e, EntityKind kind, Text id, Text side, const char* match) {
    Pending& m = pending.emplace_back();
    m.begin = b;
    m.end = e;
    m.kind = kind;
    m.id = std::move(id);
    m.side = std::move(side);
    m.match = match;
    return &m;
  };
  for (size_t i = 0; i < items.size(); ++i) {
    Item& it = items[i];
    if (it.kind != Kind::kRole && it.kind != Kind::kOrgKind) continue;
    found.clear();
    sides_around(i, &found);
    for (const InnerSide& in : inner_sides)
      if (in.owner_begin == it.begin) found.push_back({in.side, it.begin, it.end, nullptr});
    const char* match = it.inflected ? "inflected" : "exact";
    if (it.kind == Kind::kRole) {
      const Role& role = lexicon_.roles()[it.target];
      bool counterpart = role.id == "counterpart";
      if (found.empty()) emit(it.begin, it.end, EntityKind::kOffice, Text::Ref(role.id), Text::Ref(""), match);
      int anchor = anchor_of(found, it.begin);
      for (size_t k = 0; k < found.size(); ++k) {
        const SideRef& s = found[k];
        if (s.item) s.item->used = true;
        const std::string& code = lex_sides[s.side].code;
        std::string id = counterpart ? role.id : lexicon_.OfficeFor(code, role.id);
        if (id.empty()) id = Lower(code) + "." + role.id;
        bool whole = static_cast<int>(k) == anchor;
        emit(whole ? std::min(it.begin, s.begin) : s.begin, whole ? std::max(it.end, s.end) : s.end,
             EntityKind::kOffice, Text::Own(std::move(id)), Text::Ref(code), match);
      }
      it.used = true;
    } else {
      const OrgKind& kind = lexicon_.org_kinds()[it.target];
      int anchor = anchor_of(found, it.begin);
      for (size_t k = 0; k < found.size(); ++k) {
        const SideRef& s = found[k];
        if (s.item) s.item->used = true;
        const std::string& code = lex_sides[s.side].code;
        auto o = org_by_side_kind_.find(code + "|" + kind.id);
        bool whole = static_cast<int>(k) == anchor;
        OrgOf r{code, o != org_by_side_kind_.end() ? orgs[o->second].id : Lower(code) + "." + kind.id,
                lexicon_.OfficeFor(code, kind.head_role), whole ? std::min(it.begin, s.begin) : s.begin,
                whole ? std::max(it.end, s.end) : s.end};
        if (o != org_by_side_kind_.end() && !orgs[o->second].head.empty()) r.head = orgs[o->second].head;
        orgs_of[i].push_back(std::move(r));
      }
      if (found.empty()) orgs_of[i].push_back({"", kind.id, "", it.begin, it.end});
    }
  }
  // A specific office label followed or preceded by other sides ("міністрів оборони Росії та США",
  // "глава Минобороны Украины"): the same role for each of those sides.
  for (size_t i = 0; i < items.size(); ++i) {
    Item& it = items[i];
    if (it.kind != Kind::kOffice) continue;
    found.clear();
    sides_around(i, &found);
    const Office& office = lexicon_.offices()[it.target];
    bool label_has_side = false;
    for (const InnerSide& in : inner_sides) label_has_side |= in.owner_begin == it.begin;
    found.erase(std::remove_if(found.begin(), found.end(), [](const SideRef& s) { return !s.item || s.item->used; }),
                found.end());
    if (found.empty()) continue;
    // The label's own side stays when the text adds another ("міністрів оборони Росії та США").
    if (label_has_side) found.push_back({0, it.begin, it.end, nullptr});
    int anchor = anchor_of(found, it.begin);
    for (size_t k = 0; k < found.size(); ++k) {
      const SideRef& s = found[k];
      bool whole = static_cast<int>(k) == anchor;
      std::string code = s.item ? lex_sides[s.side].code : office.side;
      std::string id = code == office.side ? office.id : lexicon_.OfficeFor(code, office.role);
      if (id.empty()) id = Lower(code) + "." + office.role;
      if (s.item) s.item->used = true;
      emit(whole ? std::min(it.begin, s.begin) : s.begin, whole ? std::max(it.end, s.end) : s.end,
           EntityKind::kOffice, Text::Own(std::move(id)), Text::Own(std::move(code)),
           it.inflected ? "inflected" : "exact");
    }
    it.used = true;
  }
  for (size_t i = 0; i < items.size(); ++i) {
    Item& it = items[i];
    if (it.kind != Kind::kHeadOf) continue;
    // Skip connectors, conjunctions and the sides of an organisation kind ("heads of the US and
    // Russian defense departments") up to the organisation.
    uint32_t last = sentence_end(it.begin);
    uint32_t p = it.end;
    int32_t o = -1;
    for (int steps = 0; p < last && steps < 8; ++steps) {
      int32_t at = starts_at[p];
      if (at >= 0 && !side_item(at)) {
        o = at;
        break;
      }
      if (at >= 0) p = items[static_cast<size_t>(at)].end;
      else if (toks[p].kind == TokenKind::kWord && InList(keys, p, WordList(kConnector | kConjunction))) ++p;
      else break;
    }
    if (o < 0) continue;
    Item& org = items[static_cast<size_t>(o)];
    const char* match = it.inflected || org.inflected ? "inflected" : "exact";
    if (org.kind == Kind::kOrganisation && !orgs[org.target].head.empty()) {
      const Organisation& g = orgs[org.target];
      emit(it.begin, org.end, EntityKind::kOffice, Text::Ref(g.head), Text::Own(lexicon_.SideOf(g.head)), match);
      org.used = it.used = true;
    } else if (org.kind == Kind::kOrgKind) {
      const auto& list = orgs_of[static_cast<size_t>(o)];
      uint32_t first_begin = UINT32_MAX;
      for (const OrgOf& r : list) first_begin = std::min(first_begin, r.begin);
      for (const OrgOf& r : list) {
        std::string id = r.head;
        if (id.empty()) id = r.side.empty() ? lexicon_.org_kinds()[org.target].head_role
                                            : Lower(r.side) + "." + lexicon_.org_kinds()[org.target].head_role;
        uint32_t b = r.begin == first_begin ? it.begin : r.begin;
        uint32_t e = r.end >= org.end || list.size() == 1 ? org.end : r.end;
        emit(b, e, EntityKind::kOffice, Text::Own(std::move(id)), Text::Ref(r.side), match);
      }
      org.used = it.used = true;
    }
  }
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.kind != Kind::kOrgKind || it.used) continue;
    for (const OrgOf& r : orgs_of[i])
      emit(r.begin, r.end, EntityKind::kOrganisation, Text::Ref(r.org), Text::Ref(r.side),
           it.inflected ? "inflected" : "exact");
  }

  // 4. Persons: given names written before a surname, ambiguity by the names the document spells out.
  thread_local std::vector<uint32_t> named_in_full;
  named_in_full.clear();
  for (const Item& it : items)
    if ((it.kind == Kind::kPersonFull || it.kind == Kind::kPersonGiven) && it.persons.size() == 1)
      named_in_full.push_back(it.persons[0]);
  const auto& persons = lexicon_.persons();
  auto known_given = [&](std::string_view k) {
    if (given_stems_.count(k)) return true;
    size_t n = util::CodePointCount(k);
    for (size_t cut = 1; cut <= 3 && n - cut >= 3; ++cut) {
      size_t bytes = k.size();
      for (size_t c = 0; c < cut; ++c) {
        do --bytes;
        while (bytes > 0 && (static_cast<unsigned char>(k[bytes]) & 0xC0) == 0x80);
      }
      if (given_stems_.count(k.substr(0, bytes))) return true;
    }
    return false;
  };
  // The office written right before token `b` ("British Prime Minister Brian Johnson"), "" if none.
  auto office_before = [&](uint32_t b) -> std::string_view {
    for (const Pending& m : pending)
      if (m.kind == EntityKind::kOffice && m.end == b) return m.id.view();
    int32_t at = ends_at[b];
    if (at >= 0 && items[static_cast<size_t>(at)].kind == Kind::kOffice)
      return lexicon_.offices()[items[static_cast<size_t>(at)].target].id;
    return "";
  };
  auto held = [&](uint32_t person, std::string_view office) {
    for (const Tenure& t : persons[person].tenures)
      if (t.office == office) return true;
    return false;
  };
  std::vector<std::string> given_parts;
  // GivenNames::Fits(person, given_parts, known), where `token` is the written name's only word
  // when it has one (remembered per thread by key id), else kNoToken.
  constexpr uint32_t kNoToken = UINT32_MAX;
  thread_local FitsMemo fits_memo;
  if (fits_memo.stamp != stamp_ || fits_memo.generation != keys.generation()) {
    fits_memo.fits.clear();
    fits_memo.stamp = stamp_;
    fits_memo.generation = keys.generation();
  }
  auto given_fits = [&](uint32_t person, uint32_t token, bool known) {
    if (token == kNoToken) return given_names_.Fits(person, given_parts, known);
    const uint64_t key = (uint64_t{person} << 33) | (uint64_t{keys.key_id(token)} << 1) | (known ? 1 : 0);
    auto [at, fresh] = fits_memo.fits.try_emplace(key, false);
    if (fresh) at->second = given_names_.Fits(person, given_parts, known);
    return at->second;
  };
  // The candidate persons of one item and the lists that narrow them, reused item to item (each
  // was a fresh allocation per person mention).
  std::vector<uint32_t> cands, fitting, narrowed;
  auto named_fully = [&](uint32_t p) {
    return std::find(named_in_full.begin(), named_in_full.end(), p) != named_in_full.end();
  };
  for (Item& it : items) {
    if (!IsPersonKind(it.kind)) continue;
    uint32_t begin = it.begin;
    std::string given_written;
    bool fits = true;
    cands.assign(it.persons.begin(), it.persons.end());
    // A name matched through the stem of a short given name (джо* also finds Джон, ден* Денис) is
    // checked again: the given name's ending must be one of its case endings.
    if (it.given_first && it.inflected && !cands.empty()) {
      uint32_t ge = it.begin + 1;
      while (ge + 1 < it.end && KeyIs(toks[ge], '-') && toks[ge].start == toks[ge - 1].end &&
             toks[ge].end == toks[ge + 1].start)
        ge += 2;
      given_parts.clear();
      for (uint32_t t = it.begin; t < ge; t += 2) given_parts.emplace_back(toks[t].key());
      fitting.clear();
      const uint32_t only = ge == it.begin + 1 ? it.begin : kNoToken;
      for (uint32_t p : cands)
        if (given_fits(p, only, true)) fitting.push_back(p);
      if (fitting.empty()) {
        given_written = written(it.begin, ge);
        fits = false;
      } else {
        cands.swap(fitting);
      }
    }
    // A surname of several words whose last word was found alone (misspelled: "Ле Дріяном"): the
    // words before it are the surname's, not a given name.
    if (it.fuzzy >= 0 && it.end - it.begin == 1) {
      bool extended = false;
      for (uint32_t p : cands) {
        if (p >= surname_heads_.size()) continue;
        for (const auto& head : surname_heads_[p]) {
          uint32_t n = static_cast<uint32_t>(head.size());
          if (it.begin < sentence_begin(it.begin) + n) continue;
          bool same = true;
          for (uint32_t k = 0; k < n && same; ++k)
            same = !covered[it.begin - n + k] && toks[it.begin - n + k].key() == head[k];
          if (!same) continue;
          it.begin -= n;
          begin = it.begin;
          extended = true;
          break;
        }
        if (extended) break;
      }
    }
    if (it.kind == Kind::kPersonSurname && it.begin > sentence_begin(it.begin)) {
      uint32_t g = it.begin - 1;
      // A middle initial between given name and surname ("Charles Q. Brown", "Lloyd J. Austin").
      if (KeyIs(toks[g], '.') && g >= sentence_begin(it.begin) + 2 && toks[g - 1].kind == TokenKind::kWord &&
          toks[g - 1].upper_initial && toks[g - 1].end - toks[g - 1].start == 1)
        g -= 2;
      const Token& gt = toks[g];
      if (!covered[g] && gt.kind == TokenKind::kWord && gt.upper_initial && !gt.all_upper &&
          !InList(keys, g, kStop) && util::CodePointCount(gt.key()) >= 2) {
        // A hyphenated given name is read whole: "Jean-Yves", "Жан-Івом" (only its last part declines).
        uint32_t gb = g;
        while (gb >= sentence_begin(g) + 2 && KeyIs(toks[gb - 1], '-') && toks[gb - 1].start == toks[gb - 2].end &&
               toks[gb - 1].end == toks[gb].start && !covered[gb - 2] && toks[gb - 2].kind == TokenKind::kWord &&
               toks[gb - 2].upper_initial && !toks[gb - 2].all_upper)
          gb -= 2;
        given_parts.clear();
        bool known = false;
        for (uint32_t t = gb; t <= g; t += 2) {
          given_parts.emplace_back(toks[t].key());
          known = known || known_given(toks[t].key());
        }
        fitting.clear();
        for (uint32_t p : cands)
          if (given_fits(p, gb == g ? g : kNoToken, known)) fitting.push_back(p);
        // The same name written without its hyphen: "Jean Yves Le Drian".
        if (fitting.empty() && gb == g && g > sentence_begin(g) && !covered[g - 1] &&
            toks[g - 1].kind == TokenKind::kWord && toks[g - 1].upper_initial && !toks[g - 1].all_upper) {
          std::vector<std::string> two = {std::string(toks[g - 1].key()), std::string(toks[g].key())};
          for (uint32_t p : cands)
            if (given_names_.Fits(p, two, true)) fitting.push_back(p);
          if (!fitting.empty()) gb = g - 1;
        }
        if (!fitting.empty()) {
          cands.swap(fitting);
          if (cands.size() == 1) named_in_full.push_back(cands[0]);
          begin = gb;
          given_written = written(gb, g + 1);
        } else if (known || (gb > sentence_begin(gb) && !InList(keys, gb - 1, kPlacePreposition))) {
          // Mid-sentence, a capitalised word before the surname is an unknown given name — unless a
          // preposition of place stands before it: "в Вильнюсе Байден", "у Женеві Блінкен".
          begin = gb;
          given_written = written(gb, g + 1);
          fits = false;
        }
      }
    }
    // A surname that is also a common word or a common surname ("Brown", "Johnson") counts alone
    // only when the document names the person in full somewhere, and after another given name it is
    // someone else ("Senator Tim Johnson"), unless written under an office the person held.
    bool common = it.kind == Kind::kPersonSurname && it.end - it.begin == 1 && InList(keys, it.begin, kStop);
    if (common && !given_written.empty() && !fits) {
      std::string_view office = office_before(begin);
      narrowed.clear();
      for (uint32_t p : cands)
        if (!office.empty() && held(p, office)) narrowed.push_back(p);
      if (narrowed.empty()) continue;
      cands.swap(narrowed);
    }
    if (common && given_written.empty()) {
      narrowed.clear();
      for (uint32_t p : cands)
        if (named_fully(p)) narrowed.push_back(p);
      if (narrowed.empty()) continue;
      cands.swap(narrowed);
    }
    if (cands.size() > 1) {
      narrowed.clear();
      for (uint32_t p : cands)
        if (named_fully(p)) narrowed.push_back(p);
      if (!narrowed.empty()) cands.swap(narrowed);
    }
    const char* match = "exact";
    if (it.fuzzy > 0 || it.kind == Kind::kPersonMisspelled) match = "misspelled";
    else if (it.fuzzy == 0 || !it.native) match = "transliterated";
    else if (it.inflected) match = "inflected";
    else if (it.kind == Kind::kPersonSurname && given_written.empty()) match = "surname";
    Pending* m = emit(begin, it.end, EntityKind::kPerson, Text::Ref(persons[cands[0]].id),
                      Text::Ref(persons[cands[0]].side), match);
    m->given_written = std::move(given_written);
    m->given_fits = fits;
    if (cands.size() > 1) {
      m->cands_begin = static_cast<uint32_t>(cand_pool.size());
      m->cands_count = static_cast<uint32_t>(cands.size());
      cand_pool.insert(cand_pool.end(), cands.begin(), cands.end());
    }
  }

  // 5. What is left: specific offices, organisations, outlets and sides on their own.
  for (const Item& it : items) {
    if (it.used) continue;
    const char* match = it.inflected ? "inflected" : "exact";
    switch (it.kind) {
      case Kind::kOffice: {
        const Office& o = lexicon_.offices()[it.target];
        emit(it.begin, it.end, EntityKind::kOffice, Text::Ref(o.id), Text::Ref(o.side), match);
        break;
      }
      case Kind::kOrganisation: {
        const Organisation& g = orgs[it.target];
        Pending* m = emit(it.begin, it.end, g.is_outlet ? EntityKind::kOutlet : EntityKind::kOrganisation,
                          Text::Ref(g.id), Text::Ref(g.side), match);
        m->is_side_metonym = g.is_side_metonym;
        break;
      }
      case Kind::kSideName:
      case Kind::kSideAdjective:
      case Kind::kSidePhrase:
      case Kind::kSideMetonym: {
        const Side& s = lex_sides[it.target];
        Pending* m = emit(it.begin, it.end, EntityKind::kSide, Text::Ref(s.code), Text::Ref(s.code), match);
        m->is_side_metonym = it.kind == Kind::kSideMetonym;
        break;
      }
      default:
        break;
    }
  }
  // Written out by begin, longest first, in the order decided among equal spans.
  thread_local std::vector<uint32_t> order;
  order.resize(pending.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  auto before = [&](uint32_t a, uint32_t b) {
    const Pending& x = pending[a];
    const Pending& y = pending[b];
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  };
  if (order.size() > 32) {
    std::stable_sort(order.begin(), order.end(), before);
  } else {  // a few runs, each in order: a stable insertion sort, without std::stable_sort's buffer
    for (size_t i = 1; i < order.size(); ++i) {
      const uint32_t x = order[i];
      size_t j = i;
      for (; j > 0 && before(x, order[j - 1]); --j) order[j] = order[j - 1];
      order[j] = x;
    }
  }
  out->entities.reserve(out->entities.size() + pending.size());
  for (uint32_t k : order) {
    Pending& p = pending[k];
    const Span span{toks[p.begin].start, toks[p.end - 1].end};
    // Every string built in place (constructing one costs less than assigning it).
    EntityMention& m = out->entities.emplace_back(
        TokenRange{p.begin, p.end}, span, p.kind, p.id.Take(), p.side.Take(),
        std::string_view(doc.text).substr(span.start, span.size()), std::string_view(p.match),
        std::move(p.given_written), p.given_fits,
        p.is_side_metonym, std::vector<std::string>());
    if (p.cands_count > 0) {
      m.candidates.reserve(p.cands_count);
      for (uint32_t c = p.cands_begin; c < p.cands_begin + p.cands_count; ++c)
        m.candidates.push_back(persons[cand_pool[c]].id);
    }
  }
}

}  // namespace crosscheck::tag
