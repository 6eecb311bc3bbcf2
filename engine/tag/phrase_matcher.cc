#include "engine/tag/phrase_matcher.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#include "engine/util/key_table.h"
#include "engine/util/text.h"

namespace crosscheck::tag {

namespace {
std::atomic<uint64_t> next_stamp{1};
std::atomic<uint64_t> next_generation{1};  // TokenKeys::generation, over all threads' memos
}  // namespace

// Per thread: the root's view of every key seen lately (word id and stem hits), for the matcher
// whose stamp it carries. Cleared when another matcher (or a changed one) is used, or when full.
// Keys are placed on the tokens' Token::key_hash (analyse::KeyHash), not util::FastHash.
// The table's entries and their stem hits live in flat lists.
struct PhraseMatcher::Memo {
  static constexpr size_t kMaxKeys = 1 << 16;
  uint64_t stamp = 0;
  uint64_t generation = 0;  // of the key ids (entry indexes of `keys`): renewed on every Clear
  util::KeyTable<TokenInfo> keys{1 << 12};  // TokenInfo::stems_begin indexes `stems`
  std::vector<StemHit> stems;

  void Clear() {
    keys.Clear();
    stems.clear();
    generation = next_generation++;
  }
};

void PhraseMatcher::EdgeTable::Insert(uint64_t key, uint32_t child) {
  if (2 * (count_ + 1) > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    size_t size = old.empty() ? 64 : 2 * old.size();
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    shift_ = 64 - __builtin_ctzll(size);
    for (const Slot& s : old)
      if (s.key != kEmpty) Place(s.key, s.child);
  }
  Place(key, child);
  ++count_;
}

void PhraseMatcher::EdgeTable::Place(uint64_t key, uint32_t child) {
  size_t i = Home(key);
  while (slots_[i].key != kEmpty) i = (i + 1) & mask_;
  slots_[i] = {key, child};
}

uint32_t PhraseMatcher::WordId(std::string_view key) {
  auto known = words_.find(key);  // most words recur
  if (known != words_.end()) return known->second;
  return words_.emplace(std::string(key), static_cast<uint32_t>(words_.size())).first->second;
}

uint32_t PhraseMatcher::AddWord(std::string_view key) {
  stamp_ = next_stamp++;  // a thread's memo holds word ids
  return WordId(key);
}

uint32_t PhraseMatcher::Child(uint32_t node, const std::string& pattern) {
  auto fresh = [&]() {
    nodes_.emplace_back();
    return static_cast<uint32_t>(nodes_.size() - 1);
  };
  if (pattern == "#") {
    if (nodes_[node].number < 0) nodes_[node].number = static_cast<int32_t>(fresh());
    nodes_[node].edges |= kNumberEdge;
    return static_cast<uint32_t>(nodes_[node].number);
  }
  if (pattern == "?") {
    if (nodes_[node].any < 0) nodes_[node].any = static_cast<int32_t>(fresh());
    nodes_[node].edges |= kAnyEdge;
    return static_cast<uint32_t>(nodes_[node].any);
  }
  size_t star = pattern.find('*');
  if (star != std::string::npos && star > 0) {
    int max_suffix = kDefaultMaxSuffix;
    if (star + 1 < pattern.size()) max_suffix = std::atoi(pattern.c_str() + star + 1);
    if (nodes_[node].stem_root < 0) {
      bytes_.emplace_back();
      nodes_[node].stem_root = static_cast<int32_t>(bytes_.size() - 1);
      nodes_[node].edges |= kStemEdges;
    }
    nodes_[node].stem_firsts |= star >= 2 ? StemBit(pattern[0], pattern[1]) : ~uint64_t{0};
    uint32_t b = static_cast<uint32_t>(nodes_[node].stem_root);
    for (size_t i = 0; i < star; ++i) b = ByteChild(b, static_cast<unsigned char>(pattern[i]));
    for (const Stem& s : bytes_[b].ends)
      if (s.max_suffix == max_suffix) return s.node;
    uint32_t child = fresh();
    bytes_[b].ends.push_back({child, static_cast<uint8_t>(max_suffix)});
    return child;
  }
  uint32_t word = WordId(pattern);
  uint32_t found = exact_.Find(ExactKey(node, word));
  if (found != kNoChild) return found;
  uint32_t child = fresh();
  nodes_[node].exact_words |= WordBit(word);
  if (node != 0) {
    if (inner_words_.size() <= word) inner_words_.resize(word + 1, false);
    inner_words_[word] = true;
  }
  nodes_[node].edges |= kExactEdges;
  exact_.Insert(ExactKey(node, word), child);
  return child;
}

uint32_t PhraseMatcher::ByteChild(uint32_t byte_node, unsigned char c) {
  auto& next = bytes_[byte_node].next;
  auto it = std::lower_bound(next.begin(), next.end(), c,
                             [](const std::pair<unsigned char, uint32_t>& e, unsigned char v) { return e.first < v; });
  if (it != next.end() && it->first == c) return it->second;
  bytes_.emplace_back();  // may reallocate: `next` is not used after this
  uint32_t idx = static_cast<uint32_t>(bytes_.size() - 1);
  ByteNode& node = bytes_[byte_node];
  auto& fresh_next = node.next;
  fresh_next.insert(std::lower_bound(fresh_next.begin(), fresh_next.end(), c,
                                     [](const std::pair<unsigned char, uint32_t>& e, unsigned char v) {
                                       return e.first < v;
                                     }),
                    {c, idx});
  if (node.dense < 0 && fresh_next.size() > kDenseFrom) {
    dense_.emplace_back();
    dense_.back().fill(kNoChild);
    for (const auto& [b, child] : fresh_next) dense_.back()[b] = child;
    node.dense = static_cast<int32_t>(dense_.size() - 1);
  } else if (node.dense >= 0) {
    dense_[static_cast<size_t>(node.dense)][c] = idx;
  }
  return idx;
}

Status PhraseMatcher::Add(std::string_view phrase, uint32_t payload) {
  // Tokenise like a document, but keep "*N" suffixes and "#"/"?" placeholders with their word.
  std::vector<std::string> patterns;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ') ++j;
    std::string_view word = phrase.substr(i, j - i);
    i = j;
    if (word.empty()) continue;
    if (word == "#" || word == "?") {
      patterns.emplace_back(word);
      continue;
    }
    std::string suffix;
    size_t star = word.find('*');
    if (star != std::string_view::npos) {
      suffix = std::string(word.substr(star));
      word = word.substr(0, star);
    }
    analyse::Analysis a;
    analyse::Tokenize(word, 0, &a);
    const std::vector<analyse::Token>& toks = a.tokens;
    for (size_t k = 0; k < toks.size(); ++k) {
      std::string p(toks[k].key());
      if (k + 1 == toks.size()) p += suffix;
      patterns.push_back(std::move(p));
    }
  }
  if (patterns.empty()) return Status::InvalidArgument("empty phrase");
  stamp_ = next_stamp++;
  uint32_t node = 0;
  for (const auto& p : patterns) node = Child(node, p);
  nodes_[node].payloads.push_back(payload);
  ++phrases_;
  return Status::OK();
}

