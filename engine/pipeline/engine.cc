// Run(): the whole batch pipeline. Documents stream through ingest → analyse → tag → assemble in
// batches processed by a pool of threads (order restored by input index, so output does not depend
// on the thread count); then link, verify and report run over the claims.
#include "crosscheck/engine.h"

#include <spdlog/spdlog.h>

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <chrono>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

#include "engine/analyse/analyser.h"
#include "engine/assemble/assembler.h"
#include "engine/ingest/cleaner.h"
#include "engine/ingest/manifest.h"
#include "engine/ingest/reader.h"
#include "engine/link/linker.h"
#include "engine/pipeline/doc_ids.h"
#include "engine/pipeline/rule_roots.h"
#include "engine/report/human_output.h"
#include "engine/report/json_output.h"
#include "engine/report/report_index.h"
#include "engine/tag/tagger.h"
#include "engine/tag/time_resolve.h"
#include "engine/util/fs.h"
#include "engine/util/parallel.h"
#include "engine/util/sink.h"
#include "engine/util/worker_pool.h"
#include "engine/verify/rule_engine.h"

namespace crosscheck {

const char* Version() { return CROSSCHECK_VERSION; }

namespace {

using Clock = std::chrono::steady_clock;
double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }
// CPU seconds the calling thread has used (unlike wall time, not inflated by a busy machine).
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Resident memory now, in MiB (Linux /proc; 0 elsewhere), for the --verbose stage log.
size_t RssMiB() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long pages = 0, rss = 0;
  int n = std::fscanf(f, "%lu %lu", &pages, &rss);
  std::fclose(f);
  return n == 2 ? rss * static_cast<size_t>(sysconf(_SC_PAGESIZE)) / (1024 * 1024) : 0;
}
// CPU seconds all threads of the process have used so far.
double ProcessCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
void LogStage(const char* stage, double seconds) {
  spdlog::debug("{} done in {:.2f}s; process CPU {:.2f}s; resident {} MiB", stage, seconds, ProcessCpuSeconds(), RssMiB());
}

// Everything loaded from rules/ once per run.
struct Stages {
  ingest::Manifest manifest;
  ingest::Cleaner cleaner;
  analyse::Analyser analyser;
  tag::Tagger tagger;
  assemble::Assembler assembler;
  verify::RuleEngine rules;
};

struct DocOutput {
  DocumentStatus status;
  std::vector<Claim> claims;
  double t_ingest = 0, t_analyse = 0, t_tag = 0, t_assemble = 0;
};

DocOutput ProcessOne(const Stages& st, ingest::RawDocument&& raw) {
  DocOutput out;
  auto t0 = Clock::now();
  DocumentStatus& s = out.status;
  s.id = raw.id;
  s.source = raw.source;
  s.line = raw.line;
  s.bytes = raw.text.size();
  auto doc = st.cleaner.Clean(std::move(raw), st.manifest);
  out.t_ingest = Since(t0);
  if (!doc.ok()) {
    s.status = "skipped";
    s.reason = doc.status().message();
    return out;
  }
  s.status = "processed";
  s.lang = doc->lang;
  s.lang_method = doc->lang_method;
  s.outlet = doc->outlet;
  s.published = doc->published ? doc->published->ToIso() : "";
  s.invalid_utf8 = doc->invalid_utf8;
  for (const Span& b : doc->body) s.body_bytes += b.size();
  auto t1 = Clock::now();
  analyse::Analysis analysis = st.analyser.Analyse(*doc);
  auto t2 = Clock::now();
  tag::TaggedDocument tagged = st.tagger.Tag(*doc, analysis);
  if (!doc->published) {  // the text's own dateline ("29 січня, 19:50", "Вчора, 25 червня")
    std::string method;
    if (auto p = tag::InferPublished(*doc, tagged, &method)) {
      doc->published = p;
      doc->published_method = method;
      s.published = p->ToIso();
      tag::ResolveTimes(*doc, &tagged);
    }
  }
  auto t3 = Clock::now();
  out.claims = st.assembler.Assemble(*doc, analysis, tagged);
  out.t_analyse = std::chrono::duration<double>(t2 - t1).count();
  out.t_tag = std::chrono::duration<double>(t3 - t2).count();
  out.t_assemble = Since(t3);
  s.claims = out.claims.size();
  return out;
}

