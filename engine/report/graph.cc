// graph.graphml and graph.dot: the ClaimGraph (engine/link/claim_graph.h), so node/edge attributes
// (kind, label, outlet, lang, date; edge kind) load in Gephi, yEd, Cytoscape and Graphviz. The dot
// file is written by Boost.Graph's own writer; graph.graphml by WriteGraphMl below, byte for byte
// what boost::write_graphml writes for the same properties (tests/link/claim_graph_test.cc compares
// the two) at a fraction of the cost: Boost's writer goes through a dynamic_cast and a string stream
// per value, which made graph.graphml the slowest output of a 100k-document run.
#include <boost/graph/graphviz.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/link/claim_graph.h"
#include "engine/report/human_output.h"
#include "engine/report/report_text.h"

namespace crosscheck::report {

using namespace std::string_view_literals;

namespace {

// The graph of a run but for its findings' edges. For a huge run, the documents it shows are copied
// into *abridged_documents, which the graph refers to: it must outlive the graph.
std::unique_ptr<link::ClaimGraphBuilder> Builder(const RunResult& r, std::vector<DocumentStatus>* abridged_documents) {
  if (!GraphAbridged(r)) return std::make_unique<link::ClaimGraphBuilder>(r.documents, r.claims, r.events);
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
  std::vector<DocumentStatus>& documents = *abridged_documents;
  for (const auto& d : r.documents)
    if (docs.count(d.id)) documents.push_back(d);
  spdlog::info("graph.graphml abridged: {} of {} claims (those in contradictions and anomalies), {} of {} documents",
               kept, r.claims.size(), documents.size(), r.documents.size());
  return std::make_unique<link::ClaimGraphBuilder>(documents, r.claims, r.events, shown);
}

// The text of a GraphML <data> element, escaped as Boost's writer escapes it
// (property_tree::xml_parser::encode_char_entities): the five XML entities, and a value of spaces
// only starts with "&#32;" so that it survives a round trip.
void AppendXmlText(std::string* out, std::string_view s) {
  if (s.empty()) return;
  if (s.front() == ' ' && s.find_first_not_of(' ') == std::string_view::npos) {
    out->append("&#32;").append(s.size() - 1, ' ');
    return;
  }
  AppendXmlEscaped(out, s, "&apos;");
}

// The file is handed to the sink in pieces of about this size.
constexpr size_t kGraphDrainBytes = 1 << 18;

// Pieces of the file made of a static kind name (GraphVertex::kind, GraphEdge::kind: a handful of
// string literals), worked out once per name and kept by its address: a 100k run has a million
// edges, each of which ends in its kind.
class KindPieces {
 public:
  // `before`, the kind escaped, then `after`.
  KindPieces(std::string_view before, std::string_view after) : before_(before), after_(after) {}
  const std::string& Of(const char* kind) {
    for (const auto& [k, piece] : pieces_)
      if (k == kind) return piece;
    std::string piece(before_);
    AppendXmlText(&piece, kind);
    piece.append(after_);
    return pieces_.emplace_back(kind, std::move(piece)).second;
  }

