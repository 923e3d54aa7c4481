// `annals query`, `annals run` and `annals repl`.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.h"
#include "junit.h"
#include "query_frontend.h"
#include "repl.h"

namespace annals::cli {
namespace {

struct QueryArgs {
  std::string text;
  std::vector<std::string> files;
  std::string format = "table";
  std::string junit;
  std::optional<double> timeout_seconds;
  std::optional<std::uint64_t> max_tuples;
  unsigned threads = 1;
};

FrontendOptions frontend_options(const GlobalOptions& global, const QueryArgs& args) {
  FrontendOptions options;
  options.format = parse_output_format(args.format).value_or(OutputFormat::kTable);
  options.style.width = terminal_width(STDOUT_FILENO);
  options.style.color = global.color;
  options.timeout_seconds = args.timeout_seconds;
  options.max_tuples = args.max_tuples;
  options.threads = args.threads;
  return options;
}

int exit_code_of(const RunOutcome& outcome) {
  if (!outcome.errors.empty() || outcome.interrupted) return kExitError;
  return outcome.failed() > 0 ? kExitExpectationFailed : kExitOk;
}

int run_query(const GlobalOptions& global, const QueryArgs& args) {
  auto store = open_knowledge_base(global.db);
  if (!store.ok()) {
    print_error(store.status().message());
    return kExitError;
  }
  QueryFrontend frontend(store->get(), nullptr, frontend_options(global, args), std::cout,
                         std::cerr);
  RunOutcome outcome;
  frontend.run_source(as_query_text(args.text), "<query>", outcome);
  std::cout.flush();
  return exit_code_of(outcome);
}

void print_summary(const RunOutcome& total, std::size_t files) {
  if (total.expectations.empty()) return;
  std::cerr << total.expectations.size() << " expectations in " << files
            << (files == 1 ? " file: " : " files: ") << total.expectations.size() - total.failed()
            << " held, " << total.failed() << " failed\n";
}

int run_files(const GlobalOptions& global, const QueryArgs& args) {
  auto store = open_knowledge_base(global.db);
  if (!store.ok()) {
    print_error(store.status().message());
    return kExitError;
  }
  FrontendOptions options = frontend_options(global, args);
  options.table_headings = true;
  // One session for all files: rules of an earlier file serve later ones,
  // as if the files were concatenated.
  QueryFrontend frontend(store->get(), nullptr, options, std::cout, std::cerr);
  RunOutcome total;
  std::vector<JunitSuite> suites;
  for (const auto& file : args.files) {
    RunOutcome outcome;
    const auto start = std::chrono::steady_clock::now();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
      // One missing file is an error of its own; the other files still run.
      outcome.errors.push_back("cannot read " + file + ": no such file");
      print_error(outcome.errors.back());
    } else {
      frontend.run_file(file, outcome);
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    JunitSuite suite{file, elapsed.count(), {}, std::nullopt};
    for (const auto& e : outcome.expectations) {
      suite.cases.push_back({e.text, e.line, 0.0, std::nullopt});
      if (!e.passed) suite.cases.back().failure = e.found;
    }
    if (!outcome.errors.empty()) suite.error = outcome.errors.front();
    suites.push_back(std::move(suite));
    total.expectations.insert(total.expectations.end(), outcome.expectations.begin(),
                              outcome.expectations.end());
    total.errors.insert(total.errors.end(), outcome.errors.begin(), outcome.errors.end());
    if (frontend.quit_requested()) break;
  }
  std::cout.flush();
  print_summary(total, suites.size());
  if (!args.junit.empty()) {
    const Status written = write_junit(args.junit, suites);
    if (!written.ok()) {
      print_error(written.message());
      return kExitError;
    }
  }
  return exit_code_of(total);
}

void add_format_option(CLI::App* command, QueryArgs& args) {
  command
      ->add_option("--format", args.format, "answer tables as " + std::string(kOutputFormatNames))
      ->check(CLI::IsMember({"table", "csv", "tsv", "json"}))
      ->capture_default_str();
}

void add_limit_options(CLI::App* command, QueryArgs& args) {
  command
      ->add_option("--timeout", args.timeout_seconds,
                   "stop a statement after SECONDS (wall clock), naming the rule it was in")
      ->type_name("SECONDS")
      ->check(CLI::Range(0.001, 1e6));
  command
      ->add_option("--max-tuples", args.max_tuples,
                   "stop a statement that derives more than N tuples (default 50000000)")
      ->type_name("N")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 40));
  command
      ->add_option("--threads", args.threads,
                   "evaluate a recursion that splits by a carried column (reach(X, Z) :- "
                   "reach(X, Y), edge(Y, Z)) on 1 or 2 threads")
      ->check(CLI::Range(1u, 2u))
      ->capture_default_str();
}

}  // namespace

void register_query(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto args = std::make_shared<QueryArgs>();

  CLI::App* query = app.add_subcommand("query", "Answer one query (or a few statements)");
  query->add_option("QUERY", args->text, "e.g. 'event(E, confirm), agent(E, A).'")->required();
  add_format_option(query, *args);
  add_limit_options(query, *args);
  query->callback([&global, args, exit_code] { *exit_code = run_query(global, *args); });

  CLI::App* run = app.add_subcommand(
      "run", "Run batch query files; exit 1 when an expectation fails, 2 on an error");
  run->add_option("FILES", args->files, "query files (.dl)")->required();
  add_format_option(run, *args);
  add_limit_options(run, *args);
  run->add_option("--junit", args->junit, "also write a JUnit XML report to this file");
  run->callback([&global, args, exit_code] { *exit_code = run_files(global, *args); });

  CLI::App* repl = app.add_subcommand(
      "repl", "Interactive queries (reads statements from stdin when it is not a terminal)");
  repl->callback([&global, exit_code] { *exit_code = run_repl(global); });
}

}  // namespace annals::cli
