// ClaimGraph: the run as a Boost.Graph. Vertices are sources (outlets and the sources they cite),
// documents, claims, events and entities; edges say how they relate:
//   document --published-by--> source     document --asserts--> claim      claim --about--> event
//   claim --mentions--> entity            source --cites--> source (an outlet relaying another:
//   "citing TASS", "with reference to the Russian Defence Ministry", from Claim::attributed_to)
//   claim --agrees--> claim / claim --contradicts--> claim (from findings; agreeing claims are
//   chained, contradicting values are joined by their first claims, so edges stay linear).
// Written as GraphML (always) and Graphviz dot (on request) by engine/report/graph.cc.
//
// A vertex refers into the run it was built from (a view of a name and pointers to the document,
// claim or event) and its attributes — node_id, kind, label, outlet, lang, date — are computed from
// them when written (VertexAttribute). A 100k-document run has a quarter of a million vertices and a
// million edges: six strings per vertex made building the graph the slowest part of the report
// (seconds, most of it page faults on half a gigabyte of strings that were written once).
#ifndef CROSSCHECK_ENGINE_LINK_CLAIM_GRAPH_H_
#define CROSSCHECK_ENGINE_LINK_CLAIM_GRAPH_H_

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/document.h"
#include "crosscheck/event.h"

namespace crosscheck::link {

struct GraphVertex {
  const char* kind = "";  // "source", "document", "claim", "event", "entity" (static strings)
  std::string_view name;  // sources and entities: the name; documents: the document id
  const DocumentStatus* document = nullptr;  // a document of the run's document list
  // Claims: the claim. A document that only claims name (not in the document list): its first claim.
  const Claim* claim = nullptr;
  const Event* event = nullptr;  // events
};

struct GraphEdge {
  const char* kind = "";  // "published-by", "asserts", "about", "mentions", "cites", "agrees", "contradicts"
};

// Compressed sparse row: vertices and edges in a few flat arrays (no allocation per edge), built
// once; vertex descriptors are indexes 0..n-1 in the order vertices were added.
using ClaimGraph = boost::compressed_sparse_row_graph<boost::directedS, GraphVertex, GraphEdge>;

// Builds the graph of a run. `claims` is the run's claim vector, the one events and findings refer
// to; with `shown` non-empty (one flag per claim), only the claims it marks become vertices, and
// edges to the others are left out. Vertex and edge order are deterministic (first seen, walking
// documents, claims, events, then findings). The graph refers into `documents`, `claims` and
// `events`: they must outlive it, unchanged.
ClaimGraph BuildClaimGraph(const std::vector<DocumentStatus>& documents, const std::vector<Claim>& claims,
                           const std::vector<Event>& events, const std::vector<Finding>& findings,
                           const std::vector<bool>& shown = {});

// BuildClaimGraph in two steps, so that the part the findings do not touch (every vertex, and the
// edges of documents, claims and events: all but the agrees / contradicts edges) can be built while
// the findings are still being worked out: construct with the run, AddFindings once they are final,
// then Build. The graph is the one BuildClaimGraph builds from the same arguments. Refers into
// `documents`, `claims` and `events` as the graph does. Not thread-safe.
class ClaimGraphBuilder {
 public:
  ClaimGraphBuilder(const std::vector<DocumentStatus>& documents, const std::vector<Claim>& claims,
                    const std::vector<Event>& events, const std::vector<bool>& shown = {});
  ~ClaimGraphBuilder();
  ClaimGraphBuilder(const ClaimGraphBuilder&) = delete;
  ClaimGraphBuilder& operator=(const ClaimGraphBuilder&) = delete;

  // An agrees / contradicts edge, between the vertices of two claims.
  struct FindingEdge {
    uint32_t source, target;
    const char* kind;
  };
  // The edges `findings` (of the same run) add, in the order they are added.
  std::vector<FindingEdge> FindingEdges(const std::vector<Finding>& findings) const;
  // Adds FindingEdges(findings), after every edge added so far.
  void AddFindings(const std::vector<Finding>& findings);
  // The graph of the vertices and edges added so far. The out-edges of a vertex are in the order
  // added: those of the findings come after the others. Without AddFindings, a writer can place
  // FindingEdges itself after each vertex's out-edges and write the graph BuildClaimGraph builds.
  ClaimGraph Build() const;
  // Frees the vertex and edge lists (tens of megabytes at 100k documents) once the graph is built:
  // afterwards only FindingEdges may be called.
  void ReleaseLists();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// A vertex attribute as written to graph.graphml and graph.dot.
enum class VertexAttr {
  kId,     // unique over the graph: "source:<name>", "doc:<id>", "claim:<id>", "event:E1", "entity:<name>"
  kKind,   // GraphVertex::kind
  kLabel,  // readable: the name or id; "call 2024-06-25 (main)" for a claim, with " · <participant>"s for an
           // event
  kOutlet,  // sources (their name), documents ("unknown" when the run's document has none), claims
  kLang,    // documents, claims
  kDate,    // documents (published), claims and events (ISO)
};

// Appends attribute `a` of `v` to *out; "" for an attribute the vertex's kind does not have.
void AppendVertexAttribute(const GraphVertex& v, VertexAttr a, std::string* out);
std::string VertexAttribute(const GraphVertex& v, VertexAttr a);

// The attributes as Boost dynamic properties, read-only: node_id, kind, label, outlet, lang, date
// for vertices and kind for edges (what boost::write_graphviz_dp and boost::write_graphml take).
boost::dynamic_properties GraphProperties(const ClaimGraph& g);

}  // namespace crosscheck::link

#endif  // CROSSCHECK_ENGINE_LINK_CLAIM_GRAPH_H_
