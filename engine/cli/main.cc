// crosscheck: the command line. A thin layer over crosscheck::Run; exit codes 0 ok, 1 findings at
// or above --fail-on, 2 usage, input or rule errors.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>

#include "crosscheck/engine.h"
#include "engine/cli/allocator.h"
#include "engine/cli/commands.h"
#include "engine/report/run_summary.h"

namespace {

void SetupLogging(bool quiet, bool verbose) {
  auto logger = spdlog::stderr_color_mt("crosscheck");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("%^%l%$: %v");
  spdlog::set_level(quiet ? spdlog::level::err : verbose ? spdlog::level::debug : spdlog::level::info);
}

// A progress line on stderr, only on a terminal, only once a run has lasted a couple of seconds.
void AttachProgress(crosscheck::RunOptions* opt, bool quiet) {
  if (quiet || !::isatty(STDERR_FILENO)) return;
  auto start = std::chrono::steady_clock::now();
  auto last = start;
  opt->progress = [start, last](size_t docs, size_t bytes) mutable {
    auto now = std::chrono::steady_clock::now();
    double elapsed = std::chrono::duration<double>(now - start).count();
    if (elapsed < 2.0 || std::chrono::duration<double>(now - last).count() < 0.5) return;
    last = now;
    std::fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s   ", docs, bytes / 1e6, bytes / 1e6 / elapsed);
    std::fflush(stderr);
  };
}

int RunCommand(crosscheck::RunOptions opt, const std::string& fail_on, const std::string& format, bool quiet) {
  AttachProgress(&opt, quiet);
  crosscheck::RunResult res;
  crosscheck::Status s = crosscheck::Run(opt, &res);
  if (opt.progress) std::fprintf(stderr, "\r\033[K");
  if (!s.ok()) {
    spdlog::error("{}", s.message());
    return 2;
  }
  size_t processed = 0;
  for (const auto& d : res.documents) processed += d.status == "processed";
  int rc = crosscheck::report::CountFailing(res, fail_on) > 0 ? 1 : 0;
  if (format == "json") {
    std::fputs(crosscheck::report::RunSummaryJson(res, opt, fail_on, rc).c_str(), stdout);
  } else {
    spdlog::info("{} documents ({} processed), {} claims, {} events, {} findings → {}", res.documents.size(),
                 processed, res.claims.size(), res.events.size(), res.findings.size(), opt.out_dir);
  }
  // Every output is committed and the summary printed: leave without freeing the run's claims,
  // events and findings one by one (0.05 s at 100k documents, more on large runs); the OS takes the
  // memory back at once.
  std::fflush(nullptr);
  std::_Exit(rc);
}

}  // namespace

int main(int argc, char** argv) {
  crosscheck::cli::TuneAllocator();
  CLI::App app{"crosscheck: cross-verifies claims across news reports"};
  app.require_subcommand(1);
  app.fallthrough();  // --quiet/--verbose also after the subcommand: `crosscheck run X --quiet`
  bool quiet = false, verbose = false;
  app.add_flag("-q,--quiet", quiet, "Only errors on stderr");
  app.add_flag("-v,--verbose", verbose, "Debug logging on stderr");

  crosscheck::RunOptions opt;
  std::string fail_on, format = "text";
  auto* run = app.add_subcommand("run", "Extract, link and check claims in INPUTS; write reports to --out");
  run->add_option("inputs", opt.inputs, "Files, folders (recursive) or - for JSONL on stdin")->required();
  run->add_option("--manifest", opt.manifest, "Manifest JSON with per-document metadata")->check(CLI::ExistingFile);
  run->add_option("--rules", opt.rule_dirs, "Extra rules folder (repeatable; later overrides earlier)");
  run->add_flag("!--no-shipped-rules", opt.shipped_rules, "Do not load the shipped rules");
  run->add_option("--out", opt.out_dir, "Output folder")->capture_default_str();
  run->add_option("--threads", opt.threads, "Worker threads (0 = all cores)")->check(CLI::NonNegativeNumber);
  run->add_option("--fail-on", fail_on, "Exit 1 when a contradiction or anomaly at or above this severity is found")
      ->check(CLI::IsMember({"info", "low", "medium", "high"}));
  run->add_option("--graph", opt.graph_format, "Also write the graph as: dot")->check(CLI::IsMember({"graphml", "dot"}));
  run->add_option("--format", format, "Summary on stdout: text or json")->check(CLI::IsMember({"text", "json"}));

  app.add_subcommand("version", "Print the version");
  crosscheck::cli::Command rules_cmd = crosscheck::cli::AddRulesCommand(app);
  crosscheck::cli::Command explain_cmd = crosscheck::cli::AddExplainCommand(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  SetupLogging(quiet, verbose);
  if (app.got_subcommand("version")) {
    std::printf("crosscheck %s\n", crosscheck::Version());
    return 0;
  }
  if (app.got_subcommand("run")) return RunCommand(opt, fail_on, format, quiet);
  if (app.got_subcommand("rules")) return rules_cmd();
  if (app.got_subcommand("explain")) return explain_cmd();
  return 2;
}