// Reserves room for the claims and document statuses the inputs will likely give (about one of
// each per KB of input, from the sizes of the input files), so that collecting them does not copy
// the whole list each time it outgrows its buffer: a large run's lists run to hundreds of MB, and
// every regrowth touches fresh pages. Room never used costs address space only. Best effort:
// inputs that cannot be sized (standard input, unreadable paths) count for nothing. A folder is
// sized from the same listing the reader reads (util::ListFiles).
void ReserveForInputs(const std::vector<std::string>& inputs, RunResult* res) {
  namespace fs = std::filesystem;
  std::error_code ec;
  uintmax_t bytes = 0;
  auto add = [&](const std::string& path) {
    uintmax_t n = fs::file_size(path, ec);
    if (!ec) bytes += n;
  };
  for (const auto& in : inputs) {
    if (in == "-") continue;
    if (fs::is_regular_file(in, ec)) {
      add(in);
    } else if (fs::is_directory(in, ec)) {
      if (auto files = util::ListFiles(in, {}); files.ok())
        for (const std::string& f : *files) add(f);
    }
  }
  constexpr uintmax_t kMaxReserved = uintmax_t{1} << 22;  // claims or documents
  size_t n = static_cast<size_t>(std::min<uintmax_t>(bytes / 1024, kMaxReserved));
  res->claims.reserve(n);
  res->documents.reserve(n);
}

Status LoadStages(const RunOptions& opt, const std::vector<std::string>& roots, Stages* st) {
  if (!opt.manifest.empty()) {
    Status s = st->manifest.Load(opt.manifest);
    if (!s.ok()) return s;
  }
  for (Status s : {st->cleaner.Load(roots), st->analyser.Load(roots), st->tagger.Load(roots)})
    if (!s.ok()) return s;
  Status s = st->assembler.Load(roots, &st->tagger);
  if (!s.ok()) return s;
  return st->rules.Load(roots);
}

}  // namespace

