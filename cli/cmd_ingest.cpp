// `annals ingest PATH...`: files, folders, JSONL, stdin -> the knowledge base.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "ingest.h"
#include "inputs.h"

namespace annals::cli {
namespace {

struct IngestFlags {
  std::vector<std::string> paths;
  std::string date;
  std::string outlet;
  std::string url;
  std::size_t jobs = 0;
};

// A one-line progress bar on stderr: documents, docs/s, MB/s, ETA.
class ProgressBar {
 public:
  void update(std::size_t done, std::size_t total, std::uint64_t bytes) {
    const double secs = elapsed();
    const double mbps = secs > 0 ? bytes / 1e6 / secs : 0;
    const double docs = secs > 0 ? done / secs : 0;
    const double eta = done > 0 ? secs * (total - done) / done : 0;
    const int width = 30;
    const int filled = total ? static_cast<int>(width * done / total) : width;
    std::fprintf(stderr, "\r[%-*s] %zu/%zu docs  %.0f docs/s  %.2f MB/s  ETA %.0fs ", width,
                 std::string(filled, '#').c_str(), done, total, docs, mbps, eta);
    if (done == total) std::fputc('\n', stderr);
  }
  double elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

int run_ingest(const GlobalOptions& global, const IngestFlags& flags) {
  std::error_code ec;
  if (std::filesystem::exists(global.db, ec) && !std::filesystem::is_directory(global.db, ec)) {
    print_error("--db " + global.db + ": is a file, not a knowledge base directory");
    return kExitError;
  }
  IngestOptions options;
  options.outlet = flags.outlet;
  options.url = flags.url;
  options.jobs = flags.jobs;
  if (!flags.date.empty()) {
    options.date = parse_day(flags.date);
    if (!options.date) {
      print_error("--date " + flags.date + ": not a valid date (want YYYY-MM-DD)");
      return kExitError;
    }
  }
  Inputs inputs = collect_inputs(flags.paths);
  const std::vector<InputItem>* items = &inputs.items;

  ProgressBar bar;
  const bool show_bar = isatty(STDERR_FILENO) && items->size() > 1;
  IngestCallbacks callbacks;
  callbacks.error = [&](const std::string& m) {
    if (show_bar) std::fputc('\n', stderr);
    print_error(m);
  };
  callbacks.warning = [&](const std::string& m) {
    if (!show_bar) std::fprintf(stderr, "annals: warning: %s\n", m.c_str());
  };
  if (show_bar)
    callbacks.progress = [&](std::size_t d, std::size_t t, std::uint64_t b) {
      bar.update(d, t, b);
    };

  // What could not be read is said first; the rest is ingested all the same.
  for (const std::string& e : inputs.errors) callbacks.error(e);
  for (const std::string& w : inputs.warnings) callbacks.warning(w);
  auto totals = ingest_all(global.db, *items, options, callbacks);
  if (!totals) {
    const std::string& m = totals.status().message();
    print_error(m.rfind(global.db, 0) == 0 ? m : global.db + ": " + m);
    return kExitError;
  }
  totals->failed += inputs.errors.size();
  totals->warnings += inputs.warnings.size();
  const double secs = bar.elapsed();
  std::printf(
      "ingested %llu documents (%llu unchanged, %llu replaced, %llu skipped, %llu failed), %.2f MB "
      "in %.2fs: %llu "
      "new events, "
      "%llu merged, %llu dates inferred, %llu warnings; the store took %.2f CPU s\n",
      static_cast<unsigned long long>(totals->documents),
      static_cast<unsigned long long>(totals->unchanged),
      static_cast<unsigned long long>(totals->replaced),
      static_cast<unsigned long long>(totals->skipped),
      static_cast<unsigned long long>(totals->failed), totals->bytes / 1e6, secs,
      static_cast<unsigned long long>(totals->events_new),
      static_cast<unsigned long long>(totals->events_merged),
      static_cast<unsigned long long>(totals->inferred_dates),
      static_cast<unsigned long long>(totals->warnings), totals->store_cpu_seconds);
  return totals->failed > 0 ? kExitError : kExitOk;
}

}  // namespace

void register_ingest(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Ingest articles: files, folders (recursively), .txt/.html/.jsonl, - for stdin");
  cmd->add_option("paths", flags->paths, "files or folders")->required();
  cmd->add_option("--date", flags->date, "document date YYYY-MM-DD (overrides the text's)");
  cmd->add_option("--outlet", flags->outlet, "outlet name for these documents");
  cmd->add_option("--url", flags->url,
                  "the page's address, when the input gives none (a date in it, e.g. "
                  "/2021/03/03/, can date the page)");
  cmd->add_option("-j,--jobs", flags->jobs,
                  "extraction threads (default: all cores); the result is the same for any");
  cmd->callback([&global, flags, exit_code] { *exit_code = run_ingest(global, *flags); });
}

}  // namespace annals::cli
