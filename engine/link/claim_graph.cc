#include "engine/link/claim_graph.h"

#include <algorithm>
#include <boost/property_map/function_property_map.hpp>
#include <boost/range/join.hpp>
#include <set>
#include <utility>

#include "engine/util/hash.h"

namespace crosscheck::link {

namespace {

constexpr const char* kSource = "source";
constexpr const char* kDocument = "document";
constexpr const char* kClaim = "claim";
constexpr const char* kEvent = "event";
constexpr const char* kEntity = "entity";
constexpr const char* kCites = "cites";

using V = ClaimGraph::vertex_descriptor;
constexpr V kNone = static_cast<V>(-1);

std::string_view OutletOrUnknown(const Atom& outlet) {
  return outlet.empty() ? std::string_view("unknown") : outlet.view();
}

// Gathers the vertices and edges (the graph is built from them at once: a compressed sparse row
// graph is immutable), with one index per kind of vertex, keyed by what the vertex's id is made of
// (ids of different kinds never collide: each kind has its own prefix). The vertex and edge lists
// are reserved up front from bounds the caller works out (ClaimGraphBuilder::Impl): at 100k documents a
// list grown by doubling copied tens of megabytes into freshly faulted pages.
class Builder {
 public:
  Builder(size_t max_vertices, size_t max_edges, size_t documents, size_t claims, size_t events)
      : documents_(documents), claims_(claims), events_(events) {
    vertices_.reserve(max_vertices);
    edges_.reserve(max_edges);
    edge_kinds_.reserve(max_edges);
  }

  V Source(std::string_view name) {
    return Get(&sources_, name, [&] { return GraphVertex{kSource, name}; });
  }
  V Document(const DocumentStatus& d) {
    return Get(&documents_, d.id, [&] { return GraphVertex{kDocument, d.id, &d}; });
  }
  // The vertex of a claim's document; when the run's documents do not list it, a vertex made from
  // the claim (published by its outlet).
  V DocumentOf(const Claim& c) {
    const uint64_t h = util::FastHash(c.doc);
    size_t slot;
    if (V found = Find(documents_, c.doc, h, &slot); found != kNone) return found;
    V doc = Add(&documents_, slot, h, GraphVertex{kDocument, c.doc, nullptr, &c});
    Edge(doc, Source(OutletOrUnknown(c.outlet)), "published-by");
    return doc;
  }
  V ClaimVertex(const Claim& c) {
    return Get(&claims_, c.id, [&] { return GraphVertex{kClaim, {}, nullptr, &c}; });
  }
  V EventVertex(const Event& e) {
    return Get(&events_, e.id, [&] { return GraphVertex{kEvent, {}, nullptr, nullptr, &e}; });
  }
  V Entity(std::string_view name) {
    return Get(&entities_, name, [&] { return GraphVertex{kEntity, name}; });
  }
  void Edge(V a, V b, const char* kind) {
    edges_.emplace_back(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
    edge_kinds_.push_back({kind});
  }
  // An edge of a finding: after every other edge (the lists of the others were reserved before
  // the findings were known, so these have lists of their own).
  void FindingEdge(V a, V b, const char* kind) {
    finding_edges_.emplace_back(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
    finding_edge_kinds_.push_back({kind});
  }
  void ReserveFindingEdges(size_t n) {
    finding_edges_.reserve(n);
    finding_edge_kinds_.reserve(n);
  }
  // One "cites" edge per pair of distinct sources.
  void Cites(V from, V to) {
    if (from != to && cites_.emplace(from, to).second) Edge(from, to, kCites);
  }
  // The graph: vertices in the order added, each vertex's out-edges in the order added.
  ClaimGraph Graph() const {
    auto edges = boost::range::join(edges_, finding_edges_);
    auto kinds = boost::range::join(edge_kinds_, finding_edge_kinds_);
    ClaimGraph g(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), kinds.begin(), vertices_.size());
    for (size_t v = 0; v < vertices_.size(); ++v) g[v] = vertices_[v];
    return g;
  }

 private:
  // Vertices of one kind by key: open addressing, each slot 8 bytes (32 bits of the key's
  // util::FastHash, spread by a multiply, and the vertex); the key itself is read from the vertex
  // (KeyOf), a view into the run. The slots double when half full.
  // (std::unordered_map hashed every id with MurmurHash and allocated a node per vertex; slots that
  // held the hash and a view of the key took 32 bytes: 24 MB of fresh pages at 100k documents.)
  class Index {
   public:
    explicit Index(size_t expected = 0) {
      while ((size_t{1} << bits_) < 2 * expected) ++bits_;
      slots_.resize(size_t{1} << bits_);
    }
    static uint32_t Tag(uint64_t h) { return static_cast<uint32_t>((h * 0x9E3779B97F4A7C15ULL) >> 32); }
    // The vertex of the key whose Tag is `tag` (same(v): whether vertex v has the key), or kNone
    // with *slot where it would go.
    template <typename Same>
    V Find(uint32_t tag, Same&& same, size_t* slot) const {
      const size_t mask = slots_.size() - 1;
      for (size_t i = Home(tag);; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.v == kEmpty) {
          *slot = i;
          return kNone;
        }
        if (s.tag == tag && same(s.v)) return s.v;
      }
    }
    // Adds vertex v with `tag` (not found, at `slot`).
    void Add(size_t slot, uint32_t tag, V v) {
      slots_[slot] = {tag, static_cast<uint32_t>(v)};
      if (2 * ++size_ > slots_.size()) {
        std::vector<Slot> old(2 * slots_.size());
        old.swap(slots_);
        ++bits_;
        const size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
          if (s.v == kEmpty) continue;
          size_t i = Home(s.tag);
          while (slots_[i].v != kEmpty) i = (i + 1) & mask;
          slots_[i] = s;
        }
      }
    }