template <typename F>
void PhraseMatcher::ForEachStem(uint32_t byte_root, std::string_view key, F&& f) const {
  uint32_t b = byte_root;
  for (size_t len = 1; len <= key.size(); ++len) {
    uint32_t child = NextByte(bytes_[b], static_cast<unsigned char>(key[len - 1]));
    if (child == kNoChild) break;
    b = child;
    const ByteNode& bn = bytes_[b];
    if (bn.ends.empty()) continue;
    if (len < key.size() && (static_cast<unsigned char>(key[len]) & 0xC0) == 0x80) continue;  // mid code point
    size_t suffix = util::CodePointCount(key.substr(len));
    for (const Stem& s : bn.ends)
      if (suffix <= s.max_suffix) f(StemHit{s.node, suffix > 0});
  }
}

void PhraseMatcher::Walk(const WalkFrom& w, uint32_t pos, uint32_t node, bool inflected) const {
  const Node& n = nodes_[node];
  const analyse::Token& t = w.tokens[pos];
  const TokenInfo& ti = w.info[pos];
  if (ti.inner && (n.exact_words & WordBit(ti.word)) != 0) {
    uint32_t child = exact_.Find(ExactKey(node, ti.word));
    if (child != kNoChild) Enter(w, pos + 1, child, inflected);
  }
  if (n.stem_root >= 0 && t.kind == analyse::TokenKind::kWord && StemMayMatch(n, t.key())) {
    // Each hit is walked as it is found (the trie walk keeps no state the recursion could change).
    ForEachStem(static_cast<uint32_t>(n.stem_root), t.key(),
                [&](const StemHit& h) { Enter(w, pos + 1, h.node, inflected || h.inflected); });
  }
  if (n.number >= 0 && t.kind == analyse::TokenKind::kNumber)
    Enter(w, pos + 1, static_cast<uint32_t>(n.number), inflected);
  if (n.any >= 0) Enter(w, pos + 1, static_cast<uint32_t>(n.any), inflected);
}

