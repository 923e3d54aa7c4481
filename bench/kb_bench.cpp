// Store benchmark (not a test): ingests N synthetic documents (Document +
// Extraction built directly, no parser) and reports docs/s, MB/s, DB size,
// peak RSS, point-lookup and range-scan latency.
// Each document has four ordinary mentions (5000 actors, 8 types, 30 years)
// and one of 20 "hot" events (an actor's confirmation dated 1990) that every
// 20th document mentions again, so hot events grow with N: their cost per
// document must not.
// Usage: kb_bench DB_DIR N
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <vector>

#include "annals/kb.h"

using namespace annals;
using Clock = std::chrono::steady_clock;

// Resident set size now (MB), from /proc/self/statm.
static double rss_mb() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * (sysconf(_SC_PAGESIZE) / 1048576.0);
}

static double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: kb_bench DB_DIR N\n");
    return 2;
  }
  const std::string db = argv[1];
  const long n = std::atol(argv[2]);
  auto opened = kb::Store::open(db, kb::Store::Mode::kReadWrite);
  if (!opened) {
    std::fprintf(stderr, "kb_bench: %s\n", opened.status().message().c_str());
    return 2;
  }
  auto& store = *opened;
  const char* types[] = {"meet", "sign", "confirm", "deploy", "kill", "visit", "thank", "attack"};
  std::mt19937 rng(1);
  std::uniform_int_distribution<int> actor(0, 4999), type(0, 7), day(0, 365 * 30), shape(0, 9);
  const Day base = to_day({1996, 1, 1});
  std::uint64_t bytes = 0;
  auto t0 = Clock::now();
  for (long i = 0; i < n; ++i) {
    Document doc;
    doc.name = "doc_" + std::to_string(i) + ".txt";
    Day pub = base + day(rng);
    doc.date = pub;
    Extraction ex;
    for (int k = 0; k < 4; ++k) {
      std::string a = "Actor " + std::to_string(actor(rng));
      std::string sentence = a + " did thing " + std::to_string(k) + " in story " +
                             std::to_string(i) + ", officials said on the record.";
      doc.sentences.push_back({doc.body.size(), doc.body.size() + sentence.size()});
      doc.body += sentence + "\n";
      EventMention m;
      m.type = types[type(rng)];
      m.trigger = m.type;
      m.agents = {a};
      int s = shape(rng);
      Day when = pub - (s < 6 ? s : 30 * s);
      m.when = s < 8 ? day_interval(when) : year_interval(to_ymd(when).year);
      m.sentence = static_cast<std::size_t>(k);
      ex.events.push_back(m);
    }
    {
      std::string hot = "Actor " + std::to_string(i % 20);
      std::string sentence = hot + " confirmed again, story " + std::to_string(i) + ".";
      doc.sentences.push_back({doc.body.size(), doc.body.size() + sentence.size()});
      doc.body += sentence + "\n";
      EventMention m;
      m.type = "confirm";
      m.trigger = "confirmed";
      m.agents = {hot};
      m.when = year_interval(1990);
      m.sentence = 4;
      ex.events.push_back(m);
    }
    bytes += doc.body.size();
    auto r = store->put_document(doc, ex);
    if (!r) {
      std::fprintf(stderr, "kb_bench: %s\n", r.status().message().c_str());
      return 2;
    }
    if ((i + 1) % 50000 == 0)
      std::fprintf(stderr, "  %ld docs, %.0f s, %.0f docs/s so far, RSS %.0f MB\n", i + 1,
                   since(t0), (i + 1) / since(t0), rss_mb());
  }
  double secs = since(t0);
  std::uintmax_t size = 0;
  for (auto& f : std::filesystem::recursive_directory_iterator(db))
    if (f.is_regular_file()) size += f.file_size();
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("ingest: %ld docs in %.2fs = %.0f docs/s, %.2f MB/s; db %.1f MB; peak RSS %.1f MB\n",
              n, secs, n / secs, bytes / 1e6 / secs, size / 1e6, ru.ru_maxrss / 1024.0);

  auto stats = store->stats();
  std::uint64_t events = stats ? stats->events : 0;
  std::uniform_int_distribution<std::uint64_t> id(1, events ? events : 1);
  std::vector<double> lookups;
  int found = 0;
  for (int i = 0; i < 10000; ++i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "ev:%06llu", static_cast<unsigned long long>(id(rng)));
    auto t = Clock::now();
    auto e = store->event(buf);
    lookups.push_back(since(t) * 1e6);
    found += e && e->has_value();
  }
  std::sort(lookups.begin(), lookups.end());
  double sum = 0;
  for (double x : lookups) sum += x;
  std::printf(
      "point lookup: mean %.1f us, p50 %.1f us, p99 %.1f us (%d/10000 found), %llu events\n",
      sum / lookups.size(), lookups[lookups.size() / 2], lookups[lookups.size() * 99 / 100], found,
      static_cast<unsigned long long>(events));
  t0 = Clock::now();
  long seen = 0;
  for (int i = 0; i < 100; ++i) {
    kb::EventFilter f;
    f.from = base + day(rng);
    f.to = *f.from + 7;
    (void)store->scan_events(f, [&](const kb::EventRecord&) { return ++seen, true; });
  }
  std::printf("range scan (7 days): %.2f ms per scan, %.0f events per scan\n",
              since(t0) / 100 * 1e3, seen / 100.0);
  return 0;
}