Status Run(const RunOptions& opt, RunResult* res) {
  *res = RunResult();
  if (opt.inputs.empty()) return Status::InvalidArgument("no inputs given");
  auto t_load = Clock::now();
  auto roots = pipeline::RuleRoots(opt.shipped_rules, opt.rule_dirs);
  if (!roots.ok()) return roots.status();
  auto st = std::make_unique<Stages>();
  Status ls = LoadStages(opt, *roots, st.get());
  if (!ls.ok()) return ls;
  res->timings.push_back({"load_rules", Since(t_load)});

  int threads = opt.threads > 0 ? opt.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  double t_ingest = 0, t_analyse = 0, t_tag = 0, t_assemble = 0;
  auto t_docs = Clock::now();
  ReserveForInputs(opt.inputs, res);
  std::vector<ingest::RawDocument> batch;
  const size_t kBatch = 512;
  size_t next_index = 0;

  // A full batch is processed by the pool while this thread merges the previous batch's results and
  // reads and parses the next one (with more than one thread); results are merged in input order, so
  // output never depends on timing. The pool's threads serve every batch, so the stages' per-thread
  // memos last the whole run.
  std::vector<ingest::RawDocument> inflight;
  std::vector<DocOutput> outs;   // results of the batch in flight
  std::vector<DocOutput> done;   // results of the finished batch, merged while the next one runs
  pipeline::DocIds doc_ids;  // claimed in input order, as results are merged
  std::unique_ptr<util::WorkerPool> pool;
  if (threads > 1) pool = std::make_unique<util::WorkerPool>(threads);
  auto process_one = [&](size_t i) { outs[i] = ProcessOne(*st, std::move(inflight[i])); };
  auto merge_done = [&]() {
    for (auto& o : done) {
      t_ingest += o.t_ingest;
      t_analyse += o.t_analyse;
      t_tag += o.t_tag;
      t_assemble += o.t_assemble;
      res->input_bytes += o.status.bytes;
      doc_ids.Claim(&o.status, &o.claims);
      for (auto& c : o.claims) res->claims.push_back(std::move(c));
      res->documents.push_back(std::move(o.status));
    }
    if (!done.empty() && opt.progress) opt.progress(res->documents.size(), res->input_bytes);
    done.clear();
  };
  auto wait = [&]() {  // wait for the batch in flight; its results become `done`
    if (pool) pool->Wait();
    done.swap(outs);
    outs.clear();
    inflight.clear();
  };
  auto finish = [&]() {  // wait for the batch in flight and merge its results
    wait();
    merge_done();
  };
  auto flush = [&]() {  // hand the current batch over, then merge the previous one while it runs
    wait();
    if (!batch.empty()) {
      inflight.swap(batch);
      outs.resize(inflight.size());
      if (pool) {
        pool->Start(inflight.size(), process_one);
      } else {
        for (size_t i = 0; i < inflight.size(); ++i) process_one(i);
      }
    }
    merge_done();
  };

  Status read_status = ingest::ReadInputs(
      opt.inputs,
      [&](ingest::RawDocument&& raw) {
        ++next_index;
        batch.push_back(std::move(raw));
        if (batch.size() >= kBatch) flush();
      },
      [&](DocumentStatus&& skipped) {
        flush();  // keep input order in the summary
        finish();
        doc_ids.Claim(&skipped, nullptr);
        spdlog::warn("skipped {}: {}", skipped.id, skipped.reason);
        res->input_bytes += skipped.bytes;
        res->documents.push_back(std::move(skipped));
      });
  flush();
  finish();
  pool.reset();
  (void)read_status;  // missing inputs are listed as skipped documents
  double wall_docs = Since(t_docs);
  res->timings.push_back({"ingest", t_ingest});
  res->timings.push_back({"analyse", t_analyse});
  res->timings.push_back({"tag", t_tag});
  res->timings.push_back({"assemble", t_assemble});
  res->timings.push_back({"documents_wall", wall_docs});
  LogStage("documents", wall_docs);

  size_t processed = 0;
  for (const auto& d : res->documents) processed += d.status == "processed";
  if (processed == 0) {
    // Still account for every input: the summary lists each skipped document and why.
    if (!opt.out_dir.empty() && util::MakeDirs(opt.out_dir).ok())
      (void)util::WriteFileAtomic(opt.out_dir + "/summary.json", report::SummaryJson(*res, opt));
    return Status::InvalidArgument("no input document could be read (" + std::to_string(res->documents.size()) +
                                   " skipped; reasons in the log and in summary.json)");
  }

  // The outputs. Each is streamed to its file (through a temporary name) as it is written, so a large
  // run never holds a whole serialised output in memory. The writers only read the result, and each
  // reads only what is final when it starts: claims.jsonl and events.json need the claims and events
  // (final after link), the others the findings too. With more than one thread, a thread of its own
  // works while link and verify run (their serial steps and verify's last rules leave a core idle):
  // it prepares what the later writers would otherwise do before their first byte — the claim list
  // index; once link is done, graph.graphml's graph but for the findings' edges and the reports'
  // index but for the findings — then writes claims.jsonl and events.json. The others are written
  // side by side after verify, longest first. Every file is the same either way.
  const std::string& dir = opt.out_dir;
  const bool writing = !dir.empty();
  if (writing) {
    Status s = util::MakeDirs(dir);
    if (!s.ok()) return s;
  }
  using Render = std::function<void(util::Sink*)>;
  struct Output {
    std::string file;
    Render render;
    bool needs_findings;
  };
  // Each shared piece is built by whichever asks first (the early thread, or a writer).
  // The two human-readable reports share one index of the result; its findings are indexed once
  // they are final, by the first report written.
  std::once_flag index_once, index_findings_once;
  std::unique_ptr<report::ReportIndex> index;
  auto index_without_findings = [&]() -> report::ReportIndex& {
    std::call_once(index_once, [&] { index = std::make_unique<report::ReportIndex>(*res, report::ReportIndex::WithoutFindings{}); });
    return *index;
  };
  auto shared_index = [&]() -> const report::ReportIndex& {  // only once the findings are final
    report::ReportIndex& i = index_without_findings();
    std::call_once(index_findings_once, [&] { i.IndexFindings(); });
    return i;
  };
  // events.json and findings.json share one index of the claims they list.
  std::once_flag claim_list_once;
  std::unique_ptr<report::ClaimListIndex> claim_list;
  auto shared_claim_list = [&]() -> const report::ClaimListIndex& {
    std::call_once(claim_list_once, [&] { claim_list = std::make_unique<report::ClaimListIndex>(res->claims); });
    return *claim_list;
  };
  std::once_flag graph_once;
  std::unique_ptr<report::GraphMlWriter> graph;
  auto graph_writer = [&]() -> report::GraphMlWriter& {
    std::call_once(graph_once, [&] { graph = std::make_unique<report::GraphMlWriter>(*res); });
    return *graph;
  };
  std::vector<Output> files = {
      {"report.html", [&](util::Sink* o) { report::WriteHtmlReport(shared_index(), o); }, true},
      {"graph.graphml", [&](util::Sink* o) { graph_writer().Write(o); }, true},
      {"report.md", [&](util::Sink* o) { report::WriteMarkdownReport(shared_index(), o); }, true},
      {"claims.jsonl", [&](util::Sink* o) { report::WriteClaimsJsonl(res->claims, o); }, false},
      {"findings.json", [&](util::Sink* o) { report::WriteFindingsJson(res->findings, shared_claim_list(), o); }, true},
      {"events.json", [&](util::Sink* o) { report::WriteEventsJson(res->events, shared_claim_list(), o); }, false},
  };
  if (opt.graph_format == "dot") files.push_back({"graph.dot", [&](util::Sink* o) { report::WriteGraphDot(*res, o); }, true});
  auto write = [&](const std::string& name, const Render& render, size_t* bytes = nullptr) {
    util::OutputFile f;
    Status os = f.Open(dir + "/" + name);
    if (!os.ok()) return os;
    render(&f);
    if (bytes) *bytes = f.bytes();
    return f.Commit();
  };
  std::vector<Status> written(files.size());
  res->outputs.assign(files.size(), OutputTiming());
  auto write_output = [&](size_t i) {  // files[i], timed into res->outputs[i]
    auto t_file = Clock::now();
    double cpu = ThreadCpuSeconds();
    OutputTiming& timing = res->outputs[i];
    written[i] = write(files[i].file, files[i].render, &timing.bytes);
    timing.file = files[i].file;
    timing.seconds = Since(t_file);
    timing.cpu_seconds = ThreadCpuSeconds() - cpu;
    LogStage(files[i].file.c_str(), timing.seconds);
  };
  std::vector<size_t> early, late;  // indexes into files, in list order
  for (size_t i = 0; i < files.size(); ++i) (files[i].needs_findings ? late : early).push_back(i);
  // The files written after verify, longest first, so that the last one to finish is short: with
  // the graph built ahead, graph.graphml takes less than report.md.
  auto late_rank = [&](size_t i) {
    const std::string& f = files[i].file;
    return f == "report.html" ? 0 : f == "report.md" ? 1 : f == "graph.graphml" ? 2 : 3;
  };
  std::stable_sort(late.begin(), late.end(), [&](size_t a, size_t b) { return late_rank(a) < late_rank(b); });
  auto write_early = [&] {
    for (size_t i : early) write_output(i);
  };
  // The claim list index reads only what link leaves as it is (ids, documents, outlets): the early
  // thread builds it while link runs (link's serial steps leave a core idle), then waits for link.
  std::promise<void> linked;
  std::shared_future<void> link_done = linked.get_future().share();
  std::thread early_writer;
  if (writing && threads > 1)
    early_writer = std::thread([&] {
      shared_claim_list();
      link_done.wait();
      graph_writer();
      index_without_findings();
      write_early();
    });

  auto t_link = Clock::now();
  link::LinkOptions link_opt;
  link_opt.threads = threads;
  link_opt.published.reserve(res->documents.size());  // built whole before link, never rehashed
  for (const auto& d : res->documents)
    if (auto p = d.published.empty() ? std::nullopt : PartialDate::ParseIso(d.published)) link_opt.published[d.id] = *p;
  res->events = link::LinkEvents(&res->claims, link_opt);
  res->timings.push_back({"link", Since(t_link)});
  LogStage("link", res->timings.back().seconds);
  linked.set_value();

  auto t_verify = Clock::now();
  verify::RunView view{&res->documents, &res->claims, &res->events, threads};
  res->findings = st->rules.Check(view);
  for (const auto& f : res->findings) res->findings_by_kind[f.kind]++;
  res->timings.push_back({"verify", Since(t_verify)});
  LogStage("verify", res->timings.back().seconds);
  if (!writing) return Status::OK();

  // "report": from the end of verify until every output is written.
  auto t_report = Clock::now();
  if (!early_writer.joinable()) write_early();
  util::ForEachIndex(late.size(), std::min(threads, 2), [&](size_t k) { write_output(late[k]); });
  if (early_writer.joinable()) early_writer.join();
  for (const Status& w : written)
    if (!w.ok()) return w;
  res->timings.push_back({"report", Since(t_report)});
  return write("summary.json", [&](util::Sink* o) { report::WriteSummaryJson(*res, opt, o); });
}

}  // namespace crosscheck