// Out of line: a key the memo lacks is rare (most recur from document to document), and inlined,
// this path's registers crowded the lookup loop's own out to the stack.
__attribute__((noinline)) uint32_t PhraseMatcher::Memoize(Memo* memo, std::string_view key, uint64_t h,
                                                          size_t empty) const {
  const Node& root = nodes_[0];
  TokenInfo fresh{static_cast<uint32_t>(memo->keys.size()), kNoWord, kNoChild,
                  static_cast<uint32_t>(memo->stems.size()), 0, 0, false};
  auto w = words_.find(key);
  if (w != words_.end()) {
    fresh.word = w->second;
    fresh.root_exact = exact_.Find(ExactKey(0, fresh.word));
    fresh.inner = fresh.word < inner_words_.size() && inner_words_[fresh.word];
  }
  if (root.stem_root >= 0)
    ForEachStem(static_cast<uint32_t>(root.stem_root), key,
                [&](const StemHit& hit) { memo->stems.push_back(hit); });
  fresh.stems_count = static_cast<uint16_t>(memo->stems.size() - fresh.stems_begin);
  if (fresh.root_exact != kNoChild || root.any >= 0) fresh.root_takes = kTakesAny;
  if (fresh.stems_count > 0) fresh.root_takes |= TakesKind(analyse::TokenKind::kWord);
  if (root.number >= 0) fresh.root_takes |= TakesKind(analyse::TokenKind::kNumber);
  return memo->keys.Add(key, h, empty, fresh);
}

void PhraseMatcher::Lookup(const std::vector<analyse::Token>& tokens, TokenKeys* keys) const {
  thread_local Memo memo;
  const size_t n = tokens.size();
  if (memo.stamp != stamp_ || memo.keys.size() + n > Memo::kMaxKeys) {
    memo.Clear();
    memo.stamp = stamp_;
  }
  keys->info_.resize(n);
  TokenInfo* info = keys->info_.data();
  keys->generation_ = memo.generation;
  keys->starts_.resize(n);
  uint32_t* starts = keys->starts_.data();
  size_t n_starts = 0;
  auto table = memo.keys.view();  // renewed after each Memoize
  for (size_t pos = 0; pos < n; ++pos) {
    const analyse::Token& t = tokens[pos];
    size_t empty = 0;
    uint32_t e = table.Find(t.key(), t.key_hash, &empty);  // key_hash: analyse::KeyHash(key), from Tokenize
    if (e == util::KeyTable<TokenInfo>::kNone) {
      e = Memoize(&memo, t.key(), t.key_hash, empty);
      table = memo.keys.view();
    }
    const TokenInfo& ti = table.at(e).value;
    info[pos] = ti;
    // Branch-free: whether a token starts something is a coin toss the branch predictor loses.
    starts[n_starts] = static_cast<uint32_t>(pos);
    n_starts += (ti.root_takes & TakesKind(t.kind)) != 0;
  }
  keys->starts_.resize(n_starts);
  keys->stems_ = memo.stems.data();
}

