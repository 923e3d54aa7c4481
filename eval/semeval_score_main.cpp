// annals-semeval-score [--ord] [--verbose] GOLD_DIR SYSTEM_DIR [GOLD_DIR SYSTEM_DIR ...]:
// SemEval-2015 Task 4 timeline scores. Each gold folder is scored against its
// system folder (a gold file with no system file is skipped, as the official
// script does); one line per pair, then the micro-average over all of them.
// Exit 0 when scored, 2 on error.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "semeval_score.h"

namespace fs = std::filesystem;
using annals::semeval::TimelineCounts;

namespace {

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

void print_scores(const std::string& label, const std::vector<TimelineCounts>& counts) {
  const auto s = annals::semeval::micro_average(counts);
  TimelineCounts sum;
  for (const auto& c : counts) {
    sum.prec_matched += c.prec_matched;
    sum.system_relations += c.system_relations;
    sum.rec_matched += c.rec_matched;
    sum.gold_relations += c.gold_relations;
  }
  std::printf("%-28s P %7.4f  R %7.4f  F1 %7.4f   (%zu/%zu, %zu/%zu, %zu timelines)\n",
              label.c_str(), s.precision, s.recall, s.f1, sum.prec_matched, sum.system_relations,
              sum.rec_matched, sum.gold_relations, counts.size());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"SemEval-2015 Task 4 timeline scorer"};
  bool ordering_only = false, verbose = false;
  std::vector<std::string> dirs;
  app.add_flag("--ord", ordering_only, "ordering only (Subtracks A/B): anchors ignored");
  app.add_flag("--verbose,-v", verbose, "one line per timeline");
  app.add_option("dirs", dirs, "GOLD_DIR SYSTEM_DIR pairs")->required();
  CLI11_PARSE(app, argc, argv);
  if (dirs.size() % 2 != 0) {
    std::cerr << "annals-semeval-score: error: give GOLD_DIR SYSTEM_DIR pairs\n";
    return 2;
  }
  std::vector<TimelineCounts> all;
  for (std::size_t i = 0; i < dirs.size(); i += 2) {
    const fs::path gold_dir = dirs[i], system_dir = dirs[i + 1];
    std::error_code ec;
    if (!fs::is_directory(gold_dir, ec) || !fs::is_directory(system_dir, ec)) {
      std::cerr << "annals-semeval-score: error: not a folder: "
                << (fs::is_directory(gold_dir, ec) ? system_dir : gold_dir) << "\n";
      return 2;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(gold_dir))
      if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<TimelineCounts> pair;
    for (const fs::path& gold_file : files) {
      const fs::path system_file = system_dir / gold_file.filename();
      std::string gold, system;
      if (!fs::exists(system_file)) {
        if (verbose)
          std::printf("  %-40s skipped (no system file)\n", gold_file.filename().c_str());
        continue;
      }
      if (!read_file(gold_file, gold) || !read_file(system_file, system)) {
        std::cerr << "annals-semeval-score: error: cannot read " << gold_file << "\n";
        return 2;
      }
      const TimelineCounts c = annals::semeval::score_timeline(gold, system, ordering_only);
      if (verbose) {
        const std::vector<TimelineCounts> one{c};
        print_scores("  " + gold_file.filename().string(), one);
      }
      pair.push_back(c);
    }
    print_scores(gold_dir.parent_path().filename().string() + "/" + gold_dir.filename().string(),
                 pair);
    all.insert(all.end(), pair.begin(), pair.end());
  }
  if (dirs.size() > 2) print_scores("micro (all)", all);
  return 0;
}
