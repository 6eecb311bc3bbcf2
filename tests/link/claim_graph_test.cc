#include <catch2/catch.hpp>

#include <boost/graph/graphml.hpp>
#include <map>
#include <sstream>

#include "engine/link/claim_graph.h"
#include "engine/link/linker.h"
#include "engine/report/human_output.h"
#include "tests/link/claim_fixtures.h"

using namespace crosscheck;
using namespace crosscheck::testing;

namespace {

std::map<std::string, int> EdgeKinds(const link::ClaimGraph& g) {
  std::map<std::string, int> n;
  for (auto [e, end] = boost::edges(g); e != end; ++e) n[g[*e].kind]++;
  return n;
}

RunResult SmallRun() {
  RunResult r;
  r.claims = {
      MakeClaim("uk-1", 1, "ukrinform.ua", "uk", "call", {Belousov(), Austin()}, "2024-06-25"),
      MakeClaim("ru-1", 1, "rbc.ru", "ru", "call", {Belousov(), Austin()}, "2024-06-25"),
      MakeClaim("ua-2", 1, "unian.ua", "uk", "call", {Belousov(), Austin()}, "2024-06-24"),
  };
  r.claims[1].attributed_to = "TASS";
  r.claims[2].attributed_to = "TASS";
  r.events = link::LinkEvents(&r.claims);
  for (const auto& [id, outlet] : std::vector<std::pair<std::string, std::string>>{
           {"uk-1", "ukrinform.ua"}, {"ru-1", "rbc.ru"}, {"ua-2", "unian.ua"}}) {
    DocumentStatus d;
    d.id = id;
    d.outlet = outlet;
    d.status = "processed";
    r.documents.push_back(d);
  }
  Finding agree;
  agree.kind = "agreement";
  agree.values.push_back({"2024-06-25", {0, 1}, 2});  // uk-1#1, ru-1#1
  Finding conflict;
  conflict.kind = "contradiction";
  conflict.values.push_back({"2024-06-25", {0, 1}, 2});
  conflict.values.push_back({"2024-06-24", {2}, 1});  // ua-2#1
  r.findings = {agree, conflict};
  return r;
}

}  // namespace

TEST_CASE("the claim graph has sources, documents, claims, events and entities with typed edges", "[link][graph]") {
  RunResult r = SmallRun();
  REQUIRE(r.events.size() == 1);  // a day apart across outlets: one event with a disputed date
  link::ClaimGraph g = link::BuildClaimGraph(r.documents, r.claims, r.events, r.findings);
  std::map<std::string, int> kinds;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) kinds[g[*v].kind]++;
  CHECK(kinds["source"] == 4);  // three outlets and TASS, which two of them relay
  CHECK(kinds["document"] == 3);
  CHECK(kinds["claim"] == 3);
  CHECK(kinds["event"] == 1);
  CHECK(kinds["entity"] == 2);
  auto edges = EdgeKinds(g);
  CHECK(edges["published-by"] == 3);
  CHECK(edges["asserts"] == 3);
  CHECK(edges["about"] == 3);
  CHECK(edges["mentions"] == 6);
  CHECK(edges["cites"] == 2);
  CHECK(edges["agrees"] == 1);
  CHECK(edges["contradicts"] == 1);
}

TEST_CASE("graph.graphml and graph.dot carry kinds and labels", "[link][graph]") {
  RunResult r = SmallRun();
  std::string xml = report::GraphMl(r);
  CHECK(xml.find("attr.name=\"kind\"") != std::string::npos);
  CHECK(xml.find("for=\"edge\"") != std::string::npos);
  CHECK(xml.find(">cites<") != std::string::npos);
  CHECK(xml.find("source:TASS") != std::string::npos);
  std::string dot = report::GraphDot(r);
  CHECK(dot.rfind("digraph", 0) == 0);
  CHECK(dot.find("\"claim:uk-1#1\"") != std::string::npos);
  CHECK(dot.find("kind=contradicts") != std::string::npos);
}

TEST_CASE("graph.graphml is byte for byte what Boost's GraphML writer writes", "[link][graph]") {
  RunResult r = SmallRun();
  // Text that needs escaping, and a value of spaces only (Boost writes "&#32;" for its first one).
  r.documents[0].outlet = "ukrinform.ua";
  r.claims[0].outlet = "Ukrinform <\"Укрінформ\"> & Co's";
  r.claims[1].attributed_to = "ТАСС & 'RIA'";
  r.claims[2].lang = "   ";
  link::ClaimGraph g = link::BuildClaimGraph(r.documents, r.claims, r.events, r.findings);
  boost::dynamic_properties dp = link::GraphProperties(g);
  std::ostringstream boost_xml;
  boost::write_graphml(boost_xml, g, boost::get(boost::vertex_index, g), dp, true);
  std::string xml = report::GraphMl(r);
  CHECK(xml.find("&lt;&quot;Укрінформ&quot;&gt; &amp; Co&apos;s") != std::string::npos);
  CHECK(xml.find(">&#32;  </data>") != std::string::npos);
  CHECK(xml == boost_xml.str());
}