void PhraseMatcher::Match(const std::vector<analyse::Token>& tokens, uint32_t begin, uint32_t end,
                          std::vector<PhraseMatch>* out) const {
  TokenKeys keys;
  Lookup(tokens, &keys);
  Match(tokens, keys, begin, end, out);
}

void PhraseMatcher::Match(const std::vector<analyse::Token>& tokens, const TokenKeys& keys, uint32_t begin,
                          uint32_t end, std::vector<PhraseMatch>* out) const {
  size_t first = static_cast<size_t>(std::lower_bound(keys.starts_.begin(), keys.starts_.end(), begin) -
                                     keys.starts_.begin());
  MatchStarts(tokens.data(), keys, &first, begin, end, out);
}

void PhraseMatcher::MatchSentences(const analyse::Analysis& analysis, const TokenKeys& keys,
                                   std::vector<PhraseMatch>* out) const {
  size_t first = 0;
  for (const analyse::Sentence& s : analysis.sentences)
    MatchStarts(analysis.tokens.data(), keys, &first, s.first_token, s.end_token, out);
}

void PhraseMatcher::MatchStarts(const analyse::Token* tokens, const TokenKeys& keys, size_t* first, uint32_t begin,
                                uint32_t end, std::vector<PhraseMatch>* out) const {
  const Node& root = nodes_[0];
  const int32_t root_number = root.number, root_any = root.any;
  const uint32_t* starts = keys.starts_.data();
  const size_t n_starts = keys.starts_.size();
  size_t k = *first;
  while (k < n_starts && starts[k] < begin) ++k;
  WalkFrom w{tokens, keys.info_.data(), keys.stems_, 0, end, out};
  // The root's step, as Walk takes it at any other node. The root has no payloads (a phrase has at
  // least one token), so every match ends past its first token.
  for (; k < n_starts && starts[k] < end; ++k) {
    const uint32_t pos = starts[k];
    const TokenInfo& ti = w.info[pos];
    const analyse::TokenKind kind = tokens[pos].kind;
    w.start = pos;
    const size_t first_match = out->size();
    if (ti.root_exact != kNoChild) Enter(w, pos + 1, ti.root_exact, false);
    if (kind == analyse::TokenKind::kWord)
      for (uint32_t s = 0; s < ti.stems_count; ++s) {
        const StemHit& h = w.stems[ti.stems_begin + s];
        Enter(w, pos + 1, h.node, h.inflected);
      }
    if (root_number >= 0 && kind == analyse::TokenKind::kNumber)
      Enter(w, pos + 1, static_cast<uint32_t>(root_number), false);
    if (root_any >= 0) Enter(w, pos + 1, static_cast<uint32_t>(root_any), false);
    // Matches come out by begin already; those of one begin go longest first (stable). They are
    // few, so an insertion sort (stable, and no buffer to allocate as std::stable_sort does).
    const size_t count = out->size();
    if (count - first_match < 2) continue;
    PhraseMatch* m = out->data();
    for (size_t i = first_match + 1; i < count; ++i) {
      const PhraseMatch x = m[i];
      size_t j = i;
      for (; j > first_match && m[j - 1].end < x.end; --j) m[j] = m[j - 1];
      m[j] = x;
    }
  }
  *first = k;
}

}  // namespace crosscheck::tag
