#include "engine/link/claim_graph.h"

#include <unordered_map>

namespace crosscheck::link {

namespace {

class Builder {
 public:
  using V = ClaimGraph::vertex_descriptor;

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
  ClaimGraph g_;
  std::unordered_map<std::string, V> index_;
};

}  // namespace

ClaimGraph BuildClaimGraph(const std::vector<DocumentStatus>& documents, const std::vector<Claim>& claims,
                           const std::vector<Event>& events, const std::vector<Finding>& findings) {
  Builder b;
  std::unordered_map<std::string, const DocumentStatus*> doc_by_id;
  for (const auto& d : documents) {
    if (d.status != "processed") continue;
    doc_by_id[d.id] = &d;
    std::string outlet = d.outlet.empty() ? "unknown" : d.outlet;
    auto src = b.Source(outlet);
    auto doc = b.Vertex({"document", "doc:" + d.id, d.id, outlet, d.lang, d.published});
    b.Edge(doc, src, "published-by");
  }
  for (const auto& c : claims) {
    Builder::V doc;
    if (!b.Find("doc:" + c.doc, &doc)) {
      doc = b.Vertex({"document", "doc:" + c.doc, c.doc, c.outlet, c.lang, ""});
      b.Edge(doc, b.Source(c.outlet.empty() ? "unknown" : c.outlet), "published-by");
    }
    std::string label = c.type + " " + c.date.ToIso() + " (" + c.role + ")";
    auto cv = b.Vertex({"claim", "claim:" + c.id, label, c.outlet, c.lang, c.date.ToIso()});
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
    for (const auto& cid : e.claims) {
      Builder::V cv;
      if (b.Find("claim:" + cid, &cv)) b.Edge(cv, ev, "about");
    }
  }
  for (const auto& c : claims) {
    Builder::V cv;
    if (!b.Find("claim:" + c.id, &cv)) continue;
    for (const auto& name : c.ParticipantNames()) b.Edge(cv, b.Vertex({"entity", "entity:" + name, name, "", "", ""}), "mentions");
  }
  for (const auto& f : findings) {
    auto claim_v = [&](const std::string& id, Builder::V* v) { return b.Find("claim:" + id, v); };
    if (f.kind == "agreement") {
      for (const auto& val : f.values)
        for (size_t i = 0; i + 1 < val.claims.size(); ++i) {
          Builder::V x, y;
          if (claim_v(val.claims[i], &x) && claim_v(val.claims[i + 1], &y)) b.Edge(x, y, "agrees");
        }
    } else if (f.kind == "contradiction") {
      for (size_t i = 0; i + 1 < f.values.size(); ++i) {
        Builder::V x, y;
        if (f.values[i].claims.empty() || f.values[i + 1].claims.empty()) continue;
        if (claim_v(f.values[i].claims[0], &x) && claim_v(f.values[i + 1].claims[0], &y)) b.Edge(x, y, "contradicts");
      }
    }
  }
  return std::move(b.graph());
}

}  // namespace crosscheck::link