TEST_CASE("graph.graphml places the findings' edges as the graph with them lists them", "[link][graph]") {
  // The writer builds the graph without the agrees / contradicts edges (before the findings are
  // final) and writes each after its source's other out-edges: the file is the one Boost writes for
  // the graph that has them. Findings whose edges start at several claims, one of them added before
  // an edge of an earlier claim.
  RunResult r = SmallRun();
  r.claims.push_back(MakeClaim("it-1", 1, "ansa.it", "it", "call", {Belousov(), Austin()}, "2024-06-25"));
  r.events = link::LinkEvents(&r.claims);
  Finding agree;
  agree.kind = "agreement";
  agree.values.push_back({"2024-06-25", {3, 1, 0}, 3});  // it-1#1 → ru-1#1 → uk-1#1
  Finding conflict;
  conflict.kind = "contradiction";
  conflict.values.push_back({"2024-06-24", {2}, 1});
  conflict.values.push_back({"2024-06-25", {0, 1, 3}, 3});  // ua-2#1 → uk-1#1
  r.findings = {agree, conflict, r.findings[0]};
  link::ClaimGraph g = link::BuildClaimGraph(r.documents, r.claims, r.events, r.findings);
  CHECK(EdgeKinds(g)["agrees"] == 3);
  CHECK(EdgeKinds(g)["contradicts"] == 1);
  boost::dynamic_properties dp = link::GraphProperties(g);
  std::ostringstream boost_xml;
  boost::write_graphml(boost_xml, g, boost::get(boost::vertex_index, g), dp, true);
  CHECK(report::GraphMl(r) == boost_xml.str());
  // Prepared before the findings, written after.
  RunResult early = r;
  early.findings.clear();
  report::GraphMlWriter writer(early);
  early.findings = r.findings;
  CHECK(util::Collect([&](util::Sink* o) { writer.Write(o); }) == boost_xml.str());
}

TEST_CASE("an abridged claim graph leaves out the claims not shown and every edge to them", "[link][graph]") {
  RunResult r = SmallRun();
  // As for a huge run: only the claims of contradictions (here uk-1#1 and ua-2#1) are drawn.
  link::ClaimGraph g = link::BuildClaimGraph(r.documents, r.claims, r.events, r.findings, {true, false, true});
  std::map<std::string, int> kinds;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) kinds[g[*v].kind]++;
  CHECK(kinds["claim"] == 2);
  CHECK(kinds["event"] == 1);
  auto edges = EdgeKinds(g);
  CHECK(edges["asserts"] == 2);
  CHECK(edges["about"] == 2);
  CHECK(edges["mentions"] == 4);
  CHECK(edges["agrees"] == 0);       // uk-1#1 agrees with ru-1#1, which is not drawn
  CHECK(edges["contradicts"] == 1);  // uk-1#1 against ua-2#1
  for (auto [v, end] = boost::vertices(g); v != end; ++v)
    CHECK(link::VertexAttribute(g[*v], link::VertexAttr::kId) != "claim:ru-1#1");
}

TEST_CASE("claims sharing an id, and a document listed twice, are one vertex each", "[link][graph]") {
  RunResult r = SmallRun();
  // A second report of uk-1 with the same claim id (input that repeats a document), and the first
  // document listed again: the graph keys vertices by id, so neither adds a vertex.
  r.claims.push_back(r.claims[0]);
  r.documents.push_back(r.documents[0]);
  link::ClaimGraph g = link::BuildClaimGraph(r.documents, r.claims, r.events, r.findings);
  std::map<std::string, int> kinds, ids;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    kinds[g[*v].kind]++;
    ids[link::VertexAttribute(g[*v], link::VertexAttr::kId)]++;
  }
  CHECK(kinds["claim"] == 3);
  CHECK(kinds["document"] == 3);
  CHECK(kinds["source"] == 4);
  for (const auto& [id, n] : ids) CHECK(n == 1);
  auto edges = EdgeKinds(g);
  CHECK(edges["asserts"] == 4);        // uk-1 asserts its claim twice, as the input says
  CHECK(edges["published-by"] == 4);   // once per listed document
}
