// Time-tagger throughput on one core:
//   timex_bench [--mb N] [--shared DIR] [--write-corpus FILE.jsonl]
// Builds a corpus of about N MB (default 64) by concatenating, over and over,
// the TEXTs of the TempEval-3 files (each with its DCT) and the seed pages
// (document date 2025-04-28), tags every document, and reports MB/s, the
// number of expressions and the peak RSS. --write-corpus saves the same
// documents as JSONL ({"date","text"} a line) for other taggers
// (scripts/bench-timex.sh runs chrono-node on it).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "annals/timeml.h"
#include "annals/timex.h"

namespace fs = std::filesystem;

namespace {

struct SourceDoc {
  std::string text;
  annals::Day date = 0;
};

struct CorpusDoc {
  std::size_t offset = 0;  // into Corpus::text
  std::size_t size = 0;
  annals::Day date = 0;
};

struct Corpus {
  std::string text;  // every document, back to back
  std::vector<CorpusDoc> docs;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> sorted_files(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<SourceDoc> load_sources(const fs::path& shared) {
  std::vector<SourceDoc> docs;
  for (const char* set : {"te3/tbaq/TimeBank", "te3/tbaq/AQUAINT", "te3/platinum"})
    for (const auto& path : sorted_files(shared / set, ".tml")) {
      auto doc = annals::read_timeml_file(path);
      if (doc.ok() && doc->dct) docs.push_back({doc->text, *doc->dct});
    }
  const annals::Day seed_date = *annals::parse_day("2025-04-28");
  for (const auto& path : sorted_files(shared / "corpus/seeds", ".txt"))
    docs.push_back({slurp(path), seed_date});
  return docs;
}

Corpus build_corpus(const std::vector<SourceDoc>& sources, std::size_t target_bytes) {
  Corpus corpus;
  corpus.text.reserve(target_bytes + (1 << 20));
  while (corpus.text.size() < target_bytes)
    for (const auto& s : sources) {
      corpus.docs.push_back({corpus.text.size(), s.text.size(), s.date});
      corpus.text += s.text;
      if (corpus.text.size() >= target_bytes) break;
    }
  return corpus;
}

bool write_jsonl(const Corpus& corpus, const fs::path& path) {
  std::ofstream out(path, std::ios::binary);
  for (const auto& d : corpus.docs) {
    boost::json::object line;
    line["date"] = annals::format_day(d.date);
    line["text"] = std::string_view(corpus.text).substr(d.offset, d.size);
    out << boost::json::serialize(line) << '\n';
  }
  return static_cast<bool>(out);
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // Linux reports KiB
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 64;
  fs::path shared = fs::path(ANNALS_SOURCE_DIR) / ".." / "shared";
  fs::path corpus_out;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      mb = std::atof(argv[++i]);
    } else if (arg == "--shared" && i + 1 < argc) {
      shared = argv[++i];
    } else if (arg == "--write-corpus" && i + 1 < argc) {
      corpus_out = argv[++i];
    } else {
      std::fprintf(stderr, "usage: timex_bench [--mb N] [--shared DIR] [--write-corpus FILE]\n");
      return 2;
    }
  }
  const auto sources = load_sources(shared);
  if (sources.empty()) {
    std::fprintf(stderr, "timex_bench: error: no TE3 or seed texts under %s\n",
                 shared.string().c_str());
    return 2;
  }
  const Corpus corpus = build_corpus(sources, static_cast<std::size_t>(mb * 1e6));
  if (!corpus_out.empty() && !write_jsonl(corpus, corpus_out)) {
    std::fprintf(stderr, "timex_bench: error: cannot write %s\n", corpus_out.string().c_str());
    return 2;
  }
  const double rss_before = peak_rss_mb();

  std::size_t found = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& d : corpus.docs) {
    annals::TimexOptions options;
    options.document_date = d.date;
    found +=
        annals::tag_timexes(std::string_view(corpus.text).substr(d.offset, d.size), options).size();
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double corpus_mb = corpus.text.size() / 1e6;
  std::printf(
      "annals  %.1f MB  %zu docs  %.2f s  %.2f MB/s  %zu timexes  peak RSS %.0f MB "
      "(corpus loaded: %.0f MB)\n",
      corpus_mb, corpus.docs.size(), secs, corpus_mb / secs, found, peak_rss_mb(), rss_before);
  return 0;
}