   private:
    static constexpr uint32_t kEmpty = UINT32_MAX;
    struct Slot {
      uint32_t tag = 0;
      uint32_t v = kEmpty;
    };
    // A key's first slot: the top bits of its tag.
    size_t Home(uint32_t tag) const { return static_cast<size_t>(tag >> (32 - bits_)); }
    int bits_ = 4;
    std::vector<Slot> slots_;
    size_t size_ = 0;
  };

  // What a vertex is indexed by: a claim's or an event's id, else its name.
  static std::string_view KeyOf(const GraphVertex& v) {
    if (v.kind == kClaim) return v.claim->id;
    if (v.kind == kEvent) return v.event->id;
    return v.name;
  }
  V Find(const Index& index, std::string_view key, uint64_t h, size_t* slot) const {
    return index.Find(Index::Tag(h), [&](V v) { return util::SameBytes(KeyOf(vertices_[v]), key); }, slot);
  }
  template <typename Make>
  V Get(Index* index, std::string_view key, Make&& make) {
    const uint64_t h = util::FastHash(key);
    size_t slot;
    V found = Find(*index, key, h, &slot);
    return found != kNone ? found : Add(index, slot, h, make());
  }
  V Add(Index* index, size_t slot, uint64_t h, const GraphVertex& v) {
    V d = vertices_.size();
    vertices_.push_back(v);
    index->Add(slot, Index::Tag(h), d);
    return d;
  }

  std::vector<GraphVertex> vertices_;
  std::vector<std::pair<uint32_t, uint32_t>> edges_;  // vertex numbers (at most 2^32 - 1 vertices)
  std::vector<GraphEdge> edge_kinds_;  // of edges_
  std::vector<std::pair<uint32_t, uint32_t>> finding_edges_;  // after edges_
  std::vector<GraphEdge> finding_edge_kinds_;
  std::set<std::pair<V, V>> cites_;
  Index documents_, claims_, events_, sources_, entities_;
};

}  // namespace

class ClaimGraphBuilder::Impl {
 public:
  using FindingEdge = ClaimGraphBuilder::FindingEdge;
  Impl(const std::vector<DocumentStatus>& documents, const std::vector<Claim>& claims, const std::vector<Event>& events,
       const std::vector<bool>& shown);
  std::vector<FindingEdge> FindingEdges(const std::vector<Finding>& findings) const;
  void AddFindings(const std::vector<Finding>& findings);
  ClaimGraph Build() const { return b_->Graph(); }
  void ReleaseLists() { b_.reset(); }

 private:
  // Bounds on the vertices and edges, to reserve the lists once: every processed document and
  // each shown claim may add a document and a source vertex, a claim its source's cited source;
  // every edge kind at most once per what it comes from.
  static std::unique_ptr<Builder> Reserved(const std::vector<DocumentStatus>& documents,
                                           const std::vector<Claim>& claims, const std::vector<Event>& events,
                                           const std::vector<bool>& shown) {
    size_t shown_claims = 0, mentions = 0, about = 0;
    for (size_t i = 0; i < claims.size(); ++i)
      if (shown.empty() || shown[i]) {
        ++shown_claims;
        mentions += claims[i].participants.size();
      }
    for (const auto& e : events) about += e.claims.size();
    const size_t max_vertices = 2 * documents.size() + 4 * shown_claims + events.size() + mentions;
    const size_t max_edges = documents.size() + 3 * shown_claims + about + mentions;
    return std::make_unique<Builder>(max_vertices, max_edges, documents.size(), shown_claims, events.size());
  }

