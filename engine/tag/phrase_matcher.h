// PhraseMatcher: every word list of every language (lexicon aliases, month and weekday names,
// event triggers, cue phrases) compiled into one token trie, matched in one pass per document.
//
// A phrase is a sequence of token patterns, each written as in the rule files:
//   "остін"      the token's key equals it (keys are util::FoldKey'd)
//   "остін*"     the key starts with "остін" and at most kDefaultMaxSuffix more characters follow
//                (inflection: Остіна, Остіним); "остін*3" sets the bound explicitly
//   "#"          any number token;  "?"  any single token (a gap of one)
// Patterns are folded with util::FoldKey when added, so rule files may use any case.
// Thread-safety: Add/Build single-threaded; Match is const and thread-safe.
#ifndef CROSSCHECK_ENGINE_TAG_PHRASE_MATCHER_H_
#define CROSSCHECK_ENGINE_TAG_PHRASE_MATCHER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "engine/analyse/analysis.h"

namespace crosscheck::tag {

struct PhraseMatch {
  uint32_t begin = 0;    // first token
  uint32_t end = 0;      // one past the last token
  uint32_t payload = 0;  // what the caller registered
  bool inflected = false;  // some stem pattern matched with a non-empty suffix
};

class PhraseMatcher {
 public:
  static constexpr int kDefaultMaxSuffix = 4;  // in code points

  // Registers `phrase` (space-separated token patterns) with `payload`. Returns InvalidArgument for
  // an empty phrase. Phrases are split into tokens the same way documents are (analyse::Tokenize),
  // so "п'ятницю", "9-11" and "U.S." are written as they appear in text.
  Status Add(std::string_view phrase, uint32_t payload);

  // Registers `key` as a word without a phrase, so a tag module can tell the tokens whose key it is
  // by id (TokenKeys::word) instead of hashing every token's key again. `key` is written as
  // analyse::Tokenize writes a token key (folded word, digits, or one punctuation character).
  // Returns the key's id, the same as for an exact word of a phrase with that key.
  uint32_t AddWord(std::string_view key);
  static constexpr uint32_t kNoWord = UINT32_MAX;

  // Every match starting at any token of `tokens[begin, end)` and ending before `end`. Overlapping
  // matches are all reported, ordered by begin, then longest first. Looks every token up (Lookup):
  // for callers that match one range of a token list once.
  void Match(const std::vector<analyse::Token>& tokens, uint32_t begin, uint32_t end,
             std::vector<PhraseMatch>* out) const;

  size_t size() const { return phrases_; }

 private:
  struct Stem {
    uint32_t node;
    uint8_t max_suffix;
  };
  // Stems hang off a byte trie (one per token-trie node that has stems), so a token's key is
  // walked once, byte by byte, instead of hashing each of its prefixes.
  struct ByteNode {
    std::vector<std::pair<unsigned char, uint32_t>> next;  // sorted by byte
    std::vector<Stem> ends;                                  // stems that end here
    int32_t dense = -1;  // index into dense_ once the node has many children (the first letters)
  };
  // A byte node with more children than this also gets a 256-entry table: every token walks the
  // first levels of the stem trie, and a search there was most of the matcher's time.
  static constexpr size_t kDenseFrom = 8;
  static constexpr uint32_t kNoChild = UINT32_MAX;
  // Node::edges: which kinds of edge leave a node (0: a leaf).
  enum : uint8_t { kExactEdges = 1, kStemEdges = 2, kNumberEdge = 4, kAnyEdge = 8 };
  struct Node {
    // Bit (word % 64) of each exact_ edge leaving this node: most nodes have a few, so a token whose
    // bit is clear is turned away without a probe of exact_ (a likely cache miss).
    uint64_t exact_words = 0;
    int32_t stem_root = -1;  // index into bytes_, -1: no stems
    // StemBit of the first two bytes of each stem (all bits once a stem has one byte): a key whose
    // bit is clear matches none, and the stem trie (a cache miss or two) is not walked for it.
    uint64_t stem_firsts = 0;
    int32_t number = -1;     // child for "#"
    int32_t any = -1;        // child for "?"
    uint8_t edges = 0;       // k*Edge(s) bits
    std::vector<uint32_t> payloads;
  };
  // A stem of a node's byte trie that a token's key matched: the child to go on with, and whether
  // the key went past the stem (an inflected form).
  struct StemHit {
    uint32_t node;
    bool inflected;
  };
  // What Match knows of one token: its word id (kNoWord when no exact pattern is this word), the
  // root's exact child for it (kNoChild: none) and the root's stem hits for its key (shared per
  // distinct key through a per-thread memo, since every token is looked up at the root and most keys
  // recur from document to document): stems_count hits from stems_begin in the memo's list.
  // root_takes: bit k set when the root has an edge for a token of this key and TokenKind k (so a
  // match may start at it). inner: the word labels an exact edge below the root (most words of
  // a text that the matcher knows only begin phrases or are AddWord's: no walk needs to probe for them).
  struct TokenInfo {
    uint32_t key;  // TokenKeys::key_id: the index of the key's entry in the memo
    uint32_t word;
    uint32_t root_exact;
    uint32_t stems_begin;
    uint16_t stems_count;
    uint8_t root_takes;
    bool inner;
  };
  struct Memo;
  static constexpr uint8_t TakesKind(analyse::TokenKind k) {
    return static_cast<uint8_t>(1u << static_cast<int>(k));
  }
  static constexpr uint8_t kTakesAny = 0xFF;

