// annals-te3-events-score GOLD_DIR SYSTEM_DIR: the TempEval-3 Task B event
// scores (event F1 over overlapping spans, strict F1, class F1) of a folder
// of system .tml files against the gold folder (files paired by name). Exit
// 0 when scored, 2 on any error (missing file, malformed TimeML, TEXT that
// differs from the gold TEXT).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "annals/timeml.h"
#include "te3_events.h"
#include "te3_pairs.h"

namespace fs = std::filesystem;
using annals::te3::ScoredTimex;

namespace {

constexpr int kExitError = 2;

void print_error(const std::string& message) {
  std::cerr << "annals-te3-events-score: error: " << message << "\n";
}

// One line per gold and system event (correct ones too), for a person
// tuning the event finder on a development set.
void print_details(const std::string& name, const std::vector<ScoredTimex>& gold,
                   const std::vector<ScoredTimex>& system) {
  const auto pairs = annals::te3::align(gold, system);
  std::vector<bool> system_paired(system.size(), false);
  auto show = [](const ScoredTimex& e) { return "\"" + e.surface + "\" " + e.type; };
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (!pairs[g]) {
      std::cout << name << "\tmissed\t" << show(gold[g]) << "\n";
      continue;
    }
    const ScoredTimex& s = system[*pairs[g]];
    system_paired[*pairs[g]] = true;
    if (s.type != gold[g].type)
      std::cout << name << "\tclass\tgold " << show(gold[g]) << "\tsystem " << show(s) << "\n";
    else if (s.surface != gold[g].surface)
      std::cout << name << "\textent\tgold " << show(gold[g]) << "\tsystem " << show(s) << "\n";
    else
      std::cout << name << "\tcorrect\t" << show(s) << "\n";
  }
  for (std::size_t s = 0; s < system.size(); ++s)
    if (!system_paired[s]) std::cout << name << "\tspurious\t" << show(system[s]) << "\n";
}

void print_report(const annals::te3::Counts& c, std::size_t documents) {
  using annals::te3::percent;
  const auto r = annals::te3::event_scores(c);
  std::printf("TempEval-3 Task B (events), %zu documents\n", documents);
  std::printf("%-10s %8s %8s %8s\n", "", "F1", "P", "R");
  std::printf("%-10s %8s %8s %8s\n", "event", percent(r.f1).c_str(), percent(r.precision).c_str(),
              percent(r.recall).c_str());
  std::printf("%-10s %8s\n", "strict", percent(r.strict_f1).c_str());
  std::printf("%-10s %8s\n", "class", percent(r.class_f1).c_str());
  std::printf("counts: G=%zu S=%zu m=%zu s=%zu c=%zu\n", c.gold, c.system, c.matched, c.strict,
              c.type);
}

void print_tsv(const annals::te3::Counts& c) {
  using annals::te3::percent;
  const auto r = annals::te3::event_scores(c);
  std::printf("event_f1\tevent_p\tevent_r\tstrict_f1\tclass_f1\tG\tS\tm\ts\tc\n");
  std::printf("%s\t%s\t%s\t%s\t%s\t%zu\t%zu\t%zu\t%zu\t%zu\n", percent(r.f1).c_str(),
              percent(r.precision).c_str(), percent(r.recall).c_str(), percent(r.strict_f1).c_str(),
              percent(r.class_f1).c_str(), c.gold, c.system, c.matched, c.strict, c.type);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"TempEval-3 Task B event scorer (event, strict and class F1)",
               "annals-te3-events-score"};
  std::string gold_dir, system_dir;
  bool details = false, tsv = false;
  app.add_option("GOLD_DIR", gold_dir, "folder of gold .tml files")->required();
  app.add_option("SYSTEM_DIR", system_dir, "folder of system .tml files, same names")->required();
  app.add_flag("--details", details,
               "also list every event: correct, missed, spurious, class or extent error");
  app.add_flag("--tsv", tsv, "print the figures as one tab-separated row with a header");
  CLI11_PARSE(app, argc, argv);

  annals::te3::Counts total;
  auto documents =
      annals::te3::for_each_pair(gold_dir, system_dir, [&](const annals::te3::DocumentPair& p) {
        const auto gold_events = annals::te3::scored_events(p.gold);
        const auto system_events = annals::te3::scored_events(p.system);
        total += annals::te3::count(gold_events, system_events);
        if (details) print_details(p.name, gold_events, system_events);
      });
  if (!documents.ok()) {
    print_error(documents.status().message());
    return kExitError;
  }
  if (tsv)
    print_tsv(total);
  else
    print_report(total, *documents);
  return 0;
}
