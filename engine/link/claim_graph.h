// ClaimGraph: the run as a Boost.Graph. Vertices are sources (outlets and the sources they cite),
// documents, claims, events and entities; edges say how they relate:
//   document --published-by--> source     document --asserts--> claim      claim --about--> event
//   claim --mentions--> entity            source --cites--> source (an outlet relaying another:
//   "citing TASS", "with reference to the Russian Defence Ministry", from Claim::attributed_to)
//   claim --agrees--> claim / claim --contradicts--> claim (from findings; agreeing claims are
//   chained, contradicting values are joined by their first claims, so edges stay linear).
// Written as GraphML (always) and Graphviz dot (on request) by engine/report/graph.cc.
#ifndef CROSSCHECK_ENGINE_LINK_CLAIM_GRAPH_H_
#define CROSSCHECK_ENGINE_LINK_CLAIM_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <string>
#include <vector>

#include "crosscheck/claim.h"
#include "crosscheck/document.h"
#include "crosscheck/event.h"

namespace crosscheck::link {

struct GraphVertex {
  std::string kind;    // "source", "document", "claim", "event", "entity"
  std::string id;      // unique over the graph: "doc:<id>", "claim:<id>", "event:E1", ...
  std::string label;   // readable
  std::string outlet;  // documents, claims
  std::string lang;    // documents, claims
  std::string date;    // documents (published), claims and events (ISO)
};

struct GraphEdge {
  std::string kind;  // "published-by", "asserts", "about", "mentions", "cites", "agrees", "contradicts"
};

using ClaimGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, GraphVertex, GraphEdge>;

// Builds the graph of a run. `claims` is the run's claim vector, the one events and findings refer
// to; with `shown` non-empty (one flag per claim), only the claims it marks become vertices, and
// edges to the others are left out. Vertex and edge order are deterministic (first seen, walking
// documents, claims, events, then findings).
ClaimGraph BuildClaimGraph(const std::vector<DocumentStatus>& documents, const std::vector<Claim>& claims,
                           const std::vector<Event>& events, const std::vector<Finding>& findings,
                           const std::vector<bool>& shown = {});

}  // namespace crosscheck::link

#endif  // CROSSCHECK_ENGINE_LINK_CLAIM_GRAPH_H_
