// graph.graphml and graph.dot: the ClaimGraph (engine/link/claim_graph.h) written with Boost.Graph's
// own writers, so node/edge attributes (kind, label, outlet, lang, date; edge kind) load in Gephi,
// yEd, Cytoscape and Graphviz.
// g++ 12 reports -Wmaybe-uninitialized inside Boost's edge iterators (a known false positive of
// boost::optional in adj_list_edge_iterator); silenced for this file only.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <spdlog/spdlog.h>

#include <sstream>
#include <string_view>
#include <unordered_set>

#include "engine/link/claim_graph.h"
#include "engine/report/human_output.h"

namespace crosscheck::report {

namespace {

link::ClaimGraph Graph(const RunResult& r) {
  if (!GraphAbridged(r)) return link::BuildClaimGraph(r.documents, r.claims, r.events, r.findings);
  // A huge run: every source, event and entity, but only the claims on a side of a contradiction or
  // an anomaly (at most kGraphMaxClaims, in input order) with their documents. A graph of millions
  // of vertices is more than the tools it is for can lay out, and would need gigabytes to build.
  std::vector<bool> shown(r.claims.size(), false);
  for (const auto& f : r.findings)
    if (f.kind != "agreement")
      for (ClaimRef c : f.claims) shown[c] = true;
  size_t kept = 0;
  std::unordered_set<std::string_view> docs;
  for (size_t i = 0; i < r.claims.size(); ++i) {
    if (!shown[i]) continue;
    if (kept >= kGraphMaxClaims) {
      shown[i] = false;
      continue;
    }
    ++kept;
    docs.insert(r.claims[i].doc);
  }
  std::vector<DocumentStatus> documents;
  for (const auto& d : r.documents)
    if (docs.count(d.id)) documents.push_back(d);
  spdlog::info("graph.graphml abridged: {} of {} claims (those in contradictions and anomalies), {} of {} documents",
               kept, r.claims.size(), documents.size(), r.documents.size());
  return link::BuildClaimGraph(documents, r.claims, r.events, r.findings, shown);
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

bool GraphAbridged(const RunResult& r) { return r.claims.size() > kGraphMaxClaims; }

void WriteGraphMl(const RunResult& r, util::Sink* sink) {
  link::ClaimGraph g = Graph(r);
  boost::dynamic_properties dp = Properties(g);
  util::SinkStreamBuf buf(sink);
  std::ostream out(&buf);
  boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
  out.flush();
}

void WriteGraphDot(const RunResult& r, util::Sink* sink) {
  link::ClaimGraph g = Graph(r);
  boost::dynamic_properties dp = Properties(g);
  util::SinkStreamBuf buf(sink);
  std::ostream out(&buf);
  boost::write_graphviz_dp(out, g, dp, "node_id");
  out.flush();
}

std::string GraphMl(const RunResult& r) {
  return util::Collect([&](util::Sink* s) { WriteGraphMl(r, s); });
}

std::string GraphDot(const RunResult& r) {
  return util::Collect([&](util::Sink* s) { WriteGraphDot(r, s); });
}

}  // namespace crosscheck::report
