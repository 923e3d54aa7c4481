// --timeout and --max-tuples for `annals query` and `annals run`, and
// `.timeout` in a file or at the REPL: a runaway statement stops with a
// message that names the rule or the query that grew.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../support/run_command.h"
#include "kb_fixture.h"

namespace fs = std::filesystem;
using annals::testing::CommandResult;
using annals::testing::run_shell;
using annals::testing::shell_quote;
using annals::testing::TempDir;

namespace {

std::string annals_cmd(const fs::path& dir, const std::string& db, const std::string& args) {
  return "cd " + shell_quote(dir.string()) + " && " +
         shell_quote(annals::testing::annals_binary().string()) + " --db " + shell_quote(db) + " " +
         args;
}

// A chain of n edges and its transitive closure: n (n + 1) / 2 paths.
std::string closure_program(int n) {
  std::string text;
  for (int i = 0; i < n; ++i)
    text += "e(" + std::to_string(i) + ", " + std::to_string(i + 1) + ").\n";
  return text + "path(X, Y) :- e(X, Y).\npath(X, Z) :- path(X, Y), e(Y, Z).\n" +
         "?- N = count : { path(X, Y) }.\n";
}

}  // namespace

TEST_CASE("run: --max-tuples stops a closure and names its rule", "[cli_query][limits]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  if (!annals::testing::make_small_kb(db)) return;
  std::ofstream(tmp.path() / "closure.dl") << closure_program(100);
  CommandResult stopped = run_shell(
      annals_cmd(tmp.path(), db.string(), "run --max-tuples 1000 closure.dl"), tmp.path());
  INFO(stopped.out << stopped.err);
  CHECK(stopped.exit_code == 2);
  CHECK_THAT(stopped.err, Catch::Contains("`path/2` grew past 1000 derived tuples (--max-tuples)"));
  CHECK_THAT(stopped.err, Catch::Contains("in rule `path(X, Z) :- path(X, Y), e(Y, Z).`"));
  // With room enough it finishes: 100 * 101 / 2 paths.
  CommandResult done = run_shell(
      annals_cmd(tmp.path(), db.string(), "run --max-tuples 6000 closure.dl"), tmp.path());
  INFO(done.out << done.err);
  CHECK(done.exit_code == 0);
  CHECK_THAT(done.out, Catch::Contains("5050"));
  CommandResult threads =
      run_shell(annals_cmd(tmp.path(), db.string(), "run --threads 2 closure.dl"), tmp.path());
  INFO(threads.out << threads.err);
  CHECK(threads.exit_code == 0);
  CHECK_THAT(threads.out, Catch::Contains("5050"));
  CHECK(run_shell(annals_cmd(tmp.path(), db.string(), "run --threads 3 closure.dl"), tmp.path())
            .exit_code != 0);
  CommandResult bad = run_shell(
      annals_cmd(tmp.path(), db.string(), "run --max-tuples lots closure.dl"), tmp.path());
  CHECK(bad.exit_code != 0);
  CHECK_THAT(bad.err, Catch::Contains("--max-tuples"));
}

TEST_CASE("query: --max-tuples names the query, --timeout the rule", "[cli_query][limits]") {
  TempDir tmp;
  const fs::path db = tmp.path() / "kb";
  if (!annals::testing::make_small_kb(db)) return;
  CommandResult product =
      run_shell(annals_cmd(tmp.path(), db.string(),
                           "query --max-tuples 10 'n(1). n(2). n(3). n(4). ?- n(A), n(B).'"),
                tmp.path());
  INFO(product.out << product.err);
  CHECK(product.exit_code == 2);
  CHECK_THAT(
      product.err,
      Catch::Contains("the query `?- n(A), n(B).` derived more than 10 tuples (--max-tuples)"));

  CommandResult slow =
      run_shell(annals_cmd(tmp.path(), db.string(),
                           "query --timeout 0.01 " + shell_quote(closure_program(3000))),
                tmp.path());
  INFO(slow.out << slow.err);
  CHECK(slow.exit_code == 2);
  CHECK_THAT(slow.err, Catch::Contains("time limit of 0.01 s reached"));
  CHECK_THAT(slow.err, Catch::Contains("while evaluating rule `path(X, "));
}

TEST_CASE("repl and run: .timeout sets the time limit of later statements", "[cli_query][limits]") {
  TempDir tmp;
  std::ofstream(tmp.path() / "script.dl") << ".timeout soon\n.timeout 0.01\n"
                                          << closure_program(3000) << ".timeout off\n?- e(0, Y).\n";
  CommandResult r = run_shell(
      annals_cmd(tmp.path(), (tmp.path() / "none").string(), "repl < script.dl"), tmp.path());
  INFO(r.out << r.err);
  CHECK_THAT(r.err, Catch::Contains("usage: .timeout SECONDS|off"));
  CHECK_THAT(r.err, Catch::Contains("time limit of 0.01 s reached"));
  CHECK_THAT(r.out, Catch::Contains("(1 row)"));  // off again: the last query ran
}