 private:
  std::string_view before_, after_;
  std::vector<std::pair<const char*, std::string>> pieces_;
};

}  // namespace

bool GraphAbridged(const RunResult& r) { return r.claims.size() > kGraphMaxClaims; }

namespace {

// The GraphML of g with `extra` (edges sorted by source, stably) after each vertex's out-edges.
void WriteGraph(const link::ClaimGraph& g, const std::vector<link::ClaimGraphBuilder::FindingEdge>& extra,
                util::Sink* sink) {
  // The keys as boost::write_graphml numbers them for link::GraphProperties(): by property name, the node
  // "kind" before the edge one.
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"key0\" for=\"node\" attr.name=\"date\" attr.type=\"string\" />\n"
      "  <key id=\"key1\" for=\"node\" attr.name=\"kind\" attr.type=\"string\" />\n"
      "  <key id=\"key2\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\" />\n"
      "  <key id=\"key3\" for=\"node\" attr.name=\"label\" attr.type=\"string\" />\n"
      "  <key id=\"key4\" for=\"node\" attr.name=\"lang\" attr.type=\"string\" />\n"
      "  <key id=\"key5\" for=\"node\" attr.name=\"node_id\" attr.type=\"string\" />\n"
      "  <key id=\"key6\" for=\"node\" attr.name=\"outlet\" attr.type=\"string\" />\n"
      "  <graph id=\"G\" edgedefault=\"directed\" parse.nodeids=\"canonical\" parse.edgeids=\"canonical\" "
      "parse.order=\"nodesfirst\">\n";
  out.reserve(2 * kGraphDrainBytes);
  auto drain = [&] {
    if (out.size() < kGraphDrainBytes) return;
    sink->Append(out);
    out.clear();
  };
  // `open` is the element's start tag up to its text: `      <data key="keyN">`.
  auto data = [&](std::string_view open, std::string_view value) {
    out.append(open);
    AppendXmlText(&out, value);
    out.append("</data>\n"sv);
  };
  std::string value;  // one attribute at a time, in a buffer that is reused
  auto attribute = [&](std::string_view open, const link::GraphVertex& x, link::VertexAttr a) {
    value.clear();
    link::AppendVertexAttribute(x, a, &value);
    data(open, value);
  };
  KindPieces vertex_kind("      <data key=\"key1\">", "</data>\n");
  KindPieces edge_kind("", "</data>\n    </edge>\n");
  // A start tag with its numbers, put together in `tag` and appended at once (a million edges).
  char tag[160];
  char* t = tag;
  auto put = [&](std::string_view s) { t = std::copy(s.begin(), s.end(), t); };
  auto number = [&](size_t n) { t = std::to_chars(t, tag + sizeof tag, n).ptr; };
  const size_t n = boost::num_vertices(g);
  for (size_t v = 0; v < n; ++v) {
    const link::GraphVertex& x = g[v];
    t = tag;
    put("    <node id=\"n"sv);
    number(v);
    put("\">\n"sv);
    out.append(tag, static_cast<size_t>(t - tag));
    attribute("      <data key=\"key0\">"sv, x, link::VertexAttr::kDate);
    out.append(vertex_kind.Of(x.kind));
    attribute("      <data key=\"key3\">"sv, x, link::VertexAttr::kLabel);
    attribute("      <data key=\"key4\">"sv, x, link::VertexAttr::kLang);
    attribute("      <data key=\"key5\">"sv, x, link::VertexAttr::kId);
    attribute("      <data key=\"key6\">"sv, x, link::VertexAttr::kOutlet);
    out.append("    </node>\n"sv);
    drain();
  }
  size_t edge = 0;
  auto write_edge = [&](size_t source, size_t target, const char* kind) {
    t = tag;
    put("    <edge id=\"e"sv);
    number(edge++);
    put("\" source=\"n"sv);
    number(source);
    put("\" target=\"n"sv);
    number(target);
    put("\">\n      <data key=\"key2\">"sv);
    out.append(tag, static_cast<size_t>(t - tag));
    out.append(edge_kind.Of(kind));
    drain();
  };
  // boost::edges(g) order: by source vertex, each vertex's out-edges in the order they were added.
  size_t k = 0;  // into extra
  for (size_t v = 0; v < n; ++v) {
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) write_edge(v, boost::target(*e, g), g[*e].kind);
    for (; k < extra.size() && extra[k].source == v; ++k) write_edge(v, extra[k].target, extra[k].kind);
  }
  out.append("  </graph>\n</graphml>\n"sv);
  sink->Append(out);
}

}  // namespace

// The graph but for the findings' edges, and what it refers to.
struct GraphMlWriter::Prepared {
  explicit Prepared(const RunResult& r) : builder(Builder(r, &abridged_documents)), graph(builder->Build()) {
    builder->ReleaseLists();  // the graph holds what they held; the later outputs reuse their memory
  }
  std::vector<DocumentStatus> abridged_documents;
  std::unique_ptr<link::ClaimGraphBuilder> builder;
  link::ClaimGraph graph;
};

GraphMlWriter::GraphMlWriter(const RunResult& r) : r_(r) {
  if (!GraphAbridged(r)) prepared_ = std::make_unique<Prepared>(r);
}

GraphMlWriter::~GraphMlWriter() = default;

void GraphMlWriter::Write(util::Sink* sink) {
  if (!prepared_) prepared_ = std::make_unique<Prepared>(r_);  // abridged: shows what the findings name
  // The findings' edges go after the other out-edges of their source, in the order they are added
  // (as the graph with them would list them).
  std::vector<link::ClaimGraphBuilder::FindingEdge> extra = prepared_->builder->FindingEdges(r_.findings);
  std::stable_sort(extra.begin(), extra.end(), [](const auto& a, const auto& b) { return a.source < b.source; });
  WriteGraph(prepared_->graph, extra, sink);
}

void WriteGraphMl(const RunResult& r, util::Sink* sink) { GraphMlWriter(r).Write(sink); }

void WriteGraphDot(const RunResult& r, util::Sink* sink) {
  std::vector<DocumentStatus> abridged_documents;
  std::unique_ptr<link::ClaimGraphBuilder> builder = Builder(r, &abridged_documents);
  builder->AddFindings(r.findings);
  link::ClaimGraph g = builder->Build();
  boost::dynamic_properties dp = link::GraphProperties(g);
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