  std::unique_ptr<Builder> b_;
  // The vertex of each claim (claims with one id share one); kNone for a claim left out.
  std::vector<V> claim_v_;
};

ClaimGraphBuilder::Impl::Impl(const std::vector<DocumentStatus>& documents, const std::vector<Claim>& claims,
                              const std::vector<Event>& events, const std::vector<bool>& shown)
    : b_(Reserved(documents, claims, events, shown)), claim_v_(claims.size(), kNone) {
  Builder& b = *b_;
  for (const auto& d : documents) {
    if (d.status != "processed") continue;
    auto src = b.Source(OutletOrUnknown(d.outlet));
    b.Edge(b.Document(d), src, "published-by");
  }
  std::vector<V>& claim_v = claim_v_;
  const Claim* last = nullptr;  // a document's claims come one after another: look its vertex up once
  V last_doc = kNone;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (!shown.empty() && !shown[i]) continue;
    const Claim& c = claims[i];
    V doc = last && last->doc == c.doc ? last_doc : b.DocumentOf(c);
    last = &c;
    last_doc = doc;
    auto cv = b.ClaimVertex(c);
    claim_v[i] = cv;
    b.Edge(doc, cv, "asserts");
    if (!c.attributed_to.empty()) {
      V from = b.Source(OutletOrUnknown(c.outlet));
      b.Cites(from, b.Source(c.attributed_to.view()));
    }
  }
  for (const auto& e : events) {
    auto ev = b.EventVertex(e);
    for (ClaimRef r : e.claims)
      if (claim_v[r] != kNone) b.Edge(claim_v[r], ev, "about");
  }
  // Each claim's participants as Claim::ParticipantNames lists them (sorted, unique), without
  // copying the names.
  std::vector<Atom> names;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claim_v[i] == kNone) continue;
    names.clear();
    for (const auto& p : claims[i].participants)
      if (!p.name.empty()) names.push_back(p.name);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const Atom& name : names) b.Edge(claim_v[i], b.Entity(name.view()), "mentions");
  }
}

std::vector<ClaimGraphBuilder::FindingEdge> ClaimGraphBuilder::Impl::FindingEdges(
    const std::vector<Finding>& findings) const {
  size_t bound = 0;
  for (const auto& f : findings)
    for (const auto& v : f.values) bound += f.kind == "agreement" ? v.claims.size() : 1;
  std::vector<FindingEdge> out;
  out.reserve(bound);
  auto edge = [&](ClaimRef a, ClaimRef b, const char* kind) {
    V x = claim_v_[a], y = claim_v_[b];
    if (x != kNone && y != kNone) out.push_back({static_cast<uint32_t>(x), static_cast<uint32_t>(y), kind});
  };
  for (const auto& f : findings) {
    if (f.kind == "agreement") {
      for (const auto& val : f.values)
        for (size_t i = 0; i + 1 < val.claims.size(); ++i) edge(val.claims[i], val.claims[i + 1], "agrees");
    } else if (f.kind == "contradiction") {
      for (size_t i = 0; i + 1 < f.values.size(); ++i) {
        if (f.values[i].claims.empty() || f.values[i + 1].claims.empty()) continue;
        edge(f.values[i].claims[0], f.values[i + 1].claims[0], "contradicts");
      }
    }
  }
  return out;
}

void ClaimGraphBuilder::Impl::AddFindings(const std::vector<Finding>& findings) {
  std::vector<FindingEdge> edges = FindingEdges(findings);
  b_->ReserveFindingEdges(edges.size());
  for (const FindingEdge& e : edges) b_->FindingEdge(e.source, e.target, e.kind);
}

ClaimGraphBuilder::ClaimGraphBuilder(const std::vector<DocumentStatus>& documents, const std::vector<Claim>& claims,
                                     const std::vector<Event>& events, const std::vector<bool>& shown)
    : impl_(std::make_unique<Impl>(documents, claims, events, shown)) {}
ClaimGraphBuilder::~ClaimGraphBuilder() = default;
std::vector<ClaimGraphBuilder::FindingEdge> ClaimGraphBuilder::FindingEdges(const std::vector<Finding>& findings) const {
  return impl_->FindingEdges(findings);
}
void ClaimGraphBuilder::AddFindings(const std::vector<Finding>& findings) { impl_->AddFindings(findings); }
ClaimGraph ClaimGraphBuilder::Build() const { return impl_->Build(); }
void ClaimGraphBuilder::ReleaseLists() { impl_->ReleaseLists(); }