 public:
  // What the matcher knows of each token of one document, looked up once per document (Lookup)
  // and shared: Match walks from it, and the tag modules read word(i), the id of token i's key among
  // the words of Add and AddWord (kNoWord for any other key). Filled by Lookup on one thread; valid
  // there until that thread's next Lookup (it points into the thread's memo of root lookups).
  class TokenKeys {
   public:
    uint32_t word(size_t token) const { return info_[token].word; }
    size_t size() const { return info_.size(); }
    // The number of token i's key among the distinct keys this thread's Lookups have seen since
    // generation(): tokens of one key have one id, tokens of different keys different ids, and ids
    // are dense from 0, so a module can remember an answer per key in a plain list indexed by id
    // instead of hashing the key again. A new generation (a number never given out before) starts
    // whenever the thread's memo is cleared: a module keeps its list only while generation() stays.
    uint32_t key_id(size_t token) const { return info_[token].key; }
    uint64_t generation() const { return generation_; }

   private:
    friend class PhraseMatcher;
    std::vector<TokenInfo> info_;
    uint64_t generation_ = 0;
    const StemHit* stems_ = nullptr;
    // The tokens some edge of the root takes, in order: the only ones a match can start at (fewer
    // than half the tokens of a text), so Match visits these instead of asking every token.
    std::vector<uint32_t> starts_;
  };
  // Looks up the key of every token of `tokens` (buffers of `keys` are reused).
  void Lookup(const std::vector<analyse::Token>& tokens, TokenKeys* keys) const;
  // Match for `tokens[begin, end)` with `keys` = Lookup(tokens).
  void Match(const std::vector<analyse::Token>& tokens, const TokenKeys& keys, uint32_t begin, uint32_t end,
             std::vector<PhraseMatch>* out) const;
  // Match for each sentence of `analysis` in turn, with `keys` = Lookup(analysis.tokens): the same
  // matches as Match called per sentence, in one pass over the tokens a match can start at.
  void MatchSentences(const analyse::Analysis& analysis, const TokenKeys& keys, std::vector<PhraseMatch>* out) const;

