// annals-eventtime-score GOLD.tab SYSTEM.tsv [--verbose]: scores event dates
// against the TimeBank event-time annotations (../shared/eventtime). Only
// the documents that appear in SYSTEM.tsv are scored; a gold event of such a
// document with no system line counts as wrong. Prints exact and relaxed
// accuracy. Exit 0 when scored, 2 on error.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "eventtime_score.h"

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, '\t')) out.push_back(cell);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores event dates against the TimeBank event-time annotations"};
  std::string gold_path, system_path;
  bool verbose = false;
  app.add_option("GOLD", gold_path, "event-times_normalized.tab")->required();
  app.add_option("SYSTEM", system_path, "doc<TAB>eid<TAB>label lines")->required();
  app.add_flag("--verbose", verbose, "print every event that is not an exact match");
  CLI11_PARSE(app, argc, argv);

  std::ifstream system_in(system_path);
  if (!system_in) {
    std::fprintf(stderr, "annals-eventtime-score: error: %s: cannot open\n", system_path.c_str());
    return 2;
  }
  std::map<std::pair<std::string, std::string>, std::string> system;
  std::set<std::string> docs;
  for (std::string line; std::getline(system_in, line);) {
    const auto cells = split_tabs(line);
    if (cells.size() < 3) continue;
    system[{cells[0], cells[1]}] = cells[2];
    docs.insert(cells[0]);
  }
  std::ifstream gold_in(gold_path);
  if (!gold_in) {
    std::fprintf(stderr, "annals-eventtime-score: error: %s: cannot open\n", gold_path.c_str());
    return 2;
  }
  std::size_t total = 0, exact = 0, relaxed = 0;
  for (std::string line; std::getline(gold_in, line);) {
    const auto cells = split_tabs(line);
    if (cells.size() < 8 || !docs.count(cells[0])) continue;
    ++total;
    const auto it = system.find({cells[0], cells[4]});
    const std::string label = it == system.end() ? "" : it->second;
    const bool is_exact = !label.empty() && annals::eventtime::exact_match(label, cells[7]);
    exact += is_exact;
    relaxed += !label.empty() && annals::eventtime::consistent(label, cells[7]);
    if (verbose && !is_exact)
      std::printf("%s\t%s\tgold %s\tsystem %s\n", cells[0].c_str(), cells[4].c_str(),
                  cells[7].c_str(), label.empty() ? "(none)" : label.c_str());
  }
  if (total == 0) {
    std::fprintf(stderr,
                 "annals-eventtime-score: error: no gold events for the system's documents\n");
    return 2;
  }
  std::printf("events %zu  exact %.1f%% (%zu)  relaxed %.1f%% (%zu)\n", total,
              100.0 * exact / total, exact, 100.0 * relaxed / total, relaxed);
  return 0;
}
