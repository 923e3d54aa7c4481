// Query engine benchmark (scripts/bench-query.sh): writes a workload's data
// as CSV, loads it with `.import`, runs the workload's query, and prints
// "<workload> <rows> <load seconds> <query seconds> <query CPU seconds>". The
// script runs SQLite and DuckDB on the same CSV files and compares counts.
//
//   query_bench chain N DIR        edges i -> i+1, i < N; count the transitive closure
//   query_bench dag N E DIR        random DAG (i -> j, j in i+1..i+50); nodes reachable from 0..99
//   query_bench dagpairs N E DIR   the same DAG; (source, node) pairs reachable from 0..99
//   query_bench dagfrom N E DIR    the same DAG; the closure rule, asked for node 5 only
//   query_bench sameday N DIR      N events over 3,650 days and 1,000 actors; same actor, same day
//   query_bench closure FILE       the transitive closure of the edges in FILE (one "a<TAB>b" a
//   line)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

#include "annals/query.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// CPU time of the process (user + system): less disturbed than wall-clock
// time by other work on a shared machine.
double cpu_seconds() {
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

int run(const std::string& workload, const std::string& load, const std::string& query) {
  annals::query::Limits limits;
  limits.max_derived_tuples = 2'000'000'000;
  // ANNALS_QUERY_THREADS=2: the engine's two-thread evaluation.
  if (const char* threads = std::getenv("ANNALS_QUERY_THREADS"))
    limits.threads = static_cast<unsigned>(std::strtoul(threads, nullptr, 10));
  annals::query::Session session(nullptr, limits);
  auto t0 = Clock::now();
  auto loaded = session.run(load, "<bench>");
  const double load_s = seconds_since(t0);
  if (loaded.error) {
    std::cerr << loaded.error->render();
    return 1;
  }
  auto t1 = Clock::now();
  const double cpu0 = cpu_seconds();
  auto answered = session.run(query, "<bench>");
  const double query_s = seconds_since(t1);
  const double query_cpu = cpu_seconds() - cpu0;
  if (answered.error) {
    std::cerr << answered.error->render();
    return 1;
  }
  const auto& table = std::get<annals::query::Table>(answered.outputs.back().result);
  std::printf("%s %s %.3f %.3f %.3f\n", workload.c_str(),
              annals::query::format_value(table.rows.at(0).at(0)).c_str(), load_s, query_s,
              query_cpu);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "chain" && argc == 4) {
    const long n = std::stol(argv[2]);
    const std::string csv = std::string(argv[3]) + "/chain.csv";
    std::ofstream out(csv);
    for (long i = 0; i < n; ++i) out << i << "," << i + 1 << "\n";
    out.close();
    return run("chain" + std::to_string(n), ".import \"" + csv + "\" edge\n",
               "path(X, Y) :- edge(X, Y).\npath(X, Z) :- path(X, Y), edge(Y, Z).\n"
               "?- N = count : { path(X, Y) }.");
  }
  if ((mode == "dag" || mode == "dagpairs" || mode == "dagfrom") && argc == 5) {
    const long n = std::stol(argv[2]), e = std::stol(argv[3]);
    const std::string csv = std::string(argv[4]) + "/dag.csv";
    std::mt19937_64 rng(7);
    std::ofstream out(csv);
    for (long k = 0; k < e; ++k) {
      const long i = static_cast<long>(rng() % static_cast<unsigned long>(n - 1));
      const long j = std::min(n - 1, i + 1 + static_cast<long>(rng() % 50));
      out << i << "," << j << "\n";
    }
    out.close();
    // Demand-driven: only what is reachable from 5 is computed, not the closure.
    if (mode == "dagfrom")
      return run("dagfrom" + std::to_string(n), ".import \"" + csv + "\" edge\n",
                 "reach(X, Y) :- edge(X, Y).\nreach(X, Z) :- reach(X, Y), edge(Y, Z).\n"
                 "?- N = count : { reach(5, Y) }.");
    if (mode == "dagpairs")
      return run("dagpairs" + std::to_string(n), ".import \"" + csv + "\" edge\n",
                 "reach(X, Y) :- edge(X, Y), X < 100.\nreach(X, Z) :- reach(X, Y), edge(Y, Z).\n"
                 "?- N = count : { reach(X, Y) }.");
    return run("dag" + std::to_string(n), ".import \"" + csv + "\" edge\n",
               "reach(X) :- edge(X, _), X < 100.\nreach(Y) :- reach(X), edge(X, Y).\n"
               "?- N = count : { reach(X) }.");
  }
  if (mode == "closure" && argc == 3) {
    return run("closure", ".import \"" + std::string(argv[2]) + "\" edge\n",
               "path(X, Y) :- edge(X, Y).\npath(X, Z) :- path(X, Y), edge(Y, Z).\n"
               "?- N = count : { path(X, Y) }.");
  }
  if (mode == "sameday" && argc == 4) {
    const long n = std::stol(argv[2]);
    const std::string csv = std::string(argv[3]) + "/events.csv";
    std::mt19937_64 rng(11);
    std::ofstream out(csv);
    for (long k = 0; k < n; ++k) out << k << "," << rng() % 3650 << "," << rng() % 1000 << "\n";
    out.close();
    return run("sameday" + std::to_string(n), ".import \"" + csv + "\" ev\n",
               "?- N = count : { ev(E1, D, A), ev(E2, D, A), E1 < E2 }.");
  }
  std::cerr << "usage: query_bench chain N DIR | dag N E DIR | dagpairs N E DIR | dagfrom N E DIR"
               " | sameday N DIR"
               " | closure FILE\n";
  return 2;
}
