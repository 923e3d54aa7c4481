// Store benchmark (not a test): ingests N synthetic documents (Document +
// Extraction built directly, no parser) and reports docs/s, MB/s, DB size,
// peak RSS, point-lookup and range-scan latency.
// Usage: kb_bench DB_DIR N
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>

#include "annals/kb.h"

using namespace annals;
using Clock = std::chrono::steady_clock;

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
    bytes += doc.body.size();
    auto r = store->put_document(doc, ex);
    if (!r) {
      std::fprintf(stderr, "kb_bench: %s\n", r.status().message().c_str());
      return 2;
    }
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
  t0 = Clock::now();
  int found = 0;
  for (int i = 0; i < 10000; ++i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "ev:%06llu", static_cast<unsigned long long>(id(rng)));
    auto e = store->event(buf);
    found += e && e->has_value();
  }
  std::printf("point lookup: %.1f us (%d/10000 found), %llu events\n", since(t0) / 10000 * 1e6,
              found, static_cast<unsigned long long>(events));
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
