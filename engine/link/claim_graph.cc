#include "engine/link/claim_graph.h"

#include <unordered_map>

namespace crosscheck::link {

namespace {

// Adds to a graph it does not own: the caller's graph is returned by value without a copy
// (adjacency_list has no move constructor, so returning a member would copy every vertex and edge).
class Builder {
 public:
  using V = ClaimGraph::vertex_descriptor;

  explicit Builder(ClaimGraph* g) : g_(*g) {}

  V Vertex(const GraphVertex& v) {
    auto it = index_.find(v.id);
    if (it != index_.end()) return it->second;
    V d = boost::add_vertex(v, g_);
    index_.emplace(v.id, d);
    return d;
  }
  bool Find(const std::string& id, V* out) const {
    auto it = index_.find(id);
    if (it == index_.end()) return false;
    *out = it->second;
    return true;
  }
  void Edge(V a, V b, const char* kind) { boost::add_edge(a, b, GraphEdge{kind}, g_); }
  V Source(const std::string& name) { return Vertex({"source", "source:" + name, name, name, "", ""}); }
  ClaimGraph& graph() { return g_; }

 private:
  ClaimGraph& g_;
  std::unordered_map<std::string, V> index_;
};

}  // namespace

ClaimGraph BuildClaimGraph(const std::vector<DocumentStatus>& documents, const std::vector<Claim>& claims,
                           const std::vector<Event>& events, const std::vector<Finding>& findings,
                           const std::vector<bool>& shown) {
  ClaimGraph g;
  Builder b(&g);
  for (const auto& d : documents) {
    if (d.status != "processed") continue;
    std::string outlet = d.outlet.empty() ? "unknown" : d.outlet;
    auto src = b.Source(outlet);
    auto doc = b.Vertex({"document", "doc:" + d.id, d.id, outlet, d.lang, d.published});
    b.Edge(doc, src, "published-by");
  }
  // The vertex of each claim (claims with one id share one); kNone for a claim left out.
  const Builder::V kNone = boost::graph_traits<ClaimGraph>::null_vertex();
  std::vector<Builder::V> claim_v(claims.size(), kNone);
  for (size_t i = 0; i < claims.size(); ++i) {
    if (!shown.empty() && !shown[i]) continue;
    const Claim& c = claims[i];
    Builder::V doc;
    if (!b.Find("doc:" + c.doc, &doc)) {
      doc = b.Vertex({"document", "doc:" + c.doc, c.doc, c.outlet, c.lang, ""});
      b.Edge(doc, b.Source(c.outlet.empty() ? "unknown" : c.outlet), "published-by");
    }
    std::string label = c.type + " " + c.date.ToIso() + " (" + c.role + ")";
    auto cv = b.Vertex({"claim", "claim:" + c.id, label, c.outlet, c.lang, c.date.ToIso()});
    claim_v[i] = cv;
    b.Edge(doc, cv, "asserts");
    if (!c.attributed_to.empty()) {
      Builder::V from = b.Source(c.outlet.empty() ? "unknown" : c.outlet);
      Builder::V to = b.Source(c.attributed_to);
      bool seen = false;
      for (auto [e, end] = boost::out_edges(from, b.graph()); e != end; ++e)
        seen |= boost::target(*e, b.graph()) == to && b.graph()[*e].kind == "cites";
      if (!seen && from != to) b.Edge(from, to, "cites");
    }
  }
  for (const auto& e : events) {
    std::string label = e.type + " " + e.date.ToIso();
    for (const auto& p : e.participants) label += " · " + p;
    auto ev = b.Vertex({"event", "event:" + e.id, label, "", "", e.date.ToIso()});
    for (ClaimRef r : e.claims)
      if (claim_v[r] != kNone) b.Edge(claim_v[r], ev, "about");
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claim_v[i] == kNone) continue;
    for (const auto& name : claims[i].ParticipantNames())
      b.Edge(claim_v[i], b.Vertex({"entity", "entity:" + name, name, "", "", ""}), "mentions");
  }
  for (const auto& f : findings) {
    if (f.kind == "agreement") {
      for (const auto& val : f.values)
        for (size_t i = 0; i + 1 < val.claims.size(); ++i) {
          Builder::V x = claim_v[val.claims[i]], y = claim_v[val.claims[i + 1]];
          if (x != kNone && y != kNone) b.Edge(x, y, "agrees");
        }
    } else if (f.kind == "contradiction") {
      for (size_t i = 0; i + 1 < f.values.size(); ++i) {
        if (f.values[i].claims.empty() || f.values[i + 1].claims.empty()) continue;
        Builder::V x = claim_v[f.values[i].claims[0]], y = claim_v[f.values[i + 1].claims[0]];
        if (x != kNone && y != kNone) b.Edge(x, y, "contradicts");
      }
    }
  }
  return g;
}

}  // namespace crosscheck::link
