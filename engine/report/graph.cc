// graph.graphml and graph.dot: the ClaimGraph (engine/link/claim_graph.h) written with Boost.Graph's
// own writers, so node/edge attributes (kind, label, outlet, lang, date; edge kind) load in Gephi,
// yEd, Cytoscape and Graphviz.
// g++ 12 reports -Wmaybe-uninitialized inside Boost's edge iterators (a known false positive of
// boost::optional in adj_list_edge_iterator); silenced for this file only.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <sstream>

#include "engine/link/claim_graph.h"
#include "engine/report/human_output.h"

namespace crosscheck::report {

namespace {

link::ClaimGraph Graph(const RunResult& r) {
  return link::BuildClaimGraph(r.documents, r.claims, r.events, r.findings);
}

boost::dynamic_properties Properties(link::ClaimGraph& g) {
  boost::dynamic_properties dp;
  dp.property("node_id", boost::get(&link::GraphVertex::id, g));
  dp.property("kind", boost::get(&link::GraphVertex::kind, g));
  dp.property("label", boost::get(&link::GraphVertex::label, g));
  dp.property("outlet", boost::get(&link::GraphVertex::outlet, g));
  dp.property("lang", boost::get(&link::GraphVertex::lang, g));
  dp.property("date", boost::get(&link::GraphVertex::date, g));
  dp.property("kind", boost::get(&link::GraphEdge::kind, g));
  return dp;
}

}  // namespace

std::string GraphMl(const RunResult& r) {
  link::ClaimGraph g = Graph(r);
  boost::dynamic_properties dp = Properties(g);
  std::ostringstream out;
  boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
  return out.str();
}

std::string GraphDot(const RunResult& r) {
  link::ClaimGraph g = Graph(r);
  boost::dynamic_properties dp = Properties(g);
  std::ostringstream out;
  boost::write_graphviz_dp(out, g, dp, "node_id");
  return out.str();
}

}  // namespace crosscheck::report