 private:
  // Adds to `memo` the root's view of `key` (hash h, not in the memo, whose free slot is `empty`);
  // returns its index there.
  uint32_t Memoize(Memo* memo, std::string_view key, uint64_t h, size_t empty) const;
  static uint64_t StemBit(char a, char b) {
    return uint64_t{1} << ((static_cast<unsigned char>(a) * 29u + static_cast<unsigned char>(b)) & 63);
  }
  static bool StemMayMatch(const Node& n, std::string_view key) {
    return key.size() < 2 || (n.stem_firsts & StemBit(key[0], key[1])) != 0;
  }
  static uint64_t WordBit(uint32_t word) { return uint64_t{1} << (word & 63); }
  static uint64_t ExactKey(uint32_t node, uint32_t word) { return (static_cast<uint64_t>(node) << 32) | word; }
  uint32_t WordId(std::string_view key);
  uint32_t Child(uint32_t node, const std::string& pattern);
  uint32_t ByteChild(uint32_t byte_node, unsigned char c);
  // The child of a byte node for byte c, kNoChild when there is none.
  uint32_t NextByte(const ByteNode& n, unsigned char c) const {
    if (n.dense >= 0) return dense_[static_cast<size_t>(n.dense)][c];
    for (const auto& [b, child] : n.next)
      if (b >= c) return b == c ? child : kNoChild;
    return kNoChild;
  }
  // Calls f(StemHit) for each stem of byte trie `byte_root` that `key` matches within its suffix
  // bound, shortest first.
  template <typename F>
  void ForEachStem(uint32_t byte_root, std::string_view key, F&& f) const;
  // What a walk from one start token needs besides its position: the tokens and their lookups,
  // where the match began, the end of its sentence and where matches go.
  struct WalkFrom {
    const analyse::Token* tokens;
    const TokenInfo* info;
    const StemHit* stems;
    uint32_t start;
    uint32_t end;
    std::vector<PhraseMatch>* out;
  };
  // Reports the payloads of `node` reached after token `pos` - 1, then walks on from it when some
  // edge of it may take token `pos` (inline: most nodes reached end there, and a call per node
  // was a good part of the matcher's time).
  void Enter(const WalkFrom& w, uint32_t pos, uint32_t node, bool inflected) const {
    const Node& n = nodes_[node];
    for (uint32_t p : n.payloads) w.out->push_back({w.start, pos, p, inflected});
    if (pos >= w.end || n.edges == 0) return;
    const analyse::TokenKind kind = w.tokens[pos].kind;
    const TokenInfo& ti = w.info[pos];
    if (((n.edges & kExactEdges) && ti.inner && (n.exact_words & WordBit(ti.word)) != 0) ||
        ((n.edges & kStemEdges) && kind == analyse::TokenKind::kWord &&
         StemMayMatch(n, w.tokens[pos].key())) ||
        ((n.edges & kNumberEdge) && kind == analyse::TokenKind::kNumber) || (n.edges & kAnyEdge))
      Walk(w, pos, node, inflected);
  }
  // The edges of `node` (never the root: Match takes the root's step itself) for token `pos`.
  void Walk(const WalkFrom& w, uint32_t pos, uint32_t node, bool inflected) const;
  // Match from each of keys.starts_[*first..] that lies in [begin, end); advances *first past them.
  void MatchStarts(const analyse::Token* tokens, const TokenKeys& keys, size_t* first, uint32_t begin, uint32_t end,
                   std::vector<PhraseMatch>* out) const;

  // The words of exact patterns, numbered; exact edges are keyed by (node, word), so a token's key is
  // hashed once per Match, not once per trie node it is tried at.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, WordHash, std::equal_to<>> words_;
  // Exact edges (node, word) → child, by open addressing: every token of a document is looked up at
  // the root and at each node a walk reaches, so this is the matcher's hottest table.
  class EdgeTable {
   public:
    uint32_t Find(uint64_t key) const {
      if (slots_.empty()) return kNoChild;
      for (size_t i = Home(key);; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.key == key) return s.child;
        if (s.key == kEmpty) return kNoChild;
      }
    }
    void Insert(uint64_t key, uint32_t child);  // key not yet present

   private:
    void Place(uint64_t key, uint32_t child);
    static constexpr uint64_t kEmpty = UINT64_MAX;  // no node id or word id reaches 2^32 - 1
    struct Slot {
      uint64_t key = kEmpty;
      uint32_t child = 0;
    };
    size_t Home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_); }
    std::vector<Slot> slots_;  // power-of-two size, at most half full
    size_t mask_ = 0;
    int shift_ = 64;
    size_t count_ = 0;
  };
  EdgeTable exact_;
  std::vector<bool> inner_words_;  // by word id: labels an exact edge from a node other than the root
  // Changes on every Add, so a thread's memo of root lookups never outlives the trie it describes.
  uint64_t stamp_ = 0;
  std::vector<Node> nodes_ = std::vector<Node>(1);
  std::vector<ByteNode> bytes_;
  std::vector<std::array<uint32_t, 256>> dense_;
  size_t phrases_ = 0;
};

}  // namespace crosscheck::tag

#endif  // CROSSCHECK_ENGINE_TAG_PHRASE_MATCHER_H_