ClaimGraph BuildClaimGraph(const std::vector<DocumentStatus>& documents, const std::vector<Claim>& claims,
                           const std::vector<Event>& events, const std::vector<Finding>& findings,
                           const std::vector<bool>& shown) {
  ClaimGraphBuilder b(documents, claims, events, shown);
  b.AddFindings(findings);
  return b.Build();
}

namespace {

void AppendClaim(const Claim& c, VertexAttr a, std::string* out) {
  switch (a) {
    case VertexAttr::kId:
      out->append("claim:").append(c.id);
      break;
    case VertexAttr::kLabel:
      out->append(c.type.view()).append(" ").append(c.date.ToIso());
      out->append(" (").append(c.role.view()).append(")");
      break;
    case VertexAttr::kOutlet:
      out->append(c.outlet.view());
      break;
    case VertexAttr::kLang:
      out->append(c.lang.view());
      break;
    case VertexAttr::kDate:
      out->append(c.date.ToIso());
      break;
    case VertexAttr::kKind:
      out->append(kClaim);
      break;
  }
}

void AppendEvent(const Event& e, VertexAttr a, std::string* out) {
  switch (a) {
    case VertexAttr::kId:
      out->append("event:").append(e.id);
      break;
    case VertexAttr::kLabel:
      out->append(e.type).append(" ").append(e.date.ToIso());
      for (const auto& p : e.participants) out->append(" · ").append(p);
      break;
    case VertexAttr::kDate:
      out->append(e.date.ToIso());
      break;
    case VertexAttr::kKind:
      out->append(kEvent);
      break;
    default:
      break;
  }
}

// A document of the run's list, or one known from its first claim only (no publication date, and
// the claim's outlet as it is).
void AppendDocument(const GraphVertex& v, VertexAttr a, std::string* out) {
  const DocumentStatus* d = v.document;
  switch (a) {
    case VertexAttr::kId:
      out->append("doc:").append(v.name);
      break;
    case VertexAttr::kLabel:
      out->append(v.name);
      break;
    case VertexAttr::kOutlet:
      out->append(d ? OutletOrUnknown(d->outlet) : v.claim->outlet.view());
      break;
    case VertexAttr::kLang:
      out->append(d ? d->lang.view() : v.claim->lang.view());
      break;
    case VertexAttr::kDate:
      if (d) out->append(d->published);
      break;
    case VertexAttr::kKind:
      out->append(kDocument);
      break;
  }
}

}  // namespace

void AppendVertexAttribute(const GraphVertex& v, VertexAttr a, std::string* out) {
  const std::string_view kind = v.kind;
  if (kind == kClaim) return AppendClaim(*v.claim, a, out);
  if (kind == kEvent) return AppendEvent(*v.event, a, out);
  if (kind == kDocument) return AppendDocument(v, a, out);
  // A source (its name is its label and its outlet) or an entity.
  switch (a) {
    case VertexAttr::kId:
      out->append(kind).append(":").append(v.name);
      break;
    case VertexAttr::kLabel:
      out->append(v.name);
      break;
    case VertexAttr::kOutlet:
      if (kind == kSource) out->append(v.name);
      break;
    case VertexAttr::kKind:
      out->append(kind);
      break;
    default:
      break;
  }
}

std::string VertexAttribute(const GraphVertex& v, VertexAttr a) {
  std::string out;
  AppendVertexAttribute(v, a, &out);
  return out;
}

boost::dynamic_properties GraphProperties(const ClaimGraph& g) {
  using Vd = ClaimGraph::vertex_descriptor;
  using Ed = ClaimGraph::edge_descriptor;
  boost::dynamic_properties dp;
  auto vertex = [&](const char* name, VertexAttr a) {
    dp.property(name, boost::make_function_property_map<Vd, std::string>(
                          [&g, a](Vd v) { return VertexAttribute(g[v], a); }));
  };
  vertex("node_id", VertexAttr::kId);
  vertex("kind", VertexAttr::kKind);
  vertex("label", VertexAttr::kLabel);
  vertex("outlet", VertexAttr::kOutlet);
  vertex("lang", VertexAttr::kLang);
  vertex("date", VertexAttr::kDate);
  dp.property("kind", boost::make_function_property_map<Ed, std::string>(
                          [&g](const Ed& e) { return std::string(g[e].kind); }));
  return dp;
}

}  // namespace crosscheck::link
